./syntax_anon_struct.go:10:13: ... argument does not escape
./syntax_anon_struct.go:10:16: a == b escapes to heap
./syntax_anon_struct.go:10:16: a escapes to heap
./syntax_anon_struct.go:12:13: ... argument does not escape
./syntax_anon_struct.go:12:13: p escapes to heap
./syntax_anon_struct.go:12:26: Point(b) == p escapes to heap
./syntax_anon_struct.go:14:13: ... argument does not escape
./syntax_anon_struct.go:14:13: a escapes to heap
./syntax_anon_struct.go:19:29: []string{...} escapes to heap
./syntax_anon_struct.go:20:11: &struct { V int }{...} escapes to heap
./syntax_anon_struct.go:21:13: ... argument does not escape
./syntax_anon_struct.go:21:15: c.Name escapes to heap
./syntax_anon_struct.go:21:23: c.Tags escapes to heap
./syntax_anon_struct.go:21:36: c.Next.V escapes to heap
./syntax_anon_struct.go:22:29: []struct { X int; Y int }{...} does not escape
./syntax_anon_struct.go:24:14: ... argument does not escape
./syntax_anon_struct.go:24:20: Point(q) escapes to heap
./syntax_anon_struct.go:26:36: map[struct { A string; B string }]int{...} escapes to heap
./syntax_anon_struct.go:28:13: ... argument does not escape
./syntax_anon_struct.go:30:13: ... argument does not escape
./syntax_anon_struct.go:30:20: empty == struct {}{} escapes to heap
./syntax_anon_struct.go:30:46: fmt.Sprintf("%v %+v", ... argument...) escapes to heap
./syntax_anon_struct.go:30:46: ... argument does not escape
./syntax_anon_struct.go:30:47: empty escapes to heap
./syntax_anon_struct.go:31:12: ... argument does not escape
./syntax_anon_struct.go:31:13: a escapes to heap

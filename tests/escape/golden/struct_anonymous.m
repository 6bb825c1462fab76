./struct_anonymous.go:20:13: ... argument does not escape
./struct_anonymous.go:20:13: x escapes to heap
./struct_anonymous.go:27:13: ... argument does not escape
./struct_anonymous.go:27:13: x escapes to heap
./struct_anonymous.go:27:19: x == y escapes to heap
./struct_anonymous.go:30:13: ... argument does not escape
./struct_anonymous.go:30:13: p escapes to heap
./struct_anonymous.go:33:12: ... argument does not escape
./struct_anonymous.go:33:13: x escapes to heap
./struct_anonymous.go:35:32: []struct { X int; Y int }{...} does not escape
./struct_anonymous.go:37:12: ... argument does not escape
./struct_anonymous.go:37:17: pt.X + pt.Y escapes to heap
./struct_anonymous.go:37:24: " " escapes to heap
./struct_anonymous.go:46:12: ... argument does not escape
./struct_anonymous.go:46:13: config escapes to heap
./struct_anonymous.go:46:13: config escapes to heap
./struct_anonymous.go:49:13: ... argument does not escape
./struct_anonymous.go:49:13: empty escapes to heap
./struct_anonymous.go:49:27: empty == struct {}{} escapes to heap
./struct_anonymous.go:55:13: ... argument does not escape
./struct_anonymous.go:55:13: nested escapes to heap
./struct_anonymous.go:56:12: ... argument does not escape
./struct_anonymous.go:56:13: nested escapes to heap

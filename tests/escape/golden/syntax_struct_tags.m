./syntax_struct_tags.go:21:13: ... argument does not escape
./syntax_struct_tags.go:21:13: p escapes to heap
./syntax_struct_tags.go:21:19: u == User(p) escapes to heap
./syntax_struct_tags.go:22:12: ... argument does not escape
./syntax_struct_tags.go:22:13: u escapes to heap
./syntax_struct_tags.go:22:13: u escapes to heap
./syntax_struct_tags.go:27:13: ... argument does not escape
./syntax_struct_tags.go:27:13: b escapes to heap

./syntax_init_multi.go:12:12: leaking param: name
./syntax_init_multi.go:20:34: ... argument does not escape
./syntax_init_multi.go:20:35: "init 3 x=" escapes to heap
./syntax_init_multi.go:20:35: x escapes to heap
./syntax_init_multi.go:24:13: ... argument does not escape
./syntax_init_multi.go:24:13: order escapes to heap

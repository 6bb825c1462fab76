./cplx_parse.go:9:20: []string{...} does not escape
./cplx_parse.go:17:13: ... argument does not escape
./cplx_parse.go:17:14: in escapes to heap
./cplx_parse.go:17:14: c escapes to heap
./cplx_parse.go:17:14: c64 escapes to heap

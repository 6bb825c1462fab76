./cplx_parse.go:17:14: c64 escapes to heap:
./cplx_parse.go:17:14:   flow: {storage for ... argument} = &{storage for c64}:
./cplx_parse.go:17:14:     from c64 (spill) at ./cplx_parse.go:17:14
./cplx_parse.go:17:14:     from ... argument (slice-literal-element) at ./cplx_parse.go:17:13
./cplx_parse.go:17:14:   flow: {heap} = {storage for ... argument}:
./cplx_parse.go:17:14:     from ... argument (spill) at ./cplx_parse.go:17:13
./cplx_parse.go:17:14:     from fmt.Printf("%-16q %v %v | %v %v\n", ... argument...) (call parameter) at ./cplx_parse.go:17:13
./cplx_parse.go:17:14: c escapes to heap:
./cplx_parse.go:17:14:   flow: {storage for ... argument} = &{storage for c}:
./cplx_parse.go:17:14:     from c (spill) at ./cplx_parse.go:17:14
./cplx_parse.go:17:14:     from ... argument (slice-literal-element) at ./cplx_parse.go:17:13
./cplx_parse.go:17:14:   flow: {heap} = {storage for ... argument}:
./cplx_parse.go:17:14:     from ... argument (spill) at ./cplx_parse.go:17:13
./cplx_parse.go:17:14:     from fmt.Printf("%-16q %v %v | %v %v\n", ... argument...) (call parameter) at ./cplx_parse.go:17:13
./cplx_parse.go:17:14: in escapes to heap:
./cplx_parse.go:17:14:   flow: {storage for ... argument} = &{storage for in}:
./cplx_parse.go:17:14:     from in (spill) at ./cplx_parse.go:17:14
./cplx_parse.go:17:14:     from ... argument (slice-literal-element) at ./cplx_parse.go:17:13
./cplx_parse.go:17:14:   flow: {heap} = {storage for ... argument}:
./cplx_parse.go:17:14:     from ... argument (spill) at ./cplx_parse.go:17:13
./cplx_parse.go:17:14:     from fmt.Printf("%-16q %v %v | %v %v\n", ... argument...) (call parameter) at ./cplx_parse.go:17:13
./cplx_parse.go:9:20: []string{...} does not escape
./cplx_parse.go:17:13: ... argument does not escape
./cplx_parse.go:17:14: in escapes to heap
./cplx_parse.go:17:14: c escapes to heap
./cplx_parse.go:17:14: c64 escapes to heap

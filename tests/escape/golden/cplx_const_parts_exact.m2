./cplx_const_parts_exact.go:12:34: real(J) == -1e600 escapes to heap:
./cplx_const_parts_exact.go:12:34:   flow: {storage for ... argument} = &{storage for real(J) == -1e600}:
./cplx_const_parts_exact.go:12:34:     from real(J) == -1e600 (spill) at ./cplx_const_parts_exact.go:12:34
./cplx_const_parts_exact.go:12:34:     from ... argument (slice-literal-element) at ./cplx_const_parts_exact.go:12:13
./cplx_const_parts_exact.go:12:34:   flow: {heap} = {storage for ... argument}:
./cplx_const_parts_exact.go:12:34:     from ... argument (spill) at ./cplx_const_parts_exact.go:12:13
./cplx_const_parts_exact.go:12:34:     from fmt.Println(... argument...) (call parameter) at ./cplx_const_parts_exact.go:12:13
./cplx_const_parts_exact.go:12:23: Q escapes to heap:
./cplx_const_parts_exact.go:12:23:   flow: {storage for ... argument} = &{storage for Q}:
./cplx_const_parts_exact.go:12:23:     from Q (spill) at ./cplx_const_parts_exact.go:12:23
./cplx_const_parts_exact.go:12:23:     from ... argument (slice-literal-element) at ./cplx_const_parts_exact.go:12:13
./cplx_const_parts_exact.go:12:23:   flow: {heap} = {storage for ... argument}:
./cplx_const_parts_exact.go:12:23:     from ... argument (spill) at ./cplx_const_parts_exact.go:12:13
./cplx_const_parts_exact.go:12:23:     from fmt.Println(... argument...) (call parameter) at ./cplx_const_parts_exact.go:12:13
./cplx_const_parts_exact.go:12:15: R / 1e290 escapes to heap:
./cplx_const_parts_exact.go:12:15:   flow: {storage for ... argument} = &{storage for R / 1e290}:
./cplx_const_parts_exact.go:12:15:     from R / 1e290 (spill) at ./cplx_const_parts_exact.go:12:15
./cplx_const_parts_exact.go:12:15:     from ... argument (slice-literal-element) at ./cplx_const_parts_exact.go:12:13
./cplx_const_parts_exact.go:12:15:   flow: {heap} = {storage for ... argument}:
./cplx_const_parts_exact.go:12:15:     from ... argument (spill) at ./cplx_const_parts_exact.go:12:13
./cplx_const_parts_exact.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./cplx_const_parts_exact.go:12:13
./cplx_const_parts_exact.go:12:13: ... argument does not escape
./cplx_const_parts_exact.go:12:15: R / 1e290 escapes to heap
./cplx_const_parts_exact.go:12:23: Q escapes to heap
./cplx_const_parts_exact.go:12:34: real(J) == -1e600 escapes to heap

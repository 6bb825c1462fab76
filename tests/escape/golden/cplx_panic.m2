./cplx_panic.go:13:9: Cx(1 - 2i) escapes to heap:
./cplx_panic.go:13:9:   flow: {heap} = &{storage for Cx(1 - 2i)}:
./cplx_panic.go:13:9:     from Cx(1 - 2i) (spill) at ./cplx_panic.go:13:9
./cplx_panic.go:13:9:     from panic(Cx(1 - 2i)) (call parameter) at ./cplx_panic.go:13:9
./cplx_panic.go:15:8: complex64(3i) escapes to heap:
./cplx_panic.go:15:8:   flow: {heap} = &{storage for complex64(3i)}:
./cplx_panic.go:15:8:     from complex64(3i) (spill) at ./cplx_panic.go:15:8
./cplx_panic.go:15:8:     from panic(complex64(3i)) (call parameter) at ./cplx_panic.go:15:8
./cplx_panic.go:17:7: 1 + 2i escapes to heap:
./cplx_panic.go:17:7:   flow: {heap} = &{storage for 1 + 2i}:
./cplx_panic.go:17:7:     from 1 + 2i (spill) at ./cplx_panic.go:17:7
./cplx_panic.go:17:7:     from panic(1 + 2i) (call parameter) at ./cplx_panic.go:17:7
./cplx_panic.go:10:15: "recovered" escapes to heap:
./cplx_panic.go:10:15:   flow: {storage for ... argument} = &{storage for "recovered"}:
./cplx_panic.go:10:15:     from "recovered" (spill) at ./cplx_panic.go:10:15
./cplx_panic.go:10:15:     from ... argument (slice-literal-element) at ./cplx_panic.go:10:14
./cplx_panic.go:10:15:   flow: {heap} = {storage for ... argument}:
./cplx_panic.go:10:15:     from ... argument (spill) at ./cplx_panic.go:10:14
./cplx_panic.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./cplx_panic.go:10:14
./cplx_panic.go:8:8: func literal does not escape
./cplx_panic.go:10:14: ... argument does not escape
./cplx_panic.go:10:15: "recovered" escapes to heap
./cplx_panic.go:11:9: func literal does not escape
./cplx_panic.go:12:15: ... argument does not escape
./cplx_panic.go:13:9: Cx(1 - 2i) escapes to heap
./cplx_panic.go:15:8: complex64(3i) escapes to heap
./cplx_panic.go:17:7: 1 + 2i escapes to heap

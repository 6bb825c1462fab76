./cplx_panic.go:8:8: func literal does not escape
./cplx_panic.go:10:14: ... argument does not escape
./cplx_panic.go:10:15: "recovered" escapes to heap
./cplx_panic.go:11:9: func literal does not escape
./cplx_panic.go:12:15: ... argument does not escape
./cplx_panic.go:13:9: Cx(1 - 2i) escapes to heap
./cplx_panic.go:15:8: complex64(3i) escapes to heap
./cplx_panic.go:17:7: 1 + 2i escapes to heap

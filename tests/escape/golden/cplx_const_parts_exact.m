./cplx_const_parts_exact.go:12:13: ... argument does not escape
./cplx_const_parts_exact.go:12:15: R / 1e290 escapes to heap
./cplx_const_parts_exact.go:12:23: Q escapes to heap
./cplx_const_parts_exact.go:12:34: real(J) == -1e600 escapes to heap

./cplx_arith.go:8:13: ... argument does not escape
./cplx_arith.go:8:15: a + b escapes to heap
./cplx_arith.go:8:20: a - b escapes to heap
./cplx_arith.go:8:25: a * b escapes to heap
./cplx_arith.go:8:30: a / b escapes to heap
./cplx_arith.go:9:13: ... argument does not escape
./cplx_arith.go:9:14: -a escapes to heap
./cplx_arith.go:9:18: +a escapes to heap
./cplx_arith.go:9:24: a == b escapes to heap
./cplx_arith.go:9:32: a != b escapes to heap
./cplx_arith.go:9:40: a == a escapes to heap
./cplx_arith.go:12:13: ... argument does not escape
./cplx_arith.go:12:15: c + d escapes to heap
./cplx_arith.go:12:20: c - d escapes to heap
./cplx_arith.go:12:25: c * d escapes to heap
./cplx_arith.go:12:30: c / d escapes to heap
./cplx_arith.go:17:13: ... argument does not escape
./cplx_arith.go:17:13: c escapes to heap
./cplx_arith.go:17:21: real(c) escapes to heap
./cplx_arith.go:17:30: imag(c) escapes to heap
./cplx_arith.go:22:13: ... argument does not escape
./cplx_arith.go:22:13: x escapes to heap
./cplx_arith.go:27:12: ... argument does not escape
./cplx_arith.go:27:13: y escapes to heap
./cplx_arith.go:27:13: y escapes to heap
./cplx_arith.go:29:13: ... argument does not escape
./cplx_arith.go:29:13: z escapes to heap
./cplx_arith.go:29:31: complex128(z) == a escapes to heap
./cplx_arith.go:29:47: complex128(z) escapes to heap
./cplx_arith.go:31:13: ... argument does not escape
./cplx_arith.go:31:21: complex(f32, f32 * 3) escapes to heap
./cplx_arith.go:31:57: (real(complex(f32, 0))) == f32 escapes to heap
./cplx_arith.go:33:14: ... argument does not escape
./cplx_arith.go:33:15: "ne" escapes to heap
./cplx_arith.go:36:12: ... argument does not escape
./cplx_arith.go:36:12: w escapes to heap
./cplx_arith.go:36:16: " " escapes to heap

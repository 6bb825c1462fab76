./cplx_convert.go:15:13: ... argument does not escape
./cplx_convert.go:15:13: x escapes to heap
./cplx_convert.go:15:13: y escapes to heap
./cplx_convert.go:15:13: z escapes to heap
./cplx_convert.go:15:25: x == z escapes to heap
./cplx_convert.go:17:13: ... argument does not escape
./cplx_convert.go:17:23: complex64(big) escapes to heap
./cplx_convert.go:17:40: complex128(complex64(big)) escapes to heap
./cplx_convert.go:19:13: ... argument does not escape
./cplx_convert.go:19:23: complex64(tiny) escapes to heap
./cplx_convert.go:19:23: tiny escapes to heap
./cplx_convert.go:22:12: ... argument does not escape
./cplx_convert.go:22:13: c escapes to heap
./cplx_convert.go:22:13: c escapes to heap
./cplx_convert.go:22:13: d escapes to heap
./cplx_convert.go:22:13: d escapes to heap
./cplx_convert.go:24:13: ... argument does not escape
./cplx_convert.go:24:13: e escapes to heap
./cplx_convert.go:24:20: C64(e) escapes to heap
./cplx_convert.go:24:34: complex64(C64(e)) escapes to heap
./cplx_convert.go:27:12: ... argument does not escape
./cplx_convert.go:27:13: g escapes to heap
./cplx_convert.go:27:13: g escapes to heap
./cplx_convert.go:27:41: (real(g)) == f escapes to heap
./cplx_convert.go:29:13: ... argument does not escape
./cplx_convert.go:29:21: float32(real(h)) escapes to heap
./cplx_convert.go:29:39: float32(imag(h)) escapes to heap
./cplx_convert.go:29:59: complex64(h) escapes to heap
./cplx_convert.go:32:13: ... argument does not escape
./cplx_convert.go:32:13: k escapes to heap
./cplx_convert.go:34:13: ... argument does not escape
./cplx_convert.go:34:21: complex(float32(u8), 0) escapes to heap
./cplx_convert.go:35:13: ... argument does not escape
./cplx_convert.go:35:17: int(real(h)) escapes to heap
./cplx_convert.go:35:34: uint16((imag(h)) * 1000) escapes to heap
./cplx_convert.go:36:20: []complex64{...} does not escape
./cplx_convert.go:41:13: ... argument does not escape
./cplx_convert.go:41:13: sum escapes to heap

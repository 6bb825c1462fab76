./cplx_values.go:12:11: leaking param: p
./cplx_values.go:14:12: p does not escape
./cplx_values.go:17:2: moved to heap: c
./cplx_values.go:29:2: moved to heap: d
./cplx_values.go:24:13: ... argument does not escape
./cplx_values.go:24:22: (real(c)) == f escapes to heap
./cplx_values.go:24:28: -(real(c)) escapes to heap
./cplx_values.go:24:47: (imag(c)) * 2 escapes to heap
./cplx_values.go:24:64: (complex(f, f)) / c escapes to heap
./cplx_values.go:24:75: (real(c)) + (imag(c)) escapes to heap
./cplx_values.go:24:85: -((real(c)) + 1) escapes to heap
./cplx_values.go:25:13: ... argument does not escape
./cplx_values.go:25:18: real(c) escapes to heap
./cplx_values.go:25:27: imag(c) escapes to heap
./cplx_values.go:25:39: complex(f, 1) escapes to heap
./cplx_values.go:25:47: -(complex(f, 1)) escapes to heap
./cplx_values.go:25:63: !((real(c)) > 0) escapes to heap
./cplx_values.go:26:13: ... argument does not escape
./cplx_values.go:26:29: (real(c)) * (imag(c)) * (real(c)) escapes to heap
./cplx_values.go:26:40: S{...} escapes to heap
./cplx_values.go:26:68: S{...}.f escapes to heap
./cplx_values.go:28:13: ... argument does not escape
./cplx_values.go:28:14: *p escapes to heap
./cplx_values.go:28:26: (real(*p)) + 1 escapes to heap
./cplx_values.go:28:36: uint16((imag(c)) * 1000) escapes to heap
./cplx_values.go:32:13: ... argument does not escape
./cplx_values.go:32:19: local(&e) escapes to heap
./cplx_values.go:32:25: *newc(1, 2) escapes to heap
./cplx_values.go:32:41: new(complex64) escapes to heap
./cplx_values.go:34:9: func literal does not escape
./cplx_values.go:36:19: []complex128{...} escapes to heap
./cplx_values.go:37:22: map[complex64]S{...} does not escape
./cplx_values.go:38:13: ... argument does not escape
./cplx_values.go:38:13: acc escapes to heap
./cplx_values.go:38:13: s escapes to heap
./cplx_values.go:38:25: len(m) escapes to heap
./cplx_values.go:39:22: c does not escape

./cplx_fmt.go:11:28: []string{...} does not escape
./cplx_fmt.go:12:22: f + "  " + f + "\n" does not escape
./cplx_fmt.go:12:13: ... argument does not escape
./cplx_fmt.go:12:22: c escapes to heap
./cplx_fmt.go:12:22: c64 escapes to heap
./cplx_fmt.go:14:12: ... argument does not escape
./cplx_fmt.go:14:34: complex(math.Inf(1), math.NaN()) escapes to heap
./cplx_fmt.go:14:68: complex(math.Inf(-1), 0) escapes to heap
./cplx_fmt.go:14:94: complex(0, math.Copysign(0, -1)) escapes to heap
./cplx_fmt.go:15:12: ... argument does not escape
./cplx_fmt.go:15:37: complex(math.Inf(1), math.NaN()) escapes to heap
./cplx_fmt.go:15:71: complex(math.NaN(), math.Inf(-1)) escapes to heap
./cplx_fmt.go:16:12: ... argument does not escape
./cplx_fmt.go:16:13: c escapes to heap
./cplx_fmt.go:16:13: c64 escapes to heap
./cplx_fmt.go:17:13: ... argument does not escape
./cplx_fmt.go:17:13: c escapes to heap
./cplx_fmt.go:17:13: c64 escapes to heap
./cplx_fmt.go:17:34: []complex128{...} escapes to heap
./cplx_fmt.go:17:34: []complex128{...} escapes to heap
./cplx_fmt.go:17:55: [2]complex64{...} escapes to heap
./cplx_fmt.go:17:85: map[string]complex128{...} escapes to heap
./cplx_fmt.go:18:11: ... argument does not escape
./cplx_fmt.go:18:11: c escapes to heap
./cplx_fmt.go:18:11: c64 escapes to heap
./cplx_fmt.go:18:20: "\n" escapes to heap
./cplx_fmt.go:19:17: ... argument does not escape
./cplx_fmt.go:19:19: 1 + 2i escapes to heap
./cplx_fmt.go:19:25: 3 + 4i escapes to heap
./cplx_fmt.go:20:13: ... argument does not escape
./cplx_fmt.go:20:13: s escapes to heap
./cplx_fmt.go:20:20: len(s) escapes to heap
./cplx_fmt.go:21:12: ... argument does not escape
./cplx_fmt.go:24:3: struct { A complex128; B complex64 }{...} escapes to heap
./cplx_fmt.go:25:12: ... argument does not escape
./cplx_fmt.go:25:44: struct { Z complex128 }{...} escapes to heap
./cplx_fmt.go:26:12: ... argument does not escape
./cplx_fmt.go:26:37: 1.23456 + 2i escapes to heap
./cplx_fmt.go:26:42: 1i escapes to heap
./cplx_fmt.go:27:13: ... argument does not escape
./cplx_fmt.go:27:25: fmt.Sprintf("%.3g", ... argument...) escapes to heap
./cplx_fmt.go:27:25: ... argument does not escape
./cplx_fmt.go:27:44: 123456.789 + 0.000123456i escapes to heap
./cplx_fmt.go:28:12: ... argument does not escape
./cplx_fmt.go:28:33: complex64(complex(1e20, 1e-20)) escapes to heap
./cplx_fmt.go:28:64: complex(1e21, 1e-5) escapes to heap

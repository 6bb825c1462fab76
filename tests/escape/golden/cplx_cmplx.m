./cplx_cmplx.go:12:22: []complex128{...} does not escape
./cplx_cmplx.go:18:14: ... argument does not escape
./cplx_cmplx.go:18:14: v escapes to heap
./cplx_cmplx.go:18:27: cmplx.Abs(v) escapes to heap
./cplx_cmplx.go:18:43: cmplx.Phase(v) escapes to heap
./cplx_cmplx.go:18:43: r escapes to heap
./cplx_cmplx.go:18:43: th escapes to heap
./cplx_cmplx.go:18:65: cmplx.Conj(v) escapes to heap
./cplx_cmplx.go:19:14: ... argument does not escape
./cplx_cmplx.go:19:15: "  sqrt" escapes to heap
./cplx_cmplx.go:19:35: cmplx.Sqrt(v) escapes to heap
./cplx_cmplx.go:19:40: "exp" escapes to heap
./cplx_cmplx.go:19:56: cmplx.Exp(v) escapes to heap
./cplx_cmplx.go:19:61: "log" escapes to heap
./cplx_cmplx.go:19:77: cmplx.Log(v) escapes to heap
./cplx_cmplx.go:19:93: cmplx.Log10(v) escapes to heap
./cplx_cmplx.go:20:14: ... argument does not escape
./cplx_cmplx.go:20:15: "  " escapes to heap
./cplx_cmplx.go:20:32: cmplx.IsNaN(v) escapes to heap
./cplx_cmplx.go:20:48: cmplx.IsInf(v) escapes to heap
./cplx_cmplx.go:20:63: cmplx.Rect(real(v), imag(v)) escapes to heap
./cplx_cmplx.go:22:13: ... argument does not escape
./cplx_cmplx.go:22:23: cmplx.Inf() escapes to heap
./cplx_cmplx.go:22:36: cmplx.NaN() escapes to heap
./cplx_cmplx.go:22:51: cmplx.IsNaN(cmplx.NaN()) escapes to heap
./cplx_cmplx.go:22:77: cmplx.IsInf(cmplx.Inf()) escapes to heap
./cplx_cmplx.go:25:13: ... argument does not escape
./cplx_cmplx.go:25:14: z escapes to heap
./cplx_cmplx.go:25:59: cmplx.Sqrt(z) * cmplx.Sqrt(z) == z escapes to heap
./cplx_cmplx.go:30:12: ... argument does not escape
./cplx_cmplx.go:30:12: x escapes to heap
./cplx_cmplx.go:30:16: " " escapes to heap
./cplx_cmplx.go:33:10: func literal does not escape
./cplx_cmplx.go:34:20: ... argument does not escape
./cplx_cmplx.go:34:37: math.Float64bits(real(c)) escapes to heap
./cplx_cmplx.go:34:64: math.Float64bits(imag(c)) escapes to heap
./cplx_cmplx.go:38:14: ... argument does not escape
./cplx_cmplx.go:38:19: bits(cmplx.Sqrt(z)) escapes to heap
./cplx_cmplx.go:38:40: bits(cmplx.Exp(z)) escapes to heap
./cplx_cmplx.go:38:60: bits(cmplx.Log(z)) escapes to heap
./cplx_cmplx.go:38:92: math.Float64bits(cmplx.Abs(z)) escapes to heap

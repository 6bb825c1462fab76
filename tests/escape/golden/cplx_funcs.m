./cplx_funcs.go:14:7: p does not escape
./cplx_funcs.go:23:10: xs does not escape
./cplx_funcs.go:31:13: p does not escape
./cplx_funcs.go:31:16: dp does not escape
./cplx_funcs.go:57:6: moved to heap: wg
./cplx_funcs.go:39:13: ... argument does not escape
./cplx_funcs.go:39:13: G escapes to heap
./cplx_funcs.go:39:13: G64 escapes to heap
./cplx_funcs.go:39:13: table escapes to heap
./cplx_funcs.go:44:13: ... argument does not escape
./cplx_funcs.go:44:13: G escapes to heap
./cplx_funcs.go:44:13: G64 escapes to heap
./cplx_funcs.go:46:13: ... argument does not escape
./cplx_funcs.go:46:13: a escapes to heap
./cplx_funcs.go:46:13: b escapes to heap
./cplx_funcs.go:47:13: ... argument does not escape
./cplx_funcs.go:47:17: sum(nil...) escapes to heap
./cplx_funcs.go:47:24: sum(... argument...) escapes to heap
./cplx_funcs.go:47:24: ... argument does not escape
./cplx_funcs.go:47:39: sum(table[:]...) escapes to heap
./cplx_funcs.go:49:9: func literal does not escape
./cplx_funcs.go:53:13: ... argument does not escape
./cplx_funcs.go:53:13: acc escapes to heap
./cplx_funcs.go:54:11: Poly{...} does not escape
./cplx_funcs.go:55:12: Poly{...} does not escape
./cplx_funcs.go:56:12: ... argument does not escape
./cplx_funcs.go:56:34: newton(p, dp, 1 + 1i) escapes to heap
./cplx_funcs.go:56:55: newton(p, dp, 1 - 1i) escapes to heap
./cplx_funcs.go:61:6: func literal escapes to heap
./cplx_funcs.go:66:5: func literal escapes to heap
./cplx_funcs.go:71:13: ... argument does not escape
./cplx_funcs.go:71:13: tot escapes to heap
./cplx_funcs.go:72:20: "deferred" escapes to heap
./cplx_funcs.go:72:20: G escapes to heap
./cplx_funcs.go:72:19: ... argument does not escape
./cplx_funcs.go:73:7: func literal does not escape
./cplx_funcs.go:75:13: ... argument does not escape
./cplx_funcs.go:75:13: v escapes to heap
./cplx_funcs.go:80:13: ... argument does not escape
./cplx_funcs.go:80:13: z escapes to heap
./cplx_funcs.go:80:21: z.a == 0 escapes to heap
./cplx_funcs.go:80:31: z.b == 0i escapes to heap

./cplx_roots.go:38:17: roots ignoring self-assignment in z[j], z[j - 1] = z[j - 1], z[j]
./cplx_roots.go:38:17: roots ignoring self-assignment in z[j], z[j - 1] = z[j - 1], z[j]
./cplx_roots.go:9:12: coef does not escape
./cplx_roots.go:11:11: make([]complex128, n) escapes to heap
./cplx_roots.go:17:10: func literal does not escape
./cplx_roots.go:62:19: main ignoring self-assignment in cs[j], cs[j - 1] = cs[j - 1], cs[j]
./cplx_roots.go:62:19: main ignoring self-assignment in cs[j], cs[j - 1] = cs[j - 1], cs[j]
./cplx_roots.go:47:34: [][]complex128{...} does not escape
./cplx_roots.go:48:3: []complex128{...} does not escape
./cplx_roots.go:49:3: []complex128{...} does not escape
./cplx_roots.go:50:3: []complex128{...} does not escape
./cplx_roots.go:51:3: []complex128{...} does not escape
./cplx_roots.go:57:13: ... argument does not escape
./cplx_roots.go:57:14: r escapes to heap
./cplx_roots.go:59:28: []complex64{...} escapes to heap
./cplx_roots.go:65:13: ... argument does not escape
./cplx_roots.go:65:13: cs escapes to heap

./cplx_roots.go:38:17: roots ignoring self-assignment in z[j], z[j - 1] = z[j - 1], z[j]
./cplx_roots.go:38:17: roots ignoring self-assignment in z[j], z[j - 1] = z[j - 1], z[j]
./cplx_roots.go:9:12: roots capturing by value: coef (addr=false assign=false width=24)
./cplx_roots.go:11:11: make([]complex128, n) escapes to heap:
./cplx_roots.go:11:11:   flow: {heap} = &{storage for make([]complex128, n)}:
./cplx_roots.go:11:11:     from make([]complex128, n) (non-constant size) at ./cplx_roots.go:11:11
./cplx_roots.go:9:12: coef does not escape
./cplx_roots.go:11:11: make([]complex128, n) escapes to heap
./cplx_roots.go:17:10: func literal does not escape
./cplx_roots.go:62:19: main ignoring self-assignment in cs[j], cs[j - 1] = cs[j - 1], cs[j]
./cplx_roots.go:62:19: main ignoring self-assignment in cs[j], cs[j - 1] = cs[j - 1], cs[j]
./cplx_roots.go:65:13: cs escapes to heap:
./cplx_roots.go:65:13:   flow: {storage for ... argument} = &{storage for cs}:
./cplx_roots.go:65:13:     from cs (spill) at ./cplx_roots.go:65:13
./cplx_roots.go:65:13:     from ... argument (slice-literal-element) at ./cplx_roots.go:65:13
./cplx_roots.go:65:13:   flow: {heap} = {storage for ... argument}:
./cplx_roots.go:65:13:     from ... argument (spill) at ./cplx_roots.go:65:13
./cplx_roots.go:65:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_roots.go:65:13
./cplx_roots.go:57:14: r escapes to heap:
./cplx_roots.go:57:14:   flow: {storage for ... argument} = &{storage for r}:
./cplx_roots.go:57:14:     from r (spill) at ./cplx_roots.go:57:14
./cplx_roots.go:57:14:     from ... argument (slice-literal-element) at ./cplx_roots.go:57:13
./cplx_roots.go:57:14:   flow: {heap} = {storage for ... argument}:
./cplx_roots.go:57:14:     from ... argument (spill) at ./cplx_roots.go:57:13
./cplx_roots.go:57:14:     from fmt.Printf("%.5f\n", ... argument...) (call parameter) at ./cplx_roots.go:57:13
./cplx_roots.go:59:28: []complex64{...} escapes to heap:
./cplx_roots.go:59:28:   flow: cs = &{storage for []complex64{...}}:
./cplx_roots.go:59:28:     from []complex64{...} (spill) at ./cplx_roots.go:59:28
./cplx_roots.go:59:28:     from cs = []complex64{...} (assign) at ./cplx_roots.go:59:6
./cplx_roots.go:59:28:   flow: {storage for cs} = cs:
./cplx_roots.go:59:28:     from cs (interface-converted) at ./cplx_roots.go:65:13
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

./cplx_consts.go:40:31: real(1i * 1i) escapes to heap:
./cplx_consts.go:40:31:   flow: {storage for ... argument} = &{storage for real(1i * 1i)}:
./cplx_consts.go:40:31:     from real(1i * 1i) (spill) at ./cplx_consts.go:40:31
./cplx_consts.go:40:31:     from ... argument (slice-literal-element) at ./cplx_consts.go:40:13
./cplx_consts.go:40:31:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:40:31:     from ... argument (spill) at ./cplx_consts.go:40:13
./cplx_consts.go:40:31:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:40:13
./cplx_consts.go:40:18: imag(2i * 2i) escapes to heap:
./cplx_consts.go:40:18:   flow: {storage for ... argument} = &{storage for imag(2i * 2i)}:
./cplx_consts.go:40:18:     from imag(2i * 2i) (spill) at ./cplx_consts.go:40:18
./cplx_consts.go:40:18:     from ... argument (slice-literal-element) at ./cplx_consts.go:40:13
./cplx_consts.go:40:18:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:40:18:     from ... argument (spill) at ./cplx_consts.go:40:13
./cplx_consts.go:40:18:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:40:13
./cplx_consts.go:39:13: h escapes to heap:
./cplx_consts.go:39:13:   flow: {storage for ... argument} = &{storage for h}:
./cplx_consts.go:39:13:     from h (spill) at ./cplx_consts.go:39:13
./cplx_consts.go:39:13:     from ... argument (slice-literal-element) at ./cplx_consts.go:39:12
./cplx_consts.go:39:13:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:39:13:     from ... argument (spill) at ./cplx_consts.go:39:12
./cplx_consts.go:39:13:     from fmt.Printf("%v %T\n", ... argument...) (call parameter) at ./cplx_consts.go:39:12
./cplx_consts.go:39:13: h escapes to heap:
./cplx_consts.go:39:13:   flow: {storage for ... argument} = &{storage for h}:
./cplx_consts.go:39:13:     from h (spill) at ./cplx_consts.go:39:13
./cplx_consts.go:39:13:     from ... argument (slice-literal-element) at ./cplx_consts.go:39:12
./cplx_consts.go:39:13:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:39:13:     from ... argument (spill) at ./cplx_consts.go:39:12
./cplx_consts.go:39:13:     from fmt.Printf("%v %T\n", ... argument...) (call parameter) at ./cplx_consts.go:39:12
./cplx_consts.go:37:24: -0i escapes to heap:
./cplx_consts.go:37:24:   flow: {storage for ... argument} = &{storage for -0i}:
./cplx_consts.go:37:24:     from -0i (spill) at ./cplx_consts.go:37:24
./cplx_consts.go:37:24:     from ... argument (slice-literal-element) at ./cplx_consts.go:37:13
./cplx_consts.go:37:24:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:37:24:     from ... argument (spill) at ./cplx_consts.go:37:13
./cplx_consts.go:37:24:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:37:13
./cplx_consts.go:37:20: 0i escapes to heap:
./cplx_consts.go:37:20:   flow: {storage for ... argument} = &{storage for 0i}:
./cplx_consts.go:37:20:     from 0i (spill) at ./cplx_consts.go:37:20
./cplx_consts.go:37:20:     from ... argument (slice-literal-element) at ./cplx_consts.go:37:13
./cplx_consts.go:37:20:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:37:20:     from ... argument (spill) at ./cplx_consts.go:37:13
./cplx_consts.go:37:20:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:37:13
./cplx_consts.go:37:13: w escapes to heap:
./cplx_consts.go:37:13:   flow: {storage for ... argument} = &{storage for w}:
./cplx_consts.go:37:13:     from w (spill) at ./cplx_consts.go:37:13
./cplx_consts.go:37:13:     from ... argument (slice-literal-element) at ./cplx_consts.go:37:13
./cplx_consts.go:37:13:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:37:13:     from ... argument (spill) at ./cplx_consts.go:37:13
./cplx_consts.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:37:13
./cplx_consts.go:37:13: z escapes to heap:
./cplx_consts.go:37:13:   flow: {storage for ... argument} = &{storage for z}:
./cplx_consts.go:37:13:     from z (spill) at ./cplx_consts.go:37:13
./cplx_consts.go:37:13:     from ... argument (slice-literal-element) at ./cplx_consts.go:37:13
./cplx_consts.go:37:13:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:37:13:     from ... argument (spill) at ./cplx_consts.go:37:13
./cplx_consts.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:37:13
./cplx_consts.go:33:24: r escapes to heap:
./cplx_consts.go:33:24:   flow: {storage for ... argument} = &{storage for r}:
./cplx_consts.go:33:24:     from r (spill) at ./cplx_consts.go:33:24
./cplx_consts.go:33:24:     from ... argument (slice-literal-element) at ./cplx_consts.go:33:13
./cplx_consts.go:33:24:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:33:24:     from ... argument (spill) at ./cplx_consts.go:33:13
./cplx_consts.go:33:24:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:33:13
./cplx_consts.go:33:17: len(arr) escapes to heap:
./cplx_consts.go:33:17:   flow: {storage for ... argument} = &{storage for len(arr)}:
./cplx_consts.go:33:17:     from len(arr) (spill) at ./cplx_consts.go:33:17
./cplx_consts.go:33:17:     from ... argument (slice-literal-element) at ./cplx_consts.go:33:13
./cplx_consts.go:33:17:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:33:17:     from ... argument (spill) at ./cplx_consts.go:33:13
./cplx_consts.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:33:13
./cplx_consts.go:30:13: g escapes to heap:
./cplx_consts.go:30:13:   flow: {storage for ... argument} = &{storage for g}:
./cplx_consts.go:30:13:     from g (spill) at ./cplx_consts.go:30:13
./cplx_consts.go:30:13:     from ... argument (slice-literal-element) at ./cplx_consts.go:30:13
./cplx_consts.go:30:13:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:30:13:     from ... argument (spill) at ./cplx_consts.go:30:13
./cplx_consts.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:30:13
./cplx_consts.go:30:13: f escapes to heap:
./cplx_consts.go:30:13:   flow: {storage for ... argument} = &{storage for f}:
./cplx_consts.go:30:13:     from f (spill) at ./cplx_consts.go:30:13
./cplx_consts.go:30:13:     from ... argument (slice-literal-element) at ./cplx_consts.go:30:13
./cplx_consts.go:30:13:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:30:13:     from ... argument (spill) at ./cplx_consts.go:30:13
./cplx_consts.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:30:13
./cplx_consts.go:27:20: typed escapes to heap:
./cplx_consts.go:27:20:   flow: {storage for ... argument} = &{storage for typed}:
./cplx_consts.go:27:20:     from typed (spill) at ./cplx_consts.go:27:20
./cplx_consts.go:27:20:     from ... argument (slice-literal-element) at ./cplx_consts.go:27:13
./cplx_consts.go:27:20:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:27:20:     from ... argument (spill) at ./cplx_consts.go:27:13
./cplx_consts.go:27:20:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:27:13
./cplx_consts.go:27:13: y escapes to heap:
./cplx_consts.go:27:13:   flow: {storage for ... argument} = &{storage for y}:
./cplx_consts.go:27:13:     from y (spill) at ./cplx_consts.go:27:13
./cplx_consts.go:27:13:     from ... argument (slice-literal-element) at ./cplx_consts.go:27:13
./cplx_consts.go:27:13:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:27:13:     from ... argument (spill) at ./cplx_consts.go:27:13
./cplx_consts.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:27:13
./cplx_consts.go:27:13: x escapes to heap:
./cplx_consts.go:27:13:   flow: {storage for ... argument} = &{storage for x}:
./cplx_consts.go:27:13:     from x (spill) at ./cplx_consts.go:27:13
./cplx_consts.go:27:13:     from ... argument (slice-literal-element) at ./cplx_consts.go:27:13
./cplx_consts.go:27:13:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:27:13:     from ... argument (spill) at ./cplx_consts.go:27:13
./cplx_consts.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:27:13
./cplx_consts.go:24:39: typed escapes to heap:
./cplx_consts.go:24:39:   flow: {storage for ... argument} = &{storage for typed}:
./cplx_consts.go:24:39:     from typed (spill) at ./cplx_consts.go:24:39
./cplx_consts.go:24:39:     from ... argument (slice-literal-element) at ./cplx_consts.go:24:12
./cplx_consts.go:24:39:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:24:39:     from ... argument (spill) at ./cplx_consts.go:24:12
./cplx_consts.go:24:39:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./cplx_consts.go:24:12
./cplx_consts.go:24:36: G escapes to heap:
./cplx_consts.go:24:36:   flow: {storage for ... argument} = &{storage for G}:
./cplx_consts.go:24:36:     from G (spill) at ./cplx_consts.go:24:36
./cplx_consts.go:24:36:     from ... argument (slice-literal-element) at ./cplx_consts.go:24:12
./cplx_consts.go:24:36:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:24:36:     from ... argument (spill) at ./cplx_consts.go:24:12
./cplx_consts.go:24:36:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./cplx_consts.go:24:12
./cplx_consts.go:24:33: F escapes to heap:
./cplx_consts.go:24:33:   flow: {storage for ... argument} = &{storage for F}:
./cplx_consts.go:24:33:     from F (spill) at ./cplx_consts.go:24:33
./cplx_consts.go:24:33:     from ... argument (slice-literal-element) at ./cplx_consts.go:24:12
./cplx_consts.go:24:33:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:24:33:     from ... argument (spill) at ./cplx_consts.go:24:12
./cplx_consts.go:24:33:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./cplx_consts.go:24:12
./cplx_consts.go:24:30: A escapes to heap:
./cplx_consts.go:24:30:   flow: {storage for ... argument} = &{storage for A}:
./cplx_consts.go:24:30:     from A (spill) at ./cplx_consts.go:24:30
./cplx_consts.go:24:30:     from ... argument (slice-literal-element) at ./cplx_consts.go:24:12
./cplx_consts.go:24:30:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:24:30:     from ... argument (spill) at ./cplx_consts.go:24:12
./cplx_consts.go:24:30:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./cplx_consts.go:24:12
./cplx_consts.go:23:45: K escapes to heap:
./cplx_consts.go:23:45:   flow: {storage for ... argument} = &{storage for K}:
./cplx_consts.go:23:45:     from K (spill) at ./cplx_consts.go:23:45
./cplx_consts.go:23:45:     from ... argument (slice-literal-element) at ./cplx_consts.go:23:13
./cplx_consts.go:23:45:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:23:45:     from ... argument (spill) at ./cplx_consts.go:23:13
./cplx_consts.go:23:45:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:23:13
./cplx_consts.go:23:22: real(J) == -1e600 / 1e300 / 1e300 escapes to heap:
./cplx_consts.go:23:22:   flow: {storage for ... argument} = &{storage for real(J) == -1e600 / 1e300 / 1e300}:
./cplx_consts.go:23:22:     from real(J) == -1e600 / 1e300 / 1e300 (spill) at ./cplx_consts.go:23:22
./cplx_consts.go:23:22:     from ... argument (slice-literal-element) at ./cplx_consts.go:23:13
./cplx_consts.go:23:22:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:23:22:     from ... argument (spill) at ./cplx_consts.go:23:13
./cplx_consts.go:23:22:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:23:13
./cplx_consts.go:22:38: I escapes to heap:
./cplx_consts.go:22:38:   flow: {storage for ... argument} = &{storage for I}:
./cplx_consts.go:22:38:     from I (spill) at ./cplx_consts.go:22:38
./cplx_consts.go:22:38:     from ... argument (slice-literal-element) at ./cplx_consts.go:22:13
./cplx_consts.go:22:38:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:22:38:     from ... argument (spill) at ./cplx_consts.go:22:13
./cplx_consts.go:22:38:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:22:13
./cplx_consts.go:22:35: H escapes to heap:
./cplx_consts.go:22:35:   flow: {storage for ... argument} = &{storage for H}:
./cplx_consts.go:22:35:     from H (spill) at ./cplx_consts.go:22:35
./cplx_consts.go:22:35:     from ... argument (slice-literal-element) at ./cplx_consts.go:22:13
./cplx_consts.go:22:35:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:22:35:     from ... argument (spill) at ./cplx_consts.go:22:13
./cplx_consts.go:22:35:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:22:13
./cplx_consts.go:22:32: G escapes to heap:
./cplx_consts.go:22:32:   flow: {storage for ... argument} = &{storage for G}:
./cplx_consts.go:22:32:     from G (spill) at ./cplx_consts.go:22:32
./cplx_consts.go:22:32:     from ... argument (slice-literal-element) at ./cplx_consts.go:22:13
./cplx_consts.go:22:32:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:22:32:     from ... argument (spill) at ./cplx_consts.go:22:13
./cplx_consts.go:22:32:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:22:13
./cplx_consts.go:22:29: F escapes to heap:
./cplx_consts.go:22:29:   flow: {storage for ... argument} = &{storage for F}:
./cplx_consts.go:22:29:     from F (spill) at ./cplx_consts.go:22:29
./cplx_consts.go:22:29:     from ... argument (slice-literal-element) at ./cplx_consts.go:22:13
./cplx_consts.go:22:29:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:22:29:     from ... argument (spill) at ./cplx_consts.go:22:13
./cplx_consts.go:22:29:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:22:13
./cplx_consts.go:22:26: E escapes to heap:
./cplx_consts.go:22:26:   flow: {storage for ... argument} = &{storage for E}:
./cplx_consts.go:22:26:     from E (spill) at ./cplx_consts.go:22:26
./cplx_consts.go:22:26:     from ... argument (slice-literal-element) at ./cplx_consts.go:22:13
./cplx_consts.go:22:26:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:22:26:     from ... argument (spill) at ./cplx_consts.go:22:13
./cplx_consts.go:22:26:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:22:13
./cplx_consts.go:22:23: D escapes to heap:
./cplx_consts.go:22:23:   flow: {storage for ... argument} = &{storage for D}:
./cplx_consts.go:22:23:     from D (spill) at ./cplx_consts.go:22:23
./cplx_consts.go:22:23:     from ... argument (slice-literal-element) at ./cplx_consts.go:22:13
./cplx_consts.go:22:23:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:22:23:     from ... argument (spill) at ./cplx_consts.go:22:13
./cplx_consts.go:22:23:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:22:13
./cplx_consts.go:22:20: C escapes to heap:
./cplx_consts.go:22:20:   flow: {storage for ... argument} = &{storage for C}:
./cplx_consts.go:22:20:     from C (spill) at ./cplx_consts.go:22:20
./cplx_consts.go:22:20:     from ... argument (slice-literal-element) at ./cplx_consts.go:22:13
./cplx_consts.go:22:20:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:22:20:     from ... argument (spill) at ./cplx_consts.go:22:13
./cplx_consts.go:22:20:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:22:13
./cplx_consts.go:22:17: B escapes to heap:
./cplx_consts.go:22:17:   flow: {storage for ... argument} = &{storage for B}:
./cplx_consts.go:22:17:     from B (spill) at ./cplx_consts.go:22:17
./cplx_consts.go:22:17:     from ... argument (slice-literal-element) at ./cplx_consts.go:22:13
./cplx_consts.go:22:17:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:22:17:     from ... argument (spill) at ./cplx_consts.go:22:13
./cplx_consts.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:22:13
./cplx_consts.go:22:14: A escapes to heap:
./cplx_consts.go:22:14:   flow: {storage for ... argument} = &{storage for A}:
./cplx_consts.go:22:14:     from A (spill) at ./cplx_consts.go:22:14
./cplx_consts.go:22:14:     from ... argument (slice-literal-element) at ./cplx_consts.go:22:13
./cplx_consts.go:22:14:   flow: {heap} = {storage for ... argument}:
./cplx_consts.go:22:14:     from ... argument (spill) at ./cplx_consts.go:22:13
./cplx_consts.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./cplx_consts.go:22:13
./cplx_consts.go:22:13: ... argument does not escape
./cplx_consts.go:22:14: A escapes to heap
./cplx_consts.go:22:17: B escapes to heap
./cplx_consts.go:22:20: C escapes to heap
./cplx_consts.go:22:23: D escapes to heap
./cplx_consts.go:22:26: E escapes to heap
./cplx_consts.go:22:29: F escapes to heap
./cplx_consts.go:22:32: G escapes to heap
./cplx_consts.go:22:35: H escapes to heap
./cplx_consts.go:22:38: I escapes to heap
./cplx_consts.go:23:13: ... argument does not escape
./cplx_consts.go:23:22: real(J) == -1e600 / 1e300 / 1e300 escapes to heap
./cplx_consts.go:23:45: K escapes to heap
./cplx_consts.go:24:12: ... argument does not escape
./cplx_consts.go:24:30: A escapes to heap
./cplx_consts.go:24:33: F escapes to heap
./cplx_consts.go:24:36: G escapes to heap
./cplx_consts.go:24:39: typed escapes to heap
./cplx_consts.go:27:13: ... argument does not escape
./cplx_consts.go:27:13: x escapes to heap
./cplx_consts.go:27:13: y escapes to heap
./cplx_consts.go:27:20: typed escapes to heap
./cplx_consts.go:30:13: ... argument does not escape
./cplx_consts.go:30:13: f escapes to heap
./cplx_consts.go:30:13: g escapes to heap
./cplx_consts.go:33:13: ... argument does not escape
./cplx_consts.go:33:17: len(arr) escapes to heap
./cplx_consts.go:33:24: r escapes to heap
./cplx_consts.go:37:13: ... argument does not escape
./cplx_consts.go:37:13: z escapes to heap
./cplx_consts.go:37:13: w escapes to heap
./cplx_consts.go:37:20: 0i escapes to heap
./cplx_consts.go:37:24: -0i escapes to heap
./cplx_consts.go:39:12: ... argument does not escape
./cplx_consts.go:39:13: h escapes to heap
./cplx_consts.go:39:13: h escapes to heap
./cplx_consts.go:40:13: ... argument does not escape
./cplx_consts.go:40:18: imag(2i * 2i) escapes to heap
./cplx_consts.go:40:31: real(1i * 1i) escapes to heap

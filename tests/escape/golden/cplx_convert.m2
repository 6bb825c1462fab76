./cplx_convert.go:41:13: sum escapes to heap:
./cplx_convert.go:41:13:   flow: {storage for ... argument} = &{storage for sum}:
./cplx_convert.go:41:13:     from sum (spill) at ./cplx_convert.go:41:13
./cplx_convert.go:41:13:     from ... argument (slice-literal-element) at ./cplx_convert.go:41:13
./cplx_convert.go:41:13:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:41:13:     from ... argument (spill) at ./cplx_convert.go:41:13
./cplx_convert.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:41:13
./cplx_convert.go:35:34: uint16((imag(h)) * 1000) escapes to heap:
./cplx_convert.go:35:34:   flow: {storage for ... argument} = &{storage for uint16((imag(h)) * 1000)}:
./cplx_convert.go:35:34:     from uint16((imag(h)) * 1000) (spill) at ./cplx_convert.go:35:34
./cplx_convert.go:35:34:     from ... argument (slice-literal-element) at ./cplx_convert.go:35:13
./cplx_convert.go:35:34:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:35:34:     from ... argument (spill) at ./cplx_convert.go:35:13
./cplx_convert.go:35:34:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:35:13
./cplx_convert.go:35:17: int(real(h)) escapes to heap:
./cplx_convert.go:35:17:   flow: {storage for ... argument} = &{storage for int(real(h))}:
./cplx_convert.go:35:17:     from int(real(h)) (spill) at ./cplx_convert.go:35:17
./cplx_convert.go:35:17:     from ... argument (slice-literal-element) at ./cplx_convert.go:35:13
./cplx_convert.go:35:17:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:35:17:     from ... argument (spill) at ./cplx_convert.go:35:13
./cplx_convert.go:35:17:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:35:13
./cplx_convert.go:34:21: complex(float32(u8), 0) escapes to heap:
./cplx_convert.go:34:21:   flow: {storage for ... argument} = &{storage for complex(float32(u8), 0)}:
./cplx_convert.go:34:21:     from complex(float32(u8), 0) (spill) at ./cplx_convert.go:34:21
./cplx_convert.go:34:21:     from ... argument (slice-literal-element) at ./cplx_convert.go:34:13
./cplx_convert.go:34:21:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:34:21:     from ... argument (spill) at ./cplx_convert.go:34:13
./cplx_convert.go:34:21:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:34:13
./cplx_convert.go:32:13: k escapes to heap:
./cplx_convert.go:32:13:   flow: {storage for ... argument} = &{storage for k}:
./cplx_convert.go:32:13:     from k (spill) at ./cplx_convert.go:32:13
./cplx_convert.go:32:13:     from ... argument (slice-literal-element) at ./cplx_convert.go:32:13
./cplx_convert.go:32:13:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:32:13:     from ... argument (spill) at ./cplx_convert.go:32:13
./cplx_convert.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:32:13
./cplx_convert.go:29:59: complex64(h) escapes to heap:
./cplx_convert.go:29:59:   flow: {storage for ... argument} = &{storage for complex64(h)}:
./cplx_convert.go:29:59:     from complex64(h) (spill) at ./cplx_convert.go:29:59
./cplx_convert.go:29:59:     from ... argument (slice-literal-element) at ./cplx_convert.go:29:13
./cplx_convert.go:29:59:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:29:59:     from ... argument (spill) at ./cplx_convert.go:29:13
./cplx_convert.go:29:59:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:29:13
./cplx_convert.go:29:39: float32(imag(h)) escapes to heap:
./cplx_convert.go:29:39:   flow: {storage for ... argument} = &{storage for float32(imag(h))}:
./cplx_convert.go:29:39:     from float32(imag(h)) (spill) at ./cplx_convert.go:29:39
./cplx_convert.go:29:39:     from ... argument (slice-literal-element) at ./cplx_convert.go:29:13
./cplx_convert.go:29:39:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:29:39:     from ... argument (spill) at ./cplx_convert.go:29:13
./cplx_convert.go:29:39:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:29:13
./cplx_convert.go:29:21: float32(real(h)) escapes to heap:
./cplx_convert.go:29:21:   flow: {storage for ... argument} = &{storage for float32(real(h))}:
./cplx_convert.go:29:21:     from float32(real(h)) (spill) at ./cplx_convert.go:29:21
./cplx_convert.go:29:21:     from ... argument (slice-literal-element) at ./cplx_convert.go:29:13
./cplx_convert.go:29:21:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:29:21:     from ... argument (spill) at ./cplx_convert.go:29:13
./cplx_convert.go:29:21:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:29:13
./cplx_convert.go:27:41: (real(g)) == f escapes to heap:
./cplx_convert.go:27:41:   flow: {storage for ... argument} = &{storage for (real(g)) == f}:
./cplx_convert.go:27:41:     from (real(g)) == f (spill) at ./cplx_convert.go:27:41
./cplx_convert.go:27:41:     from ... argument (slice-literal-element) at ./cplx_convert.go:27:12
./cplx_convert.go:27:41:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:27:41:     from ... argument (spill) at ./cplx_convert.go:27:12
./cplx_convert.go:27:41:     from fmt.Printf("%T %v %v\n", ... argument...) (call parameter) at ./cplx_convert.go:27:12
./cplx_convert.go:27:13: g escapes to heap:
./cplx_convert.go:27:13:   flow: {storage for ... argument} = &{storage for g}:
./cplx_convert.go:27:13:     from g (spill) at ./cplx_convert.go:27:13
./cplx_convert.go:27:13:     from ... argument (slice-literal-element) at ./cplx_convert.go:27:12
./cplx_convert.go:27:13:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:27:13:     from ... argument (spill) at ./cplx_convert.go:27:12
./cplx_convert.go:27:13:     from fmt.Printf("%T %v %v\n", ... argument...) (call parameter) at ./cplx_convert.go:27:12
./cplx_convert.go:27:13: g escapes to heap:
./cplx_convert.go:27:13:   flow: {storage for ... argument} = &{storage for g}:
./cplx_convert.go:27:13:     from g (spill) at ./cplx_convert.go:27:13
./cplx_convert.go:27:13:     from ... argument (slice-literal-element) at ./cplx_convert.go:27:12
./cplx_convert.go:27:13:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:27:13:     from ... argument (spill) at ./cplx_convert.go:27:12
./cplx_convert.go:27:13:     from fmt.Printf("%T %v %v\n", ... argument...) (call parameter) at ./cplx_convert.go:27:12
./cplx_convert.go:24:34: complex64(C64(e)) escapes to heap:
./cplx_convert.go:24:34:   flow: {storage for ... argument} = &{storage for complex64(C64(e))}:
./cplx_convert.go:24:34:     from complex64(C64(e)) (spill) at ./cplx_convert.go:24:34
./cplx_convert.go:24:34:     from ... argument (slice-literal-element) at ./cplx_convert.go:24:13
./cplx_convert.go:24:34:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:24:34:     from ... argument (spill) at ./cplx_convert.go:24:13
./cplx_convert.go:24:34:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:24:13
./cplx_convert.go:24:20: C64(e) escapes to heap:
./cplx_convert.go:24:20:   flow: {storage for ... argument} = &{storage for C64(e)}:
./cplx_convert.go:24:20:     from C64(e) (spill) at ./cplx_convert.go:24:20
./cplx_convert.go:24:20:     from ... argument (slice-literal-element) at ./cplx_convert.go:24:13
./cplx_convert.go:24:20:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:24:20:     from ... argument (spill) at ./cplx_convert.go:24:13
./cplx_convert.go:24:20:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:24:13
./cplx_convert.go:24:13: e escapes to heap:
./cplx_convert.go:24:13:   flow: {storage for ... argument} = &{storage for e}:
./cplx_convert.go:24:13:     from e (spill) at ./cplx_convert.go:24:13
./cplx_convert.go:24:13:     from ... argument (slice-literal-element) at ./cplx_convert.go:24:13
./cplx_convert.go:24:13:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:24:13:     from ... argument (spill) at ./cplx_convert.go:24:13
./cplx_convert.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:24:13
./cplx_convert.go:22:13: d escapes to heap:
./cplx_convert.go:22:13:   flow: {storage for ... argument} = &{storage for d}:
./cplx_convert.go:22:13:     from d (spill) at ./cplx_convert.go:22:13
./cplx_convert.go:22:13:     from ... argument (slice-literal-element) at ./cplx_convert.go:22:12
./cplx_convert.go:22:13:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:22:13:     from ... argument (spill) at ./cplx_convert.go:22:12
./cplx_convert.go:22:13:     from fmt.Printf("%v %T %v %T\n", ... argument...) (call parameter) at ./cplx_convert.go:22:12
./cplx_convert.go:22:13: d escapes to heap:
./cplx_convert.go:22:13:   flow: {storage for ... argument} = &{storage for d}:
./cplx_convert.go:22:13:     from d (spill) at ./cplx_convert.go:22:13
./cplx_convert.go:22:13:     from ... argument (slice-literal-element) at ./cplx_convert.go:22:12
./cplx_convert.go:22:13:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:22:13:     from ... argument (spill) at ./cplx_convert.go:22:12
./cplx_convert.go:22:13:     from fmt.Printf("%v %T %v %T\n", ... argument...) (call parameter) at ./cplx_convert.go:22:12
./cplx_convert.go:22:13: c escapes to heap:
./cplx_convert.go:22:13:   flow: {storage for ... argument} = &{storage for c}:
./cplx_convert.go:22:13:     from c (spill) at ./cplx_convert.go:22:13
./cplx_convert.go:22:13:     from ... argument (slice-literal-element) at ./cplx_convert.go:22:12
./cplx_convert.go:22:13:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:22:13:     from ... argument (spill) at ./cplx_convert.go:22:12
./cplx_convert.go:22:13:     from fmt.Printf("%v %T %v %T\n", ... argument...) (call parameter) at ./cplx_convert.go:22:12
./cplx_convert.go:22:13: c escapes to heap:
./cplx_convert.go:22:13:   flow: {storage for ... argument} = &{storage for c}:
./cplx_convert.go:22:13:     from c (spill) at ./cplx_convert.go:22:13
./cplx_convert.go:22:13:     from ... argument (slice-literal-element) at ./cplx_convert.go:22:12
./cplx_convert.go:22:13:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:22:13:     from ... argument (spill) at ./cplx_convert.go:22:12
./cplx_convert.go:22:13:     from fmt.Printf("%v %T %v %T\n", ... argument...) (call parameter) at ./cplx_convert.go:22:12
./cplx_convert.go:19:23: tiny escapes to heap:
./cplx_convert.go:19:23:   flow: {storage for ... argument} = &{storage for tiny}:
./cplx_convert.go:19:23:     from tiny (spill) at ./cplx_convert.go:19:23
./cplx_convert.go:19:23:     from ... argument (slice-literal-element) at ./cplx_convert.go:19:13
./cplx_convert.go:19:23:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:19:23:     from ... argument (spill) at ./cplx_convert.go:19:13
./cplx_convert.go:19:23:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:19:13
./cplx_convert.go:19:23: complex64(tiny) escapes to heap:
./cplx_convert.go:19:23:   flow: {storage for ... argument} = &{storage for complex64(tiny)}:
./cplx_convert.go:19:23:     from complex64(tiny) (spill) at ./cplx_convert.go:19:23
./cplx_convert.go:19:23:     from ... argument (slice-literal-element) at ./cplx_convert.go:19:13
./cplx_convert.go:19:23:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:19:23:     from ... argument (spill) at ./cplx_convert.go:19:13
./cplx_convert.go:19:23:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:19:13
./cplx_convert.go:17:40: complex128(complex64(big)) escapes to heap:
./cplx_convert.go:17:40:   flow: {storage for ... argument} = &{storage for complex128(complex64(big))}:
./cplx_convert.go:17:40:     from complex128(complex64(big)) (spill) at ./cplx_convert.go:17:40
./cplx_convert.go:17:40:     from ... argument (slice-literal-element) at ./cplx_convert.go:17:13
./cplx_convert.go:17:40:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:17:40:     from ... argument (spill) at ./cplx_convert.go:17:13
./cplx_convert.go:17:40:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:17:13
./cplx_convert.go:17:23: complex64(big) escapes to heap:
./cplx_convert.go:17:23:   flow: {storage for ... argument} = &{storage for complex64(big)}:
./cplx_convert.go:17:23:     from complex64(big) (spill) at ./cplx_convert.go:17:23
./cplx_convert.go:17:23:     from ... argument (slice-literal-element) at ./cplx_convert.go:17:13
./cplx_convert.go:17:23:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:17:23:     from ... argument (spill) at ./cplx_convert.go:17:13
./cplx_convert.go:17:23:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:17:13
./cplx_convert.go:15:25: x == z escapes to heap:
./cplx_convert.go:15:25:   flow: {storage for ... argument} = &{storage for x == z}:
./cplx_convert.go:15:25:     from x == z (spill) at ./cplx_convert.go:15:25
./cplx_convert.go:15:25:     from ... argument (slice-literal-element) at ./cplx_convert.go:15:13
./cplx_convert.go:15:25:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:15:25:     from ... argument (spill) at ./cplx_convert.go:15:13
./cplx_convert.go:15:25:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:15:13
./cplx_convert.go:15:13: z escapes to heap:
./cplx_convert.go:15:13:   flow: {storage for ... argument} = &{storage for z}:
./cplx_convert.go:15:13:     from z (spill) at ./cplx_convert.go:15:13
./cplx_convert.go:15:13:     from ... argument (slice-literal-element) at ./cplx_convert.go:15:13
./cplx_convert.go:15:13:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:15:13:     from ... argument (spill) at ./cplx_convert.go:15:13
./cplx_convert.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:15:13
./cplx_convert.go:15:13: y escapes to heap:
./cplx_convert.go:15:13:   flow: {storage for ... argument} = &{storage for y}:
./cplx_convert.go:15:13:     from y (spill) at ./cplx_convert.go:15:13
./cplx_convert.go:15:13:     from ... argument (slice-literal-element) at ./cplx_convert.go:15:13
./cplx_convert.go:15:13:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:15:13:     from ... argument (spill) at ./cplx_convert.go:15:13
./cplx_convert.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:15:13
./cplx_convert.go:15:13: x escapes to heap:
./cplx_convert.go:15:13:   flow: {storage for ... argument} = &{storage for x}:
./cplx_convert.go:15:13:     from x (spill) at ./cplx_convert.go:15:13
./cplx_convert.go:15:13:     from ... argument (slice-literal-element) at ./cplx_convert.go:15:13
./cplx_convert.go:15:13:   flow: {heap} = {storage for ... argument}:
./cplx_convert.go:15:13:     from ... argument (spill) at ./cplx_convert.go:15:13
./cplx_convert.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_convert.go:15:13
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

./cplx_arith.go:36:16: " " escapes to heap:
./cplx_arith.go:36:16:   flow: {storage for ... argument} = &{storage for " "}:
./cplx_arith.go:36:16:     from " " (spill) at ./cplx_arith.go:36:16
./cplx_arith.go:36:16:     from ... argument (slice-literal-element) at ./cplx_arith.go:36:12
./cplx_arith.go:36:16:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:36:16:     from ... argument (spill) at ./cplx_arith.go:36:12
./cplx_arith.go:36:16:     from fmt.Print(... argument...) (call parameter) at ./cplx_arith.go:36:12
./cplx_arith.go:36:12: w escapes to heap:
./cplx_arith.go:36:12:   flow: {storage for ... argument} = &{storage for w}:
./cplx_arith.go:36:12:     from w (spill) at ./cplx_arith.go:36:12
./cplx_arith.go:36:12:     from ... argument (slice-literal-element) at ./cplx_arith.go:36:12
./cplx_arith.go:36:12:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:36:12:     from ... argument (spill) at ./cplx_arith.go:36:12
./cplx_arith.go:36:12:     from fmt.Print(... argument...) (call parameter) at ./cplx_arith.go:36:12
./cplx_arith.go:33:15: "ne" escapes to heap:
./cplx_arith.go:33:15:   flow: {storage for ... argument} = &{storage for "ne"}:
./cplx_arith.go:33:15:     from "ne" (spill) at ./cplx_arith.go:33:15
./cplx_arith.go:33:15:     from ... argument (slice-literal-element) at ./cplx_arith.go:33:14
./cplx_arith.go:33:15:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:33:15:     from ... argument (spill) at ./cplx_arith.go:33:14
./cplx_arith.go:33:15:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:33:14
./cplx_arith.go:31:57: (real(complex(f32, 0))) == f32 escapes to heap:
./cplx_arith.go:31:57:   flow: {storage for ... argument} = &{storage for (real(complex(f32, 0))) == f32}:
./cplx_arith.go:31:57:     from (real(complex(f32, 0))) == f32 (spill) at ./cplx_arith.go:31:57
./cplx_arith.go:31:57:     from ... argument (slice-literal-element) at ./cplx_arith.go:31:13
./cplx_arith.go:31:57:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:31:57:     from ... argument (spill) at ./cplx_arith.go:31:13
./cplx_arith.go:31:57:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:31:13
./cplx_arith.go:31:21: complex(f32, f32 * 3) escapes to heap:
./cplx_arith.go:31:21:   flow: {storage for ... argument} = &{storage for complex(f32, f32 * 3)}:
./cplx_arith.go:31:21:     from complex(f32, f32 * 3) (spill) at ./cplx_arith.go:31:21
./cplx_arith.go:31:21:     from ... argument (slice-literal-element) at ./cplx_arith.go:31:13
./cplx_arith.go:31:21:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:31:21:     from ... argument (spill) at ./cplx_arith.go:31:13
./cplx_arith.go:31:21:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:31:13
./cplx_arith.go:29:47: complex128(z) escapes to heap:
./cplx_arith.go:29:47:   flow: {storage for ... argument} = &{storage for complex128(z)}:
./cplx_arith.go:29:47:     from complex128(z) (spill) at ./cplx_arith.go:29:47
./cplx_arith.go:29:47:     from ... argument (slice-literal-element) at ./cplx_arith.go:29:13
./cplx_arith.go:29:47:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:29:47:     from ... argument (spill) at ./cplx_arith.go:29:13
./cplx_arith.go:29:47:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:29:13
./cplx_arith.go:29:31: complex128(z) == a escapes to heap:
./cplx_arith.go:29:31:   flow: {storage for ... argument} = &{storage for complex128(z) == a}:
./cplx_arith.go:29:31:     from complex128(z) == a (spill) at ./cplx_arith.go:29:31
./cplx_arith.go:29:31:     from ... argument (slice-literal-element) at ./cplx_arith.go:29:13
./cplx_arith.go:29:31:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:29:31:     from ... argument (spill) at ./cplx_arith.go:29:13
./cplx_arith.go:29:31:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:29:13
./cplx_arith.go:29:13: z escapes to heap:
./cplx_arith.go:29:13:   flow: {storage for ... argument} = &{storage for z}:
./cplx_arith.go:29:13:     from z (spill) at ./cplx_arith.go:29:13
./cplx_arith.go:29:13:     from ... argument (slice-literal-element) at ./cplx_arith.go:29:13
./cplx_arith.go:29:13:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:29:13:     from ... argument (spill) at ./cplx_arith.go:29:13
./cplx_arith.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:29:13
./cplx_arith.go:27:13: y escapes to heap:
./cplx_arith.go:27:13:   flow: {storage for ... argument} = &{storage for y}:
./cplx_arith.go:27:13:     from y (spill) at ./cplx_arith.go:27:13
./cplx_arith.go:27:13:     from ... argument (slice-literal-element) at ./cplx_arith.go:27:12
./cplx_arith.go:27:13:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:27:13:     from ... argument (spill) at ./cplx_arith.go:27:12
./cplx_arith.go:27:13:     from fmt.Printf("%v %.3f\n", ... argument...) (call parameter) at ./cplx_arith.go:27:12
./cplx_arith.go:27:13: y escapes to heap:
./cplx_arith.go:27:13:   flow: {storage for ... argument} = &{storage for y}:
./cplx_arith.go:27:13:     from y (spill) at ./cplx_arith.go:27:13
./cplx_arith.go:27:13:     from ... argument (slice-literal-element) at ./cplx_arith.go:27:12
./cplx_arith.go:27:13:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:27:13:     from ... argument (spill) at ./cplx_arith.go:27:12
./cplx_arith.go:27:13:     from fmt.Printf("%v %.3f\n", ... argument...) (call parameter) at ./cplx_arith.go:27:12
./cplx_arith.go:22:13: x escapes to heap:
./cplx_arith.go:22:13:   flow: {storage for ... argument} = &{storage for x}:
./cplx_arith.go:22:13:     from x (spill) at ./cplx_arith.go:22:13
./cplx_arith.go:22:13:     from ... argument (slice-literal-element) at ./cplx_arith.go:22:13
./cplx_arith.go:22:13:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:22:13:     from ... argument (spill) at ./cplx_arith.go:22:13
./cplx_arith.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:22:13
./cplx_arith.go:17:30: imag(c) escapes to heap:
./cplx_arith.go:17:30:   flow: {storage for ... argument} = &{storage for imag(c)}:
./cplx_arith.go:17:30:     from imag(c) (spill) at ./cplx_arith.go:17:30
./cplx_arith.go:17:30:     from ... argument (slice-literal-element) at ./cplx_arith.go:17:13
./cplx_arith.go:17:30:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:17:30:     from ... argument (spill) at ./cplx_arith.go:17:13
./cplx_arith.go:17:30:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:17:13
./cplx_arith.go:17:21: real(c) escapes to heap:
./cplx_arith.go:17:21:   flow: {storage for ... argument} = &{storage for real(c)}:
./cplx_arith.go:17:21:     from real(c) (spill) at ./cplx_arith.go:17:21
./cplx_arith.go:17:21:     from ... argument (slice-literal-element) at ./cplx_arith.go:17:13
./cplx_arith.go:17:21:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:17:21:     from ... argument (spill) at ./cplx_arith.go:17:13
./cplx_arith.go:17:21:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:17:13
./cplx_arith.go:17:13: c escapes to heap:
./cplx_arith.go:17:13:   flow: {storage for ... argument} = &{storage for c}:
./cplx_arith.go:17:13:     from c (spill) at ./cplx_arith.go:17:13
./cplx_arith.go:17:13:     from ... argument (slice-literal-element) at ./cplx_arith.go:17:13
./cplx_arith.go:17:13:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:17:13:     from ... argument (spill) at ./cplx_arith.go:17:13
./cplx_arith.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:17:13
./cplx_arith.go:12:30: c / d escapes to heap:
./cplx_arith.go:12:30:   flow: {storage for ... argument} = &{storage for c / d}:
./cplx_arith.go:12:30:     from c / d (spill) at ./cplx_arith.go:12:30
./cplx_arith.go:12:30:     from ... argument (slice-literal-element) at ./cplx_arith.go:12:13
./cplx_arith.go:12:30:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:12:30:     from ... argument (spill) at ./cplx_arith.go:12:13
./cplx_arith.go:12:30:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:12:13
./cplx_arith.go:12:25: c * d escapes to heap:
./cplx_arith.go:12:25:   flow: {storage for ... argument} = &{storage for c * d}:
./cplx_arith.go:12:25:     from c * d (spill) at ./cplx_arith.go:12:25
./cplx_arith.go:12:25:     from ... argument (slice-literal-element) at ./cplx_arith.go:12:13
./cplx_arith.go:12:25:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:12:25:     from ... argument (spill) at ./cplx_arith.go:12:13
./cplx_arith.go:12:25:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:12:13
./cplx_arith.go:12:20: c - d escapes to heap:
./cplx_arith.go:12:20:   flow: {storage for ... argument} = &{storage for c - d}:
./cplx_arith.go:12:20:     from c - d (spill) at ./cplx_arith.go:12:20
./cplx_arith.go:12:20:     from ... argument (slice-literal-element) at ./cplx_arith.go:12:13
./cplx_arith.go:12:20:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:12:20:     from ... argument (spill) at ./cplx_arith.go:12:13
./cplx_arith.go:12:20:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:12:13
./cplx_arith.go:12:15: c + d escapes to heap:
./cplx_arith.go:12:15:   flow: {storage for ... argument} = &{storage for c + d}:
./cplx_arith.go:12:15:     from c + d (spill) at ./cplx_arith.go:12:15
./cplx_arith.go:12:15:     from ... argument (slice-literal-element) at ./cplx_arith.go:12:13
./cplx_arith.go:12:15:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:12:15:     from ... argument (spill) at ./cplx_arith.go:12:13
./cplx_arith.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:12:13
./cplx_arith.go:9:40: a == a escapes to heap:
./cplx_arith.go:9:40:   flow: {storage for ... argument} = &{storage for a == a}:
./cplx_arith.go:9:40:     from a == a (spill) at ./cplx_arith.go:9:40
./cplx_arith.go:9:40:     from ... argument (slice-literal-element) at ./cplx_arith.go:9:13
./cplx_arith.go:9:40:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:9:40:     from ... argument (spill) at ./cplx_arith.go:9:13
./cplx_arith.go:9:40:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:9:13
./cplx_arith.go:9:32: a != b escapes to heap:
./cplx_arith.go:9:32:   flow: {storage for ... argument} = &{storage for a != b}:
./cplx_arith.go:9:32:     from a != b (spill) at ./cplx_arith.go:9:32
./cplx_arith.go:9:32:     from ... argument (slice-literal-element) at ./cplx_arith.go:9:13
./cplx_arith.go:9:32:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:9:32:     from ... argument (spill) at ./cplx_arith.go:9:13
./cplx_arith.go:9:32:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:9:13
./cplx_arith.go:9:24: a == b escapes to heap:
./cplx_arith.go:9:24:   flow: {storage for ... argument} = &{storage for a == b}:
./cplx_arith.go:9:24:     from a == b (spill) at ./cplx_arith.go:9:24
./cplx_arith.go:9:24:     from ... argument (slice-literal-element) at ./cplx_arith.go:9:13
./cplx_arith.go:9:24:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:9:24:     from ... argument (spill) at ./cplx_arith.go:9:13
./cplx_arith.go:9:24:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:9:13
./cplx_arith.go:9:18: +a escapes to heap:
./cplx_arith.go:9:18:   flow: {storage for ... argument} = &{storage for +a}:
./cplx_arith.go:9:18:     from +a (spill) at ./cplx_arith.go:9:18
./cplx_arith.go:9:18:     from ... argument (slice-literal-element) at ./cplx_arith.go:9:13
./cplx_arith.go:9:18:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:9:18:     from ... argument (spill) at ./cplx_arith.go:9:13
./cplx_arith.go:9:18:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:9:13
./cplx_arith.go:9:14: -a escapes to heap:
./cplx_arith.go:9:14:   flow: {storage for ... argument} = &{storage for -a}:
./cplx_arith.go:9:14:     from -a (spill) at ./cplx_arith.go:9:14
./cplx_arith.go:9:14:     from ... argument (slice-literal-element) at ./cplx_arith.go:9:13
./cplx_arith.go:9:14:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:9:14:     from ... argument (spill) at ./cplx_arith.go:9:13
./cplx_arith.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:9:13
./cplx_arith.go:8:30: a / b escapes to heap:
./cplx_arith.go:8:30:   flow: {storage for ... argument} = &{storage for a / b}:
./cplx_arith.go:8:30:     from a / b (spill) at ./cplx_arith.go:8:30
./cplx_arith.go:8:30:     from ... argument (slice-literal-element) at ./cplx_arith.go:8:13
./cplx_arith.go:8:30:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:8:30:     from ... argument (spill) at ./cplx_arith.go:8:13
./cplx_arith.go:8:30:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:8:13
./cplx_arith.go:8:25: a * b escapes to heap:
./cplx_arith.go:8:25:   flow: {storage for ... argument} = &{storage for a * b}:
./cplx_arith.go:8:25:     from a * b (spill) at ./cplx_arith.go:8:25
./cplx_arith.go:8:25:     from ... argument (slice-literal-element) at ./cplx_arith.go:8:13
./cplx_arith.go:8:25:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:8:25:     from ... argument (spill) at ./cplx_arith.go:8:13
./cplx_arith.go:8:25:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:8:13
./cplx_arith.go:8:20: a - b escapes to heap:
./cplx_arith.go:8:20:   flow: {storage for ... argument} = &{storage for a - b}:
./cplx_arith.go:8:20:     from a - b (spill) at ./cplx_arith.go:8:20
./cplx_arith.go:8:20:     from ... argument (slice-literal-element) at ./cplx_arith.go:8:13
./cplx_arith.go:8:20:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:8:20:     from ... argument (spill) at ./cplx_arith.go:8:13
./cplx_arith.go:8:20:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:8:13
./cplx_arith.go:8:15: a + b escapes to heap:
./cplx_arith.go:8:15:   flow: {storage for ... argument} = &{storage for a + b}:
./cplx_arith.go:8:15:     from a + b (spill) at ./cplx_arith.go:8:15
./cplx_arith.go:8:15:     from ... argument (slice-literal-element) at ./cplx_arith.go:8:13
./cplx_arith.go:8:15:   flow: {heap} = {storage for ... argument}:
./cplx_arith.go:8:15:     from ... argument (spill) at ./cplx_arith.go:8:13
./cplx_arith.go:8:15:     from fmt.Println(... argument...) (call parameter) at ./cplx_arith.go:8:13
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

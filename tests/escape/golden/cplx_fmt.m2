./cplx_fmt.go:28:64: complex(1e21, 1e-5) escapes to heap:
./cplx_fmt.go:28:64:   flow: {storage for ... argument} = &{storage for complex(1e21, 1e-5)}:
./cplx_fmt.go:28:64:     from complex(1e21, 1e-5) (spill) at ./cplx_fmt.go:28:64
./cplx_fmt.go:28:64:     from ... argument (slice-literal-element) at ./cplx_fmt.go:28:12
./cplx_fmt.go:28:64:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:28:64:     from ... argument (spill) at ./cplx_fmt.go:28:12
./cplx_fmt.go:28:64:     from fmt.Printf("%v %v\n", ... argument...) (call parameter) at ./cplx_fmt.go:28:12
./cplx_fmt.go:28:33: complex64(complex(1e20, 1e-20)) escapes to heap:
./cplx_fmt.go:28:33:   flow: {storage for ... argument} = &{storage for complex64(complex(1e20, 1e-20))}:
./cplx_fmt.go:28:33:     from complex64(complex(1e20, 1e-20)) (spill) at ./cplx_fmt.go:28:33
./cplx_fmt.go:28:33:     from ... argument (slice-literal-element) at ./cplx_fmt.go:28:12
./cplx_fmt.go:28:33:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:28:33:     from ... argument (spill) at ./cplx_fmt.go:28:12
./cplx_fmt.go:28:33:     from fmt.Printf("%v %v\n", ... argument...) (call parameter) at ./cplx_fmt.go:28:12
./cplx_fmt.go:27:44: 123456.789 + 0.000123456i escapes to heap:
./cplx_fmt.go:27:44:   flow: {storage for ... argument} = &{storage for 123456.789 + 0.000123456i}:
./cplx_fmt.go:27:44:     from 123456.789 + 0.000123456i (spill) at ./cplx_fmt.go:27:44
./cplx_fmt.go:27:44:     from ... argument (slice-literal-element) at ./cplx_fmt.go:27:25
./cplx_fmt.go:27:44:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:27:44:     from ... argument (spill) at ./cplx_fmt.go:27:25
./cplx_fmt.go:27:44:     from fmt.Sprintf("%.3g", ... argument...) (call parameter) at ./cplx_fmt.go:27:25
./cplx_fmt.go:27:25: fmt.Sprintf("%.3g", ... argument...) escapes to heap:
./cplx_fmt.go:27:25:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%.3g", ... argument...)}:
./cplx_fmt.go:27:25:     from fmt.Sprintf("%.3g", ... argument...) (spill) at ./cplx_fmt.go:27:25
./cplx_fmt.go:27:25:     from ... argument (slice-literal-element) at ./cplx_fmt.go:27:13
./cplx_fmt.go:27:25:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:27:25:     from ... argument (spill) at ./cplx_fmt.go:27:13
./cplx_fmt.go:27:25:     from fmt.Println(... argument...) (call parameter) at ./cplx_fmt.go:27:13
./cplx_fmt.go:26:42: 1i escapes to heap:
./cplx_fmt.go:26:42:   flow: {storage for ... argument} = &{storage for 1i}:
./cplx_fmt.go:26:42:     from 1i (spill) at ./cplx_fmt.go:26:42
./cplx_fmt.go:26:42:     from ... argument (slice-literal-element) at ./cplx_fmt.go:26:12
./cplx_fmt.go:26:42:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:26:42:     from ... argument (spill) at ./cplx_fmt.go:26:12
./cplx_fmt.go:26:42:     from fmt.Printf("%6.2v|%-8v|\n", ... argument...) (call parameter) at ./cplx_fmt.go:26:12
./cplx_fmt.go:26:37: 1.23456 + 2i escapes to heap:
./cplx_fmt.go:26:37:   flow: {storage for ... argument} = &{storage for 1.23456 + 2i}:
./cplx_fmt.go:26:37:     from 1.23456 + 2i (spill) at ./cplx_fmt.go:26:37
./cplx_fmt.go:26:37:     from ... argument (slice-literal-element) at ./cplx_fmt.go:26:12
./cplx_fmt.go:26:37:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:26:37:     from ... argument (spill) at ./cplx_fmt.go:26:12
./cplx_fmt.go:26:37:     from fmt.Printf("%6.2v|%-8v|\n", ... argument...) (call parameter) at ./cplx_fmt.go:26:12
./cplx_fmt.go:25:44: struct { Z complex128 }{...} escapes to heap:
./cplx_fmt.go:25:44:   flow: {storage for ... argument} = &{storage for struct { Z complex128 }{...}}:
./cplx_fmt.go:25:44:     from struct { Z complex128 }{...} (spill) at ./cplx_fmt.go:25:44
./cplx_fmt.go:25:44:     from ... argument (slice-literal-element) at ./cplx_fmt.go:25:12
./cplx_fmt.go:25:44:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:25:44:     from ... argument (spill) at ./cplx_fmt.go:25:12
./cplx_fmt.go:25:44:     from fmt.Printf("%+v\n", ... argument...) (call parameter) at ./cplx_fmt.go:25:12
./cplx_fmt.go:24:3: struct { A complex128; B complex64 }{...} escapes to heap:
./cplx_fmt.go:24:3:   flow: {storage for ... argument} = &{storage for struct { A complex128; B complex64 }{...}}:
./cplx_fmt.go:24:3:     from struct { A complex128; B complex64 }{...} (spill) at ./cplx_fmt.go:24:3
./cplx_fmt.go:24:3:     from ... argument (slice-literal-element) at ./cplx_fmt.go:21:12
./cplx_fmt.go:24:3:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:24:3:     from ... argument (spill) at ./cplx_fmt.go:21:12
./cplx_fmt.go:24:3:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./cplx_fmt.go:21:12
./cplx_fmt.go:20:20: len(s) escapes to heap:
./cplx_fmt.go:20:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./cplx_fmt.go:20:20:     from len(s) (spill) at ./cplx_fmt.go:20:20
./cplx_fmt.go:20:20:     from ... argument (slice-literal-element) at ./cplx_fmt.go:20:13
./cplx_fmt.go:20:20:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:20:20:     from ... argument (spill) at ./cplx_fmt.go:20:13
./cplx_fmt.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./cplx_fmt.go:20:13
./cplx_fmt.go:20:13: s escapes to heap:
./cplx_fmt.go:20:13:   flow: {storage for ... argument} = &{storage for s}:
./cplx_fmt.go:20:13:     from s (spill) at ./cplx_fmt.go:20:13
./cplx_fmt.go:20:13:     from ... argument (slice-literal-element) at ./cplx_fmt.go:20:13
./cplx_fmt.go:20:13:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:20:13:     from ... argument (spill) at ./cplx_fmt.go:20:13
./cplx_fmt.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_fmt.go:20:13
./cplx_fmt.go:19:25: 3 + 4i escapes to heap:
./cplx_fmt.go:19:25:   flow: {storage for ... argument} = &{storage for 3 + 4i}:
./cplx_fmt.go:19:25:     from 3 + 4i (spill) at ./cplx_fmt.go:19:25
./cplx_fmt.go:19:25:     from ... argument (slice-literal-element) at ./cplx_fmt.go:19:17
./cplx_fmt.go:19:25:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:19:25:     from ... argument (spill) at ./cplx_fmt.go:19:17
./cplx_fmt.go:19:25:     from fmt.Sprint(... argument...) (call parameter) at ./cplx_fmt.go:19:17
./cplx_fmt.go:19:19: 1 + 2i escapes to heap:
./cplx_fmt.go:19:19:   flow: {storage for ... argument} = &{storage for 1 + 2i}:
./cplx_fmt.go:19:19:     from 1 + 2i (spill) at ./cplx_fmt.go:19:19
./cplx_fmt.go:19:19:     from ... argument (slice-literal-element) at ./cplx_fmt.go:19:17
./cplx_fmt.go:19:19:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:19:19:     from ... argument (spill) at ./cplx_fmt.go:19:17
./cplx_fmt.go:19:19:     from fmt.Sprint(... argument...) (call parameter) at ./cplx_fmt.go:19:17
./cplx_fmt.go:18:20: "\n" escapes to heap:
./cplx_fmt.go:18:20:   flow: {storage for ... argument} = &{storage for "\n"}:
./cplx_fmt.go:18:20:     from "\n" (spill) at ./cplx_fmt.go:18:20
./cplx_fmt.go:18:20:     from ... argument (slice-literal-element) at ./cplx_fmt.go:18:11
./cplx_fmt.go:18:20:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:18:20:     from ... argument (spill) at ./cplx_fmt.go:18:11
./cplx_fmt.go:18:20:     from fmt.Print(... argument...) (call parameter) at ./cplx_fmt.go:18:11
./cplx_fmt.go:18:11: c64 escapes to heap:
./cplx_fmt.go:18:11:   flow: {storage for ... argument} = &{storage for c64}:
./cplx_fmt.go:18:11:     from c64 (spill) at ./cplx_fmt.go:18:11
./cplx_fmt.go:18:11:     from ... argument (slice-literal-element) at ./cplx_fmt.go:18:11
./cplx_fmt.go:18:11:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:18:11:     from ... argument (spill) at ./cplx_fmt.go:18:11
./cplx_fmt.go:18:11:     from fmt.Print(... argument...) (call parameter) at ./cplx_fmt.go:18:11
./cplx_fmt.go:18:11: c escapes to heap:
./cplx_fmt.go:18:11:   flow: {storage for ... argument} = &{storage for c}:
./cplx_fmt.go:18:11:     from c (spill) at ./cplx_fmt.go:18:11
./cplx_fmt.go:18:11:     from ... argument (slice-literal-element) at ./cplx_fmt.go:18:11
./cplx_fmt.go:18:11:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:18:11:     from ... argument (spill) at ./cplx_fmt.go:18:11
./cplx_fmt.go:18:11:     from fmt.Print(... argument...) (call parameter) at ./cplx_fmt.go:18:11
./cplx_fmt.go:17:85: map[string]complex128{...} escapes to heap:
./cplx_fmt.go:17:85:   flow: {storage for ... argument} = &{storage for map[string]complex128{...}}:
./cplx_fmt.go:17:85:     from map[string]complex128{...} (spill) at ./cplx_fmt.go:17:85
./cplx_fmt.go:17:85:     from map[string]complex128{...} (interface-converted) at ./cplx_fmt.go:17:85
./cplx_fmt.go:17:85:     from ... argument (slice-literal-element) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:85:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:17:85:     from ... argument (spill) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:85:     from fmt.Println(... argument...) (call parameter) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:55: [2]complex64{...} escapes to heap:
./cplx_fmt.go:17:55:   flow: {storage for ... argument} = &{storage for [2]complex64{...}}:
./cplx_fmt.go:17:55:     from [2]complex64{...} (spill) at ./cplx_fmt.go:17:55
./cplx_fmt.go:17:55:     from ... argument (slice-literal-element) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:55:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:17:55:     from ... argument (spill) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:55:     from fmt.Println(... argument...) (call parameter) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:34: []complex128{...} escapes to heap:
./cplx_fmt.go:17:34:   flow: {storage for ... argument} = &{storage for []complex128{...}}:
./cplx_fmt.go:17:34:     from []complex128{...} (spill) at ./cplx_fmt.go:17:34
./cplx_fmt.go:17:34:     from ... argument (slice-literal-element) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:34:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:17:34:     from ... argument (spill) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:34:     from fmt.Println(... argument...) (call parameter) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:13: c64 escapes to heap:
./cplx_fmt.go:17:13:   flow: {storage for ... argument} = &{storage for c64}:
./cplx_fmt.go:17:13:     from c64 (spill) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:13:     from ... argument (slice-literal-element) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:13:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:17:13:     from ... argument (spill) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:13: c escapes to heap:
./cplx_fmt.go:17:13:   flow: {storage for ... argument} = &{storage for c}:
./cplx_fmt.go:17:13:     from c (spill) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:13:     from ... argument (slice-literal-element) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:13:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:17:13:     from ... argument (spill) at ./cplx_fmt.go:17:13
./cplx_fmt.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_fmt.go:17:13
./cplx_fmt.go:16:13: c64 escapes to heap:
./cplx_fmt.go:16:13:   flow: {storage for ... argument} = &{storage for c64}:
./cplx_fmt.go:16:13:     from c64 (spill) at ./cplx_fmt.go:16:13
./cplx_fmt.go:16:13:     from ... argument (slice-literal-element) at ./cplx_fmt.go:16:12
./cplx_fmt.go:16:13:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:16:13:     from ... argument (spill) at ./cplx_fmt.go:16:12
./cplx_fmt.go:16:13:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./cplx_fmt.go:16:12
./cplx_fmt.go:16:13: c escapes to heap:
./cplx_fmt.go:16:13:   flow: {storage for ... argument} = &{storage for c}:
./cplx_fmt.go:16:13:     from c (spill) at ./cplx_fmt.go:16:13
./cplx_fmt.go:16:13:     from ... argument (slice-literal-element) at ./cplx_fmt.go:16:12
./cplx_fmt.go:16:13:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:16:13:     from ... argument (spill) at ./cplx_fmt.go:16:12
./cplx_fmt.go:16:13:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./cplx_fmt.go:16:12
./cplx_fmt.go:15:71: complex(math.NaN(), math.Inf(-1)) escapes to heap:
./cplx_fmt.go:15:71:   flow: {storage for ... argument} = &{storage for complex(math.NaN(), math.Inf(-1))}:
./cplx_fmt.go:15:71:     from complex(math.NaN(), math.Inf(-1)) (spill) at ./cplx_fmt.go:15:71
./cplx_fmt.go:15:71:     from ... argument (slice-literal-element) at ./cplx_fmt.go:15:12
./cplx_fmt.go:15:71:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:15:71:     from ... argument (spill) at ./cplx_fmt.go:15:12
./cplx_fmt.go:15:71:     from fmt.Printf("%.2f %8.1f|\n", ... argument...) (call parameter) at ./cplx_fmt.go:15:12
./cplx_fmt.go:15:37: complex(math.Inf(1), math.NaN()) escapes to heap:
./cplx_fmt.go:15:37:   flow: {storage for ... argument} = &{storage for complex(math.Inf(1), math.NaN())}:
./cplx_fmt.go:15:37:     from complex(math.Inf(1), math.NaN()) (spill) at ./cplx_fmt.go:15:37
./cplx_fmt.go:15:37:     from ... argument (slice-literal-element) at ./cplx_fmt.go:15:12
./cplx_fmt.go:15:37:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:15:37:     from ... argument (spill) at ./cplx_fmt.go:15:12
./cplx_fmt.go:15:37:     from fmt.Printf("%.2f %8.1f|\n", ... argument...) (call parameter) at ./cplx_fmt.go:15:12
./cplx_fmt.go:14:94: complex(0, math.Copysign(0, -1)) escapes to heap:
./cplx_fmt.go:14:94:   flow: {storage for ... argument} = &{storage for complex(0, math.Copysign(0, -1))}:
./cplx_fmt.go:14:94:     from complex(0, math.Copysign(0, -1)) (spill) at ./cplx_fmt.go:14:94
./cplx_fmt.go:14:94:     from ... argument (slice-literal-element) at ./cplx_fmt.go:14:12
./cplx_fmt.go:14:94:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:14:94:     from ... argument (spill) at ./cplx_fmt.go:14:12
./cplx_fmt.go:14:94:     from fmt.Printf("%v %v %v\n", ... argument...) (call parameter) at ./cplx_fmt.go:14:12
./cplx_fmt.go:14:68: complex(math.Inf(-1), 0) escapes to heap:
./cplx_fmt.go:14:68:   flow: {storage for ... argument} = &{storage for complex(math.Inf(-1), 0)}:
./cplx_fmt.go:14:68:     from complex(math.Inf(-1), 0) (spill) at ./cplx_fmt.go:14:68
./cplx_fmt.go:14:68:     from ... argument (slice-literal-element) at ./cplx_fmt.go:14:12
./cplx_fmt.go:14:68:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:14:68:     from ... argument (spill) at ./cplx_fmt.go:14:12
./cplx_fmt.go:14:68:     from fmt.Printf("%v %v %v\n", ... argument...) (call parameter) at ./cplx_fmt.go:14:12
./cplx_fmt.go:14:34: complex(math.Inf(1), math.NaN()) escapes to heap:
./cplx_fmt.go:14:34:   flow: {storage for ... argument} = &{storage for complex(math.Inf(1), math.NaN())}:
./cplx_fmt.go:14:34:     from complex(math.Inf(1), math.NaN()) (spill) at ./cplx_fmt.go:14:34
./cplx_fmt.go:14:34:     from ... argument (slice-literal-element) at ./cplx_fmt.go:14:12
./cplx_fmt.go:14:34:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:14:34:     from ... argument (spill) at ./cplx_fmt.go:14:12
./cplx_fmt.go:14:34:     from fmt.Printf("%v %v %v\n", ... argument...) (call parameter) at ./cplx_fmt.go:14:12
./cplx_fmt.go:12:22: c64 escapes to heap:
./cplx_fmt.go:12:22:   flow: {storage for ... argument} = &{storage for c64}:
./cplx_fmt.go:12:22:     from c64 (spill) at ./cplx_fmt.go:12:22
./cplx_fmt.go:12:22:     from ... argument (slice-literal-element) at ./cplx_fmt.go:12:13
./cplx_fmt.go:12:22:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:12:22:     from ... argument (spill) at ./cplx_fmt.go:12:13
./cplx_fmt.go:12:22:     from fmt.Printf(f + "  " + f + "\n", ... argument...) (call parameter) at ./cplx_fmt.go:12:13
./cplx_fmt.go:12:22: c escapes to heap:
./cplx_fmt.go:12:22:   flow: {storage for ... argument} = &{storage for c}:
./cplx_fmt.go:12:22:     from c (spill) at ./cplx_fmt.go:12:22
./cplx_fmt.go:12:22:     from ... argument (slice-literal-element) at ./cplx_fmt.go:12:13
./cplx_fmt.go:12:22:   flow: {heap} = {storage for ... argument}:
./cplx_fmt.go:12:22:     from ... argument (spill) at ./cplx_fmt.go:12:13
./cplx_fmt.go:12:22:     from fmt.Printf(f + "  " + f + "\n", ... argument...) (call parameter) at ./cplx_fmt.go:12:13
./cplx_fmt.go:17:34: []complex128{...} escapes to heap:
./cplx_fmt.go:17:34:   flow: {storage for []complex128{...}} = &{storage for []complex128{...}}:
./cplx_fmt.go:17:34:     from []complex128{...} (spill) at ./cplx_fmt.go:17:34
./cplx_fmt.go:17:34:     from []complex128{...} (interface-converted) at ./cplx_fmt.go:17:34
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

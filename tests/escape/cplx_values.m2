./cplx_values.go:12:11: parameter p leaks to {heap} with derefs=0:
./cplx_values.go:12:11:   flow: {heap} = p:
./cplx_values.go:12:11:     from sink = p (assign) at ./cplx_values.go:12:33
./cplx_values.go:12:11: leaking param: p
./cplx_values.go:14:12: p does not escape
./cplx_values.go:17:2: c escapes to heap:
./cplx_values.go:17:2:   flow: ~r0 = &c:
./cplx_values.go:17:2:     from &c (address-of) at ./cplx_values.go:18:9
./cplx_values.go:17:2:     from return &c (return) at ./cplx_values.go:18:2
./cplx_values.go:17:2: moved to heap: c
./cplx_values.go:29:2: d escapes to heap:
./cplx_values.go:29:2:   flow: {heap} = &d:
./cplx_values.go:29:2:     from &d (address-of) at ./cplx_values.go:30:7
./cplx_values.go:29:2:     from keep(&d) (call parameter) at ./cplx_values.go:30:6
./cplx_values.go:33:2: main capturing by ref: acc (addr=false assign=true width=16)
./cplx_values.go:38:25: len(m) escapes to heap:
./cplx_values.go:38:25:   flow: {storage for ... argument} = &{storage for len(m)}:
./cplx_values.go:38:25:     from len(m) (spill) at ./cplx_values.go:38:25
./cplx_values.go:38:25:     from ... argument (slice-literal-element) at ./cplx_values.go:38:13
./cplx_values.go:38:25:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:38:25:     from ... argument (spill) at ./cplx_values.go:38:13
./cplx_values.go:38:25:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:38:13
./cplx_values.go:38:13: s escapes to heap:
./cplx_values.go:38:13:   flow: {storage for ... argument} = &{storage for s}:
./cplx_values.go:38:13:     from s (spill) at ./cplx_values.go:38:13
./cplx_values.go:38:13:     from ... argument (slice-literal-element) at ./cplx_values.go:38:13
./cplx_values.go:38:13:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:38:13:     from ... argument (spill) at ./cplx_values.go:38:13
./cplx_values.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:38:13
./cplx_values.go:38:13: acc escapes to heap:
./cplx_values.go:38:13:   flow: {storage for ... argument} = &{storage for acc}:
./cplx_values.go:38:13:     from acc (spill) at ./cplx_values.go:38:13
./cplx_values.go:38:13:     from ... argument (slice-literal-element) at ./cplx_values.go:38:13
./cplx_values.go:38:13:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:38:13:     from ... argument (spill) at ./cplx_values.go:38:13
./cplx_values.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:38:13
./cplx_values.go:32:41: new(complex64) escapes to heap:
./cplx_values.go:32:41:   flow: {storage for ... argument} = &{storage for new(complex64)}:
./cplx_values.go:32:41:     from new(complex64) (spill) at ./cplx_values.go:32:41
./cplx_values.go:32:41:     from new(complex64) (interface-converted) at ./cplx_values.go:32:41
./cplx_values.go:32:41:     from ... argument (slice-literal-element) at ./cplx_values.go:32:13
./cplx_values.go:32:41:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:32:41:     from ... argument (spill) at ./cplx_values.go:32:13
./cplx_values.go:32:41:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:32:13
./cplx_values.go:32:25: *newc(1, 2) escapes to heap:
./cplx_values.go:32:25:   flow: {storage for ... argument} = &{storage for *newc(1, 2)}:
./cplx_values.go:32:25:     from *newc(1, 2) (spill) at ./cplx_values.go:32:25
./cplx_values.go:32:25:     from ... argument (slice-literal-element) at ./cplx_values.go:32:13
./cplx_values.go:32:25:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:32:25:     from ... argument (spill) at ./cplx_values.go:32:13
./cplx_values.go:32:25:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:32:13
./cplx_values.go:32:19: local(&e) escapes to heap:
./cplx_values.go:32:19:   flow: {storage for ... argument} = &{storage for local(&e)}:
./cplx_values.go:32:19:     from local(&e) (spill) at ./cplx_values.go:32:19
./cplx_values.go:32:19:     from ... argument (slice-literal-element) at ./cplx_values.go:32:13
./cplx_values.go:32:19:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:32:19:     from ... argument (spill) at ./cplx_values.go:32:13
./cplx_values.go:32:19:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:32:13
./cplx_values.go:28:36: uint16((imag(c)) * 1000) escapes to heap:
./cplx_values.go:28:36:   flow: {storage for ... argument} = &{storage for uint16((imag(c)) * 1000)}:
./cplx_values.go:28:36:     from uint16((imag(c)) * 1000) (spill) at ./cplx_values.go:28:36
./cplx_values.go:28:36:     from ... argument (slice-literal-element) at ./cplx_values.go:28:13
./cplx_values.go:28:36:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:28:36:     from ... argument (spill) at ./cplx_values.go:28:13
./cplx_values.go:28:36:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:28:13
./cplx_values.go:28:26: (real(*p)) + 1 escapes to heap:
./cplx_values.go:28:26:   flow: {storage for ... argument} = &{storage for (real(*p)) + 1}:
./cplx_values.go:28:26:     from (real(*p)) + 1 (spill) at ./cplx_values.go:28:26
./cplx_values.go:28:26:     from ... argument (slice-literal-element) at ./cplx_values.go:28:13
./cplx_values.go:28:26:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:28:26:     from ... argument (spill) at ./cplx_values.go:28:13
./cplx_values.go:28:26:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:28:13
./cplx_values.go:28:14: *p escapes to heap:
./cplx_values.go:28:14:   flow: {storage for ... argument} = &{storage for *p}:
./cplx_values.go:28:14:     from *p (spill) at ./cplx_values.go:28:14
./cplx_values.go:28:14:     from ... argument (slice-literal-element) at ./cplx_values.go:28:13
./cplx_values.go:28:14:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:28:14:     from ... argument (spill) at ./cplx_values.go:28:13
./cplx_values.go:28:14:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:28:13
./cplx_values.go:26:68: S{...}.f escapes to heap:
./cplx_values.go:26:68:   flow: {storage for ... argument} = &{storage for S{...}.f}:
./cplx_values.go:26:68:     from S{...}.f (spill) at ./cplx_values.go:26:68
./cplx_values.go:26:68:     from ... argument (slice-literal-element) at ./cplx_values.go:26:13
./cplx_values.go:26:68:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:26:68:     from ... argument (spill) at ./cplx_values.go:26:13
./cplx_values.go:26:68:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:26:13
./cplx_values.go:26:40: S{...} escapes to heap:
./cplx_values.go:26:40:   flow: {storage for ... argument} = &{storage for S{...}}:
./cplx_values.go:26:40:     from S{...} (spill) at ./cplx_values.go:26:40
./cplx_values.go:26:40:     from ... argument (slice-literal-element) at ./cplx_values.go:26:13
./cplx_values.go:26:40:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:26:40:     from ... argument (spill) at ./cplx_values.go:26:13
./cplx_values.go:26:40:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:26:13
./cplx_values.go:26:29: (real(c)) * (imag(c)) * (real(c)) escapes to heap:
./cplx_values.go:26:29:   flow: {storage for ... argument} = &{storage for (real(c)) * (imag(c)) * (real(c))}:
./cplx_values.go:26:29:     from (real(c)) * (imag(c)) * (real(c)) (spill) at ./cplx_values.go:26:29
./cplx_values.go:26:29:     from ... argument (slice-literal-element) at ./cplx_values.go:26:13
./cplx_values.go:26:29:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:26:29:     from ... argument (spill) at ./cplx_values.go:26:13
./cplx_values.go:26:29:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:26:13
./cplx_values.go:25:63: !((real(c)) > 0) escapes to heap:
./cplx_values.go:25:63:   flow: {storage for ... argument} = &{storage for !((real(c)) > 0)}:
./cplx_values.go:25:63:     from !((real(c)) > 0) (spill) at ./cplx_values.go:25:63
./cplx_values.go:25:63:     from ... argument (slice-literal-element) at ./cplx_values.go:25:13
./cplx_values.go:25:63:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:25:63:     from ... argument (spill) at ./cplx_values.go:25:13
./cplx_values.go:25:63:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:25:13
./cplx_values.go:25:47: -(complex(f, 1)) escapes to heap:
./cplx_values.go:25:47:   flow: {storage for ... argument} = &{storage for -(complex(f, 1))}:
./cplx_values.go:25:47:     from -(complex(f, 1)) (spill) at ./cplx_values.go:25:47
./cplx_values.go:25:47:     from ... argument (slice-literal-element) at ./cplx_values.go:25:13
./cplx_values.go:25:47:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:25:47:     from ... argument (spill) at ./cplx_values.go:25:13
./cplx_values.go:25:47:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:25:13
./cplx_values.go:25:39: complex(f, 1) escapes to heap:
./cplx_values.go:25:39:   flow: {storage for ... argument} = &{storage for complex(f, 1)}:
./cplx_values.go:25:39:     from complex(f, 1) (spill) at ./cplx_values.go:25:39
./cplx_values.go:25:39:     from ... argument (slice-literal-element) at ./cplx_values.go:25:13
./cplx_values.go:25:39:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:25:39:     from ... argument (spill) at ./cplx_values.go:25:13
./cplx_values.go:25:39:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:25:13
./cplx_values.go:25:27: imag(c) escapes to heap:
./cplx_values.go:25:27:   flow: {storage for ... argument} = &{storage for imag(c)}:
./cplx_values.go:25:27:     from imag(c) (spill) at ./cplx_values.go:25:27
./cplx_values.go:25:27:     from ... argument (slice-literal-element) at ./cplx_values.go:25:13
./cplx_values.go:25:27:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:25:27:     from ... argument (spill) at ./cplx_values.go:25:13
./cplx_values.go:25:27:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:25:13
./cplx_values.go:25:18: real(c) escapes to heap:
./cplx_values.go:25:18:   flow: {storage for ... argument} = &{storage for real(c)}:
./cplx_values.go:25:18:     from real(c) (spill) at ./cplx_values.go:25:18
./cplx_values.go:25:18:     from ... argument (slice-literal-element) at ./cplx_values.go:25:13
./cplx_values.go:25:18:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:25:18:     from ... argument (spill) at ./cplx_values.go:25:13
./cplx_values.go:25:18:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:25:13
./cplx_values.go:24:85: -((real(c)) + 1) escapes to heap:
./cplx_values.go:24:85:   flow: {storage for ... argument} = &{storage for -((real(c)) + 1)}:
./cplx_values.go:24:85:     from -((real(c)) + 1) (spill) at ./cplx_values.go:24:85
./cplx_values.go:24:85:     from ... argument (slice-literal-element) at ./cplx_values.go:24:13
./cplx_values.go:24:85:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:24:85:     from ... argument (spill) at ./cplx_values.go:24:13
./cplx_values.go:24:85:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:24:13
./cplx_values.go:24:75: (real(c)) + (imag(c)) escapes to heap:
./cplx_values.go:24:75:   flow: {storage for ... argument} = &{storage for (real(c)) + (imag(c))}:
./cplx_values.go:24:75:     from (real(c)) + (imag(c)) (spill) at ./cplx_values.go:24:75
./cplx_values.go:24:75:     from ... argument (slice-literal-element) at ./cplx_values.go:24:13
./cplx_values.go:24:75:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:24:75:     from ... argument (spill) at ./cplx_values.go:24:13
./cplx_values.go:24:75:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:24:13
./cplx_values.go:24:64: (complex(f, f)) / c escapes to heap:
./cplx_values.go:24:64:   flow: {storage for ... argument} = &{storage for (complex(f, f)) / c}:
./cplx_values.go:24:64:     from (complex(f, f)) / c (spill) at ./cplx_values.go:24:64
./cplx_values.go:24:64:     from ... argument (slice-literal-element) at ./cplx_values.go:24:13
./cplx_values.go:24:64:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:24:64:     from ... argument (spill) at ./cplx_values.go:24:13
./cplx_values.go:24:64:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:24:13
./cplx_values.go:24:47: (imag(c)) * 2 escapes to heap:
./cplx_values.go:24:47:   flow: {storage for ... argument} = &{storage for (imag(c)) * 2}:
./cplx_values.go:24:47:     from (imag(c)) * 2 (spill) at ./cplx_values.go:24:47
./cplx_values.go:24:47:     from ... argument (slice-literal-element) at ./cplx_values.go:24:13
./cplx_values.go:24:47:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:24:47:     from ... argument (spill) at ./cplx_values.go:24:13
./cplx_values.go:24:47:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:24:13
./cplx_values.go:24:28: -(real(c)) escapes to heap:
./cplx_values.go:24:28:   flow: {storage for ... argument} = &{storage for -(real(c))}:
./cplx_values.go:24:28:     from -(real(c)) (spill) at ./cplx_values.go:24:28
./cplx_values.go:24:28:     from ... argument (slice-literal-element) at ./cplx_values.go:24:13
./cplx_values.go:24:28:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:24:28:     from ... argument (spill) at ./cplx_values.go:24:13
./cplx_values.go:24:28:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:24:13
./cplx_values.go:24:22: (real(c)) == f escapes to heap:
./cplx_values.go:24:22:   flow: {storage for ... argument} = &{storage for (real(c)) == f}:
./cplx_values.go:24:22:     from (real(c)) == f (spill) at ./cplx_values.go:24:22
./cplx_values.go:24:22:     from ... argument (slice-literal-element) at ./cplx_values.go:24:13
./cplx_values.go:24:22:   flow: {heap} = {storage for ... argument}:
./cplx_values.go:24:22:     from ... argument (spill) at ./cplx_values.go:24:13
./cplx_values.go:24:22:     from fmt.Println(... argument...) (call parameter) at ./cplx_values.go:24:13
./cplx_values.go:36:19: []complex128{...} escapes to heap:
./cplx_values.go:36:19:   flow: s = &{storage for []complex128{...}}:
./cplx_values.go:36:19:     from []complex128{...} (spill) at ./cplx_values.go:36:19
./cplx_values.go:36:19:     from s := []complex128{...} (assign) at ./cplx_values.go:36:4
./cplx_values.go:36:19:   flow: {storage for s} = s:
./cplx_values.go:36:19:     from s (interface-converted) at ./cplx_values.go:38:13
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

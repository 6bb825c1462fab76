./literals.go:18:48: 1e2 escapes to heap:
./literals.go:18:48:   flow: {storage for ... argument} = &{storage for 1e2}:
./literals.go:18:48:     from 1e2 (spill) at ./literals.go:18:48
./literals.go:18:48:     from ... argument (slice-literal-element) at ./literals.go:18:12
./literals.go:18:48:   flow: {heap} = {storage for ... argument}:
./literals.go:18:48:     from ... argument (spill) at ./literals.go:18:12
./literals.go:18:48:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./literals.go:18:12
./literals.go:18:43: 'x' escapes to heap:
./literals.go:18:43:   flow: {storage for ... argument} = &{storage for 'x'}:
./literals.go:18:43:     from 'x' (spill) at ./literals.go:18:43
./literals.go:18:43:     from ... argument (slice-literal-element) at ./literals.go:18:12
./literals.go:18:43:   flow: {heap} = {storage for ... argument}:
./literals.go:18:43:     from ... argument (spill) at ./literals.go:18:12
./literals.go:18:43:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./literals.go:18:12
./literals.go:18:36: 0x1p4 escapes to heap:
./literals.go:18:36:   flow: {storage for ... argument} = &{storage for 0x1p4}:
./literals.go:18:36:     from 0x1p4 (spill) at ./literals.go:18:36
./literals.go:18:36:     from ... argument (slice-literal-element) at ./literals.go:18:12
./literals.go:18:36:   flow: {heap} = {storage for ... argument}:
./literals.go:18:36:     from ... argument (spill) at ./literals.go:18:12
./literals.go:18:36:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./literals.go:18:12
./literals.go:18:30: 0x10 escapes to heap:
./literals.go:18:30:   flow: {storage for ... argument} = &{storage for 0x10}:
./literals.go:18:30:     from 0x10 (spill) at ./literals.go:18:30
./literals.go:18:30:     from ... argument (slice-literal-element) at ./literals.go:18:12
./literals.go:18:30:   flow: {heap} = {storage for ... argument}:
./literals.go:18:30:     from ... argument (spill) at ./literals.go:18:12
./literals.go:18:30:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./literals.go:18:12
./literals.go:17:13: u64 escapes to heap:
./literals.go:17:13:   flow: {storage for ... argument} = &{storage for u64}:
./literals.go:17:13:     from u64 (spill) at ./literals.go:17:13
./literals.go:17:13:     from ... argument (slice-literal-element) at ./literals.go:17:13
./literals.go:17:13:   flow: {heap} = {storage for ... argument}:
./literals.go:17:13:     from ... argument (spill) at ./literals.go:17:13
./literals.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./literals.go:17:13
./literals.go:15:32: 01.5 escapes to heap:
./literals.go:15:32:   flow: {storage for ... argument} = &{storage for 01.5}:
./literals.go:15:32:     from 01.5 (spill) at ./literals.go:15:32
./literals.go:15:32:     from ... argument (slice-literal-element) at ./literals.go:15:13
./literals.go:15:32:   flow: {heap} = {storage for ... argument}:
./literals.go:15:32:     from ... argument (spill) at ./literals.go:15:13
./literals.go:15:32:     from fmt.Println(... argument...) (call parameter) at ./literals.go:15:13
./literals.go:15:26: 0.e0 escapes to heap:
./literals.go:15:26:   flow: {storage for ... argument} = &{storage for 0.e0}:
./literals.go:15:26:     from 0.e0 (spill) at ./literals.go:15:26
./literals.go:15:26:     from ... argument (slice-literal-element) at ./literals.go:15:13
./literals.go:15:26:   flow: {heap} = {storage for ... argument}:
./literals.go:15:26:     from ... argument (spill) at ./literals.go:15:13
./literals.go:15:26:     from fmt.Println(... argument...) (call parameter) at ./literals.go:15:13
./literals.go:15:21: 0x0 escapes to heap:
./literals.go:15:21:   flow: {storage for ... argument} = &{storage for 0x0}:
./literals.go:15:21:     from 0x0 (spill) at ./literals.go:15:21
./literals.go:15:21:     from ... argument (slice-literal-element) at ./literals.go:15:13
./literals.go:15:21:   flow: {heap} = {storage for ... argument}:
./literals.go:15:21:     from ... argument (spill) at ./literals.go:15:13
./literals.go:15:21:     from fmt.Println(... argument...) (call parameter) at ./literals.go:15:13
./literals.go:15:17: 00 escapes to heap:
./literals.go:15:17:   flow: {storage for ... argument} = &{storage for 00}:
./literals.go:15:17:     from 00 (spill) at ./literals.go:15:17
./literals.go:15:17:     from ... argument (slice-literal-element) at ./literals.go:15:13
./literals.go:15:17:   flow: {heap} = {storage for ... argument}:
./literals.go:15:17:     from ... argument (spill) at ./literals.go:15:13
./literals.go:15:17:     from fmt.Println(... argument...) (call parameter) at ./literals.go:15:13
./literals.go:15:14: 0 escapes to heap:
./literals.go:15:14:   flow: {storage for ... argument} = &{storage for 0}:
./literals.go:15:14:     from 0 (spill) at ./literals.go:15:14
./literals.go:15:14:     from ... argument (slice-literal-element) at ./literals.go:15:13
./literals.go:15:14:   flow: {heap} = {storage for ... argument}:
./literals.go:15:14:     from ... argument (spill) at ./literals.go:15:13
./literals.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./literals.go:15:13
./literals.go:14:63: -0x8000000000000000 escapes to heap:
./literals.go:14:63:   flow: {storage for ... argument} = &{storage for -0x8000000000000000}:
./literals.go:14:63:     from -0x8000000000000000 (spill) at ./literals.go:14:63
./literals.go:14:63:     from ... argument (slice-literal-element) at ./literals.go:14:13
./literals.go:14:63:   flow: {heap} = {storage for ... argument}:
./literals.go:14:63:     from ... argument (spill) at ./literals.go:14:13
./literals.go:14:63:     from fmt.Println(... argument...) (call parameter) at ./literals.go:14:13
./literals.go:14:43: 0x7fffffffffffffff escapes to heap:
./literals.go:14:43:   flow: {storage for ... argument} = &{storage for 0x7fffffffffffffff}:
./literals.go:14:43:     from 0x7fffffffffffffff (spill) at ./literals.go:14:43
./literals.go:14:43:     from ... argument (slice-literal-element) at ./literals.go:14:13
./literals.go:14:43:   flow: {heap} = {storage for ... argument}:
./literals.go:14:43:     from ... argument (spill) at ./literals.go:14:13
./literals.go:14:43:     from fmt.Println(... argument...) (call parameter) at ./literals.go:14:13
./literals.go:14:33: '\u00f1' escapes to heap:
./literals.go:14:33:   flow: {storage for ... argument} = &{storage for '\u00f1'}:
./literals.go:14:33:     from '\u00f1' (spill) at ./literals.go:14:33
./literals.go:14:33:     from ... argument (slice-literal-element) at ./literals.go:14:13
./literals.go:14:33:   flow: {heap} = {storage for ... argument}:
./literals.go:14:33:     from ... argument (spill) at ./literals.go:14:13
./literals.go:14:33:     from fmt.Println(... argument...) (call parameter) at ./literals.go:14:13
./literals.go:14:27: 'Ω' escapes to heap:
./literals.go:14:27:   flow: {storage for ... argument} = &{storage for 'Ω'}:
./literals.go:14:27:     from 'Ω' (spill) at ./literals.go:14:27
./literals.go:14:27:     from ... argument (slice-literal-element) at ./literals.go:14:13
./literals.go:14:27:   flow: {heap} = {storage for ... argument}:
./literals.go:14:27:     from ... argument (spill) at ./literals.go:14:13
./literals.go:14:27:     from fmt.Println(... argument...) (call parameter) at ./literals.go:14:13
./literals.go:14:19: '\x00' escapes to heap:
./literals.go:14:19:   flow: {storage for ... argument} = &{storage for '\x00'}:
./literals.go:14:19:     from '\x00' (spill) at ./literals.go:14:19
./literals.go:14:19:     from ... argument (slice-literal-element) at ./literals.go:14:13
./literals.go:14:19:   flow: {heap} = {storage for ... argument}:
./literals.go:14:19:     from ... argument (spill) at ./literals.go:14:13
./literals.go:14:19:     from fmt.Println(... argument...) (call parameter) at ./literals.go:14:13
./literals.go:14:14: 'a' escapes to heap:
./literals.go:14:14:   flow: {storage for ... argument} = &{storage for 'a'}:
./literals.go:14:14:     from 'a' (spill) at ./literals.go:14:14
./literals.go:14:14:     from ... argument (slice-literal-element) at ./literals.go:14:13
./literals.go:14:14:   flow: {heap} = {storage for ... argument}:
./literals.go:14:14:     from ... argument (spill) at ./literals.go:14:13
./literals.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./literals.go:14:13
./literals.go:13:39: 0x10p0 escapes to heap:
./literals.go:13:39:   flow: {storage for ... argument} = &{storage for 0x10p0}:
./literals.go:13:39:     from 0x10p0 (spill) at ./literals.go:13:39
./literals.go:13:39:     from ... argument (slice-literal-element) at ./literals.go:13:13
./literals.go:13:39:   flow: {heap} = {storage for ... argument}:
./literals.go:13:39:     from ... argument (spill) at ./literals.go:13:13
./literals.go:13:39:     from fmt.Println(... argument...) (call parameter) at ./literals.go:13:13
./literals.go:13:31: 0X.8P0 escapes to heap:
./literals.go:13:31:   flow: {storage for ... argument} = &{storage for 0X.8P0}:
./literals.go:13:31:     from 0X.8P0 (spill) at ./literals.go:13:31
./literals.go:13:31:     from ... argument (slice-literal-element) at ./literals.go:13:13
./literals.go:13:31:   flow: {heap} = {storage for ... argument}:
./literals.go:13:31:     from ... argument (spill) at ./literals.go:13:13
./literals.go:13:31:     from fmt.Println(... argument...) (call parameter) at ./literals.go:13:13
./literals.go:13:22: 0x1.8p1 escapes to heap:
./literals.go:13:22:   flow: {storage for ... argument} = &{storage for 0x1.8p1}:
./literals.go:13:22:     from 0x1.8p1 (spill) at ./literals.go:13:22
./literals.go:13:22:     from ... argument (slice-literal-element) at ./literals.go:13:13
./literals.go:13:22:   flow: {heap} = {storage for ... argument}:
./literals.go:13:22:     from ... argument (spill) at ./literals.go:13:13
./literals.go:13:22:     from fmt.Println(... argument...) (call parameter) at ./literals.go:13:13
./literals.go:13:14: 0x1p-2 escapes to heap:
./literals.go:13:14:   flow: {storage for ... argument} = &{storage for 0x1p-2}:
./literals.go:13:14:     from 0x1p-2 (spill) at ./literals.go:13:14
./literals.go:13:14:     from ... argument (slice-literal-element) at ./literals.go:13:13
./literals.go:13:14:   flow: {heap} = {storage for ... argument}:
./literals.go:13:14:     from ... argument (spill) at ./literals.go:13:13
./literals.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./literals.go:13:13
./literals.go:12:51: 6.02214076e23 escapes to heap:
./literals.go:12:51:   flow: {storage for ... argument} = &{storage for 6.02214076e23}:
./literals.go:12:51:     from 6.02214076e23 (spill) at ./literals.go:12:51
./literals.go:12:51:     from ... argument (slice-literal-element) at ./literals.go:12:13
./literals.go:12:51:   flow: {heap} = {storage for ... argument}:
./literals.go:12:51:     from ... argument (spill) at ./literals.go:12:13
./literals.go:12:51:     from fmt.Println(... argument...) (call parameter) at ./literals.go:12:13
./literals.go:12:45: 1e+2 escapes to heap:
./literals.go:12:45:   flow: {storage for ... argument} = &{storage for 1e+2}:
./literals.go:12:45:     from 1e+2 (spill) at ./literals.go:12:45
./literals.go:12:45:     from ... argument (slice-literal-element) at ./literals.go:12:13
./literals.go:12:45:   flow: {heap} = {storage for ... argument}:
./literals.go:12:45:     from ... argument (spill) at ./literals.go:12:13
./literals.go:12:45:     from fmt.Println(... argument...) (call parameter) at ./literals.go:12:13
./literals.go:12:40: 0.0 escapes to heap:
./literals.go:12:40:   flow: {storage for ... argument} = &{storage for 0.0}:
./literals.go:12:40:     from 0.0 (spill) at ./literals.go:12:40
./literals.go:12:40:     from ... argument (slice-literal-element) at ./literals.go:12:13
./literals.go:12:40:   flow: {heap} = {storage for ... argument}:
./literals.go:12:40:     from ... argument (spill) at ./literals.go:12:13
./literals.go:12:40:     from fmt.Println(... argument...) (call parameter) at ./literals.go:12:13
./literals.go:12:36: 5. escapes to heap:
./literals.go:12:36:   flow: {storage for ... argument} = &{storage for 5.}:
./literals.go:12:36:     from 5. (spill) at ./literals.go:12:36
./literals.go:12:36:     from ... argument (slice-literal-element) at ./literals.go:12:13
./literals.go:12:36:   flow: {heap} = {storage for ... argument}:
./literals.go:12:36:     from ... argument (spill) at ./literals.go:12:13
./literals.go:12:36:     from fmt.Println(... argument...) (call parameter) at ./literals.go:12:13
./literals.go:12:32: .5 escapes to heap:
./literals.go:12:32:   flow: {storage for ... argument} = &{storage for .5}:
./literals.go:12:32:     from .5 (spill) at ./literals.go:12:32
./literals.go:12:32:     from ... argument (slice-literal-element) at ./literals.go:12:13
./literals.go:12:32:   flow: {heap} = {storage for ... argument}:
./literals.go:12:32:     from ... argument (spill) at ./literals.go:12:13
./literals.go:12:32:     from fmt.Println(... argument...) (call parameter) at ./literals.go:12:13
./literals.go:12:24: 1.5e-3 escapes to heap:
./literals.go:12:24:   flow: {storage for ... argument} = &{storage for 1.5e-3}:
./literals.go:12:24:     from 1.5e-3 (spill) at ./literals.go:12:24
./literals.go:12:24:     from ... argument (slice-literal-element) at ./literals.go:12:13
./literals.go:12:24:   flow: {heap} = {storage for ... argument}:
./literals.go:12:24:     from ... argument (spill) at ./literals.go:12:13
./literals.go:12:24:     from fmt.Println(... argument...) (call parameter) at ./literals.go:12:13
./literals.go:12:19: 1E3 escapes to heap:
./literals.go:12:19:   flow: {storage for ... argument} = &{storage for 1E3}:
./literals.go:12:19:     from 1E3 (spill) at ./literals.go:12:19
./literals.go:12:19:     from ... argument (slice-literal-element) at ./literals.go:12:13
./literals.go:12:19:   flow: {heap} = {storage for ... argument}:
./literals.go:12:19:     from ... argument (spill) at ./literals.go:12:13
./literals.go:12:19:     from fmt.Println(... argument...) (call parameter) at ./literals.go:12:13
./literals.go:12:14: 1e3 escapes to heap:
./literals.go:12:14:   flow: {storage for ... argument} = &{storage for 1e3}:
./literals.go:12:14:     from 1e3 (spill) at ./literals.go:12:14
./literals.go:12:14:     from ... argument (slice-literal-element) at ./literals.go:12:13
./literals.go:12:14:   flow: {heap} = {storage for ... argument}:
./literals.go:12:14:     from ... argument (spill) at ./literals.go:12:13
./literals.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./literals.go:12:13
./literals.go:11:54: 1_0.2_5 escapes to heap:
./literals.go:11:54:   flow: {storage for ... argument} = &{storage for 1_0.2_5}:
./literals.go:11:54:     from 1_0.2_5 (spill) at ./literals.go:11:54
./literals.go:11:54:     from ... argument (slice-literal-element) at ./literals.go:11:13
./literals.go:11:54:   flow: {heap} = {storage for ... argument}:
./literals.go:11:54:     from ... argument (spill) at ./literals.go:11:13
./literals.go:11:54:     from fmt.Println(... argument...) (call parameter) at ./literals.go:11:13
./literals.go:11:47: 0o7_7 escapes to heap:
./literals.go:11:47:   flow: {storage for ... argument} = &{storage for 0o7_7}:
./literals.go:11:47:     from 0o7_7 (spill) at ./literals.go:11:47
./literals.go:11:47:     from ... argument (slice-literal-element) at ./literals.go:11:13
./literals.go:11:47:   flow: {heap} = {storage for ... argument}:
./literals.go:11:47:     from ... argument (spill) at ./literals.go:11:13
./literals.go:11:47:     from fmt.Println(... argument...) (call parameter) at ./literals.go:11:13
./literals.go:11:34: 0b1111_0000 escapes to heap:
./literals.go:11:34:   flow: {storage for ... argument} = &{storage for 0b1111_0000}:
./literals.go:11:34:     from 0b1111_0000 (spill) at ./literals.go:11:34
./literals.go:11:34:     from ... argument (slice-literal-element) at ./literals.go:11:13
./literals.go:11:34:   flow: {heap} = {storage for ... argument}:
./literals.go:11:34:     from ... argument (spill) at ./literals.go:11:13
./literals.go:11:34:     from fmt.Println(... argument...) (call parameter) at ./literals.go:11:13
./literals.go:11:25: 0xFF_FF escapes to heap:
./literals.go:11:25:   flow: {storage for ... argument} = &{storage for 0xFF_FF}:
./literals.go:11:25:     from 0xFF_FF (spill) at ./literals.go:11:25
./literals.go:11:25:     from ... argument (slice-literal-element) at ./literals.go:11:13
./literals.go:11:25:   flow: {heap} = {storage for ... argument}:
./literals.go:11:25:     from ... argument (spill) at ./literals.go:11:13
./literals.go:11:25:     from fmt.Println(... argument...) (call parameter) at ./literals.go:11:13
./literals.go:11:14: 1_000_000 escapes to heap:
./literals.go:11:14:   flow: {storage for ... argument} = &{storage for 1_000_000}:
./literals.go:11:14:     from 1_000_000 (spill) at ./literals.go:11:14
./literals.go:11:14:     from ... argument (slice-literal-element) at ./literals.go:11:13
./literals.go:11:14:   flow: {heap} = {storage for ... argument}:
./literals.go:11:14:     from ... argument (spill) at ./literals.go:11:13
./literals.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./literals.go:11:13
./literals.go:10:57: 0B101010 escapes to heap:
./literals.go:10:57:   flow: {storage for ... argument} = &{storage for 0B101010}:
./literals.go:10:57:     from 0B101010 (spill) at ./literals.go:10:57
./literals.go:10:57:     from ... argument (slice-literal-element) at ./literals.go:10:13
./literals.go:10:57:   flow: {heap} = {storage for ... argument}:
./literals.go:10:57:     from ... argument (spill) at ./literals.go:10:13
./literals.go:10:57:     from fmt.Println(... argument...) (call parameter) at ./literals.go:10:13
./literals.go:10:47: 0b101010 escapes to heap:
./literals.go:10:47:   flow: {storage for ... argument} = &{storage for 0b101010}:
./literals.go:10:47:     from 0b101010 (spill) at ./literals.go:10:47
./literals.go:10:47:     from ... argument (slice-literal-element) at ./literals.go:10:13
./literals.go:10:47:   flow: {heap} = {storage for ... argument}:
./literals.go:10:47:     from ... argument (spill) at ./literals.go:10:13
./literals.go:10:47:     from fmt.Println(... argument...) (call parameter) at ./literals.go:10:13
./literals.go:10:41: 0O52 escapes to heap:
./literals.go:10:41:   flow: {storage for ... argument} = &{storage for 0O52}:
./literals.go:10:41:     from 0O52 (spill) at ./literals.go:10:41
./literals.go:10:41:     from ... argument (slice-literal-element) at ./literals.go:10:13
./literals.go:10:41:   flow: {heap} = {storage for ... argument}:
./literals.go:10:41:     from ... argument (spill) at ./literals.go:10:13
./literals.go:10:41:     from fmt.Println(... argument...) (call parameter) at ./literals.go:10:13
./literals.go:10:35: 0o52 escapes to heap:
./literals.go:10:35:   flow: {storage for ... argument} = &{storage for 0o52}:
./literals.go:10:35:     from 0o52 (spill) at ./literals.go:10:35
./literals.go:10:35:     from ... argument (slice-literal-element) at ./literals.go:10:13
./literals.go:10:35:   flow: {heap} = {storage for ... argument}:
./literals.go:10:35:     from ... argument (spill) at ./literals.go:10:13
./literals.go:10:35:     from fmt.Println(... argument...) (call parameter) at ./literals.go:10:13
./literals.go:10:30: 052 escapes to heap:
./literals.go:10:30:   flow: {storage for ... argument} = &{storage for 052}:
./literals.go:10:30:     from 052 (spill) at ./literals.go:10:30
./literals.go:10:30:     from ... argument (slice-literal-element) at ./literals.go:10:13
./literals.go:10:30:   flow: {heap} = {storage for ... argument}:
./literals.go:10:30:     from ... argument (spill) at ./literals.go:10:13
./literals.go:10:30:     from fmt.Println(... argument...) (call parameter) at ./literals.go:10:13
./literals.go:10:24: 0X2a escapes to heap:
./literals.go:10:24:   flow: {storage for ... argument} = &{storage for 0X2a}:
./literals.go:10:24:     from 0X2a (spill) at ./literals.go:10:24
./literals.go:10:24:     from ... argument (slice-literal-element) at ./literals.go:10:13
./literals.go:10:24:   flow: {heap} = {storage for ... argument}:
./literals.go:10:24:     from ... argument (spill) at ./literals.go:10:13
./literals.go:10:24:     from fmt.Println(... argument...) (call parameter) at ./literals.go:10:13
./literals.go:10:18: 0x2A escapes to heap:
./literals.go:10:18:   flow: {storage for ... argument} = &{storage for 0x2A}:
./literals.go:10:18:     from 0x2A (spill) at ./literals.go:10:18
./literals.go:10:18:     from ... argument (slice-literal-element) at ./literals.go:10:13
./literals.go:10:18:   flow: {heap} = {storage for ... argument}:
./literals.go:10:18:     from ... argument (spill) at ./literals.go:10:13
./literals.go:10:18:     from fmt.Println(... argument...) (call parameter) at ./literals.go:10:13
./literals.go:10:14: 42 escapes to heap:
./literals.go:10:14:   flow: {storage for ... argument} = &{storage for 42}:
./literals.go:10:14:     from 42 (spill) at ./literals.go:10:14
./literals.go:10:14:     from ... argument (slice-literal-element) at ./literals.go:10:13
./literals.go:10:14:   flow: {heap} = {storage for ... argument}:
./literals.go:10:14:     from ... argument (spill) at ./literals.go:10:13
./literals.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./literals.go:10:13
./literals.go:10:13: ... argument does not escape
./literals.go:10:14: 42 escapes to heap
./literals.go:10:18: 0x2A escapes to heap
./literals.go:10:24: 0X2a escapes to heap
./literals.go:10:30: 052 escapes to heap
./literals.go:10:35: 0o52 escapes to heap
./literals.go:10:41: 0O52 escapes to heap
./literals.go:10:47: 0b101010 escapes to heap
./literals.go:10:57: 0B101010 escapes to heap
./literals.go:11:13: ... argument does not escape
./literals.go:11:14: 1_000_000 escapes to heap
./literals.go:11:25: 0xFF_FF escapes to heap
./literals.go:11:34: 0b1111_0000 escapes to heap
./literals.go:11:47: 0o7_7 escapes to heap
./literals.go:11:54: 1_0.2_5 escapes to heap
./literals.go:12:13: ... argument does not escape
./literals.go:12:14: 1e3 escapes to heap
./literals.go:12:19: 1E3 escapes to heap
./literals.go:12:24: 1.5e-3 escapes to heap
./literals.go:12:32: .5 escapes to heap
./literals.go:12:36: 5. escapes to heap
./literals.go:12:40: 0.0 escapes to heap
./literals.go:12:45: 1e+2 escapes to heap
./literals.go:12:51: 6.02214076e23 escapes to heap
./literals.go:13:13: ... argument does not escape
./literals.go:13:14: 0x1p-2 escapes to heap
./literals.go:13:22: 0x1.8p1 escapes to heap
./literals.go:13:31: 0X.8P0 escapes to heap
./literals.go:13:39: 0x10p0 escapes to heap
./literals.go:14:13: ... argument does not escape
./literals.go:14:14: 'a' escapes to heap
./literals.go:14:19: '\x00' escapes to heap
./literals.go:14:27: 'Ω' escapes to heap
./literals.go:14:33: '\u00f1' escapes to heap
./literals.go:14:43: 0x7fffffffffffffff escapes to heap
./literals.go:14:63: -0x8000000000000000 escapes to heap
./literals.go:15:13: ... argument does not escape
./literals.go:15:14: 0 escapes to heap
./literals.go:15:17: 00 escapes to heap
./literals.go:15:21: 0x0 escapes to heap
./literals.go:15:26: 0.e0 escapes to heap
./literals.go:15:32: 01.5 escapes to heap
./literals.go:17:13: ... argument does not escape
./literals.go:17:13: u64 escapes to heap
./literals.go:18:12: ... argument does not escape
./literals.go:18:30: 0x10 escapes to heap
./literals.go:18:36: 0x1p4 escapes to heap
./literals.go:18:43: 'x' escapes to heap
./literals.go:18:48: 1e2 escapes to heap

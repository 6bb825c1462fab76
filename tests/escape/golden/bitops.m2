./bitops.go:41:43: 6 &^ 3 | 8 escapes to heap:
./bitops.go:41:43:   flow: {storage for ... argument} = &{storage for 6 &^ 3 | 8}:
./bitops.go:41:43:     from 6 &^ 3 | 8 (spill) at ./bitops.go:41:43
./bitops.go:41:43:     from ... argument (slice-literal-element) at ./bitops.go:41:13
./bitops.go:41:43:   flow: {heap} = {storage for ... argument}:
./bitops.go:41:43:     from ... argument (spill) at ./bitops.go:41:13
./bitops.go:41:43:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:41:13
./bitops.go:41:34: (1 + 2) << 3 escapes to heap:
./bitops.go:41:34:   flow: {storage for ... argument} = &{storage for (1 + 2) << 3}:
./bitops.go:41:34:     from (1 + 2) << 3 (spill) at ./bitops.go:41:34
./bitops.go:41:34:     from ... argument (slice-literal-element) at ./bitops.go:41:13
./bitops.go:41:34:   flow: {heap} = {storage for ... argument}:
./bitops.go:41:34:     from ... argument (spill) at ./bitops.go:41:13
./bitops.go:41:34:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:41:13
./bitops.go:41:22: 1 + 2 << 3 escapes to heap:
./bitops.go:41:22:   flow: {storage for ... argument} = &{storage for 1 + 2 << 3}:
./bitops.go:41:22:     from 1 + 2 << 3 (spill) at ./bitops.go:41:22
./bitops.go:41:22:     from ... argument (slice-literal-element) at ./bitops.go:41:13
./bitops.go:41:22:   flow: {heap} = {storage for ... argument}:
./bitops.go:41:22:     from ... argument (spill) at ./bitops.go:41:13
./bitops.go:41:22:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:41:13
./bitops.go:41:15: 1 | 2 & 3 escapes to heap:
./bitops.go:41:15:   flow: {storage for ... argument} = &{storage for 1 | 2 & 3}:
./bitops.go:41:15:     from 1 | 2 & 3 (spill) at ./bitops.go:41:15
./bitops.go:41:15:     from ... argument (slice-literal-element) at ./bitops.go:41:13
./bitops.go:41:15:   flow: {heap} = {storage for ... argument}:
./bitops.go:41:15:     from ... argument (spill) at ./bitops.go:41:13
./bitops.go:41:15:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:41:13
./bitops.go:38:14: count escapes to heap:
./bitops.go:38:14:   flow: {storage for ... argument} = &{storage for count}:
./bitops.go:38:14:     from count (spill) at ./bitops.go:38:14
./bitops.go:38:14:     from ... argument (slice-literal-element) at ./bitops.go:38:13
./bitops.go:38:14:   flow: {heap} = {storage for ... argument}:
./bitops.go:38:14:     from ... argument (spill) at ./bitops.go:38:13
./bitops.go:38:14:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:38:13
./bitops.go:38:14: "bits set:" escapes to heap:
./bitops.go:38:14:   flow: {storage for ... argument} = &{storage for "bits set:"}:
./bitops.go:38:14:     from "bits set:" (spill) at ./bitops.go:38:14
./bitops.go:38:14:     from ... argument (slice-literal-element) at ./bitops.go:38:13
./bitops.go:38:14:   flow: {heap} = {storage for ... argument}:
./bitops.go:38:14:     from ... argument (spill) at ./bitops.go:38:13
./bitops.go:38:14:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:38:13
./bitops.go:29:13: x escapes to heap:
./bitops.go:29:13:   flow: {storage for ... argument} = &{storage for x}:
./bitops.go:29:13:     from x (spill) at ./bitops.go:29:13
./bitops.go:29:13:     from ... argument (slice-literal-element) at ./bitops.go:29:12
./bitops.go:29:13:   flow: {heap} = {storage for ... argument}:
./bitops.go:29:13:     from ... argument (spill) at ./bitops.go:29:12
./bitops.go:29:13:     from fmt.Printf("%#x\n", ... argument...) (call parameter) at ./bitops.go:29:12
./bitops.go:27:13: x escapes to heap:
./bitops.go:27:13:   flow: {storage for ... argument} = &{storage for x}:
./bitops.go:27:13:     from x (spill) at ./bitops.go:27:13
./bitops.go:27:13:     from ... argument (slice-literal-element) at ./bitops.go:27:12
./bitops.go:27:13:   flow: {heap} = {storage for ... argument}:
./bitops.go:27:13:     from ... argument (spill) at ./bitops.go:27:12
./bitops.go:27:13:     from fmt.Printf("%#x\n", ... argument...) (call parameter) at ./bitops.go:27:12
./bitops.go:25:13: x escapes to heap:
./bitops.go:25:13:   flow: {storage for ... argument} = &{storage for x}:
./bitops.go:25:13:     from x (spill) at ./bitops.go:25:13
./bitops.go:25:13:     from ... argument (slice-literal-element) at ./bitops.go:25:12
./bitops.go:25:13:   flow: {heap} = {storage for ... argument}:
./bitops.go:25:13:     from ... argument (spill) at ./bitops.go:25:12
./bitops.go:25:13:     from fmt.Printf("%#x\n", ... argument...) (call parameter) at ./bitops.go:25:12
./bitops.go:23:13: x escapes to heap:
./bitops.go:23:13:   flow: {storage for ... argument} = &{storage for x}:
./bitops.go:23:13:     from x (spill) at ./bitops.go:23:13
./bitops.go:23:13:     from ... argument (slice-literal-element) at ./bitops.go:23:12
./bitops.go:23:13:   flow: {heap} = {storage for ... argument}:
./bitops.go:23:13:     from ... argument (spill) at ./bitops.go:23:12
./bitops.go:23:13:     from fmt.Printf("%#x\n", ... argument...) (call parameter) at ./bitops.go:23:12
./bitops.go:19:33: n &^ n escapes to heap:
./bitops.go:19:33:   flow: {storage for ... argument} = &{storage for n &^ n}:
./bitops.go:19:33:     from n &^ n (spill) at ./bitops.go:19:33
./bitops.go:19:33:     from ... argument (slice-literal-element) at ./bitops.go:19:13
./bitops.go:19:33:   flow: {heap} = {storage for ... argument}:
./bitops.go:19:33:     from ... argument (spill) at ./bitops.go:19:13
./bitops.go:19:33:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:19:13
./bitops.go:19:28: n | 0 escapes to heap:
./bitops.go:19:28:   flow: {storage for ... argument} = &{storage for n | 0}:
./bitops.go:19:28:     from n | 0 (spill) at ./bitops.go:19:28
./bitops.go:19:28:     from ... argument (slice-literal-element) at ./bitops.go:19:13
./bitops.go:19:28:   flow: {heap} = {storage for ... argument}:
./bitops.go:19:28:     from ... argument (spill) at ./bitops.go:19:13
./bitops.go:19:28:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:19:13
./bitops.go:19:23: n ^ n escapes to heap:
./bitops.go:19:23:   flow: {storage for ... argument} = &{storage for n ^ n}:
./bitops.go:19:23:     from n ^ n (spill) at ./bitops.go:19:23
./bitops.go:19:23:     from ... argument (slice-literal-element) at ./bitops.go:19:13
./bitops.go:19:23:   flow: {heap} = {storage for ... argument}:
./bitops.go:19:23:     from ... argument (spill) at ./bitops.go:19:13
./bitops.go:19:23:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:19:13
./bitops.go:19:15: n & 0xff escapes to heap:
./bitops.go:19:15:   flow: {storage for ... argument} = &{storage for n & 0xff}:
./bitops.go:19:15:     from n & 0xff (spill) at ./bitops.go:19:15
./bitops.go:19:15:     from ... argument (slice-literal-element) at ./bitops.go:19:13
./bitops.go:19:15:   flow: {heap} = {storage for ... argument}:
./bitops.go:19:15:     from ... argument (spill) at ./bitops.go:19:13
./bitops.go:19:15:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:19:13
./bitops.go:17:30: ^uint16(0) escapes to heap:
./bitops.go:17:30:   flow: {storage for ... argument} = &{storage for ^uint16(0)}:
./bitops.go:17:30:     from ^uint16(0) (spill) at ./bitops.go:17:30
./bitops.go:17:30:     from ... argument (slice-literal-element) at ./bitops.go:17:13
./bitops.go:17:30:   flow: {heap} = {storage for ... argument}:
./bitops.go:17:30:     from ... argument (spill) at ./bitops.go:17:13
./bitops.go:17:30:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:17:13
./bitops.go:17:18: ^uint32(0) escapes to heap:
./bitops.go:17:18:   flow: {storage for ... argument} = &{storage for ^uint32(0)}:
./bitops.go:17:18:     from ^uint32(0) (spill) at ./bitops.go:17:18
./bitops.go:17:18:     from ... argument (slice-literal-element) at ./bitops.go:17:13
./bitops.go:17:18:   flow: {heap} = {storage for ... argument}:
./bitops.go:17:18:     from ... argument (spill) at ./bitops.go:17:13
./bitops.go:17:18:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:17:13
./bitops.go:17:14: ^u escapes to heap:
./bitops.go:17:14:   flow: {storage for ... argument} = &{storage for ^u}:
./bitops.go:17:14:     from ^u (spill) at ./bitops.go:17:14
./bitops.go:17:14:     from ... argument (slice-literal-element) at ./bitops.go:17:13
./bitops.go:17:14:   flow: {heap} = {storage for ... argument}:
./bitops.go:17:14:     from ... argument (spill) at ./bitops.go:17:13
./bitops.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:17:13
./bitops.go:15:26: i8 &^ 3 escapes to heap:
./bitops.go:15:26:   flow: {storage for ... argument} = &{storage for i8 &^ 3}:
./bitops.go:15:26:     from i8 &^ 3 (spill) at ./bitops.go:15:26
./bitops.go:15:26:     from ... argument (slice-literal-element) at ./bitops.go:15:13
./bitops.go:15:26:   flow: {heap} = {storage for ... argument}:
./bitops.go:15:26:     from ... argument (spill) at ./bitops.go:15:13
./bitops.go:15:26:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:15:13
./bitops.go:15:19: -i8 escapes to heap:
./bitops.go:15:19:   flow: {storage for ... argument} = &{storage for -i8}:
./bitops.go:15:19:     from -i8 (spill) at ./bitops.go:15:19
./bitops.go:15:19:     from ... argument (slice-literal-element) at ./bitops.go:15:13
./bitops.go:15:19:   flow: {heap} = {storage for ... argument}:
./bitops.go:15:19:     from ... argument (spill) at ./bitops.go:15:13
./bitops.go:15:19:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:15:13
./bitops.go:15:14: ^i8 escapes to heap:
./bitops.go:15:14:   flow: {storage for ... argument} = &{storage for ^i8}:
./bitops.go:15:14:     from ^i8 (spill) at ./bitops.go:15:14
./bitops.go:15:14:     from ... argument (slice-literal-element) at ./bitops.go:15:13
./bitops.go:15:14:   flow: {heap} = {storage for ... argument}:
./bitops.go:15:14:     from ... argument (spill) at ./bitops.go:15:13
./bitops.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:15:13
./bitops.go:13:40: u8 ^ 0xff escapes to heap:
./bitops.go:13:40:   flow: {storage for ... argument} = &{storage for u8 ^ 0xff}:
./bitops.go:13:40:     from u8 ^ 0xff (spill) at ./bitops.go:13:40
./bitops.go:13:40:     from ... argument (slice-literal-element) at ./bitops.go:13:13
./bitops.go:13:40:   flow: {heap} = {storage for ... argument}:
./bitops.go:13:40:     from ... argument (spill) at ./bitops.go:13:13
./bitops.go:13:40:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:13:13
./bitops.go:13:31: u8 | 0x0f escapes to heap:
./bitops.go:13:31:   flow: {storage for ... argument} = &{storage for u8 | 0x0f}:
./bitops.go:13:31:     from u8 | 0x0f (spill) at ./bitops.go:13:31
./bitops.go:13:31:     from ... argument (slice-literal-element) at ./bitops.go:13:13
./bitops.go:13:31:   flow: {heap} = {storage for ... argument}:
./bitops.go:13:31:     from ... argument (spill) at ./bitops.go:13:13
./bitops.go:13:31:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:13:13
./bitops.go:13:21: u8 &^ 0x30 escapes to heap:
./bitops.go:13:21:   flow: {storage for ... argument} = &{storage for u8 &^ 0x30}:
./bitops.go:13:21:     from u8 &^ 0x30 (spill) at ./bitops.go:13:21
./bitops.go:13:21:     from ... argument (slice-literal-element) at ./bitops.go:13:13
./bitops.go:13:21:   flow: {heap} = {storage for ... argument}:
./bitops.go:13:21:     from ... argument (spill) at ./bitops.go:13:13
./bitops.go:13:21:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:13:13
./bitops.go:13:14: ^u8 escapes to heap:
./bitops.go:13:14:   flow: {storage for ... argument} = &{storage for ^u8}:
./bitops.go:13:14:     from ^u8 (spill) at ./bitops.go:13:14
./bitops.go:13:14:     from ... argument (slice-literal-element) at ./bitops.go:13:13
./bitops.go:13:14:   flow: {heap} = {storage for ... argument}:
./bitops.go:13:14:     from ... argument (spill) at ./bitops.go:13:13
./bitops.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:13:13
./bitops.go:10:54: a &^ b escapes to heap:
./bitops.go:10:54:   flow: {storage for ... argument} = &{storage for a &^ b}:
./bitops.go:10:54:     from a &^ b (spill) at ./bitops.go:10:54
./bitops.go:10:54:     from ... argument (slice-literal-element) at ./bitops.go:10:12
./bitops.go:10:54:   flow: {heap} = {storage for ... argument}:
./bitops.go:10:54:     from ... argument (spill) at ./bitops.go:10:12
./bitops.go:10:54:     from fmt.Printf("%04b %04b %04b %04b\n", ... argument...) (call parameter) at ./bitops.go:10:12
./bitops.go:10:49: a ^ b escapes to heap:
./bitops.go:10:49:   flow: {storage for ... argument} = &{storage for a ^ b}:
./bitops.go:10:49:     from a ^ b (spill) at ./bitops.go:10:49
./bitops.go:10:49:     from ... argument (slice-literal-element) at ./bitops.go:10:12
./bitops.go:10:49:   flow: {heap} = {storage for ... argument}:
./bitops.go:10:49:     from ... argument (spill) at ./bitops.go:10:12
./bitops.go:10:49:     from fmt.Printf("%04b %04b %04b %04b\n", ... argument...) (call parameter) at ./bitops.go:10:12
./bitops.go:10:44: a | b escapes to heap:
./bitops.go:10:44:   flow: {storage for ... argument} = &{storage for a | b}:
./bitops.go:10:44:     from a | b (spill) at ./bitops.go:10:44
./bitops.go:10:44:     from ... argument (slice-literal-element) at ./bitops.go:10:12
./bitops.go:10:44:   flow: {heap} = {storage for ... argument}:
./bitops.go:10:44:     from ... argument (spill) at ./bitops.go:10:12
./bitops.go:10:44:     from fmt.Printf("%04b %04b %04b %04b\n", ... argument...) (call parameter) at ./bitops.go:10:12
./bitops.go:10:39: a & b escapes to heap:
./bitops.go:10:39:   flow: {storage for ... argument} = &{storage for a & b}:
./bitops.go:10:39:     from a & b (spill) at ./bitops.go:10:39
./bitops.go:10:39:     from ... argument (slice-literal-element) at ./bitops.go:10:12
./bitops.go:10:39:   flow: {heap} = {storage for ... argument}:
./bitops.go:10:39:     from ... argument (spill) at ./bitops.go:10:12
./bitops.go:10:39:     from fmt.Printf("%04b %04b %04b %04b\n", ... argument...) (call parameter) at ./bitops.go:10:12
./bitops.go:9:35: ^a escapes to heap:
./bitops.go:9:35:   flow: {storage for ... argument} = &{storage for ^a}:
./bitops.go:9:35:     from ^a (spill) at ./bitops.go:9:35
./bitops.go:9:35:     from ... argument (slice-literal-element) at ./bitops.go:9:13
./bitops.go:9:35:   flow: {heap} = {storage for ... argument}:
./bitops.go:9:35:     from ... argument (spill) at ./bitops.go:9:13
./bitops.go:9:35:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:9:13
./bitops.go:9:30: a &^ b escapes to heap:
./bitops.go:9:30:   flow: {storage for ... argument} = &{storage for a &^ b}:
./bitops.go:9:30:     from a &^ b (spill) at ./bitops.go:9:30
./bitops.go:9:30:     from ... argument (slice-literal-element) at ./bitops.go:9:13
./bitops.go:9:30:   flow: {heap} = {storage for ... argument}:
./bitops.go:9:30:     from ... argument (spill) at ./bitops.go:9:13
./bitops.go:9:30:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:9:13
./bitops.go:9:25: a ^ b escapes to heap:
./bitops.go:9:25:   flow: {storage for ... argument} = &{storage for a ^ b}:
./bitops.go:9:25:     from a ^ b (spill) at ./bitops.go:9:25
./bitops.go:9:25:     from ... argument (slice-literal-element) at ./bitops.go:9:13
./bitops.go:9:25:   flow: {heap} = {storage for ... argument}:
./bitops.go:9:25:     from ... argument (spill) at ./bitops.go:9:13
./bitops.go:9:25:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:9:13
./bitops.go:9:20: a | b escapes to heap:
./bitops.go:9:20:   flow: {storage for ... argument} = &{storage for a | b}:
./bitops.go:9:20:     from a | b (spill) at ./bitops.go:9:20
./bitops.go:9:20:     from ... argument (slice-literal-element) at ./bitops.go:9:13
./bitops.go:9:20:   flow: {heap} = {storage for ... argument}:
./bitops.go:9:20:     from ... argument (spill) at ./bitops.go:9:13
./bitops.go:9:20:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:9:13
./bitops.go:9:15: a & b escapes to heap:
./bitops.go:9:15:   flow: {storage for ... argument} = &{storage for a & b}:
./bitops.go:9:15:     from a & b (spill) at ./bitops.go:9:15
./bitops.go:9:15:     from ... argument (slice-literal-element) at ./bitops.go:9:13
./bitops.go:9:15:   flow: {heap} = {storage for ... argument}:
./bitops.go:9:15:     from ... argument (spill) at ./bitops.go:9:13
./bitops.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./bitops.go:9:13
./bitops.go:9:13: ... argument does not escape
./bitops.go:9:15: a & b escapes to heap
./bitops.go:9:20: a | b escapes to heap
./bitops.go:9:25: a ^ b escapes to heap
./bitops.go:9:30: a &^ b escapes to heap
./bitops.go:9:35: ^a escapes to heap
./bitops.go:10:12: ... argument does not escape
./bitops.go:10:39: a & b escapes to heap
./bitops.go:10:44: a | b escapes to heap
./bitops.go:10:49: a ^ b escapes to heap
./bitops.go:10:54: a &^ b escapes to heap
./bitops.go:13:13: ... argument does not escape
./bitops.go:13:14: ^u8 escapes to heap
./bitops.go:13:21: u8 &^ 0x30 escapes to heap
./bitops.go:13:31: u8 | 0x0f escapes to heap
./bitops.go:13:40: u8 ^ 0xff escapes to heap
./bitops.go:15:13: ... argument does not escape
./bitops.go:15:14: ^i8 escapes to heap
./bitops.go:15:19: -i8 escapes to heap
./bitops.go:15:26: i8 &^ 3 escapes to heap
./bitops.go:17:13: ... argument does not escape
./bitops.go:17:14: ^u escapes to heap
./bitops.go:17:18: ^uint32(0) escapes to heap
./bitops.go:17:30: ^uint16(0) escapes to heap
./bitops.go:19:13: ... argument does not escape
./bitops.go:19:15: n & 0xff escapes to heap
./bitops.go:19:23: n ^ n escapes to heap
./bitops.go:19:28: n | 0 escapes to heap
./bitops.go:19:33: n &^ n escapes to heap
./bitops.go:23:12: ... argument does not escape
./bitops.go:23:13: x escapes to heap
./bitops.go:25:12: ... argument does not escape
./bitops.go:25:13: x escapes to heap
./bitops.go:27:12: ... argument does not escape
./bitops.go:27:13: x escapes to heap
./bitops.go:29:12: ... argument does not escape
./bitops.go:29:13: x escapes to heap
./bitops.go:38:13: ... argument does not escape
./bitops.go:38:14: "bits set:" escapes to heap
./bitops.go:38:14: count escapes to heap
./bitops.go:41:13: ... argument does not escape
./bitops.go:41:15: 1 | 2 & 3 escapes to heap
./bitops.go:41:22: 1 + 2 << 3 escapes to heap
./bitops.go:41:34: (1 + 2) << 3 escapes to heap
./bitops.go:41:43: 6 &^ 3 | 8 escapes to heap

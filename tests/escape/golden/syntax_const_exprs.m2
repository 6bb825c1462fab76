./syntax_const_exprs.go:26:43: Boiling escapes to heap:
./syntax_const_exprs.go:26:43:   flow: {storage for ... argument} = &{storage for Boiling}:
./syntax_const_exprs.go:26:43:     from Boiling (spill) at ./syntax_const_exprs.go:26:43
./syntax_const_exprs.go:26:43:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:26:12
./syntax_const_exprs.go:26:43:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:26:43:     from ... argument (spill) at ./syntax_const_exprs.go:26:12
./syntax_const_exprs.go:26:43:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./syntax_const_exprs.go:26:12
./syntax_const_exprs.go:26:40: r escapes to heap:
./syntax_const_exprs.go:26:40:   flow: {storage for ... argument} = &{storage for r}:
./syntax_const_exprs.go:26:40:     from r (spill) at ./syntax_const_exprs.go:26:40
./syntax_const_exprs.go:26:40:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:26:12
./syntax_const_exprs.go:26:40:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:26:40:     from ... argument (spill) at ./syntax_const_exprs.go:26:12
./syntax_const_exprs.go:26:40:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./syntax_const_exprs.go:26:12
./syntax_const_exprs.go:26:37: f escapes to heap:
./syntax_const_exprs.go:26:37:   flow: {storage for ... argument} = &{storage for f}:
./syntax_const_exprs.go:26:37:     from f (spill) at ./syntax_const_exprs.go:26:37
./syntax_const_exprs.go:26:37:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:26:12
./syntax_const_exprs.go:26:37:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:26:37:     from ... argument (spill) at ./syntax_const_exprs.go:26:12
./syntax_const_exprs.go:26:37:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./syntax_const_exprs.go:26:12
./syntax_const_exprs.go:26:30: small escapes to heap:
./syntax_const_exprs.go:26:30:   flow: {storage for ... argument} = &{storage for small}:
./syntax_const_exprs.go:26:30:     from small (spill) at ./syntax_const_exprs.go:26:30
./syntax_const_exprs.go:26:30:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:26:12
./syntax_const_exprs.go:26:30:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:26:30:     from ... argument (spill) at ./syntax_const_exprs.go:26:12
./syntax_const_exprs.go:26:30:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./syntax_const_exprs.go:26:12
./syntax_const_exprs.go:25:37: len([5]int{}) escapes to heap:
./syntax_const_exprs.go:25:37:   flow: {storage for ... argument} = &{storage for len([5]int{})}:
./syntax_const_exprs.go:25:37:     from len([5]int{}) (spill) at ./syntax_const_exprs.go:25:37
./syntax_const_exprs.go:25:37:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:25:13
./syntax_const_exprs.go:25:37:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:25:37:     from ... argument (spill) at ./syntax_const_exprs.go:25:13
./syntax_const_exprs.go:25:37:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:25:13
./syntax_const_exprs.go:25:27: cap(arr) escapes to heap:
./syntax_const_exprs.go:25:27:   flow: {storage for ... argument} = &{storage for cap(arr)}:
./syntax_const_exprs.go:25:27:     from cap(arr) (spill) at ./syntax_const_exprs.go:25:27
./syntax_const_exprs.go:25:27:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:25:13
./syntax_const_exprs.go:25:27:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:25:27:     from ... argument (spill) at ./syntax_const_exprs.go:25:13
./syntax_const_exprs.go:25:27:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:25:13
./syntax_const_exprs.go:25:17: len(arr) escapes to heap:
./syntax_const_exprs.go:25:17:   flow: {storage for ... argument} = &{storage for len(arr)}:
./syntax_const_exprs.go:25:17:     from len(arr) (spill) at ./syntax_const_exprs.go:25:17
./syntax_const_exprs.go:25:17:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:25:13
./syntax_const_exprs.go:25:17:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:25:17:     from ... argument (spill) at ./syntax_const_exprs.go:25:13
./syntax_const_exprs.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:25:13
./syntax_const_exprs.go:22:67: 1_000_000 escapes to heap:
./syntax_const_exprs.go:22:67:   flow: {storage for ... argument} = &{storage for 1_000_000}:
./syntax_const_exprs.go:22:67:     from 1_000_000 (spill) at ./syntax_const_exprs.go:22:67
./syntax_const_exprs.go:22:67:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:67:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:22:67:     from ... argument (spill) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:67:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:61: 0o17 escapes to heap:
./syntax_const_exprs.go:22:61:   flow: {storage for ... argument} = &{storage for 0o17}:
./syntax_const_exprs.go:22:61:     from 0o17 (spill) at ./syntax_const_exprs.go:22:61
./syntax_const_exprs.go:22:61:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:61:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:22:61:     from ... argument (spill) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:61:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:54: 0b101 escapes to heap:
./syntax_const_exprs.go:22:54:   flow: {storage for ... argument} = &{storage for 0b101}:
./syntax_const_exprs.go:22:54:     from 0b101 (spill) at ./syntax_const_exprs.go:22:54
./syntax_const_exprs.go:22:54:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:54:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:22:54:     from ... argument (spill) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:54:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:46: 0x1p-2 escapes to heap:
./syntax_const_exprs.go:22:46:   flow: {storage for ... argument} = &{storage for 0x1p-2}:
./syntax_const_exprs.go:22:46:     from 0x1p-2 (spill) at ./syntax_const_exprs.go:22:46
./syntax_const_exprs.go:22:46:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:46:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:22:46:     from ... argument (spill) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:46:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:39: 1.5e3 escapes to heap:
./syntax_const_exprs.go:22:39:   flow: {storage for ... argument} = &{storage for 1.5e3}:
./syntax_const_exprs.go:22:39:     from 1.5e3 (spill) at ./syntax_const_exprs.go:22:39
./syntax_const_exprs.go:22:39:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:39:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:22:39:     from ... argument (spill) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:39:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:34: 7 >> 1 escapes to heap:
./syntax_const_exprs.go:22:34:   flow: {storage for ... argument} = &{storage for 7 >> 1}:
./syntax_const_exprs.go:22:34:     from 7 >> 1 (spill) at ./syntax_const_exprs.go:22:34
./syntax_const_exprs.go:22:34:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:34:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:22:34:     from ... argument (spill) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:34:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:29: -7 % 2 escapes to heap:
./syntax_const_exprs.go:22:29:   flow: {storage for ... argument} = &{storage for -7 % 2}:
./syntax_const_exprs.go:22:29:     from -7 % 2 (spill) at ./syntax_const_exprs.go:22:29
./syntax_const_exprs.go:22:29:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:29:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:22:29:     from ... argument (spill) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:29:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:23: -7 / 2 escapes to heap:
./syntax_const_exprs.go:22:23:   flow: {storage for ... argument} = &{storage for -7 / 2}:
./syntax_const_exprs.go:22:23:     from -7 / 2 (spill) at ./syntax_const_exprs.go:22:23
./syntax_const_exprs.go:22:23:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:23:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:22:23:     from ... argument (spill) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:23:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:17: ^0 escapes to heap:
./syntax_const_exprs.go:22:17:   flow: {storage for ... argument} = &{storage for ^0}:
./syntax_const_exprs.go:22:17:     from ^0 (spill) at ./syntax_const_exprs.go:22:17
./syntax_const_exprs.go:22:17:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:17:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:22:17:     from ... argument (spill) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:13: x escapes to heap:
./syntax_const_exprs.go:22:13:   flow: {storage for ... argument} = &{storage for x}:
./syntax_const_exprs.go:22:13:     from x (spill) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:13:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:13:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:22:13:     from ... argument (spill) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:22:13
./syntax_const_exprs.go:19:57: Boiling / 3 escapes to heap:
./syntax_const_exprs.go:19:57:   flow: {storage for ... argument} = &{storage for Boiling / 3}:
./syntax_const_exprs.go:19:57:     from Boiling / 3 (spill) at ./syntax_const_exprs.go:19:57
./syntax_const_exprs.go:19:57:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:19:13
./syntax_const_exprs.go:19:57:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:19:57:     from ... argument (spill) at ./syntax_const_exprs.go:19:13
./syntax_const_exprs.go:19:57:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:19:13
./syntax_const_exprs.go:19:46: Boiling * 2 escapes to heap:
./syntax_const_exprs.go:19:46:   flow: {storage for ... argument} = &{storage for Boiling * 2}:
./syntax_const_exprs.go:19:46:     from Boiling * 2 (spill) at ./syntax_const_exprs.go:19:46
./syntax_const_exprs.go:19:46:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:19:13
./syntax_const_exprs.go:19:46:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:19:46:     from ... argument (spill) at ./syntax_const_exprs.go:19:13
./syntax_const_exprs.go:19:46:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:19:13
./syntax_const_exprs.go:19:34: float32(f) escapes to heap:
./syntax_const_exprs.go:19:34:   flow: {storage for ... argument} = &{storage for float32(f)}:
./syntax_const_exprs.go:19:34:     from float32(f) (spill) at ./syntax_const_exprs.go:19:34
./syntax_const_exprs.go:19:34:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:19:13
./syntax_const_exprs.go:19:34:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:19:34:     from ... argument (spill) at ./syntax_const_exprs.go:19:13
./syntax_const_exprs.go:19:34:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:19:13
./syntax_const_exprs.go:19:17: big / (1 << 97) escapes to heap:
./syntax_const_exprs.go:19:17:   flow: {storage for ... argument} = &{storage for big / (1 << 97)}:
./syntax_const_exprs.go:19:17:     from big / (1 << 97) (spill) at ./syntax_const_exprs.go:19:17
./syntax_const_exprs.go:19:17:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:19:13
./syntax_const_exprs.go:19:17:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:19:17:     from ... argument (spill) at ./syntax_const_exprs.go:19:13
./syntax_const_exprs.go:19:17:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:19:13
./syntax_const_exprs.go:18:54: b escapes to heap:
./syntax_const_exprs.go:18:54:   flow: {storage for ... argument} = &{storage for b}:
./syntax_const_exprs.go:18:54:     from b (spill) at ./syntax_const_exprs.go:18:54
./syntax_const_exprs.go:18:54:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:54:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:18:54:     from ... argument (spill) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:54:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:51: s escapes to heap:
./syntax_const_exprs.go:18:51:   flow: {storage for ... argument} = &{storage for s}:
./syntax_const_exprs.go:18:51:     from s (spill) at ./syntax_const_exprs.go:18:51
./syntax_const_exprs.go:18:51:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:51:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:18:51:     from ... argument (spill) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:51:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:40: string(rune(r)) escapes to heap:
./syntax_const_exprs.go:18:40:   flow: {storage for ... argument} = &{storage for string(rune(r))}:
./syntax_const_exprs.go:18:40:     from string(rune(r)) (spill) at ./syntax_const_exprs.go:18:40
./syntax_const_exprs.go:18:40:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:40:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:18:40:     from ... argument (spill) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:40:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:31: r escapes to heap:
./syntax_const_exprs.go:18:31:   flow: {storage for ... argument} = &{storage for r}:
./syntax_const_exprs.go:18:31:     from r (spill) at ./syntax_const_exprs.go:18:31
./syntax_const_exprs.go:18:31:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:31:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:18:31:     from ... argument (spill) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:31:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:24: typed escapes to heap:
./syntax_const_exprs.go:18:24:   flow: {storage for ... argument} = &{storage for typed}:
./syntax_const_exprs.go:18:24:     from typed (spill) at ./syntax_const_exprs.go:18:24
./syntax_const_exprs.go:18:24:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:24:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:18:24:     from ... argument (spill) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:24:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:21: f escapes to heap:
./syntax_const_exprs.go:18:21:   flow: {storage for ... argument} = &{storage for f}:
./syntax_const_exprs.go:18:21:     from f (spill) at ./syntax_const_exprs.go:18:21
./syntax_const_exprs.go:18:21:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:21:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:18:21:     from ... argument (spill) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:21:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:14: small escapes to heap:
./syntax_const_exprs.go:18:14:   flow: {storage for ... argument} = &{storage for small}:
./syntax_const_exprs.go:18:14:     from small (spill) at ./syntax_const_exprs.go:18:14
./syntax_const_exprs.go:18:14:     from ... argument (slice-literal-element) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:14:   flow: {heap} = {storage for ... argument}:
./syntax_const_exprs.go:18:14:     from ... argument (spill) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./syntax_const_exprs.go:18:13
./syntax_const_exprs.go:18:13: ... argument does not escape
./syntax_const_exprs.go:18:14: small escapes to heap
./syntax_const_exprs.go:18:21: f escapes to heap
./syntax_const_exprs.go:18:24: typed escapes to heap
./syntax_const_exprs.go:18:31: r escapes to heap
./syntax_const_exprs.go:18:40: string(rune(r)) escapes to heap
./syntax_const_exprs.go:18:51: s escapes to heap
./syntax_const_exprs.go:18:54: b escapes to heap
./syntax_const_exprs.go:19:13: ... argument does not escape
./syntax_const_exprs.go:19:17: big / (1 << 97) escapes to heap
./syntax_const_exprs.go:19:34: float32(f) escapes to heap
./syntax_const_exprs.go:19:46: Boiling * 2 escapes to heap
./syntax_const_exprs.go:19:57: Boiling / 3 escapes to heap
./syntax_const_exprs.go:22:13: ... argument does not escape
./syntax_const_exprs.go:22:13: x escapes to heap
./syntax_const_exprs.go:22:17: ^0 escapes to heap
./syntax_const_exprs.go:22:23: -7 / 2 escapes to heap
./syntax_const_exprs.go:22:29: -7 % 2 escapes to heap
./syntax_const_exprs.go:22:34: 7 >> 1 escapes to heap
./syntax_const_exprs.go:22:39: 1.5e3 escapes to heap
./syntax_const_exprs.go:22:46: 0x1p-2 escapes to heap
./syntax_const_exprs.go:22:54: 0b101 escapes to heap
./syntax_const_exprs.go:22:61: 0o17 escapes to heap
./syntax_const_exprs.go:22:67: 1_000_000 escapes to heap
./syntax_const_exprs.go:25:13: ... argument does not escape
./syntax_const_exprs.go:25:17: len(arr) escapes to heap
./syntax_const_exprs.go:25:27: cap(arr) escapes to heap
./syntax_const_exprs.go:25:37: len([5]int{}) escapes to heap
./syntax_const_exprs.go:26:12: ... argument does not escape
./syntax_const_exprs.go:26:30: small escapes to heap
./syntax_const_exprs.go:26:37: f escapes to heap
./syntax_const_exprs.go:26:40: r escapes to heap
./syntax_const_exprs.go:26:43: Boiling escapes to heap

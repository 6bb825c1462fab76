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

./syntax_functypes.go:8:7: leaking param: p
./syntax_functypes.go:8:35: func literal escapes to heap
./syntax_functypes.go:10:12: op does not escape
./syntax_functypes.go:10:22: xs does not escape
./syntax_functypes.go:18:14: leaking param: f
./syntax_functypes.go:18:17: leaking param: g
./syntax_functypes.go:18:57: func literal escapes to heap
./syntax_functypes.go:20:13: xs does not escape
./syntax_functypes.go:20:23: p does not escape
./syntax_functypes.go:30:15: func literal escapes to heap
./syntax_functypes.go:31:18: func literal escapes to heap
./syntax_functypes.go:32:13: []int{...} does not escape
./syntax_functypes.go:33:13: ... argument does not escape
./syntax_functypes.go:33:19: apply(add, xs) escapes to heap
./syntax_functypes.go:33:35: apply(mul, xs) escapes to heap
./syntax_functypes.go:34:15: func literal escapes to heap
./syntax_functypes.go:35:13: ... argument does not escape
./syntax_functypes.go:35:20: filter(xs, even) escapes to heap
./syntax_functypes.go:35:38: filter(xs, Pred.Not(even)) escapes to heap
./syntax_functypes.go:36:9: func literal escapes to heap
./syntax_functypes.go:37:9: func literal escapes to heap
./syntax_functypes.go:38:13: ... argument does not escape
./syntax_functypes.go:38:31: .autotmp_6(5) escapes to heap
./syntax_functypes.go:38:53: .autotmp_7(5) escapes to heap
./syntax_functypes.go:40:13: ... argument does not escape
./syntax_functypes.go:40:19: nilf == nil escapes to heap
./syntax_functypes.go:40:31: add != nil escapes to heap
./syntax_functypes.go:41:25: map[string]BinOp{...} does not escape
./syntax_functypes.go:42:13: ... argument does not escape
./syntax_functypes.go:42:22: ops["+"](3, 4) escapes to heap
./syntax_functypes.go:42:38: ops["*"](3, 4) escapes to heap
./syntax_functypes.go:46:3: []struct { name string; f func(float64) float64 }{...} does not escape
./syntax_functypes.go:46:13: func literal escapes to heap
./syntax_functypes.go:46:63: func literal escapes to heap
./syntax_functypes.go:48:14: ... argument does not escape
./syntax_functypes.go:48:16: t.name escapes to heap
./syntax_functypes.go:48:26: t.f(3) escapes to heap
./syntax_functypes.go:50:12: ... argument does not escape

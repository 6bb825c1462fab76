./methexpr_iface.go:14:47: ... argument does not escape
./methexpr_iface.go:14:48: "T" escapes to heap
./methexpr_iface.go:14:54: t.v escapes to heap
./methexpr_iface.go:14:54: k escapes to heap
./methexpr_iface.go:19:7: p does not escape
./methexpr_iface.go:19:42: p.s + fmt.Sprint(... argument...) escapes to heap
./methexpr_iface.go:19:54: ... argument does not escape
./methexpr_iface.go:19:54: k escapes to heap
./methexpr_iface.go:20:7: p does not escape
./methexpr_iface.go:26:32: leaking param: i
./methexpr_iface.go:25:13: ... argument does not escape
./methexpr_iface.go:25:15: f(T{...}, 4) escapes to heap
./methexpr_iface.go:25:17: T{...} escapes to heap
./methexpr_iface.go:25:27: g(T{...}) escapes to heap
./methexpr_iface.go:25:29: T{...} escapes to heap
./methexpr_iface.go:25:38: I.M(&P{...}, 7) escapes to heap
./methexpr_iface.go:25:39: &P{...} escapes to heap
./methexpr_iface.go:25:55: I.N(&P{...}) escapes to heap
./methexpr_iface.go:25:56: &P{...} escapes to heap
./methexpr_iface.go:26:21: []func(I) int{...} does not escape
./methexpr_iface.go:26:27: func literal does not escape
./methexpr_iface.go:28:14: ... argument does not escape
./methexpr_iface.go:28:16: h(T{...}) escapes to heap
./methexpr_iface.go:28:18: T{...} escapes to heap
./methexpr_iface.go:30:12: ... argument does not escape
./methexpr_iface.go:31:8: func literal does not escape
./methexpr_iface.go:31:28: ... argument does not escape
./methexpr_iface.go:31:29: "recovered:" escapes to heap

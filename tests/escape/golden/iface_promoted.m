./iface_promoted.go:13:7: leaking param: b to result ~r0 level=0
./iface_promoted.go:14:7: b does not escape
./iface_promoted.go:14:22: to does not escape
./iface_promoted.go:14:73: "hi " + to + " from " + b.name escapes to heap
./iface_promoted.go:15:7: b does not escape
./iface_promoted.go:15:23: leaking param: n
./iface_promoted.go:37:7: x does not escape
./iface_promoted.go:38:7: x does not escape
./iface_promoted.go:39:48: Ints.Swap ignoring self-assignment in x[i], x[j] = x[j], x[i]
./iface_promoted.go:39:48: Ints.Swap ignoring self-assignment in x[i], x[j] = x[j], x[i]
./iface_promoted.go:39:7: x does not escape
./iface_promoted.go:43:7: leaking param: r
./iface_promoted.go:45:11: leaking param: data
./iface_promoted.go:55:2: moved to heap: d
./iface_promoted.go:56:16: d escapes to heap
./iface_promoted.go:57:13: ... argument does not escape
./iface_promoted.go:57:20: n.Name() escapes to heap
./iface_promoted.go:59:13: ... argument does not escape
./iface_promoted.go:59:21: g.Greet("you") escapes to heap
./iface_promoted.go:59:36: g.Name() escapes to heap
./iface_promoted.go:60:8: &Deep{...} escapes to heap
./iface_promoted.go:63:13: ... argument does not escape
./iface_promoted.go:63:21: g.Greet("x") escapes to heap
./iface_promoted.go:64:2: Deep{...} escapes to heap
./iface_promoted.go:65:13: ... argument does not escape
./iface_promoted.go:65:20: n.Name() escapes to heap
./iface_promoted.go:66:16: Base{...} escapes to heap
./iface_promoted.go:67:2: w escapes to heap
./iface_promoted.go:68:13: ... argument does not escape
./iface_promoted.go:68:20: n.Name() escapes to heap
./iface_promoted.go:69:12: Ints{...} escapes to heap
./iface_promoted.go:70:14: reverse{...} escapes to heap
./iface_promoted.go:70:15: xs escapes to heap
./iface_promoted.go:71:13: ... argument does not escape
./iface_promoted.go:71:13: xs escapes to heap
./iface_promoted.go:72:6: xs escapes to heap
./iface_promoted.go:73:13: ... argument does not escape
./iface_promoted.go:73:13: xs escapes to heap
./iface_promoted.go:74:22: (interface {})(d) does not escape
./iface_promoted.go:76:13: ... argument does not escape
./iface_promoted.go:76:13: ok escapes to heap
./iface_promoted.go:76:13: ok2 escapes to heap

./methval_promoted_iface.go:9:7: d does not escape
./methval_promoted_iface.go:9:45: d.name + " says woof" escapes to heap
./methval_promoted_iface.go:22:12: f does not escape
./methval_promoted_iface.go:22:55: "[" + f() + "]" escapes to heap
./methval_promoted_iface.go:25:15: Dog{...} escapes to heap
./methval_promoted_iface.go:26:8: l.Animal.Sound does not escape
./methval_promoted_iface.go:27:13: &Cat{} escapes to heap
./methval_promoted_iface.go:28:13: ... argument does not escape
./methval_promoted_iface.go:28:15: f() escapes to heap
./methval_promoted_iface.go:28:26: l.Animal.Sound() escapes to heap
./methval_promoted_iface.go:30:13: &Loud{...} does not escape
./methval_promoted_iface.go:30:22: Dog{...} escapes to heap
./methval_promoted_iface.go:31:8: o.Loud.Animal.Sound does not escape
./methval_promoted_iface.go:32:18: &Cat{} escapes to heap
./methval_promoted_iface.go:33:13: ... argument does not escape
./methval_promoted_iface.go:33:19: apply(g) escapes to heap
./methval_promoted_iface.go:33:29: apply(o.Loud.Animal.Sound) escapes to heap
./methval_promoted_iface.go:33:31: o.Loud.Animal.Sound does not escape
./methval_promoted_iface.go:35:23: []func() string{...} does not escape
./methval_promoted_iface.go:35:25: l.Animal.Sound does not escape
./methval_promoted_iface.go:35:39: o.Loud.Animal.Sound does not escape
./methval_promoted_iface.go:35:55: Dog{...}.Sound does not escape
./methval_promoted_iface.go:37:14: ... argument does not escape
./methval_promoted_iface.go:37:16: h() escapes to heap
./methval_promoted_iface.go:40:2: func literal does not escape
./methval_promoted_iface.go:41:9: func literal does not escape
./methval_promoted_iface.go:41:29: ... argument does not escape
./methval_promoted_iface.go:41:30: "recovered:" escapes to heap
./methval_promoted_iface.go:43:13: empty.Animal.Sound does not escape
./methval_promoted_iface.go:44:14: ... argument does not escape
./methval_promoted_iface.go:44:15: "not reached" escapes to heap
./methval_promoted_iface.go:44:32: h == nil escapes to heap
./methval_promoted_iface.go:46:8: func literal does not escape
./methval_promoted_iface.go:46:28: ... argument does not escape
./methval_promoted_iface.go:46:29: "recovered:" escapes to heap
./methval_promoted_iface.go:48:10: bad.Loud.Animal.Sound does not escape
./methval_promoted_iface.go:49:13: ... argument does not escape
./methval_promoted_iface.go:49:14: "not reached" escapes to heap
./methval_promoted_iface.go:49:31: h == nil escapes to heap

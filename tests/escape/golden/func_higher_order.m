./func_higher_order.go:7:14: xs does not escape
./func_higher_order.go:7:24: f does not escape
./func_higher_order.go:8:13: make([]int, len(xs)) escapes to heap
./func_higher_order.go:15:13: xs does not escape
./func_higher_order.go:15:23: keep does not escape
./func_higher_order.go:25:13: xs does not escape
./func_higher_order.go:25:33: f does not escape
./func_higher_order.go:33:42: func literal escapes to heap
./func_higher_order.go:35:48: func literal escapes to heap
./func_higher_order.go:38:13: []int{...} does not escape
./func_higher_order.go:40:13: ... argument does not escape
./func_higher_order.go:40:13: ys escapes to heap
./func_higher_order.go:41:13: ... argument does not escape
./func_higher_order.go:41:20: filter(ys, isMultiple(3)) escapes to heap
./func_higher_order.go:42:13: ... argument does not escape
./func_higher_order.go:42:20: reduce(xs, 0, func literal) escapes to heap
./func_higher_order.go:42:28: func literal does not escape
./func_higher_order.go:43:13: ... argument does not escape
./func_higher_order.go:43:20: reduce(xs, 1, func literal) escapes to heap
./func_higher_order.go:43:28: func literal does not escape
./func_higher_order.go:44:13: ... argument does not escape
./func_higher_order.go:44:21: mapInts(filter(xs, isMultiple(2)), func literal) escapes to heap
./func_higher_order.go:44:49: func literal does not escape

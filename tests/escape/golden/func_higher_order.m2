./func_higher_order.go:8:13: make([]int, len(xs)) escapes to heap:
./func_higher_order.go:8:13:   flow: {heap} = &{storage for make([]int, len(xs))}:
./func_higher_order.go:8:13:     from make([]int, len(xs)) (non-constant size) at ./func_higher_order.go:8:13
./func_higher_order.go:7:14: xs does not escape
./func_higher_order.go:7:24: f does not escape
./func_higher_order.go:8:13: make([]int, len(xs)) escapes to heap
./func_higher_order.go:15:13: xs does not escape
./func_higher_order.go:15:23: keep does not escape
./func_higher_order.go:25:13: xs does not escape
./func_higher_order.go:25:33: f does not escape
./func_higher_order.go:33:12: adder capturing by value: n (addr=false assign=false width=8)
./func_higher_order.go:33:42: func literal escapes to heap:
./func_higher_order.go:33:42:   flow: ~r0 = &{storage for func literal}:
./func_higher_order.go:33:42:     from func literal (spill) at ./func_higher_order.go:33:42
./func_higher_order.go:33:42:     from return func literal (return) at ./func_higher_order.go:33:35
./func_higher_order.go:33:12: parameter n leaks to {storage for func literal} with derefs=0:
./func_higher_order.go:33:12:   flow: {storage for func literal} = n:
./func_higher_order.go:33:12:     from n (captured by a closure) at ./func_higher_order.go:33:71
./func_higher_order.go:33:42: func literal escapes to heap
./func_higher_order.go:35:17: isMultiple capturing by value: k (addr=false assign=false width=8)
./func_higher_order.go:35:48: func literal escapes to heap:
./func_higher_order.go:35:48:   flow: ~r0 = &{storage for func literal}:
./func_higher_order.go:35:48:     from func literal (spill) at ./func_higher_order.go:35:48
./func_higher_order.go:35:48:     from return func literal (return) at ./func_higher_order.go:35:41
./func_higher_order.go:35:17: parameter k leaks to {storage for func literal} with derefs=0:
./func_higher_order.go:35:17:   flow: {storage for func literal} = k:
./func_higher_order.go:35:17:     from k (captured by a closure) at ./func_higher_order.go:35:76
./func_higher_order.go:35:48: func literal escapes to heap
./func_higher_order.go:44:21: mapInts(filter(xs, isMultiple(2)), func literal) escapes to heap:
./func_higher_order.go:44:21:   flow: {storage for ... argument} = &{storage for mapInts(filter(xs, isMultiple(2)), func literal)}:
./func_higher_order.go:44:21:     from mapInts(filter(xs, isMultiple(2)), func literal) (spill) at ./func_higher_order.go:44:21
./func_higher_order.go:44:21:     from ... argument (slice-literal-element) at ./func_higher_order.go:44:13
./func_higher_order.go:44:21:   flow: {heap} = {storage for ... argument}:
./func_higher_order.go:44:21:     from ... argument (spill) at ./func_higher_order.go:44:13
./func_higher_order.go:44:21:     from fmt.Println(... argument...) (call parameter) at ./func_higher_order.go:44:13
./func_higher_order.go:43:20: reduce(xs, 1, func literal) escapes to heap:
./func_higher_order.go:43:20:   flow: {storage for ... argument} = &{storage for reduce(xs, 1, func literal)}:
./func_higher_order.go:43:20:     from reduce(xs, 1, func literal) (spill) at ./func_higher_order.go:43:20
./func_higher_order.go:43:20:     from ... argument (slice-literal-element) at ./func_higher_order.go:43:13
./func_higher_order.go:43:20:   flow: {heap} = {storage for ... argument}:
./func_higher_order.go:43:20:     from ... argument (spill) at ./func_higher_order.go:43:13
./func_higher_order.go:43:20:     from fmt.Println(... argument...) (call parameter) at ./func_higher_order.go:43:13
./func_higher_order.go:42:20: reduce(xs, 0, func literal) escapes to heap:
./func_higher_order.go:42:20:   flow: {storage for ... argument} = &{storage for reduce(xs, 0, func literal)}:
./func_higher_order.go:42:20:     from reduce(xs, 0, func literal) (spill) at ./func_higher_order.go:42:20
./func_higher_order.go:42:20:     from ... argument (slice-literal-element) at ./func_higher_order.go:42:13
./func_higher_order.go:42:20:   flow: {heap} = {storage for ... argument}:
./func_higher_order.go:42:20:     from ... argument (spill) at ./func_higher_order.go:42:13
./func_higher_order.go:42:20:     from fmt.Println(... argument...) (call parameter) at ./func_higher_order.go:42:13
./func_higher_order.go:41:20: filter(ys, isMultiple(3)) escapes to heap:
./func_higher_order.go:41:20:   flow: {storage for ... argument} = &{storage for filter(ys, isMultiple(3))}:
./func_higher_order.go:41:20:     from filter(ys, isMultiple(3)) (spill) at ./func_higher_order.go:41:20
./func_higher_order.go:41:20:     from ... argument (slice-literal-element) at ./func_higher_order.go:41:13
./func_higher_order.go:41:20:   flow: {heap} = {storage for ... argument}:
./func_higher_order.go:41:20:     from ... argument (spill) at ./func_higher_order.go:41:13
./func_higher_order.go:41:20:     from fmt.Println(... argument...) (call parameter) at ./func_higher_order.go:41:13
./func_higher_order.go:40:13: ys escapes to heap:
./func_higher_order.go:40:13:   flow: {storage for ... argument} = &{storage for ys}:
./func_higher_order.go:40:13:     from ys (spill) at ./func_higher_order.go:40:13
./func_higher_order.go:40:13:     from ... argument (slice-literal-element) at ./func_higher_order.go:40:13
./func_higher_order.go:40:13:   flow: {heap} = {storage for ... argument}:
./func_higher_order.go:40:13:     from ... argument (spill) at ./func_higher_order.go:40:13
./func_higher_order.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./func_higher_order.go:40:13
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

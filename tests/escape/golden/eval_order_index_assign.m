./eval_order_index_assign.go:9:41: ... argument does not escape
./eval_order_index_assign.go:9:42: "k" escapes to heap
./eval_order_index_assign.go:9:42: n escapes to heap
./eval_order_index_assign.go:14:21: map[string]int{} escapes to heap
./eval_order_index_assign.go:17:13: ... argument does not escape
./eval_order_index_assign.go:18:11: make([]int, 3) escapes to heap
./eval_order_index_assign.go:20:13: ... argument does not escape
./eval_order_index_assign.go:20:13: s escapes to heap
./eval_order_index_assign.go:20:13: n escapes to heap
./eval_order_index_assign.go:22:10: func literal does not escape
./eval_order_index_assign.go:25:13: ... argument does not escape
./eval_order_index_assign.go:25:13: arr escapes to heap
./eval_order_index_assign.go:25:13: counter escapes to heap
./eval_order_index_assign.go:26:8: &map[string]int{...} does not escape
./eval_order_index_assign.go:26:23: map[string]int{...} does not escape
./eval_order_index_assign.go:28:13: ... argument does not escape
./eval_order_index_assign.go:28:17: len(*pm) escapes to heap
./eval_order_index_assign.go:28:29: (*pm)["a"] escapes to heap
./eval_order_index_assign.go:29:8: &[]int{...} does not escape
./eval_order_index_assign.go:29:14: []int{...} escapes to heap
./eval_order_index_assign.go:31:13: ... argument does not escape
./eval_order_index_assign.go:31:14: *ps escapes to heap
./eval_order_index_assign.go:31:22: len(*ps) escapes to heap

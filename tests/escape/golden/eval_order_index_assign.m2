./eval_order_index_assign.go:9:42: n escapes to heap:
./eval_order_index_assign.go:9:42:   flow: {storage for ... argument} = &{storage for n}:
./eval_order_index_assign.go:9:42:     from n (spill) at ./eval_order_index_assign.go:9:42
./eval_order_index_assign.go:9:42:     from ... argument (slice-literal-element) at ./eval_order_index_assign.go:9:41
./eval_order_index_assign.go:9:42:   flow: {heap} = {storage for ... argument}:
./eval_order_index_assign.go:9:42:     from ... argument (spill) at ./eval_order_index_assign.go:9:41
./eval_order_index_assign.go:9:42:     from fmt.Sprint(... argument...) (call parameter) at ./eval_order_index_assign.go:9:41
./eval_order_index_assign.go:9:42: "k" escapes to heap:
./eval_order_index_assign.go:9:42:   flow: {storage for ... argument} = &{storage for "k"}:
./eval_order_index_assign.go:9:42:     from "k" (spill) at ./eval_order_index_assign.go:9:42
./eval_order_index_assign.go:9:42:     from ... argument (slice-literal-element) at ./eval_order_index_assign.go:9:41
./eval_order_index_assign.go:9:42:   flow: {heap} = {storage for ... argument}:
./eval_order_index_assign.go:9:42:     from ... argument (spill) at ./eval_order_index_assign.go:9:41
./eval_order_index_assign.go:9:42:     from fmt.Sprint(... argument...) (call parameter) at ./eval_order_index_assign.go:9:41
./eval_order_index_assign.go:9:41: ... argument does not escape
./eval_order_index_assign.go:9:42: "k" escapes to heap
./eval_order_index_assign.go:9:42: n escapes to heap
./eval_order_index_assign.go:21:2: main capturing by ref: counter (addr=false assign=true width=8)
./eval_order_index_assign.go:31:22: len(*ps) escapes to heap:
./eval_order_index_assign.go:31:22:   flow: {storage for ... argument} = &{storage for len(*ps)}:
./eval_order_index_assign.go:31:22:     from len(*ps) (spill) at ./eval_order_index_assign.go:31:22
./eval_order_index_assign.go:31:22:     from ... argument (slice-literal-element) at ./eval_order_index_assign.go:31:13
./eval_order_index_assign.go:31:22:   flow: {heap} = {storage for ... argument}:
./eval_order_index_assign.go:31:22:     from ... argument (spill) at ./eval_order_index_assign.go:31:13
./eval_order_index_assign.go:31:22:     from fmt.Println(... argument...) (call parameter) at ./eval_order_index_assign.go:31:13
./eval_order_index_assign.go:31:14: *ps escapes to heap:
./eval_order_index_assign.go:31:14:   flow: {storage for ... argument} = &{storage for *ps}:
./eval_order_index_assign.go:31:14:     from *ps (spill) at ./eval_order_index_assign.go:31:14
./eval_order_index_assign.go:31:14:     from ... argument (slice-literal-element) at ./eval_order_index_assign.go:31:13
./eval_order_index_assign.go:31:14:   flow: {heap} = {storage for ... argument}:
./eval_order_index_assign.go:31:14:     from ... argument (spill) at ./eval_order_index_assign.go:31:13
./eval_order_index_assign.go:31:14:     from fmt.Println(... argument...) (call parameter) at ./eval_order_index_assign.go:31:13
./eval_order_index_assign.go:29:14: []int{...} escapes to heap:
./eval_order_index_assign.go:29:14:   flow: {storage for &[]int{...}} = &{storage for []int{...}}:
./eval_order_index_assign.go:29:14:     from []int{...} (spill) at ./eval_order_index_assign.go:29:14
./eval_order_index_assign.go:29:14:   flow: ps = &{storage for &[]int{...}}:
./eval_order_index_assign.go:29:14:     from &[]int{...} (spill) at ./eval_order_index_assign.go:29:8
./eval_order_index_assign.go:29:14:     from ps := &[]int{...} (assign) at ./eval_order_index_assign.go:29:5
./eval_order_index_assign.go:29:14:   flow: {heap} = *ps:
./eval_order_index_assign.go:29:14:     from *ps (indirection) at ./eval_order_index_assign.go:30:15
./eval_order_index_assign.go:29:14:     from append(*ps, 4) (call parameter) at ./eval_order_index_assign.go:30:14
./eval_order_index_assign.go:29:14:     from *ps = append(*ps, 4) (assign) at ./eval_order_index_assign.go:30:6
./eval_order_index_assign.go:28:29: (*pm)["a"] escapes to heap:
./eval_order_index_assign.go:28:29:   flow: {storage for ... argument} = &{storage for (*pm)["a"]}:
./eval_order_index_assign.go:28:29:     from (*pm)["a"] (spill) at ./eval_order_index_assign.go:28:29
./eval_order_index_assign.go:28:29:     from ... argument (slice-literal-element) at ./eval_order_index_assign.go:28:13
./eval_order_index_assign.go:28:29:   flow: {heap} = {storage for ... argument}:
./eval_order_index_assign.go:28:29:     from ... argument (spill) at ./eval_order_index_assign.go:28:13
./eval_order_index_assign.go:28:29:     from fmt.Println(... argument...) (call parameter) at ./eval_order_index_assign.go:28:13
./eval_order_index_assign.go:28:17: len(*pm) escapes to heap:
./eval_order_index_assign.go:28:17:   flow: {storage for ... argument} = &{storage for len(*pm)}:
./eval_order_index_assign.go:28:17:     from len(*pm) (spill) at ./eval_order_index_assign.go:28:17
./eval_order_index_assign.go:28:17:     from ... argument (slice-literal-element) at ./eval_order_index_assign.go:28:13
./eval_order_index_assign.go:28:17:   flow: {heap} = {storage for ... argument}:
./eval_order_index_assign.go:28:17:     from ... argument (spill) at ./eval_order_index_assign.go:28:13
./eval_order_index_assign.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./eval_order_index_assign.go:28:13
./eval_order_index_assign.go:25:13: counter escapes to heap:
./eval_order_index_assign.go:25:13:   flow: {storage for ... argument} = &{storage for counter}:
./eval_order_index_assign.go:25:13:     from counter (spill) at ./eval_order_index_assign.go:25:13
./eval_order_index_assign.go:25:13:     from ... argument (slice-literal-element) at ./eval_order_index_assign.go:25:13
./eval_order_index_assign.go:25:13:   flow: {heap} = {storage for ... argument}:
./eval_order_index_assign.go:25:13:     from ... argument (spill) at ./eval_order_index_assign.go:25:13
./eval_order_index_assign.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order_index_assign.go:25:13
./eval_order_index_assign.go:25:13: arr escapes to heap:
./eval_order_index_assign.go:25:13:   flow: {storage for ... argument} = &{storage for arr}:
./eval_order_index_assign.go:25:13:     from arr (spill) at ./eval_order_index_assign.go:25:13
./eval_order_index_assign.go:25:13:     from ... argument (slice-literal-element) at ./eval_order_index_assign.go:25:13
./eval_order_index_assign.go:25:13:   flow: {heap} = {storage for ... argument}:
./eval_order_index_assign.go:25:13:     from ... argument (spill) at ./eval_order_index_assign.go:25:13
./eval_order_index_assign.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order_index_assign.go:25:13
./eval_order_index_assign.go:20:13: n escapes to heap:
./eval_order_index_assign.go:20:13:   flow: {storage for ... argument} = &{storage for n}:
./eval_order_index_assign.go:20:13:     from n (spill) at ./eval_order_index_assign.go:20:13
./eval_order_index_assign.go:20:13:     from ... argument (slice-literal-element) at ./eval_order_index_assign.go:20:13
./eval_order_index_assign.go:20:13:   flow: {heap} = {storage for ... argument}:
./eval_order_index_assign.go:20:13:     from ... argument (spill) at ./eval_order_index_assign.go:20:13
./eval_order_index_assign.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order_index_assign.go:20:13
./eval_order_index_assign.go:20:13: s escapes to heap:
./eval_order_index_assign.go:20:13:   flow: {storage for ... argument} = &{storage for s}:
./eval_order_index_assign.go:20:13:     from s (spill) at ./eval_order_index_assign.go:20:13
./eval_order_index_assign.go:20:13:     from ... argument (slice-literal-element) at ./eval_order_index_assign.go:20:13
./eval_order_index_assign.go:20:13:   flow: {heap} = {storage for ... argument}:
./eval_order_index_assign.go:20:13:     from ... argument (spill) at ./eval_order_index_assign.go:20:13
./eval_order_index_assign.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order_index_assign.go:20:13
./eval_order_index_assign.go:14:21: map[string]int{} escapes to heap:
./eval_order_index_assign.go:14:21:   flow: m = &{storage for map[string]int{}}:
./eval_order_index_assign.go:14:21:     from map[string]int{} (spill) at ./eval_order_index_assign.go:14:21
./eval_order_index_assign.go:14:21:     from m := map[string]int{} (assign) at ./eval_order_index_assign.go:14:4
./eval_order_index_assign.go:14:21:   flow: {storage for ... argument} = m:
./eval_order_index_assign.go:14:21:     from m (interface-converted) at ./eval_order_index_assign.go:17:13
./eval_order_index_assign.go:14:21:     from ... argument (slice-literal-element) at ./eval_order_index_assign.go:17:13
./eval_order_index_assign.go:14:21:   flow: {heap} = {storage for ... argument}:
./eval_order_index_assign.go:14:21:     from ... argument (spill) at ./eval_order_index_assign.go:17:13
./eval_order_index_assign.go:14:21:     from fmt.Println(... argument...) (call parameter) at ./eval_order_index_assign.go:17:13
./eval_order_index_assign.go:18:11: make([]int, 3) escapes to heap:
./eval_order_index_assign.go:18:11:   flow: s = &{storage for make([]int, 3)}:
./eval_order_index_assign.go:18:11:     from make([]int, 3) (spill) at ./eval_order_index_assign.go:18:11
./eval_order_index_assign.go:18:11:     from s := make([]int, 3) (assign) at ./eval_order_index_assign.go:18:4
./eval_order_index_assign.go:18:11:   flow: {storage for s} = s:
./eval_order_index_assign.go:18:11:     from s (interface-converted) at ./eval_order_index_assign.go:20:13
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

./pointer_to_element.go:41:42: &sub[1] == &arr[1] escapes to heap:
./pointer_to_element.go:41:42:   flow: {storage for ... argument} = &{storage for &sub[1] == &arr[1]}:
./pointer_to_element.go:41:42:     from &sub[1] == &arr[1] (spill) at ./pointer_to_element.go:41:42
./pointer_to_element.go:41:42:     from ... argument (slice-literal-element) at ./pointer_to_element.go:41:13
./pointer_to_element.go:41:42:   flow: {heap} = {storage for ... argument}:
./pointer_to_element.go:41:42:     from ... argument (spill) at ./pointer_to_element.go:41:13
./pointer_to_element.go:41:42:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_element.go:41:13
./pointer_to_element.go:41:22: &sub[0] == &arr[1] escapes to heap:
./pointer_to_element.go:41:22:   flow: {storage for ... argument} = &{storage for &sub[0] == &arr[1]}:
./pointer_to_element.go:41:22:     from &sub[0] == &arr[1] (spill) at ./pointer_to_element.go:41:22
./pointer_to_element.go:41:22:     from ... argument (slice-literal-element) at ./pointer_to_element.go:41:13
./pointer_to_element.go:41:22:   flow: {heap} = {storage for ... argument}:
./pointer_to_element.go:41:22:     from ... argument (spill) at ./pointer_to_element.go:41:13
./pointer_to_element.go:41:22:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_element.go:41:13
./pointer_to_element.go:37:13: grid escapes to heap:
./pointer_to_element.go:37:13:   flow: {storage for ... argument} = &{storage for grid}:
./pointer_to_element.go:37:13:     from grid (spill) at ./pointer_to_element.go:37:13
./pointer_to_element.go:37:13:     from ... argument (slice-literal-element) at ./pointer_to_element.go:37:13
./pointer_to_element.go:37:13:   flow: {heap} = {storage for ... argument}:
./pointer_to_element.go:37:13:     from ... argument (spill) at ./pointer_to_element.go:37:13
./pointer_to_element.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_element.go:37:13
./pointer_to_element.go:32:13: ps escapes to heap:
./pointer_to_element.go:32:13:   flow: {storage for ... argument} = &{storage for ps}:
./pointer_to_element.go:32:13:     from ps (spill) at ./pointer_to_element.go:32:13
./pointer_to_element.go:32:13:     from ... argument (slice-literal-element) at ./pointer_to_element.go:32:13
./pointer_to_element.go:32:13:   flow: {heap} = {storage for ... argument}:
./pointer_to_element.go:32:13:     from ... argument (spill) at ./pointer_to_element.go:32:13
./pointer_to_element.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_element.go:32:13
./pointer_to_element.go:26:13: t escapes to heap:
./pointer_to_element.go:26:13:   flow: {storage for ... argument} = &{storage for t}:
./pointer_to_element.go:26:13:     from t (spill) at ./pointer_to_element.go:26:13
./pointer_to_element.go:26:13:     from ... argument (slice-literal-element) at ./pointer_to_element.go:26:13
./pointer_to_element.go:26:13:   flow: {heap} = {storage for ... argument}:
./pointer_to_element.go:26:13:     from ... argument (spill) at ./pointer_to_element.go:26:13
./pointer_to_element.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_element.go:26:13
./pointer_to_element.go:20:20: *q escapes to heap:
./pointer_to_element.go:20:20:   flow: {storage for ... argument} = &{storage for *q}:
./pointer_to_element.go:20:20:     from *q (spill) at ./pointer_to_element.go:20:20
./pointer_to_element.go:20:20:     from ... argument (slice-literal-element) at ./pointer_to_element.go:20:13
./pointer_to_element.go:20:20:   flow: {heap} = {storage for ... argument}:
./pointer_to_element.go:20:20:     from ... argument (spill) at ./pointer_to_element.go:20:13
./pointer_to_element.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_element.go:20:13
./pointer_to_element.go:20:15: s[0] escapes to heap:
./pointer_to_element.go:20:15:   flow: {storage for ... argument} = &{storage for s[0]}:
./pointer_to_element.go:20:15:     from s[0] (spill) at ./pointer_to_element.go:20:15
./pointer_to_element.go:20:15:     from ... argument (slice-literal-element) at ./pointer_to_element.go:20:13
./pointer_to_element.go:20:15:   flow: {heap} = {storage for ... argument}:
./pointer_to_element.go:20:15:     from ... argument (spill) at ./pointer_to_element.go:20:13
./pointer_to_element.go:20:15:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_element.go:20:13
./pointer_to_element.go:16:13: s escapes to heap:
./pointer_to_element.go:16:13:   flow: {storage for ... argument} = &{storage for s}:
./pointer_to_element.go:16:13:     from s (spill) at ./pointer_to_element.go:16:13
./pointer_to_element.go:16:13:     from ... argument (slice-literal-element) at ./pointer_to_element.go:16:13
./pointer_to_element.go:16:13:   flow: {heap} = {storage for ... argument}:
./pointer_to_element.go:16:13:     from ... argument (spill) at ./pointer_to_element.go:16:13
./pointer_to_element.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_element.go:16:13
./pointer_to_element.go:11:13: arr escapes to heap:
./pointer_to_element.go:11:13:   flow: {storage for ... argument} = &{storage for arr}:
./pointer_to_element.go:11:13:     from arr (spill) at ./pointer_to_element.go:11:13
./pointer_to_element.go:11:13:     from ... argument (slice-literal-element) at ./pointer_to_element.go:11:13
./pointer_to_element.go:11:13:   flow: {heap} = {storage for ... argument}:
./pointer_to_element.go:11:13:     from ... argument (spill) at ./pointer_to_element.go:11:13
./pointer_to_element.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_element.go:11:13
./pointer_to_element.go:34:17: [][]int{...} escapes to heap:
./pointer_to_element.go:34:17:   flow: grid = &{storage for [][]int{...}}:
./pointer_to_element.go:34:17:     from [][]int{...} (spill) at ./pointer_to_element.go:34:17
./pointer_to_element.go:34:17:     from grid := [][]int{...} (assign) at ./pointer_to_element.go:34:7
./pointer_to_element.go:34:17:   flow: {storage for grid} = grid:
./pointer_to_element.go:34:17:     from grid (interface-converted) at ./pointer_to_element.go:37:13
./pointer_to_element.go:34:26: []int{...} escapes to heap:
./pointer_to_element.go:34:26:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./pointer_to_element.go:34:26:     from []int{...} (spill) at ./pointer_to_element.go:34:26
./pointer_to_element.go:34:26:     from [][]int{...} (slice-literal-element) at ./pointer_to_element.go:34:17
./pointer_to_element.go:34:18: []int{...} escapes to heap:
./pointer_to_element.go:34:18:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./pointer_to_element.go:34:18:     from []int{...} (spill) at ./pointer_to_element.go:34:18
./pointer_to_element.go:34:18:     from [][]int{...} (slice-literal-element) at ./pointer_to_element.go:34:17
./pointer_to_element.go:29:11: []P{...} escapes to heap:
./pointer_to_element.go:29:11:   flow: ps = &{storage for []P{...}}:
./pointer_to_element.go:29:11:     from []P{...} (spill) at ./pointer_to_element.go:29:11
./pointer_to_element.go:29:11:     from ps := []P{...} (assign) at ./pointer_to_element.go:29:5
./pointer_to_element.go:29:11:   flow: {storage for ps} = ps:
./pointer_to_element.go:29:11:     from ps (interface-converted) at ./pointer_to_element.go:32:13
./pointer_to_element.go:22:11: make([]int, 2, 10) escapes to heap:
./pointer_to_element.go:22:11:   flow: t = &{storage for make([]int, 2, 10)}:
./pointer_to_element.go:22:11:     from make([]int, 2, 10) (spill) at ./pointer_to_element.go:22:11
./pointer_to_element.go:22:11:     from t := make([]int, 2, 10) (assign) at ./pointer_to_element.go:22:4
./pointer_to_element.go:22:11:   flow: {storage for t} = t:
./pointer_to_element.go:22:11:     from t (interface-converted) at ./pointer_to_element.go:26:13
./pointer_to_element.go:13:11: make([]int, 3, 3) escapes to heap:
./pointer_to_element.go:13:11:   flow: s = &{storage for make([]int, 3, 3)}:
./pointer_to_element.go:13:11:     from make([]int, 3, 3) (spill) at ./pointer_to_element.go:13:11
./pointer_to_element.go:13:11:     from s := make([]int, 3, 3) (assign) at ./pointer_to_element.go:13:4
./pointer_to_element.go:13:11:   flow: {storage for s} = s:
./pointer_to_element.go:13:11:     from s (interface-converted) at ./pointer_to_element.go:16:13
./pointer_to_element.go:11:13: ... argument does not escape
./pointer_to_element.go:11:13: arr escapes to heap
./pointer_to_element.go:13:11: make([]int, 3, 3) escapes to heap
./pointer_to_element.go:16:13: ... argument does not escape
./pointer_to_element.go:16:13: s escapes to heap
./pointer_to_element.go:20:13: ... argument does not escape
./pointer_to_element.go:20:15: s[0] escapes to heap
./pointer_to_element.go:20:20: *q escapes to heap
./pointer_to_element.go:22:11: make([]int, 2, 10) escapes to heap
./pointer_to_element.go:26:13: ... argument does not escape
./pointer_to_element.go:26:13: t escapes to heap
./pointer_to_element.go:29:11: []P{...} escapes to heap
./pointer_to_element.go:32:13: ... argument does not escape
./pointer_to_element.go:32:13: ps escapes to heap
./pointer_to_element.go:34:17: [][]int{...} escapes to heap
./pointer_to_element.go:34:18: []int{...} escapes to heap
./pointer_to_element.go:34:26: []int{...} escapes to heap
./pointer_to_element.go:37:13: ... argument does not escape
./pointer_to_element.go:37:13: grid escapes to heap
./pointer_to_element.go:41:13: ... argument does not escape
./pointer_to_element.go:41:22: &sub[0] == &arr[1] escapes to heap
./pointer_to_element.go:41:42: &sub[1] == &arr[1] escapes to heap

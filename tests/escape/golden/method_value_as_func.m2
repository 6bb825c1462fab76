./method_value_as_func.go:9:7: a does not escape
./method_value_as_func.go:12:11: xs does not escape
./method_value_as_func.go:12:21: f does not escape
./method_value_as_func.go:19:13: make([]int, 0, len(xs)) escapes to heap:
./method_value_as_func.go:19:13:   flow: {heap} = &{storage for make([]int, 0, len(xs))}:
./method_value_as_func.go:19:13:     from make([]int, 0, len(xs)) (non-constant size) at ./method_value_as_func.go:19:13
./method_value_as_func.go:18:11: xs does not escape
./method_value_as_func.go:18:21: f does not escape
./method_value_as_func.go:19:13: make([]int, 0, len(xs)) escapes to heap
./method_value_as_func.go:39:41: a.Add escapes to heap:
./method_value_as_func.go:39:41:   flow: {heap} = &{storage for a.Add}:
./method_value_as_func.go:39:41:     from a.Add (spill) at ./method_value_as_func.go:39:41
./method_value_as_func.go:39:41:     from map[string]func(int){...} (map literal value) at ./method_value_as_func.go:39:34
./method_value_as_func.go:39:53: b.Add escapes to heap:
./method_value_as_func.go:39:53:   flow: {heap} = &{storage for b.Add}:
./method_value_as_func.go:39:53:     from b.Add (spill) at ./method_value_as_func.go:39:53
./method_value_as_func.go:39:53:     from map[string]func(int){...} (map literal value) at ./method_value_as_func.go:39:34
./method_value_as_func.go:52:15: b.sum escapes to heap:
./method_value_as_func.go:52:15:   flow: {storage for ... argument} = &{storage for b.sum}:
./method_value_as_func.go:52:15:     from b.sum (spill) at ./method_value_as_func.go:52:15
./method_value_as_func.go:52:15:     from ... argument (slice-literal-element) at ./method_value_as_func.go:52:13
./method_value_as_func.go:52:15:   flow: {heap} = {storage for ... argument}:
./method_value_as_func.go:52:15:     from ... argument (spill) at ./method_value_as_func.go:52:13
./method_value_as_func.go:52:15:     from fmt.Println(... argument...) (call parameter) at ./method_value_as_func.go:52:13
./method_value_as_func.go:49:19: times(Acc{...}, 4) escapes to heap:
./method_value_as_func.go:49:19:   flow: {storage for ... argument} = &{storage for times(Acc{...}, 4)}:
./method_value_as_func.go:49:19:     from times(Acc{...}, 4) (spill) at ./method_value_as_func.go:49:19
./method_value_as_func.go:49:19:     from ... argument (slice-literal-element) at ./method_value_as_func.go:49:13
./method_value_as_func.go:49:19:   flow: {heap} = {storage for ... argument}:
./method_value_as_func.go:49:19:     from ... argument (spill) at ./method_value_as_func.go:49:13
./method_value_as_func.go:49:19:     from fmt.Println(... argument...) (call parameter) at ./method_value_as_func.go:49:13
./method_value_as_func.go:46:15: b.sum escapes to heap:
./method_value_as_func.go:46:15:   flow: {storage for ... argument} = &{storage for b.sum}:
./method_value_as_func.go:46:15:     from b.sum (spill) at ./method_value_as_func.go:46:15
./method_value_as_func.go:46:15:     from ... argument (slice-literal-element) at ./method_value_as_func.go:46:13
./method_value_as_func.go:46:15:   flow: {heap} = {storage for ... argument}:
./method_value_as_func.go:46:15:     from ... argument (spill) at ./method_value_as_func.go:46:13
./method_value_as_func.go:46:15:     from fmt.Println(... argument...) (call parameter) at ./method_value_as_func.go:46:13
./method_value_as_func.go:42:22: b.sum escapes to heap:
./method_value_as_func.go:42:22:   flow: {storage for ... argument} = &{storage for b.sum}:
./method_value_as_func.go:42:22:     from b.sum (spill) at ./method_value_as_func.go:42:22
./method_value_as_func.go:42:22:     from ... argument (slice-literal-element) at ./method_value_as_func.go:42:13
./method_value_as_func.go:42:22:   flow: {heap} = {storage for ... argument}:
./method_value_as_func.go:42:22:     from ... argument (spill) at ./method_value_as_func.go:42:13
./method_value_as_func.go:42:22:     from fmt.Println(... argument...) (call parameter) at ./method_value_as_func.go:42:13
./method_value_as_func.go:42:15: a.sum escapes to heap:
./method_value_as_func.go:42:15:   flow: {storage for ... argument} = &{storage for a.sum}:
./method_value_as_func.go:42:15:     from a.sum (spill) at ./method_value_as_func.go:42:15
./method_value_as_func.go:42:15:     from ... argument (slice-literal-element) at ./method_value_as_func.go:42:13
./method_value_as_func.go:42:15:   flow: {heap} = {storage for ... argument}:
./method_value_as_func.go:42:15:     from ... argument (spill) at ./method_value_as_func.go:42:13
./method_value_as_func.go:42:15:     from fmt.Println(... argument...) (call parameter) at ./method_value_as_func.go:42:13
./method_value_as_func.go:36:18: mapf([]int{...}, a.Times) escapes to heap:
./method_value_as_func.go:36:18:   flow: {storage for ... argument} = &{storage for mapf([]int{...}, a.Times)}:
./method_value_as_func.go:36:18:     from mapf([]int{...}, a.Times) (spill) at ./method_value_as_func.go:36:18
./method_value_as_func.go:36:18:     from ... argument (slice-literal-element) at ./method_value_as_func.go:36:13
./method_value_as_func.go:36:18:   flow: {heap} = {storage for ... argument}:
./method_value_as_func.go:36:18:     from ... argument (spill) at ./method_value_as_func.go:36:13
./method_value_as_func.go:36:18:     from fmt.Println(... argument...) (call parameter) at ./method_value_as_func.go:36:13
./method_value_as_func.go:34:15: a.sum escapes to heap:
./method_value_as_func.go:34:15:   flow: {storage for ... argument} = &{storage for a.sum}:
./method_value_as_func.go:34:15:     from a.sum (spill) at ./method_value_as_func.go:34:15
./method_value_as_func.go:34:15:     from ... argument (slice-literal-element) at ./method_value_as_func.go:34:13
./method_value_as_func.go:34:15:   flow: {heap} = {storage for ... argument}:
./method_value_as_func.go:34:15:     from ... argument (spill) at ./method_value_as_func.go:34:13
./method_value_as_func.go:34:15:     from fmt.Println(... argument...) (call parameter) at ./method_value_as_func.go:34:13
./method_value_as_func.go:38:6: b escapes to heap:
./method_value_as_func.go:38:6:   flow: {temp} = &b:
./method_value_as_func.go:38:6:     from b (address-of) at ./method_value_as_func.go:39:53
./method_value_as_func.go:38:6:   flow: {storage for b.Add} = {temp}:
./method_value_as_func.go:32:6: a escapes to heap:
./method_value_as_func.go:32:6:   flow: {temp} = &a:
./method_value_as_func.go:32:6:     from a (address-of) at ./method_value_as_func.go:39:41
./method_value_as_func.go:32:6:   flow: {storage for a.Add} = {temp}:
./method_value_as_func.go:32:6: moved to heap: a
./method_value_as_func.go:38:6: moved to heap: b
./method_value_as_func.go:33:12: []int{...} does not escape
./method_value_as_func.go:33:27: a.Add does not escape
./method_value_as_func.go:34:13: ... argument does not escape
./method_value_as_func.go:34:15: a.sum escapes to heap
./method_value_as_func.go:36:13: ... argument does not escape
./method_value_as_func.go:36:18: mapf([]int{...}, a.Times) escapes to heap
./method_value_as_func.go:36:24: []int{...} does not escape
./method_value_as_func.go:36:36: a.Times does not escape
./method_value_as_func.go:39:34: map[string]func(int){...} does not escape
./method_value_as_func.go:39:41: a.Add escapes to heap
./method_value_as_func.go:39:53: b.Add escapes to heap
./method_value_as_func.go:42:13: ... argument does not escape
./method_value_as_func.go:42:15: a.sum escapes to heap
./method_value_as_func.go:42:22: b.sum escapes to heap
./method_value_as_func.go:44:23: b.Add does not escape
./method_value_as_func.go:46:13: ... argument does not escape
./method_value_as_func.go:46:15: b.sum escapes to heap
./method_value_as_func.go:49:13: ... argument does not escape
./method_value_as_func.go:49:19: times(Acc{...}, 4) escapes to heap
./method_value_as_func.go:52:13: ... argument does not escape
./method_value_as_func.go:52:15: b.sum escapes to heap

./func_variadic.go:7:10: xs does not escape
./func_variadic.go:16:40: xs == nil escapes to heap:
./func_variadic.go:16:40:   flow: {storage for ... argument} = &{storage for xs == nil}:
./func_variadic.go:16:40:     from xs == nil (spill) at ./func_variadic.go:16:40
./func_variadic.go:16:40:     from ... argument (slice-literal-element) at ./func_variadic.go:16:19
./func_variadic.go:16:40:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:16:40:     from ... argument (spill) at ./func_variadic.go:16:19
./func_variadic.go:16:40:     from fmt.Sprint(... argument...) (call parameter) at ./func_variadic.go:16:19
./func_variadic.go:16:31: len(xs) escapes to heap:
./func_variadic.go:16:31:   flow: {storage for ... argument} = &{storage for len(xs)}:
./func_variadic.go:16:31:     from len(xs) (spill) at ./func_variadic.go:16:31
./func_variadic.go:16:31:     from ... argument (slice-literal-element) at ./func_variadic.go:16:19
./func_variadic.go:16:31:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:16:31:     from ... argument (spill) at ./func_variadic.go:16:19
./func_variadic.go:16:31:     from fmt.Sprint(... argument...) (call parameter) at ./func_variadic.go:16:19
./func_variadic.go:16:19: prefix escapes to heap:
./func_variadic.go:16:19:   flow: {storage for ... argument} = &{storage for prefix}:
./func_variadic.go:16:19:     from prefix (spill) at ./func_variadic.go:16:19
./func_variadic.go:16:19:     from ... argument (slice-literal-element) at ./func_variadic.go:16:19
./func_variadic.go:16:19:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:16:19:     from ... argument (spill) at ./func_variadic.go:16:19
./func_variadic.go:16:19:     from fmt.Sprint(... argument...) (call parameter) at ./func_variadic.go:16:19
./func_variadic.go:15:11: parameter prefix leaks to {storage for prefix} with derefs=0:
./func_variadic.go:15:11:   flow: {storage for prefix} = prefix:
./func_variadic.go:15:11:     from prefix (interface-converted) at ./func_variadic.go:16:19
./func_variadic.go:15:11: leaking param: prefix
./func_variadic.go:15:26: xs does not escape
./func_variadic.go:16:19: ... argument does not escape
./func_variadic.go:16:19: prefix escapes to heap
./func_variadic.go:16:31: len(xs) escapes to heap
./func_variadic.go:16:40: xs == nil escapes to heap
./func_variadic.go:19:16: xs does not escape
./func_variadic.go:47:16: ... argument escapes to heap:
./func_variadic.go:47:16:   flow: {heap} = &{storage for ... argument}:
./func_variadic.go:47:16:     from ... argument (spill) at ./func_variadic.go:47:16
./func_variadic.go:47:16:     from collect(... argument...) (call parameter) at ./func_variadic.go:47:16
./func_variadic.go:48:32: cap(got) escapes to heap:
./func_variadic.go:48:32:   flow: {storage for ... argument} = &{storage for cap(got)}:
./func_variadic.go:48:32:     from cap(got) (spill) at ./func_variadic.go:48:32
./func_variadic.go:48:32:     from ... argument (slice-literal-element) at ./func_variadic.go:48:13
./func_variadic.go:48:32:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:48:32:     from ... argument (spill) at ./func_variadic.go:48:13
./func_variadic.go:48:32:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:48:13
./func_variadic.go:48:22: len(got) escapes to heap:
./func_variadic.go:48:22:   flow: {storage for ... argument} = &{storage for len(got)}:
./func_variadic.go:48:22:     from len(got) (spill) at ./func_variadic.go:48:22
./func_variadic.go:48:22:     from ... argument (slice-literal-element) at ./func_variadic.go:48:13
./func_variadic.go:48:22:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:48:22:     from ... argument (spill) at ./func_variadic.go:48:13
./func_variadic.go:48:22:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:48:13
./func_variadic.go:48:13: got escapes to heap:
./func_variadic.go:48:13:   flow: {storage for ... argument} = &{storage for got}:
./func_variadic.go:48:13:     from got (spill) at ./func_variadic.go:48:13
./func_variadic.go:48:13:     from ... argument (slice-literal-element) at ./func_variadic.go:48:13
./func_variadic.go:48:13:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:48:13:     from ... argument (spill) at ./func_variadic.go:48:13
./func_variadic.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:48:13
./func_variadic.go:42:15: f(... argument...) escapes to heap:
./func_variadic.go:42:15:   flow: {storage for ... argument} = &{storage for f(... argument...)}:
./func_variadic.go:42:15:     from f(... argument...) (spill) at ./func_variadic.go:42:15
./func_variadic.go:42:15:     from ... argument (slice-literal-element) at ./func_variadic.go:42:13
./func_variadic.go:42:15:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:42:15:     from ... argument (spill) at ./func_variadic.go:42:13
./func_variadic.go:42:15:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:42:13
./func_variadic.go:39:13: b escapes to heap:
./func_variadic.go:39:13:   flow: {storage for ... argument} = &{storage for b}:
./func_variadic.go:39:13:     from b (spill) at ./func_variadic.go:39:13
./func_variadic.go:39:13:     from ... argument (slice-literal-element) at ./func_variadic.go:39:13
./func_variadic.go:39:13:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:39:13:     from ... argument (spill) at ./func_variadic.go:39:13
./func_variadic.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:39:13
./func_variadic.go:39:13: a escapes to heap:
./func_variadic.go:39:13:   flow: {storage for ... argument} = &{storage for a}:
./func_variadic.go:39:13:     from a (spill) at ./func_variadic.go:39:13
./func_variadic.go:39:13:     from ... argument (slice-literal-element) at ./func_variadic.go:39:13
./func_variadic.go:39:13:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:39:13:     from ... argument (spill) at ./func_variadic.go:39:13
./func_variadic.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:39:13
./func_variadic.go:36:13: nums escapes to heap:
./func_variadic.go:36:13:   flow: {storage for ... argument} = &{storage for nums}:
./func_variadic.go:36:13:     from nums (spill) at ./func_variadic.go:36:13
./func_variadic.go:36:13:     from ... argument (slice-literal-element) at ./func_variadic.go:36:13
./func_variadic.go:36:13:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:36:13:     from ... argument (spill) at ./func_variadic.go:36:13
./func_variadic.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:36:13
./func_variadic.go:33:18: info("d", nil...) escapes to heap:
./func_variadic.go:33:18:   flow: {storage for ... argument} = &{storage for info("d", nil...)}:
./func_variadic.go:33:18:     from info("d", nil...) (spill) at ./func_variadic.go:33:18
./func_variadic.go:33:18:     from ... argument (slice-literal-element) at ./func_variadic.go:33:13
./func_variadic.go:33:18:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:33:18:     from ... argument (spill) at ./func_variadic.go:33:13
./func_variadic.go:33:18:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:33:13
./func_variadic.go:32:18: info("c", []string{}...) escapes to heap:
./func_variadic.go:32:18:   flow: {storage for ... argument} = &{storage for info("c", []string{}...)}:
./func_variadic.go:32:18:     from info("c", []string{}...) (spill) at ./func_variadic.go:32:18
./func_variadic.go:32:18:     from ... argument (slice-literal-element) at ./func_variadic.go:32:13
./func_variadic.go:32:18:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:32:18:     from ... argument (spill) at ./func_variadic.go:32:13
./func_variadic.go:32:18:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:32:13
./func_variadic.go:31:18: info("b", ... argument...) escapes to heap:
./func_variadic.go:31:18:   flow: {storage for ... argument} = &{storage for info("b", ... argument...)}:
./func_variadic.go:31:18:     from info("b", ... argument...) (spill) at ./func_variadic.go:31:18
./func_variadic.go:31:18:     from ... argument (slice-literal-element) at ./func_variadic.go:31:13
./func_variadic.go:31:18:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:31:18:     from ... argument (spill) at ./func_variadic.go:31:13
./func_variadic.go:31:18:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:31:13
./func_variadic.go:30:18: info("a", nil...) escapes to heap:
./func_variadic.go:30:18:   flow: {storage for ... argument} = &{storage for info("a", nil...)}:
./func_variadic.go:30:18:     from info("a", nil...) (spill) at ./func_variadic.go:30:18
./func_variadic.go:30:18:     from ... argument (slice-literal-element) at ./func_variadic.go:30:13
./func_variadic.go:30:18:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:30:18:     from ... argument (spill) at ./func_variadic.go:30:13
./func_variadic.go:30:18:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:30:13
./func_variadic.go:28:31: sum(nums[1:]...) escapes to heap:
./func_variadic.go:28:31:   flow: {storage for ... argument} = &{storage for sum(nums[1:]...)}:
./func_variadic.go:28:31:     from sum(nums[1:]...) (spill) at ./func_variadic.go:28:31
./func_variadic.go:28:31:     from ... argument (slice-literal-element) at ./func_variadic.go:28:13
./func_variadic.go:28:31:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:28:31:     from ... argument (spill) at ./func_variadic.go:28:13
./func_variadic.go:28:31:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:28:13
./func_variadic.go:28:17: sum(nums...) escapes to heap:
./func_variadic.go:28:17:   flow: {storage for ... argument} = &{storage for sum(nums...)}:
./func_variadic.go:28:17:     from sum(nums...) (spill) at ./func_variadic.go:28:17
./func_variadic.go:28:17:     from ... argument (slice-literal-element) at ./func_variadic.go:28:13
./func_variadic.go:28:17:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:28:17:     from ... argument (spill) at ./func_variadic.go:28:13
./func_variadic.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:28:13
./func_variadic.go:26:32: sum(... argument...) escapes to heap:
./func_variadic.go:26:32:   flow: {storage for ... argument} = &{storage for sum(... argument...)}:
./func_variadic.go:26:32:     from sum(... argument...) (spill) at ./func_variadic.go:26:32
./func_variadic.go:26:32:     from ... argument (slice-literal-element) at ./func_variadic.go:26:13
./func_variadic.go:26:32:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:26:32:     from ... argument (spill) at ./func_variadic.go:26:13
./func_variadic.go:26:32:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:26:13
./func_variadic.go:26:24: sum(... argument...) escapes to heap:
./func_variadic.go:26:24:   flow: {storage for ... argument} = &{storage for sum(... argument...)}:
./func_variadic.go:26:24:     from sum(... argument...) (spill) at ./func_variadic.go:26:24
./func_variadic.go:26:24:     from ... argument (slice-literal-element) at ./func_variadic.go:26:13
./func_variadic.go:26:24:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:26:24:     from ... argument (spill) at ./func_variadic.go:26:13
./func_variadic.go:26:24:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:26:13
./func_variadic.go:26:17: sum(nil...) escapes to heap:
./func_variadic.go:26:17:   flow: {storage for ... argument} = &{storage for sum(nil...)}:
./func_variadic.go:26:17:     from sum(nil...) (spill) at ./func_variadic.go:26:17
./func_variadic.go:26:17:     from ... argument (slice-literal-element) at ./func_variadic.go:26:13
./func_variadic.go:26:17:   flow: {heap} = {storage for ... argument}:
./func_variadic.go:26:17:     from ... argument (spill) at ./func_variadic.go:26:13
./func_variadic.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./func_variadic.go:26:13
./func_variadic.go:27:15: []int{...} escapes to heap:
./func_variadic.go:27:15:   flow: nums = &{storage for []int{...}}:
./func_variadic.go:27:15:     from []int{...} (spill) at ./func_variadic.go:27:15
./func_variadic.go:27:15:     from nums := []int{...} (assign) at ./func_variadic.go:27:7
./func_variadic.go:27:15:   flow: {storage for nums} = nums:
./func_variadic.go:27:15:     from nums (interface-converted) at ./func_variadic.go:36:13
./func_variadic.go:46:17: parameter s leaks to ~r0 with derefs=0:
./func_variadic.go:46:17:   flow: ~r0 = s:
./func_variadic.go:46:17:     from return s (return) at ./func_variadic.go:46:41
./func_variadic.go:46:17: leaking param: s to result ~r0 level=0
./func_variadic.go:26:13: ... argument does not escape
./func_variadic.go:26:17: sum(nil...) escapes to heap
./func_variadic.go:26:24: sum(... argument...) escapes to heap
./func_variadic.go:26:24: ... argument does not escape
./func_variadic.go:26:32: sum(... argument...) escapes to heap
./func_variadic.go:26:32: ... argument does not escape
./func_variadic.go:27:15: []int{...} escapes to heap
./func_variadic.go:28:13: ... argument does not escape
./func_variadic.go:28:17: sum(nums...) escapes to heap
./func_variadic.go:28:31: sum(nums[1:]...) escapes to heap
./func_variadic.go:30:13: ... argument does not escape
./func_variadic.go:30:18: info("a", nil...) escapes to heap
./func_variadic.go:31:13: ... argument does not escape
./func_variadic.go:31:18: info("b", ... argument...) escapes to heap
./func_variadic.go:31:18: ... argument does not escape
./func_variadic.go:32:13: ... argument does not escape
./func_variadic.go:32:18: info("c", []string{}...) escapes to heap
./func_variadic.go:32:32: []string{} does not escape
./func_variadic.go:33:13: ... argument does not escape
./func_variadic.go:33:18: info("d", nil...) escapes to heap
./func_variadic.go:36:13: ... argument does not escape
./func_variadic.go:36:13: nums escapes to heap
./func_variadic.go:38:11: ... argument does not escape
./func_variadic.go:39:13: ... argument does not escape
./func_variadic.go:39:13: a escapes to heap
./func_variadic.go:39:13: b escapes to heap
./func_variadic.go:42:13: ... argument does not escape
./func_variadic.go:42:15: f(... argument...) escapes to heap
./func_variadic.go:42:15: ... argument does not escape
./func_variadic.go:43:12: ... argument does not escape
./func_variadic.go:46:12: func literal does not escape
./func_variadic.go:47:16: ... argument escapes to heap
./func_variadic.go:48:13: ... argument does not escape
./func_variadic.go:48:13: got escapes to heap
./func_variadic.go:48:22: len(got) escapes to heap
./func_variadic.go:48:32: cap(got) escapes to heap

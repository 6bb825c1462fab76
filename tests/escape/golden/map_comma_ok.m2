./map_comma_ok.go:25:27: []int{...} escapes to heap:
./map_comma_ok.go:25:27:   flow: {heap} = &{storage for []int{...}}:
./map_comma_ok.go:25:27:     from []int{...} (spill) at ./map_comma_ok.go:25:27
./map_comma_ok.go:25:27:     from S{...} (struct literal element) at ./map_comma_ok.go:25:21
./map_comma_ok.go:25:27:     from map[int]S{...} (map literal value) at ./map_comma_ok.go:25:17
./map_comma_ok.go:46:59: counts[' '] escapes to heap:
./map_comma_ok.go:46:59:   flow: {storage for ... argument} = &{storage for counts[' ']}:
./map_comma_ok.go:46:59:     from counts[' '] (spill) at ./map_comma_ok.go:46:59
./map_comma_ok.go:46:59:     from ... argument (slice-literal-element) at ./map_comma_ok.go:46:13
./map_comma_ok.go:46:59:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:46:59:     from ... argument (spill) at ./map_comma_ok.go:46:13
./map_comma_ok.go:46:59:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:46:13
./map_comma_ok.go:46:46: counts['o'] escapes to heap:
./map_comma_ok.go:46:46:   flow: {storage for ... argument} = &{storage for counts['o']}:
./map_comma_ok.go:46:46:     from counts['o'] (spill) at ./map_comma_ok.go:46:46
./map_comma_ok.go:46:46:     from ... argument (slice-literal-element) at ./map_comma_ok.go:46:13
./map_comma_ok.go:46:46:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:46:46:     from ... argument (spill) at ./map_comma_ok.go:46:13
./map_comma_ok.go:46:46:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:46:13
./map_comma_ok.go:46:33: counts['l'] escapes to heap:
./map_comma_ok.go:46:33:   flow: {storage for ... argument} = &{storage for counts['l']}:
./map_comma_ok.go:46:33:     from counts['l'] (spill) at ./map_comma_ok.go:46:33
./map_comma_ok.go:46:33:     from ... argument (slice-literal-element) at ./map_comma_ok.go:46:13
./map_comma_ok.go:46:33:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:46:33:     from ... argument (spill) at ./map_comma_ok.go:46:13
./map_comma_ok.go:46:33:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:46:13
./map_comma_ok.go:46:17: len(counts) escapes to heap:
./map_comma_ok.go:46:17:   flow: {storage for ... argument} = &{storage for len(counts)}:
./map_comma_ok.go:46:17:     from len(counts) (spill) at ./map_comma_ok.go:46:17
./map_comma_ok.go:46:17:     from ... argument (slice-literal-element) at ./map_comma_ok.go:46:13
./map_comma_ok.go:46:17:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:46:17:     from ... argument (spill) at ./map_comma_ok.go:46:13
./map_comma_ok.go:46:17:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:46:13
./map_comma_ok.go:37:13: total escapes to heap:
./map_comma_ok.go:37:13:   flow: {storage for ... argument} = &{storage for total}:
./map_comma_ok.go:37:13:     from total (spill) at ./map_comma_ok.go:37:13
./map_comma_ok.go:37:13:     from ... argument (slice-literal-element) at ./map_comma_ok.go:37:13
./map_comma_ok.go:37:13:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:37:13:     from ... argument (spill) at ./map_comma_ok.go:37:13
./map_comma_ok.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:37:13
./map_comma_ok.go:33:13: ok escapes to heap:
./map_comma_ok.go:33:13:   flow: {storage for ... argument} = &{storage for ok}:
./map_comma_ok.go:33:13:     from ok (spill) at ./map_comma_ok.go:33:13
./map_comma_ok.go:33:13:     from ... argument (slice-literal-element) at ./map_comma_ok.go:33:13
./map_comma_ok.go:33:13:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:33:13:     from ... argument (spill) at ./map_comma_ok.go:33:13
./map_comma_ok.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:33:13
./map_comma_ok.go:33:13: b escapes to heap:
./map_comma_ok.go:33:13:   flow: {storage for ... argument} = &{storage for b}:
./map_comma_ok.go:33:13:     from b (spill) at ./map_comma_ok.go:33:13
./map_comma_ok.go:33:13:     from ... argument (slice-literal-element) at ./map_comma_ok.go:33:13
./map_comma_ok.go:33:13:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:33:13:     from ... argument (spill) at ./map_comma_ok.go:33:13
./map_comma_ok.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:33:13
./map_comma_ok.go:29:15: ok escapes to heap:
./map_comma_ok.go:29:15:   flow: {storage for ... argument} = &{storage for ok}:
./map_comma_ok.go:29:15:     from ok (spill) at ./map_comma_ok.go:29:15
./map_comma_ok.go:29:15:     from ... argument (slice-literal-element) at ./map_comma_ok.go:29:13
./map_comma_ok.go:29:15:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:29:15:     from ... argument (spill) at ./map_comma_ok.go:29:13
./map_comma_ok.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:29:13
./map_comma_ok.go:29:15: s.A escapes to heap:
./map_comma_ok.go:29:15:   flow: {storage for ... argument} = &{storage for s.A}:
./map_comma_ok.go:29:15:     from s.A (spill) at ./map_comma_ok.go:29:15
./map_comma_ok.go:29:15:     from ... argument (slice-literal-element) at ./map_comma_ok.go:29:13
./map_comma_ok.go:29:15:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:29:15:     from ... argument (spill) at ./map_comma_ok.go:29:13
./map_comma_ok.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:29:13
./map_comma_ok.go:27:18: ok escapes to heap:
./map_comma_ok.go:27:18:   flow: {storage for ... argument} = &{storage for ok}:
./map_comma_ok.go:27:18:     from ok (spill) at ./map_comma_ok.go:27:18
./map_comma_ok.go:27:18:     from ... argument (slice-literal-element) at ./map_comma_ok.go:27:13
./map_comma_ok.go:27:18:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:27:18:     from ... argument (spill) at ./map_comma_ok.go:27:13
./map_comma_ok.go:27:18:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:27:13
./map_comma_ok.go:27:18: s.A == nil escapes to heap:
./map_comma_ok.go:27:18:   flow: {storage for ... argument} = &{storage for s.A == nil}:
./map_comma_ok.go:27:18:     from s.A == nil (spill) at ./map_comma_ok.go:27:18
./map_comma_ok.go:27:18:     from ... argument (slice-literal-element) at ./map_comma_ok.go:27:13
./map_comma_ok.go:27:18:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:27:18:     from ... argument (spill) at ./map_comma_ok.go:27:13
./map_comma_ok.go:27:18:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:27:13
./map_comma_ok.go:22:13: present escapes to heap:
./map_comma_ok.go:22:13:   flow: {storage for ... argument} = &{storage for present}:
./map_comma_ok.go:22:13:     from present (spill) at ./map_comma_ok.go:22:13
./map_comma_ok.go:22:13:     from ... argument (slice-literal-element) at ./map_comma_ok.go:22:13
./map_comma_ok.go:22:13:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:22:13:     from ... argument (spill) at ./map_comma_ok.go:22:13
./map_comma_ok.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:22:13
./map_comma_ok.go:18:15: "two missing" escapes to heap:
./map_comma_ok.go:18:15:   flow: {storage for ... argument} = &{storage for "two missing"}:
./map_comma_ok.go:18:15:     from "two missing" (spill) at ./map_comma_ok.go:18:15
./map_comma_ok.go:18:15:     from ... argument (slice-literal-element) at ./map_comma_ok.go:18:14
./map_comma_ok.go:18:15:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:18:15:     from ... argument (spill) at ./map_comma_ok.go:18:14
./map_comma_ok.go:18:15:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:18:14
./map_comma_ok.go:15:15: n escapes to heap:
./map_comma_ok.go:15:15:   flow: {storage for ... argument} = &{storage for n}:
./map_comma_ok.go:15:15:     from n (spill) at ./map_comma_ok.go:15:15
./map_comma_ok.go:15:15:     from ... argument (slice-literal-element) at ./map_comma_ok.go:15:14
./map_comma_ok.go:15:15:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:15:15:     from ... argument (spill) at ./map_comma_ok.go:15:14
./map_comma_ok.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:15:14
./map_comma_ok.go:15:15: "found" escapes to heap:
./map_comma_ok.go:15:15:   flow: {storage for ... argument} = &{storage for "found"}:
./map_comma_ok.go:15:15:     from "found" (spill) at ./map_comma_ok.go:15:15
./map_comma_ok.go:15:15:     from ... argument (slice-literal-element) at ./map_comma_ok.go:15:14
./map_comma_ok.go:15:15:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:15:15:     from ... argument (spill) at ./map_comma_ok.go:15:14
./map_comma_ok.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:15:14
./map_comma_ok.go:12:13: ok escapes to heap:
./map_comma_ok.go:12:13:   flow: {storage for ... argument} = &{storage for ok}:
./map_comma_ok.go:12:13:     from ok (spill) at ./map_comma_ok.go:12:13
./map_comma_ok.go:12:13:     from ... argument (slice-literal-element) at ./map_comma_ok.go:12:13
./map_comma_ok.go:12:13:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:12:13:     from ... argument (spill) at ./map_comma_ok.go:12:13
./map_comma_ok.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:12:13
./map_comma_ok.go:12:13: v escapes to heap:
./map_comma_ok.go:12:13:   flow: {storage for ... argument} = &{storage for v}:
./map_comma_ok.go:12:13:     from v (spill) at ./map_comma_ok.go:12:13
./map_comma_ok.go:12:13:     from ... argument (slice-literal-element) at ./map_comma_ok.go:12:13
./map_comma_ok.go:12:13:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:12:13:     from ... argument (spill) at ./map_comma_ok.go:12:13
./map_comma_ok.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:12:13
./map_comma_ok.go:10:13: ok escapes to heap:
./map_comma_ok.go:10:13:   flow: {storage for ... argument} = &{storage for ok}:
./map_comma_ok.go:10:13:     from ok (spill) at ./map_comma_ok.go:10:13
./map_comma_ok.go:10:13:     from ... argument (slice-literal-element) at ./map_comma_ok.go:10:13
./map_comma_ok.go:10:13:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:10:13:     from ... argument (spill) at ./map_comma_ok.go:10:13
./map_comma_ok.go:10:13:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:10:13
./map_comma_ok.go:10:13: v escapes to heap:
./map_comma_ok.go:10:13:   flow: {storage for ... argument} = &{storage for v}:
./map_comma_ok.go:10:13:     from v (spill) at ./map_comma_ok.go:10:13
./map_comma_ok.go:10:13:     from ... argument (slice-literal-element) at ./map_comma_ok.go:10:13
./map_comma_ok.go:10:13:   flow: {heap} = {storage for ... argument}:
./map_comma_ok.go:10:13:     from ... argument (spill) at ./map_comma_ok.go:10:13
./map_comma_ok.go:10:13:     from fmt.Println(... argument...) (call parameter) at ./map_comma_ok.go:10:13
./map_comma_ok.go:8:21: map[string]int{...} does not escape
./map_comma_ok.go:10:13: ... argument does not escape
./map_comma_ok.go:10:13: v escapes to heap
./map_comma_ok.go:10:13: ok escapes to heap
./map_comma_ok.go:12:13: ... argument does not escape
./map_comma_ok.go:12:13: v escapes to heap
./map_comma_ok.go:12:13: ok escapes to heap
./map_comma_ok.go:15:14: ... argument does not escape
./map_comma_ok.go:15:15: "found" escapes to heap
./map_comma_ok.go:15:15: n escapes to heap
./map_comma_ok.go:18:14: ... argument does not escape
./map_comma_ok.go:18:15: "two missing" escapes to heap
./map_comma_ok.go:22:13: ... argument does not escape
./map_comma_ok.go:22:13: present escapes to heap
./map_comma_ok.go:25:17: map[int]S{...} does not escape
./map_comma_ok.go:25:27: []int{...} escapes to heap
./map_comma_ok.go:27:13: ... argument does not escape
./map_comma_ok.go:27:18: s.A == nil escapes to heap
./map_comma_ok.go:27:18: ok escapes to heap
./map_comma_ok.go:29:13: ... argument does not escape
./map_comma_ok.go:29:15: s.A escapes to heap
./map_comma_ok.go:29:15: ok escapes to heap
./map_comma_ok.go:33:13: ... argument does not escape
./map_comma_ok.go:33:13: b escapes to heap
./map_comma_ok.go:33:13: ok escapes to heap
./map_comma_ok.go:37:13: ... argument does not escape
./map_comma_ok.go:37:13: total escapes to heap
./map_comma_ok.go:39:24: map[rune]int{} does not escape
./map_comma_ok.go:46:13: ... argument does not escape
./map_comma_ok.go:46:17: len(counts) escapes to heap
./map_comma_ok.go:46:33: counts['l'] escapes to heap
./map_comma_ok.go:46:46: counts['o'] escapes to heap
./map_comma_ok.go:46:59: counts[' '] escapes to heap

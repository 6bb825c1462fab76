./assign_two_phase.go:30:13: a escapes to heap:
./assign_two_phase.go:30:13:   flow: {storage for ... argument} = &{storage for a}:
./assign_two_phase.go:30:13:     from a (spill) at ./assign_two_phase.go:30:13
./assign_two_phase.go:30:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:30:13
./assign_two_phase.go:30:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:30:13:     from ... argument (spill) at ./assign_two_phase.go:30:13
./assign_two_phase.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:30:13
./assign_two_phase.go:30:13: b escapes to heap:
./assign_two_phase.go:30:13:   flow: {storage for ... argument} = &{storage for b}:
./assign_two_phase.go:30:13:     from b (spill) at ./assign_two_phase.go:30:13
./assign_two_phase.go:30:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:30:13
./assign_two_phase.go:30:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:30:13:     from ... argument (spill) at ./assign_two_phase.go:30:13
./assign_two_phase.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:30:13
./assign_two_phase.go:27:13: arr escapes to heap:
./assign_two_phase.go:27:13:   flow: {storage for ... argument} = &{storage for arr}:
./assign_two_phase.go:27:13:     from arr (spill) at ./assign_two_phase.go:27:13
./assign_two_phase.go:27:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:27:13
./assign_two_phase.go:27:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:27:13:     from ... argument (spill) at ./assign_two_phase.go:27:13
./assign_two_phase.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:27:13
./assign_two_phase.go:27:13: n escapes to heap:
./assign_two_phase.go:27:13:   flow: {storage for ... argument} = &{storage for n}:
./assign_two_phase.go:27:13:     from n (spill) at ./assign_two_phase.go:27:13
./assign_two_phase.go:27:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:27:13
./assign_two_phase.go:27:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:27:13:     from ... argument (spill) at ./assign_two_phase.go:27:13
./assign_two_phase.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:27:13
./assign_two_phase.go:22:13: y escapes to heap:
./assign_two_phase.go:22:13:   flow: {storage for ... argument} = &{storage for y}:
./assign_two_phase.go:22:13:     from y (spill) at ./assign_two_phase.go:22:13
./assign_two_phase.go:22:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:22:13
./assign_two_phase.go:22:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:22:13:     from ... argument (spill) at ./assign_two_phase.go:22:13
./assign_two_phase.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:22:13
./assign_two_phase.go:22:13: j escapes to heap:
./assign_two_phase.go:22:13:   flow: {storage for ... argument} = &{storage for j}:
./assign_two_phase.go:22:13:     from j (spill) at ./assign_two_phase.go:22:13
./assign_two_phase.go:22:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:22:13
./assign_two_phase.go:22:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:22:13:     from ... argument (spill) at ./assign_two_phase.go:22:13
./assign_two_phase.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:22:13
./assign_two_phase.go:14:18: map[int]int{} escapes to heap:
./assign_two_phase.go:14:18:   flow: m = &{storage for map[int]int{}}:
./assign_two_phase.go:14:18:     from map[int]int{} (spill) at ./assign_two_phase.go:14:18
./assign_two_phase.go:14:18:     from m := map[int]int{} (assign) at ./assign_two_phase.go:14:4
./assign_two_phase.go:14:18:   flow: {storage for ... argument} = m:
./assign_two_phase.go:14:18:     from m (interface-converted) at ./assign_two_phase.go:17:13
./assign_two_phase.go:14:18:     from ... argument (slice-literal-element) at ./assign_two_phase.go:17:13
./assign_two_phase.go:14:18:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:14:18:     from ... argument (spill) at ./assign_two_phase.go:17:13
./assign_two_phase.go:14:18:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:17:13
./assign_two_phase.go:17:13: k escapes to heap:
./assign_two_phase.go:17:13:   flow: {storage for ... argument} = &{storage for k}:
./assign_two_phase.go:17:13:     from k (spill) at ./assign_two_phase.go:17:13
./assign_two_phase.go:17:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:17:13
./assign_two_phase.go:17:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:17:13:     from ... argument (spill) at ./assign_two_phase.go:17:13
./assign_two_phase.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:17:13
./assign_two_phase.go:13:17: *p escapes to heap:
./assign_two_phase.go:13:17:   flow: {storage for ... argument} = &{storage for *p}:
./assign_two_phase.go:13:17:     from *p (spill) at ./assign_two_phase.go:13:17
./assign_two_phase.go:13:17:     from ... argument (slice-literal-element) at ./assign_two_phase.go:13:13
./assign_two_phase.go:13:17:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:13:17:     from ... argument (spill) at ./assign_two_phase.go:13:13
./assign_two_phase.go:13:17:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:13:13
./assign_two_phase.go:13:13: x escapes to heap:
./assign_two_phase.go:13:13:   flow: {storage for ... argument} = &{storage for x}:
./assign_two_phase.go:13:13:     from x (spill) at ./assign_two_phase.go:13:13
./assign_two_phase.go:13:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:13:13
./assign_two_phase.go:13:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:13:13:     from ... argument (spill) at ./assign_two_phase.go:13:13
./assign_two_phase.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:13:13
./assign_two_phase.go:9:13: x escapes to heap:
./assign_two_phase.go:9:13:   flow: {storage for ... argument} = &{storage for x}:
./assign_two_phase.go:9:13:     from x (spill) at ./assign_two_phase.go:9:13
./assign_two_phase.go:9:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:9:13
./assign_two_phase.go:9:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:9:13:     from ... argument (spill) at ./assign_two_phase.go:9:13
./assign_two_phase.go:9:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:9:13
./assign_two_phase.go:9:13: i escapes to heap:
./assign_two_phase.go:9:13:   flow: {storage for ... argument} = &{storage for i}:
./assign_two_phase.go:9:13:     from i (spill) at ./assign_two_phase.go:9:13
./assign_two_phase.go:9:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:9:13
./assign_two_phase.go:9:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:9:13:     from ... argument (spill) at ./assign_two_phase.go:9:13
./assign_two_phase.go:9:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:9:13
./assign_two_phase.go:28:15: []int{...} escapes to heap:
./assign_two_phase.go:28:15:   flow: a = &{storage for []int{...}}:
./assign_two_phase.go:28:15:     from []int{...} (spill) at ./assign_two_phase.go:28:15
./assign_two_phase.go:28:15:     from a, b := []int{...}, 0 (assign-pair) at ./assign_two_phase.go:28:7
./assign_two_phase.go:28:15:   flow: {storage for a} = a:
./assign_two_phase.go:28:15:     from a (interface-converted) at ./assign_two_phase.go:30:13
./assign_two_phase.go:18:12: []int{...} escapes to heap:
./assign_two_phase.go:18:12:   flow: y = &{storage for []int{...}}:
./assign_two_phase.go:18:12:     from []int{...} (spill) at ./assign_two_phase.go:18:12
./assign_two_phase.go:18:12:     from y := []int{...} (assign) at ./assign_two_phase.go:18:4
./assign_two_phase.go:18:12:   flow: {storage for y} = y:
./assign_two_phase.go:18:12:     from y (interface-converted) at ./assign_two_phase.go:22:13
./assign_two_phase.go:6:12: []int{...} escapes to heap:
./assign_two_phase.go:6:12:   flow: x = &{storage for []int{...}}:
./assign_two_phase.go:6:12:     from []int{...} (spill) at ./assign_two_phase.go:6:12
./assign_two_phase.go:6:12:     from x := []int{...} (assign) at ./assign_two_phase.go:6:4
./assign_two_phase.go:6:12:   flow: {storage for x} = x:
./assign_two_phase.go:6:12:     from x (interface-converted) at ./assign_two_phase.go:13:13
./assign_two_phase.go:6:12: []int{...} escapes to heap
./assign_two_phase.go:9:13: ... argument does not escape
./assign_two_phase.go:9:13: i escapes to heap
./assign_two_phase.go:9:13: x escapes to heap
./assign_two_phase.go:13:13: ... argument does not escape
./assign_two_phase.go:13:13: x escapes to heap
./assign_two_phase.go:13:17: *p escapes to heap
./assign_two_phase.go:14:18: map[int]int{} escapes to heap
./assign_two_phase.go:17:13: ... argument does not escape
./assign_two_phase.go:17:13: k escapes to heap
./assign_two_phase.go:18:12: []int{...} escapes to heap
./assign_two_phase.go:20:27: []int{...} does not escape
./assign_two_phase.go:22:13: ... argument does not escape
./assign_two_phase.go:22:13: j escapes to heap
./assign_two_phase.go:22:13: y escapes to heap
./assign_two_phase.go:27:13: ... argument does not escape
./assign_two_phase.go:27:13: n escapes to heap
./assign_two_phase.go:27:13: arr escapes to heap
./assign_two_phase.go:28:15: []int{...} escapes to heap
./assign_two_phase.go:29:12: func literal does not escape
./assign_two_phase.go:30:13: ... argument does not escape
./assign_two_phase.go:30:13: b escapes to heap
./assign_two_phase.go:30:13: a escapes to heap
./assign_two_phase.go:49:13: 3 escapes to heap:
./assign_two_phase.go:49:13:   flow: {heap} = &{storage for 3}:
./assign_two_phase.go:49:13:     from 3 (spill) at ./assign_two_phase.go:49:13
./assign_two_phase.go:49:13:     from z, arr[z], iface = 1, 3, "s" (assign-pair) at ./assign_two_phase.go:49:19
./assign_two_phase.go:49:13: "s" escapes to heap:
./assign_two_phase.go:49:13:   flow: iface = &{storage for "s"}:
./assign_two_phase.go:49:13:     from "s" (spill) at ./assign_two_phase.go:49:13
./assign_two_phase.go:49:13:     from z, arr[z], iface = 1, 3, "s" (assign-pair) at ./assign_two_phase.go:49:19
./assign_two_phase.go:49:13:   flow: {storage for ... argument} = iface:
./assign_two_phase.go:49:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:50:13
./assign_two_phase.go:49:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:49:13:     from ... argument (spill) at ./assign_two_phase.go:50:13
./assign_two_phase.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:50:13
./assign_two_phase.go:50:13: arr escapes to heap:
./assign_two_phase.go:50:13:   flow: {storage for ... argument} = &{storage for arr}:
./assign_two_phase.go:50:13:     from arr (spill) at ./assign_two_phase.go:50:13
./assign_two_phase.go:50:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:50:13
./assign_two_phase.go:50:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:50:13:     from ... argument (spill) at ./assign_two_phase.go:50:13
./assign_two_phase.go:50:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:50:13
./assign_two_phase.go:50:13: z escapes to heap:
./assign_two_phase.go:50:13:   flow: {storage for ... argument} = &{storage for z}:
./assign_two_phase.go:50:13:     from z (spill) at ./assign_two_phase.go:50:13
./assign_two_phase.go:50:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:50:13
./assign_two_phase.go:50:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:50:13:     from ... argument (spill) at ./assign_two_phase.go:50:13
./assign_two_phase.go:50:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:50:13
./assign_two_phase.go:45:29: ps[1].x escapes to heap:
./assign_two_phase.go:45:29:   flow: {storage for ... argument} = &{storage for ps[1].x}:
./assign_two_phase.go:45:29:     from ps[1].x (spill) at ./assign_two_phase.go:45:29
./assign_two_phase.go:45:29:     from ... argument (slice-literal-element) at ./assign_two_phase.go:45:13
./assign_two_phase.go:45:29:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:45:29:     from ... argument (spill) at ./assign_two_phase.go:45:13
./assign_two_phase.go:45:29:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:45:13
./assign_two_phase.go:45:20: p.x escapes to heap:
./assign_two_phase.go:45:20:   flow: {storage for ... argument} = &{storage for p.x}:
./assign_two_phase.go:45:20:     from p.x (spill) at ./assign_two_phase.go:45:20
./assign_two_phase.go:45:20:     from ... argument (slice-literal-element) at ./assign_two_phase.go:45:13
./assign_two_phase.go:45:20:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:45:20:     from ... argument (spill) at ./assign_two_phase.go:45:13
./assign_two_phase.go:45:20:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:45:13
./assign_two_phase.go:45:13: idx escapes to heap:
./assign_two_phase.go:45:13:   flow: {storage for ... argument} = &{storage for idx}:
./assign_two_phase.go:45:13:     from idx (spill) at ./assign_two_phase.go:45:13
./assign_two_phase.go:45:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:45:13
./assign_two_phase.go:45:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:45:13:     from ... argument (spill) at ./assign_two_phase.go:45:13
./assign_two_phase.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:45:13
./assign_two_phase.go:35:23: map[string]int{} escapes to heap:
./assign_two_phase.go:35:23:   flow: dst = &{storage for map[string]int{}}:
./assign_two_phase.go:35:23:     from map[string]int{} (spill) at ./assign_two_phase.go:35:23
./assign_two_phase.go:35:23:     from dst := map[string]int{} (assign) at ./assign_two_phase.go:35:6
./assign_two_phase.go:35:23:   flow: {storage for ... argument} = dst:
./assign_two_phase.go:35:23:     from dst (interface-converted) at ./assign_two_phase.go:39:13
./assign_two_phase.go:35:23:     from ... argument (slice-literal-element) at ./assign_two_phase.go:39:13
./assign_two_phase.go:35:23:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:35:23:     from ... argument (spill) at ./assign_two_phase.go:39:13
./assign_two_phase.go:35:23:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:39:13
./assign_two_phase.go:39:13: key escapes to heap:
./assign_two_phase.go:39:13:   flow: {storage for ... argument} = &{storage for key}:
./assign_two_phase.go:39:13:     from key (spill) at ./assign_two_phase.go:39:13
./assign_two_phase.go:39:13:     from ... argument (slice-literal-element) at ./assign_two_phase.go:39:13
./assign_two_phase.go:39:13:   flow: {heap} = {storage for ... argument}:
./assign_two_phase.go:39:13:     from ... argument (spill) at ./assign_two_phase.go:39:13
./assign_two_phase.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./assign_two_phase.go:39:13
./assign_two_phase.go:47:22: []interface {}{...} escapes to heap:
./assign_two_phase.go:47:22:   flow: arr = &{storage for []interface {}{...}}:
./assign_two_phase.go:47:22:     from []interface {}{...} (spill) at ./assign_two_phase.go:47:22
./assign_two_phase.go:47:22:     from arr := []interface {}{...} (assign) at ./assign_two_phase.go:47:6
./assign_two_phase.go:47:22:   flow: {storage for arr} = arr:
./assign_two_phase.go:47:22:     from arr (interface-converted) at ./assign_two_phase.go:50:13
./assign_two_phase.go:34:23: map[string]int{...} does not escape
./assign_two_phase.go:35:23: map[string]int{} escapes to heap
./assign_two_phase.go:39:13: ... argument does not escape
./assign_two_phase.go:39:13: key escapes to heap
./assign_two_phase.go:42:13: []*pt{...} does not escape
./assign_two_phase.go:42:18: &pt{} does not escape
./assign_two_phase.go:45:13: ... argument does not escape
./assign_two_phase.go:45:13: idx escapes to heap
./assign_two_phase.go:45:20: p.x escapes to heap
./assign_two_phase.go:45:29: ps[1].x escapes to heap
./assign_two_phase.go:47:22: []interface {}{...} escapes to heap
./assign_two_phase.go:49:13: 3 escapes to heap
./assign_two_phase.go:49:13: "s" escapes to heap
./assign_two_phase.go:50:13: ... argument does not escape
./assign_two_phase.go:50:13: z escapes to heap
./assign_two_phase.go:50:13: arr escapes to heap

./pointer_to_pointer.go:12:25: parameter target leaks to {heap} with derefs=0:
./pointer_to_pointer.go:12:25:   flow: {heap} = target:
./pointer_to_pointer.go:12:25:     from *pp = target (assign) at ./pointer_to_pointer.go:13:6
./pointer_to_pointer.go:12:15: pp does not escape
./pointer_to_pointer.go:12:25: leaking param: target
./pointer_to_pointer.go:21:7: &Node{...} escapes to heap:
./pointer_to_pointer.go:21:7:   flow: {heap} = &{storage for &Node{...}}:
./pointer_to_pointer.go:21:7:     from &Node{...} (spill) at ./pointer_to_pointer.go:21:7
./pointer_to_pointer.go:21:7:     from *p = &Node{...} (assign) at ./pointer_to_pointer.go:21:5
./pointer_to_pointer.go:16:19: parameter head leaks to {storage for &Node{...}} with derefs=1:
./pointer_to_pointer.go:16:19:   flow: p = head:
./pointer_to_pointer.go:16:19:     from p := head (assign) at ./pointer_to_pointer.go:17:4
./pointer_to_pointer.go:16:19:   flow: {storage for &Node{...}} = *p:
./pointer_to_pointer.go:16:19:     from *p (indirection) at ./pointer_to_pointer.go:21:16
./pointer_to_pointer.go:16:19:     from Node{...} (struct literal element) at ./pointer_to_pointer.go:21:12
./pointer_to_pointer.go:16:19: leaking param content: head
./pointer_to_pointer.go:21:7: &Node{...} escapes to heap
./pointer_to_pointer.go:25:5: y escapes to heap:
./pointer_to_pointer.go:25:5:   flow: {heap} = &y:
./pointer_to_pointer.go:25:5:     from &y (address-of) at ./pointer_to_pointer.go:30:15
./pointer_to_pointer.go:25:5:     from redirect(pp, &y) (call parameter) at ./pointer_to_pointer.go:30:10
./pointer_to_pointer.go:43:18: " " escapes to heap:
./pointer_to_pointer.go:43:18:   flow: {storage for ... argument} = &{storage for " "}:
./pointer_to_pointer.go:43:18:     from " " (spill) at ./pointer_to_pointer.go:43:18
./pointer_to_pointer.go:43:18:     from ... argument (slice-literal-element) at ./pointer_to_pointer.go:43:12
./pointer_to_pointer.go:43:18:   flow: {heap} = {storage for ... argument}:
./pointer_to_pointer.go:43:18:     from ... argument (spill) at ./pointer_to_pointer.go:43:12
./pointer_to_pointer.go:43:18:     from fmt.Print(... argument...) (call parameter) at ./pointer_to_pointer.go:43:12
./pointer_to_pointer.go:43:14: n.V escapes to heap:
./pointer_to_pointer.go:43:14:   flow: {storage for ... argument} = &{storage for n.V}:
./pointer_to_pointer.go:43:14:     from n.V (spill) at ./pointer_to_pointer.go:43:14
./pointer_to_pointer.go:43:14:     from ... argument (slice-literal-element) at ./pointer_to_pointer.go:43:12
./pointer_to_pointer.go:43:14:   flow: {heap} = {storage for ... argument}:
./pointer_to_pointer.go:43:14:     from ... argument (spill) at ./pointer_to_pointer.go:43:12
./pointer_to_pointer.go:43:14:     from fmt.Print(... argument...) (call parameter) at ./pointer_to_pointer.go:43:12
./pointer_to_pointer.go:36:13: y escapes to heap:
./pointer_to_pointer.go:36:13:   flow: {storage for ... argument} = &{storage for y}:
./pointer_to_pointer.go:36:13:     from y (spill) at ./pointer_to_pointer.go:36:13
./pointer_to_pointer.go:36:13:     from ... argument (slice-literal-element) at ./pointer_to_pointer.go:36:13
./pointer_to_pointer.go:36:13:   flow: {heap} = {storage for ... argument}:
./pointer_to_pointer.go:36:13:     from ... argument (spill) at ./pointer_to_pointer.go:36:13
./pointer_to_pointer.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_pointer.go:36:13
./pointer_to_pointer.go:32:20: *p escapes to heap:
./pointer_to_pointer.go:32:20:   flow: {storage for ... argument} = &{storage for *p}:
./pointer_to_pointer.go:32:20:     from *p (spill) at ./pointer_to_pointer.go:32:20
./pointer_to_pointer.go:32:20:     from ... argument (slice-literal-element) at ./pointer_to_pointer.go:32:13
./pointer_to_pointer.go:32:20:   flow: {heap} = {storage for ... argument}:
./pointer_to_pointer.go:32:20:     from ... argument (spill) at ./pointer_to_pointer.go:32:13
./pointer_to_pointer.go:32:20:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_pointer.go:32:13
./pointer_to_pointer.go:32:13: y escapes to heap:
./pointer_to_pointer.go:32:13:   flow: {storage for ... argument} = &{storage for y}:
./pointer_to_pointer.go:32:13:     from y (spill) at ./pointer_to_pointer.go:32:13
./pointer_to_pointer.go:32:13:     from ... argument (slice-literal-element) at ./pointer_to_pointer.go:32:13
./pointer_to_pointer.go:32:13:   flow: {heap} = {storage for ... argument}:
./pointer_to_pointer.go:32:13:     from ... argument (spill) at ./pointer_to_pointer.go:32:13
./pointer_to_pointer.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_pointer.go:32:13
./pointer_to_pointer.go:32:13: x escapes to heap:
./pointer_to_pointer.go:32:13:   flow: {storage for ... argument} = &{storage for x}:
./pointer_to_pointer.go:32:13:     from x (spill) at ./pointer_to_pointer.go:32:13
./pointer_to_pointer.go:32:13:     from ... argument (slice-literal-element) at ./pointer_to_pointer.go:32:13
./pointer_to_pointer.go:32:13:   flow: {heap} = {storage for ... argument}:
./pointer_to_pointer.go:32:13:     from ... argument (spill) at ./pointer_to_pointer.go:32:13
./pointer_to_pointer.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_pointer.go:32:13
./pointer_to_pointer.go:29:17: *p escapes to heap:
./pointer_to_pointer.go:29:17:   flow: {storage for ... argument} = &{storage for *p}:
./pointer_to_pointer.go:29:17:     from *p (spill) at ./pointer_to_pointer.go:29:17
./pointer_to_pointer.go:29:17:     from ... argument (slice-literal-element) at ./pointer_to_pointer.go:29:13
./pointer_to_pointer.go:29:17:   flow: {heap} = {storage for ... argument}:
./pointer_to_pointer.go:29:17:     from ... argument (spill) at ./pointer_to_pointer.go:29:13
./pointer_to_pointer.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_pointer.go:29:13
./pointer_to_pointer.go:29:13: x escapes to heap:
./pointer_to_pointer.go:29:13:   flow: {storage for ... argument} = &{storage for x}:
./pointer_to_pointer.go:29:13:     from x (spill) at ./pointer_to_pointer.go:29:13
./pointer_to_pointer.go:29:13:     from ... argument (slice-literal-element) at ./pointer_to_pointer.go:29:13
./pointer_to_pointer.go:29:13:   flow: {heap} = {storage for ... argument}:
./pointer_to_pointer.go:29:13:     from ... argument (spill) at ./pointer_to_pointer.go:29:13
./pointer_to_pointer.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_pointer.go:29:13
./pointer_to_pointer.go:25:5: moved to heap: y
./pointer_to_pointer.go:29:13: ... argument does not escape
./pointer_to_pointer.go:29:13: x escapes to heap
./pointer_to_pointer.go:29:17: *p escapes to heap
./pointer_to_pointer.go:32:13: ... argument does not escape
./pointer_to_pointer.go:32:13: x escapes to heap
./pointer_to_pointer.go:32:13: y escapes to heap
./pointer_to_pointer.go:32:20: *p escapes to heap
./pointer_to_pointer.go:36:13: ... argument does not escape
./pointer_to_pointer.go:36:13: y escapes to heap
./pointer_to_pointer.go:39:25: []int{...} does not escape
./pointer_to_pointer.go:43:12: ... argument does not escape
./pointer_to_pointer.go:43:14: n.V escapes to heap
./pointer_to_pointer.go:43:18: " " escapes to heap

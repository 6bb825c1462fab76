./pointer_swap.go:7:14: a does not escape
./pointer_swap.go:7:17: b does not escape
./pointer_swap.go:11:14: parameter a leaks to {heap} with derefs=1:
./pointer_swap.go:11:14:   flow: t = *a:
./pointer_swap.go:11:14:     from *a (indirection) at ./pointer_swap.go:12:7
./pointer_swap.go:11:14:     from t := *a (assign) at ./pointer_swap.go:12:4
./pointer_swap.go:11:14:   flow: {heap} = t:
./pointer_swap.go:11:14:     from *b = t (assign) at ./pointer_swap.go:14:5
./pointer_swap.go:11:17: parameter b leaks to {heap} with derefs=1:
./pointer_swap.go:11:17:   flow: {heap} = *b:
./pointer_swap.go:11:17:     from *b (indirection) at ./pointer_swap.go:13:7
./pointer_swap.go:11:17:     from *a = *b (assign) at ./pointer_swap.go:13:5
./pointer_swap.go:11:14: leaking param content: a
./pointer_swap.go:11:17: leaking param content: b
./pointer_swap.go:19:12: a does not escape
./pointer_swap.go:19:15: b does not escape
./pointer_swap.go:23:13: a does not escape
./pointer_swap.go:23:16: b does not escape
./pointer_swap.go:23:19: c does not escape
./pointer_swap.go:48:13: a escapes to heap:
./pointer_swap.go:48:13:   flow: {storage for ... argument} = &{storage for a}:
./pointer_swap.go:48:13:     from a (spill) at ./pointer_swap.go:48:13
./pointer_swap.go:48:13:     from ... argument (slice-literal-element) at ./pointer_swap.go:48:13
./pointer_swap.go:48:13:   flow: {heap} = {storage for ... argument}:
./pointer_swap.go:48:13:     from ... argument (spill) at ./pointer_swap.go:48:13
./pointer_swap.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_swap.go:48:13
./pointer_swap.go:44:13: arr escapes to heap:
./pointer_swap.go:44:13:   flow: {storage for ... argument} = &{storage for arr}:
./pointer_swap.go:44:13:     from arr (spill) at ./pointer_swap.go:44:13
./pointer_swap.go:44:13:     from ... argument (slice-literal-element) at ./pointer_swap.go:44:13
./pointer_swap.go:44:13:   flow: {heap} = {storage for ... argument}:
./pointer_swap.go:44:13:     from ... argument (spill) at ./pointer_swap.go:44:13
./pointer_swap.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_swap.go:44:13
./pointer_swap.go:40:13: w escapes to heap:
./pointer_swap.go:40:13:   flow: {storage for ... argument} = &{storage for w}:
./pointer_swap.go:40:13:     from w (spill) at ./pointer_swap.go:40:13
./pointer_swap.go:40:13:     from ... argument (slice-literal-element) at ./pointer_swap.go:40:13
./pointer_swap.go:40:13:   flow: {heap} = {storage for ... argument}:
./pointer_swap.go:40:13:     from ... argument (spill) at ./pointer_swap.go:40:13
./pointer_swap.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_swap.go:40:13
./pointer_swap.go:40:13: v escapes to heap:
./pointer_swap.go:40:13:   flow: {storage for ... argument} = &{storage for v}:
./pointer_swap.go:40:13:     from v (spill) at ./pointer_swap.go:40:13
./pointer_swap.go:40:13:     from ... argument (slice-literal-element) at ./pointer_swap.go:40:13
./pointer_swap.go:40:13:   flow: {heap} = {storage for ... argument}:
./pointer_swap.go:40:13:     from ... argument (spill) at ./pointer_swap.go:40:13
./pointer_swap.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_swap.go:40:13
./pointer_swap.go:36:13: t escapes to heap:
./pointer_swap.go:36:13:   flow: {storage for ... argument} = &{storage for t}:
./pointer_swap.go:36:13:     from t (spill) at ./pointer_swap.go:36:13
./pointer_swap.go:36:13:     from ... argument (slice-literal-element) at ./pointer_swap.go:36:13
./pointer_swap.go:36:13:   flow: {heap} = {storage for ... argument}:
./pointer_swap.go:36:13:     from ... argument (spill) at ./pointer_swap.go:36:13
./pointer_swap.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_swap.go:36:13
./pointer_swap.go:36:13: s escapes to heap:
./pointer_swap.go:36:13:   flow: {storage for ... argument} = &{storage for s}:
./pointer_swap.go:36:13:     from s (spill) at ./pointer_swap.go:36:13
./pointer_swap.go:36:13:     from ... argument (slice-literal-element) at ./pointer_swap.go:36:13
./pointer_swap.go:36:13:   flow: {heap} = {storage for ... argument}:
./pointer_swap.go:36:13:     from ... argument (spill) at ./pointer_swap.go:36:13
./pointer_swap.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_swap.go:36:13
./pointer_swap.go:32:13: x escapes to heap:
./pointer_swap.go:32:13:   flow: {storage for ... argument} = &{storage for x}:
./pointer_swap.go:32:13:     from x (spill) at ./pointer_swap.go:32:13
./pointer_swap.go:32:13:     from ... argument (slice-literal-element) at ./pointer_swap.go:32:13
./pointer_swap.go:32:13:   flow: {heap} = {storage for ... argument}:
./pointer_swap.go:32:13:     from ... argument (spill) at ./pointer_swap.go:32:13
./pointer_swap.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_swap.go:32:13
./pointer_swap.go:30:13: y escapes to heap:
./pointer_swap.go:30:13:   flow: {storage for ... argument} = &{storage for y}:
./pointer_swap.go:30:13:     from y (spill) at ./pointer_swap.go:30:13
./pointer_swap.go:30:13:     from ... argument (slice-literal-element) at ./pointer_swap.go:30:13
./pointer_swap.go:30:13:   flow: {heap} = {storage for ... argument}:
./pointer_swap.go:30:13:     from ... argument (spill) at ./pointer_swap.go:30:13
./pointer_swap.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_swap.go:30:13
./pointer_swap.go:30:13: x escapes to heap:
./pointer_swap.go:30:13:   flow: {storage for ... argument} = &{storage for x}:
./pointer_swap.go:30:13:     from x (spill) at ./pointer_swap.go:30:13
./pointer_swap.go:30:13:     from ... argument (slice-literal-element) at ./pointer_swap.go:30:13
./pointer_swap.go:30:13:   flow: {heap} = {storage for ... argument}:
./pointer_swap.go:30:13:     from ... argument (spill) at ./pointer_swap.go:30:13
./pointer_swap.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_swap.go:30:13
./pointer_swap.go:42:14: []int{...} escapes to heap:
./pointer_swap.go:42:14:   flow: arr = &{storage for []int{...}}:
./pointer_swap.go:42:14:     from []int{...} (spill) at ./pointer_swap.go:42:14
./pointer_swap.go:42:14:     from arr := []int{...} (assign) at ./pointer_swap.go:42:6
./pointer_swap.go:42:14:   flow: {storage for arr} = arr:
./pointer_swap.go:42:14:     from arr (interface-converted) at ./pointer_swap.go:44:13
./pointer_swap.go:30:13: ... argument does not escape
./pointer_swap.go:30:13: x escapes to heap
./pointer_swap.go:30:13: y escapes to heap
./pointer_swap.go:32:13: ... argument does not escape
./pointer_swap.go:32:13: x escapes to heap
./pointer_swap.go:36:13: ... argument does not escape
./pointer_swap.go:36:13: s escapes to heap
./pointer_swap.go:36:13: t escapes to heap
./pointer_swap.go:40:13: ... argument does not escape
./pointer_swap.go:40:13: v escapes to heap
./pointer_swap.go:40:13: w escapes to heap
./pointer_swap.go:42:14: []int{...} escapes to heap
./pointer_swap.go:44:13: ... argument does not escape
./pointer_swap.go:44:13: arr escapes to heap
./pointer_swap.go:48:13: ... argument does not escape
./pointer_swap.go:48:13: a escapes to heap

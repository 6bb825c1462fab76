./method_expression.go:11:7: v does not escape
./method_expression.go:19:2: v escapes to heap:
./method_expression.go:19:2:   flow: {heap} = &v:
./method_expression.go:19:2:     from &v (address-of) at ./method_expression.go:22:22
./method_expression.go:19:2:     from psum(&v) (call parameter) at ./method_expression.go:22:21
./method_expression.go:40:16: vs[0] escapes to heap:
./method_expression.go:40:16:   flow: {storage for ... argument} = &{storage for vs[0]}:
./method_expression.go:40:16:     from vs[0] (spill) at ./method_expression.go:40:16
./method_expression.go:40:16:     from ... argument (slice-literal-element) at ./method_expression.go:40:13
./method_expression.go:40:16:   flow: {heap} = {storage for ... argument}:
./method_expression.go:40:16:     from ... argument (spill) at ./method_expression.go:40:13
./method_expression.go:40:16:     from fmt.Println(... argument...) (call parameter) at ./method_expression.go:40:13
./method_expression.go:38:38: parameter p leaks to {heap} with derefs=0:
./method_expression.go:38:38:   flow: {heap} = p:
./method_expression.go:38:38:     from f(p, 1, 1) (call parameter) at ./method_expression.go:38:47
./method_expression.go:32:11: []V{...} escapes to heap:
./method_expression.go:32:11:   flow: vs = &{storage for []V{...}}:
./method_expression.go:32:11:     from []V{...} (spill) at ./method_expression.go:32:11
./method_expression.go:32:11:     from vs := []V{...} (assign) at ./method_expression.go:32:5
./method_expression.go:32:11:   flow: p = vs:
./method_expression.go:32:11:     from vs[0] (dot of pointer) at ./method_expression.go:39:23
./method_expression.go:32:11:     from &vs[0] (address-of) at ./method_expression.go:39:20
./method_expression.go:32:11:     from apply((*V).Shift, &vs[0]) (call parameter) at ./method_expression.go:39:7
./method_expression.go:32:11:   flow: {heap} = p:
./method_expression.go:32:11:     from f(p, 1, 1) (call parameter) at ./method_expression.go:38:47
./method_expression.go:36:13: vs escapes to heap:
./method_expression.go:36:13:   flow: {storage for ... argument} = &{storage for vs}:
./method_expression.go:36:13:     from vs (spill) at ./method_expression.go:36:13
./method_expression.go:36:13:     from ... argument (slice-literal-element) at ./method_expression.go:36:13
./method_expression.go:36:13:   flow: {heap} = {storage for ... argument}:
./method_expression.go:36:13:     from ... argument (spill) at ./method_expression.go:36:13
./method_expression.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./method_expression.go:36:13
./method_expression.go:28:25: " " escapes to heap:
./method_expression.go:28:25:   flow: {storage for ... argument} = &{storage for " "}:
./method_expression.go:28:25:     from " " (spill) at ./method_expression.go:28:25
./method_expression.go:28:25:     from ... argument (slice-literal-element) at ./method_expression.go:28:12
./method_expression.go:28:25:   flow: {heap} = {storage for ... argument}:
./method_expression.go:28:25:     from ... argument (spill) at ./method_expression.go:28:12
./method_expression.go:28:25:     from fmt.Print(... argument...) (call parameter) at ./method_expression.go:28:12
./method_expression.go:28:14: f(V{...}) escapes to heap:
./method_expression.go:28:14:   flow: {storage for ... argument} = &{storage for f(V{...})}:
./method_expression.go:28:14:     from f(V{...}) (spill) at ./method_expression.go:28:14
./method_expression.go:28:14:     from ... argument (slice-literal-element) at ./method_expression.go:28:12
./method_expression.go:28:14:   flow: {heap} = {storage for ... argument}:
./method_expression.go:28:14:     from ... argument (spill) at ./method_expression.go:28:12
./method_expression.go:28:14:     from fmt.Print(... argument...) (call parameter) at ./method_expression.go:28:12
./method_expression.go:22:21: psum(&v) escapes to heap:
./method_expression.go:22:21:   flow: {storage for ... argument} = &{storage for psum(&v)}:
./method_expression.go:22:21:     from psum(&v) (spill) at ./method_expression.go:22:21
./method_expression.go:22:21:     from ... argument (slice-literal-element) at ./method_expression.go:22:13
./method_expression.go:22:21:   flow: {heap} = {storage for ... argument}:
./method_expression.go:22:21:     from ... argument (spill) at ./method_expression.go:22:13
./method_expression.go:22:21:     from fmt.Println(... argument...) (call parameter) at ./method_expression.go:22:13
./method_expression.go:22:13: v escapes to heap:
./method_expression.go:22:13:   flow: {storage for ... argument} = &{storage for v}:
./method_expression.go:22:13:     from v (spill) at ./method_expression.go:22:13
./method_expression.go:22:13:     from ... argument (slice-literal-element) at ./method_expression.go:22:13
./method_expression.go:22:13:   flow: {heap} = {storage for ... argument}:
./method_expression.go:22:13:     from ... argument (spill) at ./method_expression.go:22:13
./method_expression.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./method_expression.go:22:13
./method_expression.go:20:25: mul(v, 3) escapes to heap:
./method_expression.go:20:25:   flow: {storage for ... argument} = &{storage for mul(v, 3)}:
./method_expression.go:20:25:     from mul(v, 3) (spill) at ./method_expression.go:20:25
./method_expression.go:20:25:     from ... argument (slice-literal-element) at ./method_expression.go:20:13
./method_expression.go:20:25:   flow: {heap} = {storage for ... argument}:
./method_expression.go:20:25:     from ... argument (spill) at ./method_expression.go:20:13
./method_expression.go:20:25:     from fmt.Println(... argument...) (call parameter) at ./method_expression.go:20:13
./method_expression.go:20:17: sum(v) escapes to heap:
./method_expression.go:20:17:   flow: {storage for ... argument} = &{storage for sum(v)}:
./method_expression.go:20:17:     from sum(v) (spill) at ./method_expression.go:20:17
./method_expression.go:20:17:     from ... argument (slice-literal-element) at ./method_expression.go:20:13
./method_expression.go:20:17:   flow: {heap} = {storage for ... argument}:
./method_expression.go:20:17:     from ... argument (spill) at ./method_expression.go:20:13
./method_expression.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./method_expression.go:20:13
./method_expression.go:38:16: f does not escape
./method_expression.go:38:38: leaking param: p
./method_expression.go:19:2: moved to heap: v
./method_expression.go:20:13: ... argument does not escape
./method_expression.go:20:17: sum(v) escapes to heap
./method_expression.go:20:25: mul(v, 3) escapes to heap
./method_expression.go:22:13: ... argument does not escape
./method_expression.go:22:13: v escapes to heap
./method_expression.go:22:21: psum(&v) escapes to heap
./method_expression.go:24:12: ... argument does not escape
./method_expression.go:26:21: []func(V) int{...} does not escape
./method_expression.go:26:29: func literal does not escape
./method_expression.go:28:12: ... argument does not escape
./method_expression.go:28:14: f(V{...}) escapes to heap
./method_expression.go:28:25: " " escapes to heap
./method_expression.go:32:11: []V{...} escapes to heap
./method_expression.go:36:13: ... argument does not escape
./method_expression.go:36:13: vs escapes to heap
./method_expression.go:38:11: func literal does not escape
./method_expression.go:40:13: ... argument does not escape
./method_expression.go:40:16: vs[0] escapes to heap

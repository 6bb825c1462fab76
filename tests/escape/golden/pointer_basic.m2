./pointer_basic.go:7:10: p does not escape
./pointer_basic.go:11:21: parameter v leaks to {heap} with derefs=0:
./pointer_basic.go:11:21:   flow: {heap} = v:
./pointer_basic.go:11:21:     from *p = v (assign) at ./pointer_basic.go:12:5
./pointer_basic.go:11:10: p does not escape
./pointer_basic.go:11:21: leaking param: v
./pointer_basic.go:16:2: n escapes to heap:
./pointer_basic.go:16:2:   flow: ~r0 = &n:
./pointer_basic.go:16:2:     from &n (address-of) at ./pointer_basic.go:17:9
./pointer_basic.go:16:2:     from return &n (return) at ./pointer_basic.go:17:2
./pointer_basic.go:16:2: moved to heap: n
./pointer_basic.go:58:22: np == p escapes to heap:
./pointer_basic.go:58:22:   flow: {storage for ... argument} = &{storage for np == p}:
./pointer_basic.go:58:22:     from np == p (spill) at ./pointer_basic.go:58:22
./pointer_basic.go:58:22:     from ... argument (slice-literal-element) at ./pointer_basic.go:58:13
./pointer_basic.go:58:22:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:58:22:     from ... argument (spill) at ./pointer_basic.go:58:13
./pointer_basic.go:58:22:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:58:13
./pointer_basic.go:58:14: *np escapes to heap:
./pointer_basic.go:58:14:   flow: {storage for ... argument} = &{storage for *np}:
./pointer_basic.go:58:14:     from *np (spill) at ./pointer_basic.go:58:14
./pointer_basic.go:58:14:     from ... argument (slice-literal-element) at ./pointer_basic.go:58:13
./pointer_basic.go:58:14:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:58:14:     from ... argument (spill) at ./pointer_basic.go:58:13
./pointer_basic.go:58:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:58:13
./pointer_basic.go:56:27: p != nil escapes to heap:
./pointer_basic.go:56:27:   flow: {storage for ... argument} = &{storage for p != nil}:
./pointer_basic.go:56:27:     from p != nil (spill) at ./pointer_basic.go:56:27
./pointer_basic.go:56:27:     from ... argument (slice-literal-element) at ./pointer_basic.go:56:13
./pointer_basic.go:56:27:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:56:27:     from ... argument (spill) at ./pointer_basic.go:56:13
./pointer_basic.go:56:27:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:56:13
./pointer_basic.go:56:17: np == nil escapes to heap:
./pointer_basic.go:56:17:   flow: {storage for ... argument} = &{storage for np == nil}:
./pointer_basic.go:56:17:     from np == nil (spill) at ./pointer_basic.go:56:17
./pointer_basic.go:56:17:     from ... argument (slice-literal-element) at ./pointer_basic.go:56:13
./pointer_basic.go:56:17:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:56:17:     from ... argument (spill) at ./pointer_basic.go:56:13
./pointer_basic.go:56:17:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:56:13
./pointer_basic.go:53:13: z escapes to heap:
./pointer_basic.go:53:13:   flow: {storage for ... argument} = &{storage for z}:
./pointer_basic.go:53:13:     from z (spill) at ./pointer_basic.go:53:13
./pointer_basic.go:53:13:     from ... argument (slice-literal-element) at ./pointer_basic.go:53:13
./pointer_basic.go:53:13:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:53:13:     from ... argument (spill) at ./pointer_basic.go:53:13
./pointer_basic.go:53:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:53:13
./pointer_basic.go:47:13: b escapes to heap:
./pointer_basic.go:47:13:   flow: {storage for ... argument} = &{storage for b}:
./pointer_basic.go:47:13:     from b (spill) at ./pointer_basic.go:47:13
./pointer_basic.go:47:13:     from ... argument (slice-literal-element) at ./pointer_basic.go:47:13
./pointer_basic.go:47:13:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:47:13:     from ... argument (spill) at ./pointer_basic.go:47:13
./pointer_basic.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:47:13
./pointer_basic.go:42:13: f escapes to heap:
./pointer_basic.go:42:13:   flow: {storage for ... argument} = &{storage for f}:
./pointer_basic.go:42:13:     from f (spill) at ./pointer_basic.go:42:13
./pointer_basic.go:42:13:     from ... argument (slice-literal-element) at ./pointer_basic.go:42:13
./pointer_basic.go:42:13:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:42:13:     from ... argument (spill) at ./pointer_basic.go:42:13
./pointer_basic.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:42:13
./pointer_basic.go:37:27: c1 != c2 escapes to heap:
./pointer_basic.go:37:27:   flow: {storage for ... argument} = &{storage for c1 != c2}:
./pointer_basic.go:37:27:     from c1 != c2 (spill) at ./pointer_basic.go:37:27
./pointer_basic.go:37:27:     from ... argument (slice-literal-element) at ./pointer_basic.go:37:13
./pointer_basic.go:37:27:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:37:27:     from ... argument (spill) at ./pointer_basic.go:37:13
./pointer_basic.go:37:27:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:37:13
./pointer_basic.go:37:19: *c2 escapes to heap:
./pointer_basic.go:37:19:   flow: {storage for ... argument} = &{storage for *c2}:
./pointer_basic.go:37:19:     from *c2 (spill) at ./pointer_basic.go:37:19
./pointer_basic.go:37:19:     from ... argument (slice-literal-element) at ./pointer_basic.go:37:13
./pointer_basic.go:37:19:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:37:19:     from ... argument (spill) at ./pointer_basic.go:37:13
./pointer_basic.go:37:19:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:37:13
./pointer_basic.go:37:14: *c1 escapes to heap:
./pointer_basic.go:37:14:   flow: {storage for ... argument} = &{storage for *c1}:
./pointer_basic.go:37:14:     from *c1 (spill) at ./pointer_basic.go:37:14
./pointer_basic.go:37:14:     from ... argument (slice-literal-element) at ./pointer_basic.go:37:13
./pointer_basic.go:37:14:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:37:14:     from ... argument (spill) at ./pointer_basic.go:37:13
./pointer_basic.go:37:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:37:13
./pointer_basic.go:31:13: s escapes to heap:
./pointer_basic.go:31:13:   flow: {storage for ... argument} = &{storage for s}:
./pointer_basic.go:31:13:     from s (spill) at ./pointer_basic.go:31:13
./pointer_basic.go:31:13:     from ... argument (slice-literal-element) at ./pointer_basic.go:31:13
./pointer_basic.go:31:13:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:31:13:     from ... argument (spill) at ./pointer_basic.go:31:13
./pointer_basic.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:31:13
./pointer_basic.go:27:13: x escapes to heap:
./pointer_basic.go:27:13:   flow: {storage for ... argument} = &{storage for x}:
./pointer_basic.go:27:13:     from x (spill) at ./pointer_basic.go:27:13
./pointer_basic.go:27:13:     from ... argument (slice-literal-element) at ./pointer_basic.go:27:13
./pointer_basic.go:27:13:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:27:13:     from ... argument (spill) at ./pointer_basic.go:27:13
./pointer_basic.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:27:13
./pointer_basic.go:24:17: *p escapes to heap:
./pointer_basic.go:24:17:   flow: {storage for ... argument} = &{storage for *p}:
./pointer_basic.go:24:17:     from *p (spill) at ./pointer_basic.go:24:17
./pointer_basic.go:24:17:     from ... argument (slice-literal-element) at ./pointer_basic.go:24:13
./pointer_basic.go:24:17:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:24:17:     from ... argument (spill) at ./pointer_basic.go:24:13
./pointer_basic.go:24:17:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:24:13
./pointer_basic.go:24:13: x escapes to heap:
./pointer_basic.go:24:13:   flow: {storage for ... argument} = &{storage for x}:
./pointer_basic.go:24:13:     from x (spill) at ./pointer_basic.go:24:13
./pointer_basic.go:24:13:     from ... argument (slice-literal-element) at ./pointer_basic.go:24:13
./pointer_basic.go:24:13:   flow: {heap} = {storage for ... argument}:
./pointer_basic.go:24:13:     from ... argument (spill) at ./pointer_basic.go:24:13
./pointer_basic.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_basic.go:24:13
./pointer_basic.go:24:13: ... argument does not escape
./pointer_basic.go:24:13: x escapes to heap
./pointer_basic.go:24:17: *p escapes to heap
./pointer_basic.go:27:13: ... argument does not escape
./pointer_basic.go:27:13: x escapes to heap
./pointer_basic.go:31:13: ... argument does not escape
./pointer_basic.go:31:13: s escapes to heap
./pointer_basic.go:37:13: ... argument does not escape
./pointer_basic.go:37:14: *c1 escapes to heap
./pointer_basic.go:37:19: *c2 escapes to heap
./pointer_basic.go:37:27: c1 != c2 escapes to heap
./pointer_basic.go:42:13: ... argument does not escape
./pointer_basic.go:42:13: f escapes to heap
./pointer_basic.go:47:13: ... argument does not escape
./pointer_basic.go:47:13: b escapes to heap
./pointer_basic.go:53:13: ... argument does not escape
./pointer_basic.go:53:13: z escapes to heap
./pointer_basic.go:56:13: ... argument does not escape
./pointer_basic.go:56:17: np == nil escapes to heap
./pointer_basic.go:56:27: p != nil escapes to heap
./pointer_basic.go:58:13: ... argument does not escape
./pointer_basic.go:58:14: *np escapes to heap
./pointer_basic.go:58:22: np == p escapes to heap

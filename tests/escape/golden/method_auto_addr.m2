./method_auto_addr.go:9:7: t does not escape
./method_auto_addr.go:11:7: t does not escape
./method_auto_addr.go:62:15: v.n escapes to heap:
./method_auto_addr.go:62:15:   flow: {storage for ... argument} = &{storage for v.n}:
./method_auto_addr.go:62:15:     from v.n (spill) at ./method_auto_addr.go:62:15
./method_auto_addr.go:62:15:     from ... argument (slice-literal-element) at ./method_auto_addr.go:62:13
./method_auto_addr.go:62:15:   flow: {heap} = {storage for ... argument}:
./method_auto_addr.go:62:15:     from ... argument (spill) at ./method_auto_addr.go:62:13
./method_auto_addr.go:62:15:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr.go:62:13
./method_auto_addr.go:58:13: s escapes to heap:
./method_auto_addr.go:58:13:   flow: {storage for ... argument} = &{storage for s}:
./method_auto_addr.go:58:13:     from s (spill) at ./method_auto_addr.go:58:13
./method_auto_addr.go:58:13:     from ... argument (slice-literal-element) at ./method_auto_addr.go:58:13
./method_auto_addr.go:58:13:   flow: {heap} = {storage for ... argument}:
./method_auto_addr.go:58:13:     from ... argument (spill) at ./method_auto_addr.go:58:13
./method_auto_addr.go:58:13:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr.go:58:13
./method_auto_addr.go:54:13: s escapes to heap:
./method_auto_addr.go:54:13:   flow: {storage for ... argument} = &{storage for s}:
./method_auto_addr.go:54:13:     from s (spill) at ./method_auto_addr.go:54:13
./method_auto_addr.go:54:13:     from ... argument (slice-literal-element) at ./method_auto_addr.go:54:13
./method_auto_addr.go:54:13:   flow: {heap} = {storage for ... argument}:
./method_auto_addr.go:54:13:     from ... argument (spill) at ./method_auto_addr.go:54:13
./method_auto_addr.go:54:13:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr.go:54:13
./method_auto_addr.go:48:33: w.arr[1].n escapes to heap:
./method_auto_addr.go:48:33:   flow: {storage for ... argument} = &{storage for w.arr[1].n}:
./method_auto_addr.go:48:33:     from w.arr[1].n (spill) at ./method_auto_addr.go:48:33
./method_auto_addr.go:48:33:     from ... argument (slice-literal-element) at ./method_auto_addr.go:48:13
./method_auto_addr.go:48:33:   flow: {heap} = {storage for ... argument}:
./method_auto_addr.go:48:33:     from ... argument (spill) at ./method_auto_addr.go:48:13
./method_auto_addr.go:48:33:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr.go:48:13
./method_auto_addr.go:48:21: w.inner.n escapes to heap:
./method_auto_addr.go:48:21:   flow: {storage for ... argument} = &{storage for w.inner.n}:
./method_auto_addr.go:48:21:     from w.inner.n (spill) at ./method_auto_addr.go:48:21
./method_auto_addr.go:48:21:     from ... argument (slice-literal-element) at ./method_auto_addr.go:48:13
./method_auto_addr.go:48:21:   flow: {heap} = {storage for ... argument}:
./method_auto_addr.go:48:21:     from ... argument (spill) at ./method_auto_addr.go:48:13
./method_auto_addr.go:48:21:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr.go:48:13
./method_auto_addr.go:43:42: (*T).PGet(w.arr[0]) escapes to heap:
./method_auto_addr.go:43:42:   flow: {storage for ... argument} = &{storage for (*T).PGet(w.arr[0])}:
./method_auto_addr.go:43:42:     from (*T).PGet(w.arr[0]) (spill) at ./method_auto_addr.go:43:42
./method_auto_addr.go:43:42:     from ... argument (slice-literal-element) at ./method_auto_addr.go:43:13
./method_auto_addr.go:43:42:   flow: {heap} = {storage for ... argument}:
./method_auto_addr.go:43:42:     from ... argument (spill) at ./method_auto_addr.go:43:13
./method_auto_addr.go:43:42:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr.go:43:13
./method_auto_addr.go:43:25: T.Get(w.inner) escapes to heap:
./method_auto_addr.go:43:25:   flow: {storage for ... argument} = &{storage for T.Get(w.inner)}:
./method_auto_addr.go:43:25:     from T.Get(w.inner) (spill) at ./method_auto_addr.go:43:25
./method_auto_addr.go:43:25:     from ... argument (slice-literal-element) at ./method_auto_addr.go:43:13
./method_auto_addr.go:43:25:   flow: {heap} = {storage for ... argument}:
./method_auto_addr.go:43:25:     from ... argument (spill) at ./method_auto_addr.go:43:13
./method_auto_addr.go:43:25:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr.go:43:13
./method_auto_addr.go:37:13: arr escapes to heap:
./method_auto_addr.go:37:13:   flow: {storage for ... argument} = &{storage for arr}:
./method_auto_addr.go:37:13:     from arr (spill) at ./method_auto_addr.go:37:13
./method_auto_addr.go:37:13:     from ... argument (slice-literal-element) at ./method_auto_addr.go:37:13
./method_auto_addr.go:37:13:   flow: {heap} = {storage for ... argument}:
./method_auto_addr.go:37:13:     from ... argument (spill) at ./method_auto_addr.go:37:13
./method_auto_addr.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr.go:37:13
./method_auto_addr.go:33:13: s escapes to heap:
./method_auto_addr.go:33:13:   flow: {storage for ... argument} = &{storage for s}:
./method_auto_addr.go:33:13:     from s (spill) at ./method_auto_addr.go:33:13
./method_auto_addr.go:33:13:     from ... argument (slice-literal-element) at ./method_auto_addr.go:33:13
./method_auto_addr.go:33:13:   flow: {heap} = {storage for ... argument}:
./method_auto_addr.go:33:13:     from ... argument (spill) at ./method_auto_addr.go:33:13
./method_auto_addr.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr.go:33:13
./method_auto_addr.go:27:15: v.n escapes to heap:
./method_auto_addr.go:27:15:   flow: {storage for ... argument} = &{storage for v.n}:
./method_auto_addr.go:27:15:     from v.n (spill) at ./method_auto_addr.go:27:15
./method_auto_addr.go:27:15:     from ... argument (slice-literal-element) at ./method_auto_addr.go:27:13
./method_auto_addr.go:27:15:   flow: {heap} = {storage for ... argument}:
./method_auto_addr.go:27:15:     from ... argument (spill) at ./method_auto_addr.go:27:13
./method_auto_addr.go:27:15:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr.go:27:13
./method_auto_addr.go:25:19: T.Get(p) escapes to heap:
./method_auto_addr.go:25:19:   flow: {storage for ... argument} = &{storage for T.Get(p)}:
./method_auto_addr.go:25:19:     from T.Get(p) (spill) at ./method_auto_addr.go:25:19
./method_auto_addr.go:25:19:     from ... argument (slice-literal-element) at ./method_auto_addr.go:25:13
./method_auto_addr.go:25:19:   flow: {heap} = {storage for ... argument}:
./method_auto_addr.go:25:19:     from ... argument (spill) at ./method_auto_addr.go:25:13
./method_auto_addr.go:25:19:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr.go:25:13
./method_auto_addr.go:22:29: (*T).PGet(v) escapes to heap:
./method_auto_addr.go:22:29:   flow: {storage for ... argument} = &{storage for (*T).PGet(v)}:
./method_auto_addr.go:22:29:     from (*T).PGet(v) (spill) at ./method_auto_addr.go:22:29
./method_auto_addr.go:22:29:     from ... argument (slice-literal-element) at ./method_auto_addr.go:22:13
./method_auto_addr.go:22:29:   flow: {heap} = {storage for ... argument}:
./method_auto_addr.go:22:29:     from ... argument (spill) at ./method_auto_addr.go:22:13
./method_auto_addr.go:22:29:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr.go:22:13
./method_auto_addr.go:22:19: T.Get(v) escapes to heap:
./method_auto_addr.go:22:19:   flow: {storage for ... argument} = &{storage for T.Get(v)}:
./method_auto_addr.go:22:19:     from T.Get(v) (spill) at ./method_auto_addr.go:22:19
./method_auto_addr.go:22:19:     from ... argument (slice-literal-element) at ./method_auto_addr.go:22:13
./method_auto_addr.go:22:19:   flow: {heap} = {storage for ... argument}:
./method_auto_addr.go:22:19:     from ... argument (spill) at ./method_auto_addr.go:22:13
./method_auto_addr.go:22:19:     from fmt.Println(... argument...) (call parameter) at ./method_auto_addr.go:22:13
./method_auto_addr.go:29:10: []T{...} escapes to heap:
./method_auto_addr.go:29:10:   flow: s = &{storage for []T{...}}:
./method_auto_addr.go:29:10:     from []T{...} (spill) at ./method_auto_addr.go:29:10
./method_auto_addr.go:29:10:     from s := []T{...} (assign) at ./method_auto_addr.go:29:4
./method_auto_addr.go:29:10:   flow: {storage for s} = s:
./method_auto_addr.go:29:10:     from s (interface-converted) at ./method_auto_addr.go:58:13
./method_auto_addr.go:22:13: ... argument does not escape
./method_auto_addr.go:22:19: T.Get(v) escapes to heap
./method_auto_addr.go:22:29: (*T).PGet(v) escapes to heap
./method_auto_addr.go:25:13: ... argument does not escape
./method_auto_addr.go:25:19: T.Get(p) escapes to heap
./method_auto_addr.go:27:13: ... argument does not escape
./method_auto_addr.go:27:15: v.n escapes to heap
./method_auto_addr.go:29:10: []T{...} escapes to heap
./method_auto_addr.go:33:13: ... argument does not escape
./method_auto_addr.go:33:13: s escapes to heap
./method_auto_addr.go:37:13: ... argument does not escape
./method_auto_addr.go:37:13: arr escapes to heap
./method_auto_addr.go:43:13: ... argument does not escape
./method_auto_addr.go:43:25: T.Get(w.inner) escapes to heap
./method_auto_addr.go:43:42: (*T).PGet(w.arr[0]) escapes to heap
./method_auto_addr.go:48:13: ... argument does not escape
./method_auto_addr.go:48:21: w.inner.n escapes to heap
./method_auto_addr.go:48:33: w.arr[1].n escapes to heap
./method_auto_addr.go:54:13: ... argument does not escape
./method_auto_addr.go:54:13: s escapes to heap
./method_auto_addr.go:58:13: ... argument does not escape
./method_auto_addr.go:58:13: s escapes to heap
./method_auto_addr.go:62:13: ... argument does not escape
./method_auto_addr.go:62:15: v.n escapes to heap

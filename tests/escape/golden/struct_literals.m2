./struct_literals.go:40:2: main capturing by ref: n (addr=false assign=true width=8)
./struct_literals.go:46:23: map[string]Inner{...} escapes to heap:
./struct_literals.go:46:23:   flow: m = &{storage for map[string]Inner{...}}:
./struct_literals.go:46:23:     from map[string]Inner{...} (spill) at ./struct_literals.go:46:23
./struct_literals.go:46:23:     from m := map[string]Inner{...} (assign) at ./struct_literals.go:46:4
./struct_literals.go:46:23:   flow: {storage for ... argument} = m:
./struct_literals.go:46:23:     from m (interface-converted) at ./struct_literals.go:47:13
./struct_literals.go:46:23:     from ... argument (slice-literal-element) at ./struct_literals.go:47:13
./struct_literals.go:46:23:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:46:23:     from ... argument (spill) at ./struct_literals.go:47:13
./struct_literals.go:46:23:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:47:13
./struct_literals.go:47:13: arr escapes to heap:
./struct_literals.go:47:13:   flow: {storage for ... argument} = &{storage for arr}:
./struct_literals.go:47:13:     from arr (spill) at ./struct_literals.go:47:13
./struct_literals.go:47:13:     from ... argument (slice-literal-element) at ./struct_literals.go:47:13
./struct_literals.go:47:13:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:47:13:     from ... argument (spill) at ./struct_literals.go:47:13
./struct_literals.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:47:13
./struct_literals.go:43:13: e escapes to heap:
./struct_literals.go:43:13:   flow: {storage for ... argument} = &{storage for e}:
./struct_literals.go:43:13:     from e (spill) at ./struct_literals.go:43:13
./struct_literals.go:43:13:     from ... argument (slice-literal-element) at ./struct_literals.go:43:13
./struct_literals.go:43:13:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:43:13:     from ... argument (spill) at ./struct_literals.go:43:13
./struct_literals.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:43:13
./struct_literals.go:37:36: q.Ptr.B escapes to heap:
./struct_literals.go:37:36:   flow: {storage for ... argument} = &{storage for q.Ptr.B}:
./struct_literals.go:37:36:     from q.Ptr.B (spill) at ./struct_literals.go:37:36
./struct_literals.go:37:36:     from ... argument (slice-literal-element) at ./struct_literals.go:37:13
./struct_literals.go:37:36:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:37:36:     from ... argument (spill) at ./struct_literals.go:37:13
./struct_literals.go:37:36:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:37:13
./struct_literals.go:37:27: q.Ptr.A escapes to heap:
./struct_literals.go:37:27:   flow: {storage for ... argument} = &{storage for q.Ptr.A}:
./struct_literals.go:37:27:     from q.Ptr.A (spill) at ./struct_literals.go:37:27
./struct_literals.go:37:27:     from ... argument (slice-literal-element) at ./struct_literals.go:37:13
./struct_literals.go:37:27:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:37:27:     from ... argument (spill) at ./struct_literals.go:37:13
./struct_literals.go:37:27:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:37:13
./struct_literals.go:37:15: q.Name escapes to heap:
./struct_literals.go:37:15:   flow: {storage for ... argument} = &{storage for q.Name}:
./struct_literals.go:37:15:     from q.Name (spill) at ./struct_literals.go:37:15
./struct_literals.go:37:15:     from ... argument (slice-literal-element) at ./struct_literals.go:37:13
./struct_literals.go:37:15:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:37:15:     from ... argument (spill) at ./struct_literals.go:37:13
./struct_literals.go:37:15:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:37:13
./struct_literals.go:35:24: *p escapes to heap:
./struct_literals.go:35:24:   flow: {storage for ... argument} = &{storage for *p}:
./struct_literals.go:35:24:     from *p (spill) at ./struct_literals.go:35:24
./struct_literals.go:35:24:     from ... argument (slice-literal-element) at ./struct_literals.go:35:13
./struct_literals.go:35:24:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:35:24:     from ... argument (spill) at ./struct_literals.go:35:13
./struct_literals.go:35:24:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:35:13
./struct_literals.go:35:20: p.B escapes to heap:
./struct_literals.go:35:20:   flow: {storage for ... argument} = &{storage for p.B}:
./struct_literals.go:35:20:     from p.B (spill) at ./struct_literals.go:35:20
./struct_literals.go:35:20:     from ... argument (slice-literal-element) at ./struct_literals.go:35:13
./struct_literals.go:35:20:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:35:20:     from ... argument (spill) at ./struct_literals.go:35:13
./struct_literals.go:35:20:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:35:13
./struct_literals.go:35:15: p.A escapes to heap:
./struct_literals.go:35:15:   flow: {storage for ... argument} = &{storage for p.A}:
./struct_literals.go:35:15:     from p.A (spill) at ./struct_literals.go:35:15
./struct_literals.go:35:15:     from ... argument (slice-literal-element) at ./struct_literals.go:35:13
./struct_literals.go:35:15:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:35:15:     from ... argument (spill) at ./struct_literals.go:35:13
./struct_literals.go:35:15:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:35:13
./struct_literals.go:32:51: o.Flags escapes to heap:
./struct_literals.go:32:51:   flow: {storage for ... argument} = &{storage for o.Flags}:
./struct_literals.go:32:51:     from o.Flags (spill) at ./struct_literals.go:32:51
./struct_literals.go:32:51:     from ... argument (slice-literal-element) at ./struct_literals.go:32:13
./struct_literals.go:32:51:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:32:51:     from ... argument (spill) at ./struct_literals.go:32:13
./struct_literals.go:32:51:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:32:13
./struct_literals.go:32:42: o.Ptr == nil escapes to heap:
./struct_literals.go:32:42:   flow: {storage for ... argument} = &{storage for o.Ptr == nil}:
./struct_literals.go:32:42:     from o.Ptr == nil (spill) at ./struct_literals.go:32:42
./struct_literals.go:32:42:     from ... argument (slice-literal-element) at ./struct_literals.go:32:13
./struct_literals.go:32:42:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:32:42:     from ... argument (spill) at ./struct_literals.go:32:13
./struct_literals.go:32:42:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:32:13
./struct_literals.go:32:29: o.List escapes to heap:
./struct_literals.go:32:29:   flow: {storage for ... argument} = &{storage for o.List}:
./struct_literals.go:32:29:     from o.List (spill) at ./struct_literals.go:32:29
./struct_literals.go:32:29:     from ... argument (slice-literal-element) at ./struct_literals.go:32:13
./struct_literals.go:32:29:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:32:29:     from ... argument (spill) at ./struct_literals.go:32:13
./struct_literals.go:32:29:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:32:13
./struct_literals.go:32:23: o.In escapes to heap:
./struct_literals.go:32:23:   flow: {storage for ... argument} = &{storage for o.In}:
./struct_literals.go:32:23:     from o.In (spill) at ./struct_literals.go:32:23
./struct_literals.go:32:23:     from ... argument (slice-literal-element) at ./struct_literals.go:32:13
./struct_literals.go:32:23:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:32:23:     from ... argument (spill) at ./struct_literals.go:32:13
./struct_literals.go:32:23:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:32:13
./struct_literals.go:32:15: o.Name escapes to heap:
./struct_literals.go:32:15:   flow: {storage for ... argument} = &{storage for o.Name}:
./struct_literals.go:32:15:     from o.Name (spill) at ./struct_literals.go:32:15
./struct_literals.go:32:15:     from ... argument (slice-literal-element) at ./struct_literals.go:32:13
./struct_literals.go:32:15:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:32:15:     from ... argument (spill) at ./struct_literals.go:32:13
./struct_literals.go:32:15:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:32:13
./struct_literals.go:24:13: d escapes to heap:
./struct_literals.go:24:13:   flow: {storage for ... argument} = &{storage for d}:
./struct_literals.go:24:13:     from d (spill) at ./struct_literals.go:24:13
./struct_literals.go:24:13:     from ... argument (slice-literal-element) at ./struct_literals.go:24:13
./struct_literals.go:24:13:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:24:13:     from ... argument (spill) at ./struct_literals.go:24:13
./struct_literals.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:24:13
./struct_literals.go:24:13: c escapes to heap:
./struct_literals.go:24:13:   flow: {storage for ... argument} = &{storage for c}:
./struct_literals.go:24:13:     from c (spill) at ./struct_literals.go:24:13
./struct_literals.go:24:13:     from ... argument (slice-literal-element) at ./struct_literals.go:24:13
./struct_literals.go:24:13:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:24:13:     from ... argument (spill) at ./struct_literals.go:24:13
./struct_literals.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:24:13
./struct_literals.go:24:13: b escapes to heap:
./struct_literals.go:24:13:   flow: {storage for ... argument} = &{storage for b}:
./struct_literals.go:24:13:     from b (spill) at ./struct_literals.go:24:13
./struct_literals.go:24:13:     from ... argument (slice-literal-element) at ./struct_literals.go:24:13
./struct_literals.go:24:13:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:24:13:     from ... argument (spill) at ./struct_literals.go:24:13
./struct_literals.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:24:13
./struct_literals.go:24:13: a escapes to heap:
./struct_literals.go:24:13:   flow: {storage for ... argument} = &{storage for a}:
./struct_literals.go:24:13:     from a (spill) at ./struct_literals.go:24:13
./struct_literals.go:24:13:     from ... argument (slice-literal-element) at ./struct_literals.go:24:13
./struct_literals.go:24:13:   flow: {heap} = {storage for ... argument}:
./struct_literals.go:24:13:     from ... argument (spill) at ./struct_literals.go:24:13
./struct_literals.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./struct_literals.go:24:13
./struct_literals.go:36:30: &Inner{...} escapes to heap:
./struct_literals.go:36:30:   flow: {storage for &Outer{...}} = &{storage for &Inner{...}}:
./struct_literals.go:36:30:     from &Inner{...} (spill) at ./struct_literals.go:36:30
./struct_literals.go:36:30:     from Outer{...} (struct literal element) at ./struct_literals.go:36:13
./struct_literals.go:36:30:   flow: q = &{storage for &Outer{...}}:
./struct_literals.go:36:30:     from &Outer{...} (spill) at ./struct_literals.go:36:7
./struct_literals.go:36:30:     from q := &Outer{...} (assign) at ./struct_literals.go:36:4
./struct_literals.go:36:30:   flow: {storage for q.Name} = *q:
./struct_literals.go:36:30:     from q.Name (dot of pointer) at ./struct_literals.go:37:15
./struct_literals.go:36:30:     from q.Name (interface-converted) at ./struct_literals.go:37:15
./struct_literals.go:29:17: []Inner{...} escapes to heap:
./struct_literals.go:29:17:   flow: o = &{storage for []Inner{...}}:
./struct_literals.go:29:17:     from []Inner{...} (spill) at ./struct_literals.go:29:17
./struct_literals.go:29:17:     from Outer{...} (struct literal element) at ./struct_literals.go:26:12
./struct_literals.go:29:17:     from o := Outer{...} (assign) at ./struct_literals.go:26:4
./struct_literals.go:29:17:   flow: {storage for o.List} = o:
./struct_literals.go:29:17:     from o.List (dot) at ./struct_literals.go:32:29
./struct_literals.go:29:17:     from o.List (interface-converted) at ./struct_literals.go:32:29
./struct_literals.go:24:13: ... argument does not escape
./struct_literals.go:24:13: a escapes to heap
./struct_literals.go:24:13: b escapes to heap
./struct_literals.go:24:13: c escapes to heap
./struct_literals.go:24:13: d escapes to heap
./struct_literals.go:29:17: []Inner{...} escapes to heap
./struct_literals.go:32:13: ... argument does not escape
./struct_literals.go:32:15: o.Name escapes to heap
./struct_literals.go:32:23: o.In escapes to heap
./struct_literals.go:32:29: o.List escapes to heap
./struct_literals.go:32:42: o.Ptr == nil escapes to heap
./struct_literals.go:32:51: o.Flags escapes to heap
./struct_literals.go:34:7: &Inner{...} does not escape
./struct_literals.go:35:13: ... argument does not escape
./struct_literals.go:35:15: p.A escapes to heap
./struct_literals.go:35:20: p.B escapes to heap
./struct_literals.go:35:24: *p escapes to heap
./struct_literals.go:36:7: &Outer{...} does not escape
./struct_literals.go:36:30: &Inner{...} escapes to heap
./struct_literals.go:37:13: ... argument does not escape
./struct_literals.go:37:15: q.Name escapes to heap
./struct_literals.go:37:27: q.Ptr.A escapes to heap
./struct_literals.go:37:36: q.Ptr.B escapes to heap
./struct_literals.go:41:10: func literal does not escape
./struct_literals.go:43:13: ... argument does not escape
./struct_literals.go:43:13: e escapes to heap
./struct_literals.go:46:23: map[string]Inner{...} escapes to heap
./struct_literals.go:47:13: ... argument does not escape
./struct_literals.go:47:13: arr escapes to heap

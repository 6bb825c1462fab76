./method_globals_receivers.go:9:7: c does not escape
./method_globals_receivers.go:17:7: R.Closure capturing by ref: r (addr=false assign=true width=8)
./method_globals_receivers.go:18:9: func literal escapes to heap:
./method_globals_receivers.go:18:9:   flow: ~r0 = &{storage for func literal}:
./method_globals_receivers.go:18:9:     from func literal (spill) at ./method_globals_receivers.go:18:9
./method_globals_receivers.go:18:9:     from return func literal (return) at ./method_globals_receivers.go:18:2
./method_globals_receivers.go:17:7: parameter r leaks to {storage for func literal} with derefs=0:
./method_globals_receivers.go:17:7:   flow: {storage for func literal} = &r:
./method_globals_receivers.go:17:7:     from r (captured by a closure) at ./method_globals_receivers.go:18:22
./method_globals_receivers.go:17:7:     from r (reference) at ./method_globals_receivers.go:18:22
./method_globals_receivers.go:17:7: r escapes to heap:
./method_globals_receivers.go:17:7:   flow: {storage for func literal} = &r:
./method_globals_receivers.go:17:7:     from r (captured by a closure) at ./method_globals_receivers.go:18:22
./method_globals_receivers.go:17:7:     from r (reference) at ./method_globals_receivers.go:18:22
./method_globals_receivers.go:17:7: moved to heap: r
./method_globals_receivers.go:18:9: func literal escapes to heap
./method_globals_receivers.go:21:7: (*R).PClosure capturing by value: r (addr=false assign=false width=8)
./method_globals_receivers.go:22:9: func literal escapes to heap:
./method_globals_receivers.go:22:9:   flow: ~r0 = &{storage for func literal}:
./method_globals_receivers.go:22:9:     from func literal (spill) at ./method_globals_receivers.go:22:9
./method_globals_receivers.go:22:9:     from return func literal (return) at ./method_globals_receivers.go:22:2
./method_globals_receivers.go:21:7: parameter r leaks to {storage for func literal} with derefs=0:
./method_globals_receivers.go:21:7:   flow: {storage for func literal} = r:
./method_globals_receivers.go:21:7:     from r (captured by a closure) at ./method_globals_receivers.go:22:22
./method_globals_receivers.go:21:7: leaking param: r
./method_globals_receivers.go:22:9: func literal escapes to heap
./method_globals_receivers.go:32:2: r escapes to heap:
./method_globals_receivers.go:32:2:   flow: {heap} = &r:
./method_globals_receivers.go:32:2:     from r (address-of) at ./method_globals_receivers.go:36:8
./method_globals_receivers.go:32:2:     from (*R).PClosure(r) (call parameter) at ./method_globals_receivers.go:36:17
./method_globals_receivers.go:41:32: C.Get(garr[1]) escapes to heap:
./method_globals_receivers.go:41:32:   flow: {storage for ... argument} = &{storage for C.Get(garr[1])}:
./method_globals_receivers.go:41:32:     from C.Get(garr[1]) (spill) at ./method_globals_receivers.go:41:32
./method_globals_receivers.go:41:32:     from ... argument (slice-literal-element) at ./method_globals_receivers.go:41:13
./method_globals_receivers.go:41:32:   flow: {heap} = {storage for ... argument}:
./method_globals_receivers.go:41:32:     from ... argument (spill) at ./method_globals_receivers.go:41:13
./method_globals_receivers.go:41:32:     from fmt.Println(... argument...) (call parameter) at ./method_globals_receivers.go:41:13
./method_globals_receivers.go:41:17: get() escapes to heap:
./method_globals_receivers.go:41:17:   flow: {storage for ... argument} = &{storage for get()}:
./method_globals_receivers.go:41:17:     from get() (spill) at ./method_globals_receivers.go:41:17
./method_globals_receivers.go:41:17:     from ... argument (slice-literal-element) at ./method_globals_receivers.go:41:13
./method_globals_receivers.go:41:17:   flow: {heap} = {storage for ... argument}:
./method_globals_receivers.go:41:17:     from ... argument (spill) at ./method_globals_receivers.go:41:13
./method_globals_receivers.go:41:17:     from fmt.Println(... argument...) (call parameter) at ./method_globals_receivers.go:41:13
./method_globals_receivers.go:38:20: r.v escapes to heap:
./method_globals_receivers.go:38:20:   flow: {storage for ... argument} = &{storage for r.v}:
./method_globals_receivers.go:38:20:     from r.v (spill) at ./method_globals_receivers.go:38:20
./method_globals_receivers.go:38:20:     from ... argument (slice-literal-element) at ./method_globals_receivers.go:38:13
./method_globals_receivers.go:38:20:   flow: {heap} = {storage for ... argument}:
./method_globals_receivers.go:38:20:     from ... argument (spill) at ./method_globals_receivers.go:38:13
./method_globals_receivers.go:38:20:     from fmt.Println(... argument...) (call parameter) at ./method_globals_receivers.go:38:13
./method_globals_receivers.go:38:15: p() escapes to heap:
./method_globals_receivers.go:38:15:   flow: {storage for ... argument} = &{storage for p()}:
./method_globals_receivers.go:38:15:     from p() (spill) at ./method_globals_receivers.go:38:15
./method_globals_receivers.go:38:15:     from ... argument (slice-literal-element) at ./method_globals_receivers.go:38:13
./method_globals_receivers.go:38:15:   flow: {heap} = {storage for ... argument}:
./method_globals_receivers.go:38:15:     from ... argument (spill) at ./method_globals_receivers.go:38:13
./method_globals_receivers.go:38:15:     from fmt.Println(... argument...) (call parameter) at ./method_globals_receivers.go:38:13
./method_globals_receivers.go:35:20: r.v escapes to heap:
./method_globals_receivers.go:35:20:   flow: {storage for ... argument} = &{storage for r.v}:
./method_globals_receivers.go:35:20:     from r.v (spill) at ./method_globals_receivers.go:35:20
./method_globals_receivers.go:35:20:     from ... argument (slice-literal-element) at ./method_globals_receivers.go:35:13
./method_globals_receivers.go:35:20:   flow: {heap} = {storage for ... argument}:
./method_globals_receivers.go:35:20:     from ... argument (spill) at ./method_globals_receivers.go:35:13
./method_globals_receivers.go:35:20:     from fmt.Println(... argument...) (call parameter) at ./method_globals_receivers.go:35:13
./method_globals_receivers.go:35:15: f() escapes to heap:
./method_globals_receivers.go:35:15:   flow: {storage for ... argument} = &{storage for f()}:
./method_globals_receivers.go:35:15:     from f() (spill) at ./method_globals_receivers.go:35:15
./method_globals_receivers.go:35:15:     from ... argument (slice-literal-element) at ./method_globals_receivers.go:35:13
./method_globals_receivers.go:35:15:   flow: {heap} = {storage for ... argument}:
./method_globals_receivers.go:35:15:     from ... argument (spill) at ./method_globals_receivers.go:35:13
./method_globals_receivers.go:35:15:     from fmt.Println(... argument...) (call parameter) at ./method_globals_receivers.go:35:13
./method_globals_receivers.go:31:39: g.n escapes to heap:
./method_globals_receivers.go:31:39:   flow: {storage for ... argument} = &{storage for g.n}:
./method_globals_receivers.go:31:39:     from g.n (spill) at ./method_globals_receivers.go:31:39
./method_globals_receivers.go:31:39:     from ... argument (slice-literal-element) at ./method_globals_receivers.go:31:13
./method_globals_receivers.go:31:39:   flow: {heap} = {storage for ... argument}:
./method_globals_receivers.go:31:39:     from ... argument (spill) at ./method_globals_receivers.go:31:13
./method_globals_receivers.go:31:39:     from fmt.Println(... argument...) (call parameter) at ./method_globals_receivers.go:31:13
./method_globals_receivers.go:31:34: C.Get(garr[1]) escapes to heap:
./method_globals_receivers.go:31:34:   flow: {storage for ... argument} = &{storage for C.Get(garr[1])}:
./method_globals_receivers.go:31:34:     from C.Get(garr[1]) (spill) at ./method_globals_receivers.go:31:34
./method_globals_receivers.go:31:34:     from ... argument (slice-literal-element) at ./method_globals_receivers.go:31:13
./method_globals_receivers.go:31:34:   flow: {heap} = {storage for ... argument}:
./method_globals_receivers.go:31:34:     from ... argument (spill) at ./method_globals_receivers.go:31:13
./method_globals_receivers.go:31:34:     from fmt.Println(... argument...) (call parameter) at ./method_globals_receivers.go:31:13
./method_globals_receivers.go:31:19: C.Get(g) escapes to heap:
./method_globals_receivers.go:31:19:   flow: {storage for ... argument} = &{storage for C.Get(g)}:
./method_globals_receivers.go:31:19:     from C.Get(g) (spill) at ./method_globals_receivers.go:31:19
./method_globals_receivers.go:31:19:     from ... argument (slice-literal-element) at ./method_globals_receivers.go:31:13
./method_globals_receivers.go:31:19:   flow: {heap} = {storage for ... argument}:
./method_globals_receivers.go:31:19:     from ... argument (spill) at ./method_globals_receivers.go:31:13
./method_globals_receivers.go:31:19:     from fmt.Println(... argument...) (call parameter) at ./method_globals_receivers.go:31:13
./method_globals_receivers.go:32:2: moved to heap: r
./method_globals_receivers.go:29:10: g.Inc does not escape
./method_globals_receivers.go:31:13: ... argument does not escape
./method_globals_receivers.go:31:19: C.Get(g) escapes to heap
./method_globals_receivers.go:31:34: C.Get(garr[1]) escapes to heap
./method_globals_receivers.go:31:39: g.n escapes to heap
./method_globals_receivers.go:35:13: ... argument does not escape
./method_globals_receivers.go:35:15: f() escapes to heap
./method_globals_receivers.go:35:20: r.v escapes to heap
./method_globals_receivers.go:38:13: ... argument does not escape
./method_globals_receivers.go:38:15: p() escapes to heap
./method_globals_receivers.go:38:20: r.v escapes to heap
./method_globals_receivers.go:39:16: garr[1].Get does not escape
./method_globals_receivers.go:41:13: ... argument does not escape
./method_globals_receivers.go:41:17: get() escapes to heap
./method_globals_receivers.go:41:32: C.Get(garr[1]) escapes to heap

./closure_escape_vs_not.go:10:2: counter capturing by ref: c (addr=false assign=true width=8)
./closure_escape_vs_not.go:11:9: func literal escapes to heap:
./closure_escape_vs_not.go:11:9:   flow: ~r0 = &{storage for func literal}:
./closure_escape_vs_not.go:11:9:     from func literal (spill) at ./closure_escape_vs_not.go:11:9
./closure_escape_vs_not.go:11:9:     from return func literal (return) at ./closure_escape_vs_not.go:11:2
./closure_escape_vs_not.go:10:2: c escapes to heap:
./closure_escape_vs_not.go:10:2:   flow: {storage for func literal} = &c:
./closure_escape_vs_not.go:10:2:     from c (captured by a closure) at ./closure_escape_vs_not.go:11:22
./closure_escape_vs_not.go:10:2:     from c (reference) at ./closure_escape_vs_not.go:11:22
./closure_escape_vs_not.go:10:2: moved to heap: c
./closure_escape_vs_not.go:11:9: func literal escapes to heap
./closure_escape_vs_not.go:15:2: local capturing by ref: total (addr=false assign=true width=8)
./closure_escape_vs_not.go:16:9: func literal does not escape
./closure_escape_vs_not.go:25:10: func literal escapes to heap:
./closure_escape_vs_not.go:25:10:   flow: {heap} = &{storage for func literal}:
./closure_escape_vs_not.go:25:10:     from func literal (spill) at ./closure_escape_vs_not.go:25:10
./closure_escape_vs_not.go:25:10:     from saved = func literal (assign) at ./closure_escape_vs_not.go:25:8
./closure_escape_vs_not.go:24:2: save capturing by ref: v (addr=false assign=true width=8)
./closure_escape_vs_not.go:24:2: v escapes to heap:
./closure_escape_vs_not.go:24:2:   flow: {storage for func literal} = &v:
./closure_escape_vs_not.go:24:2:     from v (captured by a closure) at ./closure_escape_vs_not.go:25:23
./closure_escape_vs_not.go:24:2:     from v (reference) at ./closure_escape_vs_not.go:25:23
./closure_escape_vs_not.go:24:2: moved to heap: v
./closure_escape_vs_not.go:25:10: func literal escapes to heap
./closure_escape_vs_not.go:36:19: saved() escapes to heap:
./closure_escape_vs_not.go:36:19:   flow: {storage for ... argument} = &{storage for saved()}:
./closure_escape_vs_not.go:36:19:     from saved() (spill) at ./closure_escape_vs_not.go:36:19
./closure_escape_vs_not.go:36:19:     from ... argument (slice-literal-element) at ./closure_escape_vs_not.go:36:13
./closure_escape_vs_not.go:36:19:   flow: {heap} = {storage for ... argument}:
./closure_escape_vs_not.go:36:19:     from ... argument (spill) at ./closure_escape_vs_not.go:36:13
./closure_escape_vs_not.go:36:19:     from fmt.Println(... argument...) (call parameter) at ./closure_escape_vs_not.go:36:13
./closure_escape_vs_not.go:33:30: local(100) escapes to heap:
./closure_escape_vs_not.go:33:30:   flow: {storage for ... argument} = &{storage for local(100)}:
./closure_escape_vs_not.go:33:30:     from local(100) (spill) at ./closure_escape_vs_not.go:33:30
./closure_escape_vs_not.go:33:30:     from ... argument (slice-literal-element) at ./closure_escape_vs_not.go:33:13
./closure_escape_vs_not.go:33:30:   flow: {heap} = {storage for ... argument}:
./closure_escape_vs_not.go:33:30:     from ... argument (spill) at ./closure_escape_vs_not.go:33:13
./closure_escape_vs_not.go:33:30:     from fmt.Println(... argument...) (call parameter) at ./closure_escape_vs_not.go:33:13
./closure_escape_vs_not.go:33:19: local(10) escapes to heap:
./closure_escape_vs_not.go:33:19:   flow: {storage for ... argument} = &{storage for local(10)}:
./closure_escape_vs_not.go:33:19:     from local(10) (spill) at ./closure_escape_vs_not.go:33:19
./closure_escape_vs_not.go:33:19:     from ... argument (slice-literal-element) at ./closure_escape_vs_not.go:33:13
./closure_escape_vs_not.go:33:19:   flow: {heap} = {storage for ... argument}:
./closure_escape_vs_not.go:33:19:     from ... argument (spill) at ./closure_escape_vs_not.go:33:13
./closure_escape_vs_not.go:33:19:     from fmt.Println(... argument...) (call parameter) at ./closure_escape_vs_not.go:33:13
./closure_escape_vs_not.go:32:20: b() escapes to heap:
./closure_escape_vs_not.go:32:20:   flow: {storage for ... argument} = &{storage for b()}:
./closure_escape_vs_not.go:32:20:     from b() (spill) at ./closure_escape_vs_not.go:32:20
./closure_escape_vs_not.go:32:20:     from ... argument (slice-literal-element) at ./closure_escape_vs_not.go:32:13
./closure_escape_vs_not.go:32:20:   flow: {heap} = {storage for ... argument}:
./closure_escape_vs_not.go:32:20:     from ... argument (spill) at ./closure_escape_vs_not.go:32:13
./closure_escape_vs_not.go:32:20:     from fmt.Println(... argument...) (call parameter) at ./closure_escape_vs_not.go:32:13
./closure_escape_vs_not.go:32:15: a() escapes to heap:
./closure_escape_vs_not.go:32:15:   flow: {storage for ... argument} = &{storage for a()}:
./closure_escape_vs_not.go:32:15:     from a() (spill) at ./closure_escape_vs_not.go:32:15
./closure_escape_vs_not.go:32:15:     from ... argument (slice-literal-element) at ./closure_escape_vs_not.go:32:13
./closure_escape_vs_not.go:32:15:   flow: {heap} = {storage for ... argument}:
./closure_escape_vs_not.go:32:15:     from ... argument (spill) at ./closure_escape_vs_not.go:32:13
./closure_escape_vs_not.go:32:15:     from fmt.Println(... argument...) (call parameter) at ./closure_escape_vs_not.go:32:13
./closure_escape_vs_not.go:32:13: ... argument does not escape
./closure_escape_vs_not.go:32:15: a() escapes to heap
./closure_escape_vs_not.go:32:20: b() escapes to heap
./closure_escape_vs_not.go:33:13: ... argument does not escape
./closure_escape_vs_not.go:33:19: local(10) escapes to heap
./closure_escape_vs_not.go:33:30: local(100) escapes to heap
./closure_escape_vs_not.go:36:13: ... argument does not escape
./closure_escape_vs_not.go:36:19: saved() escapes to heap

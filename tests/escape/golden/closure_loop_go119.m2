./closure_loop_go119.go:10:19: func literal escapes to heap:
./closure_loop_go119.go:10:19:   flow: {heap} = &{storage for func literal}:
./closure_loop_go119.go:10:19:     from func literal (spill) at ./closure_loop_go119.go:10:19
./closure_loop_go119.go:10:19:     from append(fs, func literal) (call parameter) at ./closure_loop_go119.go:10:14
./closure_loop_go119.go:19:19: func literal escapes to heap:
./closure_loop_go119.go:19:19:   flow: {heap} = &{storage for func literal}:
./closure_loop_go119.go:19:19:     from func literal (spill) at ./closure_loop_go119.go:19:19
./closure_loop_go119.go:19:19:     from append(gs, func literal) (call parameter) at ./closure_loop_go119.go:19:14
./closure_loop_go119.go:30:19: func literal escapes to heap:
./closure_loop_go119.go:30:19:   flow: {heap} = &{storage for func literal}:
./closure_loop_go119.go:30:19:     from func literal (spill) at ./closure_loop_go119.go:30:19
./closure_loop_go119.go:30:19:     from append(hs, func literal) (call parameter) at ./closure_loop_go119.go:30:14
./closure_loop_go119.go:9:6: main capturing by ref: i (addr=false assign=true width=8)
./closure_loop_go119.go:9:6: i escapes to heap:
./closure_loop_go119.go:9:6:   flow: {storage for func literal} = &i:
./closure_loop_go119.go:9:6:     from i (captured by a closure) at ./closure_loop_go119.go:10:39
./closure_loop_go119.go:9:6:     from i (reference) at ./closure_loop_go119.go:10:39
./closure_loop_go119.go:18:9: main capturing by ref: s (addr=false assign=true width=16)
./closure_loop_go119.go:18:9: s escapes to heap:
./closure_loop_go119.go:18:9:   flow: {storage for func literal} = &s:
./closure_loop_go119.go:18:9:     from s (captured by a closure) at ./closure_loop_go119.go:19:42
./closure_loop_go119.go:18:9:     from s (reference) at ./closure_loop_go119.go:19:42
./closure_loop_go119.go:29:3: main capturing by value: i (addr=false assign=false width=8)
./closure_loop_go119.go:38:13: main.func4 capturing by value: v (addr=false assign=false width=8)
./closure_loop_go119.go:44:18: " " escapes to heap:
./closure_loop_go119.go:44:18:   flow: {storage for ... argument} = &{storage for " "}:
./closure_loop_go119.go:44:18:     from " " (spill) at ./closure_loop_go119.go:44:18
./closure_loop_go119.go:44:18:     from ... argument (slice-literal-element) at ./closure_loop_go119.go:44:12
./closure_loop_go119.go:44:18:   flow: {heap} = {storage for ... argument}:
./closure_loop_go119.go:44:18:     from ... argument (spill) at ./closure_loop_go119.go:44:12
./closure_loop_go119.go:44:18:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_go119.go:44:12
./closure_loop_go119.go:44:14: k() escapes to heap:
./closure_loop_go119.go:44:14:   flow: {storage for ... argument} = &{storage for k()}:
./closure_loop_go119.go:44:14:     from k() (spill) at ./closure_loop_go119.go:44:14
./closure_loop_go119.go:44:14:     from ... argument (slice-literal-element) at ./closure_loop_go119.go:44:12
./closure_loop_go119.go:44:14:   flow: {heap} = {storage for ... argument}:
./closure_loop_go119.go:44:14:     from ... argument (spill) at ./closure_loop_go119.go:44:12
./closure_loop_go119.go:44:14:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_go119.go:44:12
./closure_loop_go119.go:38:40: func literal escapes to heap:
./closure_loop_go119.go:38:40:   flow: ~r0 = &{storage for func literal}:
./closure_loop_go119.go:38:40:     from func literal (spill) at ./closure_loop_go119.go:38:40
./closure_loop_go119.go:38:40:     from return func literal (return) at ./closure_loop_go119.go:38:33
./closure_loop_go119.go:38:40:   flow: {heap} = ~r0:
./closure_loop_go119.go:38:40:     from append(ks, mk(i)) (call parameter) at ./closure_loop_go119.go:41:14
./closure_loop_go119.go:33:18: " " escapes to heap:
./closure_loop_go119.go:33:18:   flow: {storage for ... argument} = &{storage for " "}:
./closure_loop_go119.go:33:18:     from " " (spill) at ./closure_loop_go119.go:33:18
./closure_loop_go119.go:33:18:     from ... argument (slice-literal-element) at ./closure_loop_go119.go:33:12
./closure_loop_go119.go:33:18:   flow: {heap} = {storage for ... argument}:
./closure_loop_go119.go:33:18:     from ... argument (spill) at ./closure_loop_go119.go:33:12
./closure_loop_go119.go:33:18:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_go119.go:33:12
./closure_loop_go119.go:33:14: h() escapes to heap:
./closure_loop_go119.go:33:14:   flow: {storage for ... argument} = &{storage for h()}:
./closure_loop_go119.go:33:14:     from h() (spill) at ./closure_loop_go119.go:33:14
./closure_loop_go119.go:33:14:     from ... argument (slice-literal-element) at ./closure_loop_go119.go:33:12
./closure_loop_go119.go:33:14:   flow: {heap} = {storage for ... argument}:
./closure_loop_go119.go:33:14:     from ... argument (spill) at ./closure_loop_go119.go:33:12
./closure_loop_go119.go:33:14:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_go119.go:33:12
./closure_loop_go119.go:22:18: " " escapes to heap:
./closure_loop_go119.go:22:18:   flow: {storage for ... argument} = &{storage for " "}:
./closure_loop_go119.go:22:18:     from " " (spill) at ./closure_loop_go119.go:22:18
./closure_loop_go119.go:22:18:     from ... argument (slice-literal-element) at ./closure_loop_go119.go:22:12
./closure_loop_go119.go:22:18:   flow: {heap} = {storage for ... argument}:
./closure_loop_go119.go:22:18:     from ... argument (spill) at ./closure_loop_go119.go:22:12
./closure_loop_go119.go:22:18:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_go119.go:22:12
./closure_loop_go119.go:22:14: g() escapes to heap:
./closure_loop_go119.go:22:14:   flow: {storage for ... argument} = &{storage for g()}:
./closure_loop_go119.go:22:14:     from g() (spill) at ./closure_loop_go119.go:22:14
./closure_loop_go119.go:22:14:     from ... argument (slice-literal-element) at ./closure_loop_go119.go:22:12
./closure_loop_go119.go:22:14:   flow: {heap} = {storage for ... argument}:
./closure_loop_go119.go:22:14:     from ... argument (spill) at ./closure_loop_go119.go:22:12
./closure_loop_go119.go:22:14:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_go119.go:22:12
./closure_loop_go119.go:13:18: " " escapes to heap:
./closure_loop_go119.go:13:18:   flow: {storage for ... argument} = &{storage for " "}:
./closure_loop_go119.go:13:18:     from " " (spill) at ./closure_loop_go119.go:13:18
./closure_loop_go119.go:13:18:     from ... argument (slice-literal-element) at ./closure_loop_go119.go:13:12
./closure_loop_go119.go:13:18:   flow: {heap} = {storage for ... argument}:
./closure_loop_go119.go:13:18:     from ... argument (spill) at ./closure_loop_go119.go:13:12
./closure_loop_go119.go:13:18:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_go119.go:13:12
./closure_loop_go119.go:13:14: f() escapes to heap:
./closure_loop_go119.go:13:14:   flow: {storage for ... argument} = &{storage for f()}:
./closure_loop_go119.go:13:14:     from f() (spill) at ./closure_loop_go119.go:13:14
./closure_loop_go119.go:13:14:     from ... argument (slice-literal-element) at ./closure_loop_go119.go:13:12
./closure_loop_go119.go:13:14:   flow: {heap} = {storage for ... argument}:
./closure_loop_go119.go:13:14:     from ... argument (spill) at ./closure_loop_go119.go:13:12
./closure_loop_go119.go:13:14:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_go119.go:13:12
./closure_loop_go119.go:38:13: parameter v leaks to {storage for func literal} with derefs=0:
./closure_loop_go119.go:38:13:   flow: {storage for func literal} = v:
./closure_loop_go119.go:38:13:     from v (captured by a closure) at ./closure_loop_go119.go:38:60
./closure_loop_go119.go:9:6: moved to heap: i
./closure_loop_go119.go:18:9: moved to heap: s
./closure_loop_go119.go:10:19: func literal escapes to heap
./closure_loop_go119.go:13:12: ... argument does not escape
./closure_loop_go119.go:13:14: f() escapes to heap
./closure_loop_go119.go:13:18: " " escapes to heap
./closure_loop_go119.go:18:28: []string{...} does not escape
./closure_loop_go119.go:19:19: func literal escapes to heap
./closure_loop_go119.go:22:12: ... argument does not escape
./closure_loop_go119.go:22:14: g() escapes to heap
./closure_loop_go119.go:22:18: " " escapes to heap
./closure_loop_go119.go:30:19: func literal escapes to heap
./closure_loop_go119.go:33:12: ... argument does not escape
./closure_loop_go119.go:33:14: h() escapes to heap
./closure_loop_go119.go:33:18: " " escapes to heap
./closure_loop_go119.go:38:8: func literal does not escape
./closure_loop_go119.go:38:40: func literal escapes to heap
./closure_loop_go119.go:44:12: ... argument does not escape
./closure_loop_go119.go:44:14: k() escapes to heap
./closure_loop_go119.go:44:18: " " escapes to heap

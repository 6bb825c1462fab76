./closure_loop_body_var.go:11:19: func literal escapes to heap:
./closure_loop_body_var.go:11:19:   flow: {heap} = &{storage for func literal}:
./closure_loop_body_var.go:11:19:     from func literal (spill) at ./closure_loop_body_var.go:11:19
./closure_loop_body_var.go:11:19:     from append(fs, func literal) (call parameter) at ./closure_loop_body_var.go:11:14
./closure_loop_body_var.go:21:20: func literal escapes to heap:
./closure_loop_body_var.go:21:20:   flow: {heap} = &{storage for func literal}:
./closure_loop_body_var.go:21:20:     from func literal (spill) at ./closure_loop_body_var.go:21:20
./closure_loop_body_var.go:21:20:     from counters[name] = func literal (assign) at ./closure_loop_body_var.go:21:18
./closure_loop_body_var.go:10:3: main capturing by ref: sq (addr=false assign=true width=8)
./closure_loop_body_var.go:10:3: sq escapes to heap:
./closure_loop_body_var.go:10:3:   flow: {storage for func literal} = &sq:
./closure_loop_body_var.go:10:3:     from sq (captured by a closure) at ./closure_loop_body_var.go:11:32
./closure_loop_body_var.go:10:3:     from sq (reference) at ./closure_loop_body_var.go:11:32
./closure_loop_body_var.go:20:3: main capturing by ref: c (addr=false assign=true width=8)
./closure_loop_body_var.go:20:3: c escapes to heap:
./closure_loop_body_var.go:20:3:   flow: {storage for func literal} = &c:
./closure_loop_body_var.go:20:3:     from c (captured by a closure) at ./closure_loop_body_var.go:21:33
./closure_loop_body_var.go:20:3:     from c (reference) at ./closure_loop_body_var.go:21:33
./closure_loop_body_var.go:25:44: counters["b"]() escapes to heap:
./closure_loop_body_var.go:25:44:   flow: {storage for ... argument} = &{storage for counters["b"]()}:
./closure_loop_body_var.go:25:44:     from counters["b"]() (spill) at ./closure_loop_body_var.go:25:44
./closure_loop_body_var.go:25:44:     from ... argument (slice-literal-element) at ./closure_loop_body_var.go:25:13
./closure_loop_body_var.go:25:44:   flow: {heap} = {storage for ... argument}:
./closure_loop_body_var.go:25:44:     from ... argument (spill) at ./closure_loop_body_var.go:25:13
./closure_loop_body_var.go:25:44:     from fmt.Println(... argument...) (call parameter) at ./closure_loop_body_var.go:25:13
./closure_loop_body_var.go:25:27: counters["a"]() escapes to heap:
./closure_loop_body_var.go:25:27:   flow: {storage for ... argument} = &{storage for counters["a"]()}:
./closure_loop_body_var.go:25:27:     from counters["a"]() (spill) at ./closure_loop_body_var.go:25:27
./closure_loop_body_var.go:25:27:     from ... argument (slice-literal-element) at ./closure_loop_body_var.go:25:13
./closure_loop_body_var.go:25:27:   flow: {heap} = {storage for ... argument}:
./closure_loop_body_var.go:25:27:     from ... argument (spill) at ./closure_loop_body_var.go:25:13
./closure_loop_body_var.go:25:27:     from fmt.Println(... argument...) (call parameter) at ./closure_loop_body_var.go:25:13
./closure_loop_body_var.go:14:23: " " escapes to heap:
./closure_loop_body_var.go:14:23:   flow: {storage for ... argument} = &{storage for " "}:
./closure_loop_body_var.go:14:23:     from " " (spill) at ./closure_loop_body_var.go:14:23
./closure_loop_body_var.go:14:23:     from ... argument (slice-literal-element) at ./closure_loop_body_var.go:14:12
./closure_loop_body_var.go:14:23:   flow: {heap} = {storage for ... argument}:
./closure_loop_body_var.go:14:23:     from ... argument (spill) at ./closure_loop_body_var.go:14:12
./closure_loop_body_var.go:14:23:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_body_var.go:14:12
./closure_loop_body_var.go:14:19: f() escapes to heap:
./closure_loop_body_var.go:14:19:   flow: {storage for ... argument} = &{storage for f()}:
./closure_loop_body_var.go:14:19:     from f() (spill) at ./closure_loop_body_var.go:14:19
./closure_loop_body_var.go:14:19:     from ... argument (slice-literal-element) at ./closure_loop_body_var.go:14:12
./closure_loop_body_var.go:14:19:   flow: {heap} = {storage for ... argument}:
./closure_loop_body_var.go:14:19:     from ... argument (spill) at ./closure_loop_body_var.go:14:12
./closure_loop_body_var.go:14:19:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_body_var.go:14:12
./closure_loop_body_var.go:14:14: f() escapes to heap:
./closure_loop_body_var.go:14:14:   flow: {storage for ... argument} = &{storage for f()}:
./closure_loop_body_var.go:14:14:     from f() (spill) at ./closure_loop_body_var.go:14:14
./closure_loop_body_var.go:14:14:     from ... argument (slice-literal-element) at ./closure_loop_body_var.go:14:12
./closure_loop_body_var.go:14:14:   flow: {heap} = {storage for ... argument}:
./closure_loop_body_var.go:14:14:     from ... argument (spill) at ./closure_loop_body_var.go:14:12
./closure_loop_body_var.go:14:14:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_body_var.go:14:12
./closure_loop_body_var.go:10:3: moved to heap: sq
./closure_loop_body_var.go:20:3: moved to heap: c
./closure_loop_body_var.go:11:19: func literal escapes to heap
./closure_loop_body_var.go:14:12: ... argument does not escape
./closure_loop_body_var.go:14:14: f() escapes to heap
./closure_loop_body_var.go:14:19: f() escapes to heap
./closure_loop_body_var.go:14:23: " " escapes to heap
./closure_loop_body_var.go:18:35: map[string]func() int{} does not escape
./closure_loop_body_var.go:19:31: []string{...} does not escape
./closure_loop_body_var.go:21:20: func literal escapes to heap
./closure_loop_body_var.go:25:13: ... argument does not escape
./closure_loop_body_var.go:25:27: counters["a"]() escapes to heap
./closure_loop_body_var.go:25:44: counters["b"]() escapes to heap

./closure_loop_var.go:11:19: func literal escapes to heap:
./closure_loop_var.go:11:19:   flow: {heap} = &{storage for func literal}:
./closure_loop_var.go:11:19:     from func literal (spill) at ./closure_loop_var.go:11:19
./closure_loop_var.go:11:19:     from append(fs, func literal) (call parameter) at ./closure_loop_var.go:11:14
./closure_loop_var.go:21:19: func literal escapes to heap:
./closure_loop_var.go:21:19:   flow: {heap} = &{storage for func literal}:
./closure_loop_var.go:21:19:     from func literal (spill) at ./closure_loop_var.go:21:19
./closure_loop_var.go:21:19:     from append(fs, func literal) (call parameter) at ./closure_loop_var.go:21:14
./closure_loop_var.go:30:19: func literal escapes to heap:
./closure_loop_var.go:30:19:   flow: {heap} = &{storage for func literal}:
./closure_loop_var.go:30:19:     from func literal (spill) at ./closure_loop_var.go:30:19
./closure_loop_var.go:30:19:     from append(gs, func literal) (call parameter) at ./closure_loop_var.go:30:14
./closure_loop_var.go:39:19: func literal escapes to heap:
./closure_loop_var.go:39:19:   flow: {heap} = &{storage for func literal}:
./closure_loop_var.go:39:19:     from func literal (spill) at ./closure_loop_var.go:39:19
./closure_loop_var.go:39:19:     from append(hs, func literal) (call parameter) at ./closure_loop_var.go:39:14
./closure_loop_var.go:51:19: func literal escapes to heap:
./closure_loop_var.go:51:19:   flow: {heap} = &{storage for func literal}:
./closure_loop_var.go:51:19:     from func literal (spill) at ./closure_loop_var.go:51:19
./closure_loop_var.go:51:19:     from append(fs, func literal) (call parameter) at ./closure_loop_var.go:51:14
./closure_loop_var.go:10:6: main capturing by ref: i (addr=false assign=true width=8)
./closure_loop_var.go:10:6: i escapes to heap:
./closure_loop_var.go:10:6:   flow: {storage for func literal} = &i:
./closure_loop_var.go:10:6:     from i (captured by a closure) at ./closure_loop_var.go:11:39
./closure_loop_var.go:10:6:     from i (reference) at ./closure_loop_var.go:11:39
./closure_loop_var.go:20:3: main capturing by value: i (addr=false assign=false width=8)
./closure_loop_var.go:29:9: main capturing by ref: s (addr=false assign=true width=16)
./closure_loop_var.go:29:9: s escapes to heap:
./closure_loop_var.go:29:9:   flow: {storage for func literal} = &s:
./closure_loop_var.go:29:9:     from s (captured by a closure) at ./closure_loop_var.go:30:42
./closure_loop_var.go:29:9:     from s (reference) at ./closure_loop_var.go:30:42
./closure_loop_var.go:38:6: main capturing by ref: k (addr=false assign=true width=8)
./closure_loop_var.go:38:6: k escapes to heap:
./closure_loop_var.go:38:6:   flow: {storage for func literal} = &k:
./closure_loop_var.go:38:6:     from k (captured by a closure) at ./closure_loop_var.go:39:46
./closure_loop_var.go:38:6:     from k (reference) at ./closure_loop_var.go:39:46
./closure_loop_var.go:38:9: main capturing by ref: v (addr=false assign=true width=8)
./closure_loop_var.go:38:9: v escapes to heap:
./closure_loop_var.go:38:9:   flow: {storage for func literal} = &v:
./closure_loop_var.go:38:9:     from v (captured by a closure) at ./closure_loop_var.go:39:49
./closure_loop_var.go:38:9:     from v (reference) at ./closure_loop_var.go:39:49
./closure_loop_var.go:50:3: main capturing by value: sq (addr=false assign=false width=8)
./closure_loop_var.go:60:6: main capturing by ref: i (addr=false assign=true width=8)
./closure_loop_var.go:70:24: main.func7 capturing by value: v (addr=false assign=false width=8)
./closure_loop_var.go:73:18: " " escapes to heap:
./closure_loop_var.go:73:18:   flow: {storage for ... argument} = &{storage for " "}:
./closure_loop_var.go:73:18:     from " " (spill) at ./closure_loop_var.go:73:18
./closure_loop_var.go:73:18:     from ... argument (slice-literal-element) at ./closure_loop_var.go:73:12
./closure_loop_var.go:73:18:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:73:18:     from ... argument (spill) at ./closure_loop_var.go:73:12
./closure_loop_var.go:73:18:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:73:12
./closure_loop_var.go:73:14: f() escapes to heap:
./closure_loop_var.go:73:14:   flow: {storage for ... argument} = &{storage for f()}:
./closure_loop_var.go:73:14:     from f() (spill) at ./closure_loop_var.go:73:14
./closure_loop_var.go:73:14:     from ... argument (slice-literal-element) at ./closure_loop_var.go:73:12
./closure_loop_var.go:73:14:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:73:14:     from ... argument (spill) at ./closure_loop_var.go:73:12
./closure_loop_var.go:73:14:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:73:12
./closure_loop_var.go:70:51: func literal escapes to heap:
./closure_loop_var.go:70:51:   flow: ~r0 = &{storage for func literal}:
./closure_loop_var.go:70:51:     from func literal (spill) at ./closure_loop_var.go:70:51
./closure_loop_var.go:70:51:     from return func literal (return) at ./closure_loop_var.go:70:44
./closure_loop_var.go:70:51:   flow: {heap} = ~r0:
./closure_loop_var.go:70:51:     from append(fs, (func literal)(i)) (call parameter) at ./closure_loop_var.go:70:14
./closure_loop_var.go:65:13: n escapes to heap:
./closure_loop_var.go:65:13:   flow: {storage for ... argument} = &{storage for n}:
./closure_loop_var.go:65:13:     from n (spill) at ./closure_loop_var.go:65:13
./closure_loop_var.go:65:13:     from ... argument (slice-literal-element) at ./closure_loop_var.go:65:13
./closure_loop_var.go:65:13:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:65:13:     from ... argument (spill) at ./closure_loop_var.go:65:13
./closure_loop_var.go:65:13:     from fmt.Println(... argument...) (call parameter) at ./closure_loop_var.go:65:13
./closure_loop_var.go:54:18: " " escapes to heap:
./closure_loop_var.go:54:18:   flow: {storage for ... argument} = &{storage for " "}:
./closure_loop_var.go:54:18:     from " " (spill) at ./closure_loop_var.go:54:18
./closure_loop_var.go:54:18:     from ... argument (slice-literal-element) at ./closure_loop_var.go:54:12
./closure_loop_var.go:54:18:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:54:18:     from ... argument (spill) at ./closure_loop_var.go:54:12
./closure_loop_var.go:54:18:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:54:12
./closure_loop_var.go:54:14: f() escapes to heap:
./closure_loop_var.go:54:14:   flow: {storage for ... argument} = &{storage for f()}:
./closure_loop_var.go:54:14:     from f() (spill) at ./closure_loop_var.go:54:14
./closure_loop_var.go:54:14:     from ... argument (slice-literal-element) at ./closure_loop_var.go:54:12
./closure_loop_var.go:54:14:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:54:14:     from ... argument (spill) at ./closure_loop_var.go:54:12
./closure_loop_var.go:54:14:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:54:12
./closure_loop_var.go:43:24: " " escapes to heap:
./closure_loop_var.go:43:24:   flow: {storage for ... argument} = &{storage for " "}:
./closure_loop_var.go:43:24:     from " " (spill) at ./closure_loop_var.go:43:24
./closure_loop_var.go:43:24:     from ... argument (slice-literal-element) at ./closure_loop_var.go:43:12
./closure_loop_var.go:43:24:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:43:24:     from ... argument (spill) at ./closure_loop_var.go:43:12
./closure_loop_var.go:43:24:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:43:12
./closure_loop_var.go:43:16: b escapes to heap:
./closure_loop_var.go:43:16:   flow: {storage for ... argument} = &{storage for b}:
./closure_loop_var.go:43:16:     from b (spill) at ./closure_loop_var.go:43:16
./closure_loop_var.go:43:16:     from ... argument (slice-literal-element) at ./closure_loop_var.go:43:12
./closure_loop_var.go:43:16:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:43:16:     from ... argument (spill) at ./closure_loop_var.go:43:12
./closure_loop_var.go:43:16:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:43:12
./closure_loop_var.go:43:16: "," escapes to heap:
./closure_loop_var.go:43:16:   flow: {storage for ... argument} = &{storage for ","}:
./closure_loop_var.go:43:16:     from "," (spill) at ./closure_loop_var.go:43:16
./closure_loop_var.go:43:16:     from ... argument (slice-literal-element) at ./closure_loop_var.go:43:12
./closure_loop_var.go:43:16:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:43:16:     from ... argument (spill) at ./closure_loop_var.go:43:12
./closure_loop_var.go:43:16:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:43:12
./closure_loop_var.go:43:12: a escapes to heap:
./closure_loop_var.go:43:12:   flow: {storage for ... argument} = &{storage for a}:
./closure_loop_var.go:43:12:     from a (spill) at ./closure_loop_var.go:43:12
./closure_loop_var.go:43:12:     from ... argument (slice-literal-element) at ./closure_loop_var.go:43:12
./closure_loop_var.go:43:12:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:43:12:     from ... argument (spill) at ./closure_loop_var.go:43:12
./closure_loop_var.go:43:12:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:43:12
./closure_loop_var.go:33:18: " " escapes to heap:
./closure_loop_var.go:33:18:   flow: {storage for ... argument} = &{storage for " "}:
./closure_loop_var.go:33:18:     from " " (spill) at ./closure_loop_var.go:33:18
./closure_loop_var.go:33:18:     from ... argument (slice-literal-element) at ./closure_loop_var.go:33:12
./closure_loop_var.go:33:18:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:33:18:     from ... argument (spill) at ./closure_loop_var.go:33:12
./closure_loop_var.go:33:18:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:33:12
./closure_loop_var.go:33:14: g() escapes to heap:
./closure_loop_var.go:33:14:   flow: {storage for ... argument} = &{storage for g()}:
./closure_loop_var.go:33:14:     from g() (spill) at ./closure_loop_var.go:33:14
./closure_loop_var.go:33:14:     from ... argument (slice-literal-element) at ./closure_loop_var.go:33:12
./closure_loop_var.go:33:14:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:33:14:     from ... argument (spill) at ./closure_loop_var.go:33:12
./closure_loop_var.go:33:14:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:33:12
./closure_loop_var.go:24:18: " " escapes to heap:
./closure_loop_var.go:24:18:   flow: {storage for ... argument} = &{storage for " "}:
./closure_loop_var.go:24:18:     from " " (spill) at ./closure_loop_var.go:24:18
./closure_loop_var.go:24:18:     from ... argument (slice-literal-element) at ./closure_loop_var.go:24:12
./closure_loop_var.go:24:18:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:24:18:     from ... argument (spill) at ./closure_loop_var.go:24:12
./closure_loop_var.go:24:18:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:24:12
./closure_loop_var.go:24:14: f() escapes to heap:
./closure_loop_var.go:24:14:   flow: {storage for ... argument} = &{storage for f()}:
./closure_loop_var.go:24:14:     from f() (spill) at ./closure_loop_var.go:24:14
./closure_loop_var.go:24:14:     from ... argument (slice-literal-element) at ./closure_loop_var.go:24:12
./closure_loop_var.go:24:14:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:24:14:     from ... argument (spill) at ./closure_loop_var.go:24:12
./closure_loop_var.go:24:14:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:24:12
./closure_loop_var.go:14:18: " " escapes to heap:
./closure_loop_var.go:14:18:   flow: {storage for ... argument} = &{storage for " "}:
./closure_loop_var.go:14:18:     from " " (spill) at ./closure_loop_var.go:14:18
./closure_loop_var.go:14:18:     from ... argument (slice-literal-element) at ./closure_loop_var.go:14:12
./closure_loop_var.go:14:18:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:14:18:     from ... argument (spill) at ./closure_loop_var.go:14:12
./closure_loop_var.go:14:18:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:14:12
./closure_loop_var.go:14:14: f() escapes to heap:
./closure_loop_var.go:14:14:   flow: {storage for ... argument} = &{storage for f()}:
./closure_loop_var.go:14:14:     from f() (spill) at ./closure_loop_var.go:14:14
./closure_loop_var.go:14:14:     from ... argument (slice-literal-element) at ./closure_loop_var.go:14:12
./closure_loop_var.go:14:14:   flow: {heap} = {storage for ... argument}:
./closure_loop_var.go:14:14:     from ... argument (spill) at ./closure_loop_var.go:14:12
./closure_loop_var.go:14:14:     from fmt.Print(... argument...) (call parameter) at ./closure_loop_var.go:14:12
./closure_loop_var.go:70:24: parameter v leaks to {storage for func literal} with derefs=0:
./closure_loop_var.go:70:24:   flow: {storage for func literal} = v:
./closure_loop_var.go:70:24:     from v (captured by a closure) at ./closure_loop_var.go:70:71
./closure_loop_var.go:10:6: moved to heap: i
./closure_loop_var.go:29:9: moved to heap: s
./closure_loop_var.go:38:6: moved to heap: k
./closure_loop_var.go:38:9: moved to heap: v
./closure_loop_var.go:11:19: func literal escapes to heap
./closure_loop_var.go:14:12: ... argument does not escape
./closure_loop_var.go:14:14: f() escapes to heap
./closure_loop_var.go:14:18: " " escapes to heap
./closure_loop_var.go:21:19: func literal escapes to heap
./closure_loop_var.go:24:12: ... argument does not escape
./closure_loop_var.go:24:14: f() escapes to heap
./closure_loop_var.go:24:18: " " escapes to heap
./closure_loop_var.go:29:28: []string{...} does not escape
./closure_loop_var.go:30:19: func literal escapes to heap
./closure_loop_var.go:33:12: ... argument does not escape
./closure_loop_var.go:33:14: g() escapes to heap
./closure_loop_var.go:33:18: " " escapes to heap
./closure_loop_var.go:39:19: func literal escapes to heap
./closure_loop_var.go:43:12: ... argument does not escape
./closure_loop_var.go:43:12: a escapes to heap
./closure_loop_var.go:43:16: "," escapes to heap
./closure_loop_var.go:43:16: b escapes to heap
./closure_loop_var.go:43:24: " " escapes to heap
./closure_loop_var.go:51:19: func literal escapes to heap
./closure_loop_var.go:54:12: ... argument does not escape
./closure_loop_var.go:54:14: f() escapes to heap
./closure_loop_var.go:54:18: " " escapes to heap
./closure_loop_var.go:61:11: func literal does not escape
./closure_loop_var.go:65:13: ... argument does not escape
./closure_loop_var.go:65:13: n escapes to heap
./closure_loop_var.go:70:19: func literal does not escape
./closure_loop_var.go:70:51: func literal escapes to heap
./closure_loop_var.go:73:12: ... argument does not escape
./closure_loop_var.go:73:14: f() escapes to heap
./closure_loop_var.go:73:18: " " escapes to heap

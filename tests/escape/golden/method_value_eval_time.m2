./method_value_eval_time.go:10:7: c does not escape
./method_value_eval_time.go:11:7: c does not escape
./method_value_eval_time.go:32:18: " " escapes to heap:
./method_value_eval_time.go:32:18:   flow: {storage for ... argument} = &{storage for " "}:
./method_value_eval_time.go:32:18:     from " " (spill) at ./method_value_eval_time.go:32:18
./method_value_eval_time.go:32:18:     from ... argument (slice-literal-element) at ./method_value_eval_time.go:32:12
./method_value_eval_time.go:32:18:   flow: {heap} = {storage for ... argument}:
./method_value_eval_time.go:32:18:     from ... argument (spill) at ./method_value_eval_time.go:32:12
./method_value_eval_time.go:32:18:     from fmt.Print(... argument...) (call parameter) at ./method_value_eval_time.go:32:12
./method_value_eval_time.go:32:14: f() escapes to heap:
./method_value_eval_time.go:32:14:   flow: {storage for ... argument} = &{storage for f()}:
./method_value_eval_time.go:32:14:     from f() (spill) at ./method_value_eval_time.go:32:14
./method_value_eval_time.go:32:14:     from ... argument (slice-literal-element) at ./method_value_eval_time.go:32:12
./method_value_eval_time.go:32:14:   flow: {heap} = {storage for ... argument}:
./method_value_eval_time.go:32:14:     from ... argument (spill) at ./method_value_eval_time.go:32:12
./method_value_eval_time.go:32:14:     from fmt.Print(... argument...) (call parameter) at ./method_value_eval_time.go:32:12
./method_value_eval_time.go:27:25: Counter.Get(p) escapes to heap:
./method_value_eval_time.go:27:25:   flow: {storage for ... argument} = &{storage for Counter.Get(p)}:
./method_value_eval_time.go:27:25:     from Counter.Get(p) (spill) at ./method_value_eval_time.go:27:25
./method_value_eval_time.go:27:25:     from ... argument (slice-literal-element) at ./method_value_eval_time.go:27:13
./method_value_eval_time.go:27:25:   flow: {heap} = {storage for ... argument}:
./method_value_eval_time.go:27:25:     from ... argument (spill) at ./method_value_eval_time.go:27:13
./method_value_eval_time.go:27:25:     from fmt.Println(... argument...) (call parameter) at ./method_value_eval_time.go:27:13
./method_value_eval_time.go:27:16: g2() escapes to heap:
./method_value_eval_time.go:27:16:   flow: {storage for ... argument} = &{storage for g2()}:
./method_value_eval_time.go:27:16:     from g2() (spill) at ./method_value_eval_time.go:27:16
./method_value_eval_time.go:27:16:     from ... argument (slice-literal-element) at ./method_value_eval_time.go:27:13
./method_value_eval_time.go:27:16:   flow: {heap} = {storage for ... argument}:
./method_value_eval_time.go:27:16:     from ... argument (spill) at ./method_value_eval_time.go:27:13
./method_value_eval_time.go:27:16:     from fmt.Println(... argument...) (call parameter) at ./method_value_eval_time.go:27:13
./method_value_eval_time.go:22:24: ptr() escapes to heap:
./method_value_eval_time.go:22:24:   flow: {storage for ... argument} = &{storage for ptr()}:
./method_value_eval_time.go:22:24:     from ptr() (spill) at ./method_value_eval_time.go:22:24
./method_value_eval_time.go:22:24:     from ... argument (slice-literal-element) at ./method_value_eval_time.go:22:13
./method_value_eval_time.go:22:24:   flow: {heap} = {storage for ... argument}:
./method_value_eval_time.go:22:24:     from ... argument (spill) at ./method_value_eval_time.go:22:13
./method_value_eval_time.go:22:24:     from fmt.Println(... argument...) (call parameter) at ./method_value_eval_time.go:22:13
./method_value_eval_time.go:22:17: get() escapes to heap:
./method_value_eval_time.go:22:17:   flow: {storage for ... argument} = &{storage for get()}:
./method_value_eval_time.go:22:17:     from get() (spill) at ./method_value_eval_time.go:22:17
./method_value_eval_time.go:22:17:     from ... argument (slice-literal-element) at ./method_value_eval_time.go:22:13
./method_value_eval_time.go:22:17:   flow: {heap} = {storage for ... argument}:
./method_value_eval_time.go:22:17:     from ... argument (spill) at ./method_value_eval_time.go:22:13
./method_value_eval_time.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./method_value_eval_time.go:22:13
./method_value_eval_time.go:20:29: c.n escapes to heap:
./method_value_eval_time.go:20:29:   flow: {storage for ... argument} = &{storage for c.n}:
./method_value_eval_time.go:20:29:     from c.n (spill) at ./method_value_eval_time.go:20:29
./method_value_eval_time.go:20:29:     from ... argument (slice-literal-element) at ./method_value_eval_time.go:20:13
./method_value_eval_time.go:20:29:   flow: {heap} = {storage for ... argument}:
./method_value_eval_time.go:20:29:     from ... argument (spill) at ./method_value_eval_time.go:20:13
./method_value_eval_time.go:20:29:     from fmt.Println(... argument...) (call parameter) at ./method_value_eval_time.go:20:13
./method_value_eval_time.go:20:24: ptr() escapes to heap:
./method_value_eval_time.go:20:24:   flow: {storage for ... argument} = &{storage for ptr()}:
./method_value_eval_time.go:20:24:     from ptr() (spill) at ./method_value_eval_time.go:20:24
./method_value_eval_time.go:20:24:     from ... argument (slice-literal-element) at ./method_value_eval_time.go:20:13
./method_value_eval_time.go:20:24:   flow: {heap} = {storage for ... argument}:
./method_value_eval_time.go:20:24:     from ... argument (spill) at ./method_value_eval_time.go:20:13
./method_value_eval_time.go:20:24:     from fmt.Println(... argument...) (call parameter) at ./method_value_eval_time.go:20:13
./method_value_eval_time.go:20:17: get() escapes to heap:
./method_value_eval_time.go:20:17:   flow: {storage for ... argument} = &{storage for get()}:
./method_value_eval_time.go:20:17:     from get() (spill) at ./method_value_eval_time.go:20:17
./method_value_eval_time.go:20:17:     from ... argument (slice-literal-element) at ./method_value_eval_time.go:20:13
./method_value_eval_time.go:20:17:   flow: {heap} = {storage for ... argument}:
./method_value_eval_time.go:20:17:     from ... argument (spill) at ./method_value_eval_time.go:20:13
./method_value_eval_time.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./method_value_eval_time.go:20:13
./method_value_eval_time.go:15:10: c.Get does not escape
./method_value_eval_time.go:16:10: c.Ptr does not escape
./method_value_eval_time.go:17:10: c.Inc does not escape
./method_value_eval_time.go:20:13: ... argument does not escape
./method_value_eval_time.go:20:17: get() escapes to heap
./method_value_eval_time.go:20:24: ptr() escapes to heap
./method_value_eval_time.go:20:29: c.n escapes to heap
./method_value_eval_time.go:22:13: ... argument does not escape
./method_value_eval_time.go:22:17: get() escapes to heap
./method_value_eval_time.go:22:24: ptr() escapes to heap
./method_value_eval_time.go:24:7: &Counter{...} does not escape
./method_value_eval_time.go:25:9: p.Get does not escape
./method_value_eval_time.go:27:13: ... argument does not escape
./method_value_eval_time.go:27:16: g2() escapes to heap
./method_value_eval_time.go:27:25: Counter.Get(p) escapes to heap
./method_value_eval_time.go:29:20: []func() int{...} does not escape
./method_value_eval_time.go:29:22: c.Get does not escape
./method_value_eval_time.go:29:29: p.Get does not escape
./method_value_eval_time.go:29:36: c.Ptr does not escape
./method_value_eval_time.go:32:12: ... argument does not escape
./method_value_eval_time.go:32:14: f() escapes to heap
./method_value_eval_time.go:32:18: " " escapes to heap

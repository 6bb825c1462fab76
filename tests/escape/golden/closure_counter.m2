./closure_counter.go:8:2: makeCounter capturing by ref: n (addr=false assign=true width=8)
./closure_counter.go:9:9: func literal escapes to heap:
./closure_counter.go:9:9:   flow: ~r0 = &{storage for func literal}:
./closure_counter.go:9:9:     from func literal (spill) at ./closure_counter.go:9:9
./closure_counter.go:9:9:     from return func literal (return) at ./closure_counter.go:9:2
./closure_counter.go:8:2: n escapes to heap:
./closure_counter.go:8:2:   flow: {storage for func literal} = &n:
./closure_counter.go:8:2:     from n (captured by a closure) at ./closure_counter.go:10:3
./closure_counter.go:8:2:     from n (reference) at ./closure_counter.go:10:3
./closure_counter.go:8:2: moved to heap: n
./closure_counter.go:9:9: func literal escapes to heap
./closure_counter.go:16:2: makeCounterStep capturing by ref: n (addr=false assign=true width=8)
./closure_counter.go:15:29: makeCounterStep capturing by value: step (addr=false assign=false width=8)
./closure_counter.go:15:22: makeCounterStep capturing by value: start (addr=false assign=false width=8)
./closure_counter.go:16:2: makeCounterStep capturing by ref: n (addr=true assign=true width=8)
./closure_counter.go:22:11: func literal escapes to heap:
./closure_counter.go:22:11:   flow: reset = &{storage for func literal}:
./closure_counter.go:22:11:     from func literal (spill) at ./closure_counter.go:22:11
./closure_counter.go:22:11:     from reset := func literal (assign) at ./closure_counter.go:22:8
./closure_counter.go:22:11:   flow: ~r1 = reset:
./closure_counter.go:22:11:     from return next, reset (return) at ./closure_counter.go:23:2
./closure_counter.go:16:2: n escapes to heap:
./closure_counter.go:16:2:   flow: {storage for func literal} = &n:
./closure_counter.go:16:2:     from n (captured by a closure) at ./closure_counter.go:22:20
./closure_counter.go:16:2:     from n (reference) at ./closure_counter.go:22:20
./closure_counter.go:15:22: parameter start leaks to {storage for func literal} with derefs=0:
./closure_counter.go:15:22:   flow: {storage for func literal} = start:
./closure_counter.go:15:22:     from start (captured by a closure) at ./closure_counter.go:22:24
./closure_counter.go:17:10: func literal escapes to heap:
./closure_counter.go:17:10:   flow: next = &{storage for func literal}:
./closure_counter.go:17:10:     from func literal (spill) at ./closure_counter.go:17:10
./closure_counter.go:17:10:     from next := func literal (assign) at ./closure_counter.go:17:7
./closure_counter.go:17:10:   flow: ~r0 = next:
./closure_counter.go:17:10:     from return next, reset (return) at ./closure_counter.go:23:2
./closure_counter.go:15:29: parameter step leaks to {storage for func literal} with derefs=0:
./closure_counter.go:15:29:   flow: {storage for func literal} = step:
./closure_counter.go:15:29:     from step (captured by a closure) at ./closure_counter.go:19:8
./closure_counter.go:16:2: moved to heap: n
./closure_counter.go:17:10: func literal escapes to heap
./closure_counter.go:22:11: func literal escapes to heap
./closure_counter.go:47:55: counters[2]() escapes to heap:
./closure_counter.go:47:55:   flow: {storage for ... argument} = &{storage for counters[2]()}:
./closure_counter.go:47:55:     from counters[2]() (spill) at ./closure_counter.go:47:55
./closure_counter.go:47:55:     from ... argument (slice-literal-element) at ./closure_counter.go:47:13
./closure_counter.go:47:55:   flow: {heap} = {storage for ... argument}:
./closure_counter.go:47:55:     from ... argument (spill) at ./closure_counter.go:47:13
./closure_counter.go:47:55:     from fmt.Println(... argument...) (call parameter) at ./closure_counter.go:47:13
./closure_counter.go:47:40: counters[1]() escapes to heap:
./closure_counter.go:47:40:   flow: {storage for ... argument} = &{storage for counters[1]()}:
./closure_counter.go:47:40:     from counters[1]() (spill) at ./closure_counter.go:47:40
./closure_counter.go:47:40:     from ... argument (slice-literal-element) at ./closure_counter.go:47:13
./closure_counter.go:47:40:   flow: {heap} = {storage for ... argument}:
./closure_counter.go:47:40:     from ... argument (spill) at ./closure_counter.go:47:13
./closure_counter.go:47:40:     from fmt.Println(... argument...) (call parameter) at ./closure_counter.go:47:13
./closure_counter.go:47:25: counters[0]() escapes to heap:
./closure_counter.go:47:25:   flow: {storage for ... argument} = &{storage for counters[0]()}:
./closure_counter.go:47:25:     from counters[0]() (spill) at ./closure_counter.go:47:25
./closure_counter.go:47:25:     from ... argument (slice-literal-element) at ./closure_counter.go:47:13
./closure_counter.go:47:25:   flow: {heap} = {storage for ... argument}:
./closure_counter.go:47:25:     from ... argument (spill) at ./closure_counter.go:47:13
./closure_counter.go:47:25:     from fmt.Println(... argument...) (call parameter) at ./closure_counter.go:47:13
./closure_counter.go:36:18: next() escapes to heap:
./closure_counter.go:36:18:   flow: {storage for ... argument} = &{storage for next()}:
./closure_counter.go:36:18:     from next() (spill) at ./closure_counter.go:36:18
./closure_counter.go:36:18:     from ... argument (slice-literal-element) at ./closure_counter.go:36:13
./closure_counter.go:36:18:   flow: {heap} = {storage for ... argument}:
./closure_counter.go:36:18:     from ... argument (spill) at ./closure_counter.go:36:13
./closure_counter.go:36:18:     from fmt.Println(... argument...) (call parameter) at ./closure_counter.go:36:13
./closure_counter.go:34:34: next() escapes to heap:
./closure_counter.go:34:34:   flow: {storage for ... argument} = &{storage for next()}:
./closure_counter.go:34:34:     from next() (spill) at ./closure_counter.go:34:34
./closure_counter.go:34:34:     from ... argument (slice-literal-element) at ./closure_counter.go:34:13
./closure_counter.go:34:34:   flow: {heap} = {storage for ... argument}:
./closure_counter.go:34:34:     from ... argument (spill) at ./closure_counter.go:34:13
./closure_counter.go:34:34:     from fmt.Println(... argument...) (call parameter) at ./closure_counter.go:34:13
./closure_counter.go:34:26: next() escapes to heap:
./closure_counter.go:34:26:   flow: {storage for ... argument} = &{storage for next()}:
./closure_counter.go:34:26:     from next() (spill) at ./closure_counter.go:34:26
./closure_counter.go:34:26:     from ... argument (slice-literal-element) at ./closure_counter.go:34:13
./closure_counter.go:34:26:   flow: {heap} = {storage for ... argument}:
./closure_counter.go:34:26:     from ... argument (spill) at ./closure_counter.go:34:13
./closure_counter.go:34:26:     from fmt.Println(... argument...) (call parameter) at ./closure_counter.go:34:13
./closure_counter.go:34:18: next() escapes to heap:
./closure_counter.go:34:18:   flow: {storage for ... argument} = &{storage for next()}:
./closure_counter.go:34:18:     from next() (spill) at ./closure_counter.go:34:18
./closure_counter.go:34:18:     from ... argument (slice-literal-element) at ./closure_counter.go:34:13
./closure_counter.go:34:18:   flow: {heap} = {storage for ... argument}:
./closure_counter.go:34:18:     from ... argument (spill) at ./closure_counter.go:34:13
./closure_counter.go:34:18:     from fmt.Println(... argument...) (call parameter) at ./closure_counter.go:34:13
./closure_counter.go:31:22: c1() escapes to heap:
./closure_counter.go:31:22:   flow: {storage for ... argument} = &{storage for c1()}:
./closure_counter.go:31:22:     from c1() (spill) at ./closure_counter.go:31:22
./closure_counter.go:31:22:     from ... argument (slice-literal-element) at ./closure_counter.go:31:13
./closure_counter.go:31:22:   flow: {heap} = {storage for ... argument}:
./closure_counter.go:31:22:     from ... argument (spill) at ./closure_counter.go:31:13
./closure_counter.go:31:22:     from fmt.Println(... argument...) (call parameter) at ./closure_counter.go:31:13
./closure_counter.go:31:16: c3() escapes to heap:
./closure_counter.go:31:16:   flow: {storage for ... argument} = &{storage for c3()}:
./closure_counter.go:31:16:     from c3() (spill) at ./closure_counter.go:31:16
./closure_counter.go:31:16:     from ... argument (slice-literal-element) at ./closure_counter.go:31:13
./closure_counter.go:31:16:   flow: {heap} = {storage for ... argument}:
./closure_counter.go:31:16:     from ... argument (spill) at ./closure_counter.go:31:13
./closure_counter.go:31:16:     from fmt.Println(... argument...) (call parameter) at ./closure_counter.go:31:13
./closure_counter.go:29:34: c2() escapes to heap:
./closure_counter.go:29:34:   flow: {storage for ... argument} = &{storage for c2()}:
./closure_counter.go:29:34:     from c2() (spill) at ./closure_counter.go:29:34
./closure_counter.go:29:34:     from ... argument (slice-literal-element) at ./closure_counter.go:29:13
./closure_counter.go:29:34:   flow: {heap} = {storage for ... argument}:
./closure_counter.go:29:34:     from ... argument (spill) at ./closure_counter.go:29:13
./closure_counter.go:29:34:     from fmt.Println(... argument...) (call parameter) at ./closure_counter.go:29:13
./closure_counter.go:29:28: c1() escapes to heap:
./closure_counter.go:29:28:   flow: {storage for ... argument} = &{storage for c1()}:
./closure_counter.go:29:28:     from c1() (spill) at ./closure_counter.go:29:28
./closure_counter.go:29:28:     from ... argument (slice-literal-element) at ./closure_counter.go:29:13
./closure_counter.go:29:28:   flow: {heap} = {storage for ... argument}:
./closure_counter.go:29:28:     from ... argument (spill) at ./closure_counter.go:29:13
./closure_counter.go:29:28:     from fmt.Println(... argument...) (call parameter) at ./closure_counter.go:29:13
./closure_counter.go:29:22: c1() escapes to heap:
./closure_counter.go:29:22:   flow: {storage for ... argument} = &{storage for c1()}:
./closure_counter.go:29:22:     from c1() (spill) at ./closure_counter.go:29:22
./closure_counter.go:29:22:     from ... argument (slice-literal-element) at ./closure_counter.go:29:13
./closure_counter.go:29:22:   flow: {heap} = {storage for ... argument}:
./closure_counter.go:29:22:     from ... argument (spill) at ./closure_counter.go:29:13
./closure_counter.go:29:22:     from fmt.Println(... argument...) (call parameter) at ./closure_counter.go:29:13
./closure_counter.go:29:16: c1() escapes to heap:
./closure_counter.go:29:16:   flow: {storage for ... argument} = &{storage for c1()}:
./closure_counter.go:29:16:     from c1() (spill) at ./closure_counter.go:29:16
./closure_counter.go:29:16:     from ... argument (slice-literal-element) at ./closure_counter.go:29:13
./closure_counter.go:29:16:   flow: {heap} = {storage for ... argument}:
./closure_counter.go:29:16:     from ... argument (spill) at ./closure_counter.go:29:13
./closure_counter.go:29:16:     from fmt.Println(... argument...) (call parameter) at ./closure_counter.go:29:13
./closure_counter.go:29:13: ... argument does not escape
./closure_counter.go:29:16: c1() escapes to heap
./closure_counter.go:29:22: c1() escapes to heap
./closure_counter.go:29:28: c1() escapes to heap
./closure_counter.go:29:34: c2() escapes to heap
./closure_counter.go:31:13: ... argument does not escape
./closure_counter.go:31:16: c3() escapes to heap
./closure_counter.go:31:22: c1() escapes to heap
./closure_counter.go:34:13: ... argument does not escape
./closure_counter.go:34:18: next() escapes to heap
./closure_counter.go:34:26: next() escapes to heap
./closure_counter.go:34:34: next() escapes to heap
./closure_counter.go:36:13: ... argument does not escape
./closure_counter.go:36:18: next() escapes to heap
./closure_counter.go:38:18: make([]func() int, 3) does not escape
./closure_counter.go:47:13: ... argument does not escape
./closure_counter.go:47:25: counters[0]() escapes to heap
./closure_counter.go:47:40: counters[1]() escapes to heap
./closure_counter.go:47:55: counters[2]() escapes to heap

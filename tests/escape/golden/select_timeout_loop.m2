./select_timeout_loop.go:10:5: func literal escapes to heap:
./select_timeout_loop.go:10:5:   flow: {heap} = &{storage for func literal}:
./select_timeout_loop.go:10:5:     from func literal (spill) at ./select_timeout_loop.go:10:5
./select_timeout_loop.go:8:12: after capturing by value: d (addr=false assign=false width=8)
./select_timeout_loop.go:9:2: after capturing by value: c (addr=false assign=false width=8)
./select_timeout_loop.go:8:12: parameter d leaks to {storage for func literal} with derefs=0:
./select_timeout_loop.go:8:12:   flow: {storage for func literal} = d:
./select_timeout_loop.go:8:12:     from d (captured by a closure) at ./select_timeout_loop.go:11:14
./select_timeout_loop.go:10:5: func literal escapes to heap
./select_timeout_loop.go:19:5: func literal escapes to heap:
./select_timeout_loop.go:19:5:   flow: {heap} = &{storage for func literal}:
./select_timeout_loop.go:19:5:     from func literal (spill) at ./select_timeout_loop.go:19:5
./select_timeout_loop.go:18:2: main capturing by value: ticks (addr=false assign=false width=8)
./select_timeout_loop.go:36:23: n < 400 escapes to heap:
./select_timeout_loop.go:36:23:   flow: {storage for ... argument} = &{storage for n < 400}:
./select_timeout_loop.go:36:23:     from n < 400 (spill) at ./select_timeout_loop.go:36:23
./select_timeout_loop.go:36:23:     from ... argument (slice-literal-element) at ./select_timeout_loop.go:36:13
./select_timeout_loop.go:36:23:   flow: {heap} = {storage for ... argument}:
./select_timeout_loop.go:36:23:     from ... argument (spill) at ./select_timeout_loop.go:36:13
./select_timeout_loop.go:36:23:     from fmt.Println(... argument...) (call parameter) at ./select_timeout_loop.go:36:13
./select_timeout_loop.go:36:16: n > 2 escapes to heap:
./select_timeout_loop.go:36:16:   flow: {storage for ... argument} = &{storage for n > 2}:
./select_timeout_loop.go:36:16:     from n > 2 (spill) at ./select_timeout_loop.go:36:16
./select_timeout_loop.go:36:16:     from ... argument (slice-literal-element) at ./select_timeout_loop.go:36:13
./select_timeout_loop.go:36:16:   flow: {heap} = {storage for ... argument}:
./select_timeout_loop.go:36:16:     from ... argument (spill) at ./select_timeout_loop.go:36:13
./select_timeout_loop.go:36:16:     from fmt.Println(... argument...) (call parameter) at ./select_timeout_loop.go:36:13
./select_timeout_loop.go:19:5: func literal escapes to heap
./select_timeout_loop.go:36:13: ... argument does not escape
./select_timeout_loop.go:36:16: n > 2 escapes to heap
./select_timeout_loop.go:36:23: n < 400 escapes to heap

./closure_counter_shared.go:8:2: pair capturing by ref: n (addr=false assign=true width=8)
./closure_counter_shared.go:8:2: pair capturing by ref: n (addr=true assign=true width=8)
./closure_counter_shared.go:10:8: func literal escapes to heap:
./closure_counter_shared.go:10:8:   flow: get = &{storage for func literal}:
./closure_counter_shared.go:10:8:     from func literal (spill) at ./closure_counter_shared.go:10:8
./closure_counter_shared.go:10:8:     from get = func literal (assign) at ./closure_counter_shared.go:10:6
./closure_counter_shared.go:8:2: n escapes to heap:
./closure_counter_shared.go:8:2:   flow: {storage for func literal} = &n:
./closure_counter_shared.go:8:2:     from n (captured by a closure) at ./closure_counter_shared.go:10:28
./closure_counter_shared.go:8:2:     from n (reference) at ./closure_counter_shared.go:10:28
./closure_counter_shared.go:9:8: func literal escapes to heap:
./closure_counter_shared.go:9:8:   flow: inc = &{storage for func literal}:
./closure_counter_shared.go:9:8:     from func literal (spill) at ./closure_counter_shared.go:9:8
./closure_counter_shared.go:9:8:     from inc = func literal (assign) at ./closure_counter_shared.go:9:6
./closure_counter_shared.go:8:2: moved to heap: n
./closure_counter_shared.go:9:8: func literal escapes to heap
./closure_counter_shared.go:10:8: func literal escapes to heap
./closure_counter_shared.go:15:2: main capturing by value: inc (addr=false assign=false width=8)
./closure_counter_shared.go:24:25: get2() escapes to heap:
./closure_counter_shared.go:24:25:   flow: {storage for ... argument} = &{storage for get2()}:
./closure_counter_shared.go:24:25:     from get2() (spill) at ./closure_counter_shared.go:24:25
./closure_counter_shared.go:24:25:     from ... argument (slice-literal-element) at ./closure_counter_shared.go:24:13
./closure_counter_shared.go:24:25:   flow: {heap} = {storage for ... argument}:
./closure_counter_shared.go:24:25:     from ... argument (spill) at ./closure_counter_shared.go:24:13
./closure_counter_shared.go:24:25:     from fmt.Println(... argument...) (call parameter) at ./closure_counter_shared.go:24:13
./closure_counter_shared.go:24:17: get() escapes to heap:
./closure_counter_shared.go:24:17:   flow: {storage for ... argument} = &{storage for get()}:
./closure_counter_shared.go:24:17:     from get() (spill) at ./closure_counter_shared.go:24:17
./closure_counter_shared.go:24:17:     from ... argument (slice-literal-element) at ./closure_counter_shared.go:24:13
./closure_counter_shared.go:24:17:   flow: {heap} = {storage for ... argument}:
./closure_counter_shared.go:24:17:     from ... argument (spill) at ./closure_counter_shared.go:24:13
./closure_counter_shared.go:24:17:     from fmt.Println(... argument...) (call parameter) at ./closure_counter_shared.go:24:13
./closure_counter_shared.go:21:24: inc() escapes to heap:
./closure_counter_shared.go:21:24:   flow: {storage for ... argument} = &{storage for inc()}:
./closure_counter_shared.go:21:24:     from inc() (spill) at ./closure_counter_shared.go:21:24
./closure_counter_shared.go:21:24:     from ... argument (slice-literal-element) at ./closure_counter_shared.go:21:13
./closure_counter_shared.go:21:24:   flow: {heap} = {storage for ... argument}:
./closure_counter_shared.go:21:24:     from ... argument (spill) at ./closure_counter_shared.go:21:13
./closure_counter_shared.go:21:24:     from fmt.Println(... argument...) (call parameter) at ./closure_counter_shared.go:21:13
./closure_counter_shared.go:21:17: get() escapes to heap:
./closure_counter_shared.go:21:17:   flow: {storage for ... argument} = &{storage for get()}:
./closure_counter_shared.go:21:17:     from get() (spill) at ./closure_counter_shared.go:21:17
./closure_counter_shared.go:21:17:     from ... argument (slice-literal-element) at ./closure_counter_shared.go:21:13
./closure_counter_shared.go:21:17:   flow: {heap} = {storage for ... argument}:
./closure_counter_shared.go:21:17:     from ... argument (spill) at ./closure_counter_shared.go:21:13
./closure_counter_shared.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./closure_counter_shared.go:21:13
./closure_counter_shared.go:18:17: get() escapes to heap:
./closure_counter_shared.go:18:17:   flow: {storage for ... argument} = &{storage for get()}:
./closure_counter_shared.go:18:17:     from get() (spill) at ./closure_counter_shared.go:18:17
./closure_counter_shared.go:18:17:     from ... argument (slice-literal-element) at ./closure_counter_shared.go:18:13
./closure_counter_shared.go:18:17:   flow: {heap} = {storage for ... argument}:
./closure_counter_shared.go:18:17:     from ... argument (spill) at ./closure_counter_shared.go:18:13
./closure_counter_shared.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./closure_counter_shared.go:18:13
./closure_counter_shared.go:18:13: ... argument does not escape
./closure_counter_shared.go:18:17: get() escapes to heap
./closure_counter_shared.go:19:11: func literal does not escape
./closure_counter_shared.go:21:13: ... argument does not escape
./closure_counter_shared.go:21:17: get() escapes to heap
./closure_counter_shared.go:21:24: inc() escapes to heap
./closure_counter_shared.go:24:13: ... argument does not escape
./closure_counter_shared.go:24:17: get() escapes to heap
./closure_counter_shared.go:24:25: get2() escapes to heap

./closure_byval_byref.go:10:2: main capturing by value: k (addr=false assign=false width=8)
./closure_byval_byref.go:14:2: main capturing by ref: n (addr=false assign=true width=8)
./closure_byval_byref.go:19:6: main capturing by ref: b (addr=false assign=false width=160)
./closure_byval_byref.go:30:2: main capturing by ref: pt (addr=false assign=true width=16)
./closure_byval_byref.go:35:2: main capturing by value: arr (addr=false assign=false width=48)
./closure_byval_byref.go:37:18: join() escapes to heap:
./closure_byval_byref.go:37:18:   flow: {storage for ... argument} = &{storage for join()}:
./closure_byval_byref.go:37:18:     from join() (spill) at ./closure_byval_byref.go:37:18
./closure_byval_byref.go:37:18:     from ... argument (slice-literal-element) at ./closure_byval_byref.go:37:13
./closure_byval_byref.go:37:18:   flow: {heap} = {storage for ... argument}:
./closure_byval_byref.go:37:18:     from ... argument (spill) at ./closure_byval_byref.go:37:13
./closure_byval_byref.go:37:18:     from fmt.Println(... argument...) (call parameter) at ./closure_byval_byref.go:37:13
./closure_byval_byref.go:33:13: pt escapes to heap:
./closure_byval_byref.go:33:13:   flow: {storage for ... argument} = &{storage for pt}:
./closure_byval_byref.go:33:13:     from pt (spill) at ./closure_byval_byref.go:33:13
./closure_byval_byref.go:33:13:     from ... argument (slice-literal-element) at ./closure_byval_byref.go:33:13
./closure_byval_byref.go:33:13:   flow: {heap} = {storage for ... argument}:
./closure_byval_byref.go:33:13:     from ... argument (spill) at ./closure_byval_byref.go:33:13
./closure_byval_byref.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./closure_byval_byref.go:33:13
./closure_byval_byref.go:28:17: sum() escapes to heap:
./closure_byval_byref.go:28:17:   flow: {storage for ... argument} = &{storage for sum()}:
./closure_byval_byref.go:28:17:     from sum() (spill) at ./closure_byval_byref.go:28:17
./closure_byval_byref.go:28:17:     from ... argument (slice-literal-element) at ./closure_byval_byref.go:28:13
./closure_byval_byref.go:28:17:   flow: {heap} = {storage for ... argument}:
./closure_byval_byref.go:28:17:     from ... argument (spill) at ./closure_byval_byref.go:28:13
./closure_byval_byref.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./closure_byval_byref.go:28:13
./closure_byval_byref.go:17:17: get() escapes to heap:
./closure_byval_byref.go:17:17:   flow: {storage for ... argument} = &{storage for get()}:
./closure_byval_byref.go:17:17:     from get() (spill) at ./closure_byval_byref.go:17:17
./closure_byval_byref.go:17:17:     from ... argument (slice-literal-element) at ./closure_byval_byref.go:17:13
./closure_byval_byref.go:17:17:   flow: {heap} = {storage for ... argument}:
./closure_byval_byref.go:17:17:     from ... argument (spill) at ./closure_byval_byref.go:17:13
./closure_byval_byref.go:17:17:     from fmt.Println(... argument...) (call parameter) at ./closure_byval_byref.go:17:13
./closure_byval_byref.go:12:27: addK(2) escapes to heap:
./closure_byval_byref.go:12:27:   flow: {storage for ... argument} = &{storage for addK(2)}:
./closure_byval_byref.go:12:27:     from addK(2) (spill) at ./closure_byval_byref.go:12:27
./closure_byval_byref.go:12:27:     from ... argument (slice-literal-element) at ./closure_byval_byref.go:12:13
./closure_byval_byref.go:12:27:   flow: {heap} = {storage for ... argument}:
./closure_byval_byref.go:12:27:     from ... argument (spill) at ./closure_byval_byref.go:12:13
./closure_byval_byref.go:12:27:     from fmt.Println(... argument...) (call parameter) at ./closure_byval_byref.go:12:13
./closure_byval_byref.go:12:18: addK(1) escapes to heap:
./closure_byval_byref.go:12:18:   flow: {storage for ... argument} = &{storage for addK(1)}:
./closure_byval_byref.go:12:18:     from addK(1) (spill) at ./closure_byval_byref.go:12:18
./closure_byval_byref.go:12:18:     from ... argument (slice-literal-element) at ./closure_byval_byref.go:12:13
./closure_byval_byref.go:12:18:   flow: {heap} = {storage for ... argument}:
./closure_byval_byref.go:12:18:     from ... argument (spill) at ./closure_byval_byref.go:12:13
./closure_byval_byref.go:12:18:     from fmt.Println(... argument...) (call parameter) at ./closure_byval_byref.go:12:13
./closure_byval_byref.go:36:49: arr[0] + arr[1] + arr[2] escapes to heap:
./closure_byval_byref.go:36:49:   flow: ~r0 = &{storage for arr[0] + arr[1] + arr[2]}:
./closure_byval_byref.go:36:49:     from arr[0] + arr[1] + arr[2] (spill) at ./closure_byval_byref.go:36:49
./closure_byval_byref.go:36:49:     from return arr[0] + arr[1] + arr[2] (return) at ./closure_byval_byref.go:36:26
./closure_byval_byref.go:36:49:   flow: {storage for join()} = ~r0:
./closure_byval_byref.go:36:49:     from join() (interface-converted) at ./closure_byval_byref.go:37:18
./closure_byval_byref.go:11:10: func literal does not escape
./closure_byval_byref.go:12:13: ... argument does not escape
./closure_byval_byref.go:12:18: addK(1) escapes to heap
./closure_byval_byref.go:12:27: addK(2) escapes to heap
./closure_byval_byref.go:15:9: func literal does not escape
./closure_byval_byref.go:17:13: ... argument does not escape
./closure_byval_byref.go:17:17: get() escapes to heap
./closure_byval_byref.go:21:9: func literal does not escape
./closure_byval_byref.go:28:13: ... argument does not escape
./closure_byval_byref.go:28:17: sum() escapes to heap
./closure_byval_byref.go:31:10: func literal does not escape
./closure_byval_byref.go:33:13: ... argument does not escape
./closure_byval_byref.go:33:13: pt escapes to heap
./closure_byval_byref.go:36:10: func literal does not escape
./closure_byval_byref.go:36:49: arr[0] + arr[1] + arr[2] escapes to heap
./closure_byval_byref.go:37:13: ... argument does not escape
./closure_byval_byref.go:37:18: join() escapes to heap

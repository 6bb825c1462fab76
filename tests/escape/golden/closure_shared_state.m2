./closure_shared_state.go:7:14: newCell capturing by ref: v (addr=false assign=true width=8)
./closure_shared_state.go:7:14: newCell capturing by ref: v (addr=true assign=true width=8)
./closure_shared_state.go:9:8: func literal escapes to heap:
./closure_shared_state.go:9:8:   flow: set = &{storage for func literal}:
./closure_shared_state.go:9:8:     from func literal (spill) at ./closure_shared_state.go:9:8
./closure_shared_state.go:9:8:     from set = func literal (assign) at ./closure_shared_state.go:9:6
./closure_shared_state.go:7:14: parameter v leaks to {storage for func literal} with derefs=0:
./closure_shared_state.go:7:14:   flow: {storage for func literal} = &v:
./closure_shared_state.go:7:14:     from v (captured by a closure) at ./closure_shared_state.go:9:22
./closure_shared_state.go:7:14:     from v (reference) at ./closure_shared_state.go:9:22
./closure_shared_state.go:7:14: v escapes to heap:
./closure_shared_state.go:7:14:   flow: {storage for func literal} = &v:
./closure_shared_state.go:7:14:     from v (captured by a closure) at ./closure_shared_state.go:9:22
./closure_shared_state.go:7:14:     from v (reference) at ./closure_shared_state.go:9:22
./closure_shared_state.go:8:8: func literal escapes to heap:
./closure_shared_state.go:8:8:   flow: get = &{storage for func literal}:
./closure_shared_state.go:8:8:     from func literal (spill) at ./closure_shared_state.go:8:8
./closure_shared_state.go:8:8:     from get = func literal (assign) at ./closure_shared_state.go:8:6
./closure_shared_state.go:7:14: moved to heap: v
./closure_shared_state.go:8:8: func literal escapes to heap
./closure_shared_state.go:9:8: func literal escapes to heap
./closure_shared_state.go:14:6: newStack capturing by ref: items (addr=false assign=true width=24)
./closure_shared_state.go:14:6: newStack capturing by ref: items (addr=true assign=true width=24)
./closure_shared_state.go:14:6: newStack capturing by ref: items (addr=true assign=true width=24)
./closure_shared_state.go:15:14: parameter s leaks to {heap} with derefs=0:
./closure_shared_state.go:15:14:   flow: {heap} = s:
./closure_shared_state.go:15:14:     from append(items, s) (call parameter) at ./closure_shared_state.go:15:40
./closure_shared_state.go:24:9: func literal escapes to heap:
./closure_shared_state.go:24:9:   flow: size = &{storage for func literal}:
./closure_shared_state.go:24:9:     from func literal (spill) at ./closure_shared_state.go:24:9
./closure_shared_state.go:24:9:     from size = func literal (assign) at ./closure_shared_state.go:24:7
./closure_shared_state.go:14:6: items escapes to heap:
./closure_shared_state.go:14:6:   flow: {storage for func literal} = &items:
./closure_shared_state.go:14:6:     from items (captured by a closure) at ./closure_shared_state.go:24:33
./closure_shared_state.go:14:6:     from items (reference) at ./closure_shared_state.go:24:33
./closure_shared_state.go:16:8: func literal escapes to heap:
./closure_shared_state.go:16:8:   flow: pop = &{storage for func literal}:
./closure_shared_state.go:16:8:     from func literal (spill) at ./closure_shared_state.go:16:8
./closure_shared_state.go:16:8:     from pop = func literal (assign) at ./closure_shared_state.go:16:6
./closure_shared_state.go:15:9: func literal escapes to heap:
./closure_shared_state.go:15:9:   flow: push = &{storage for func literal}:
./closure_shared_state.go:15:9:     from func literal (spill) at ./closure_shared_state.go:15:9
./closure_shared_state.go:15:9:     from push = func literal (assign) at ./closure_shared_state.go:15:7
./closure_shared_state.go:15:14: leaking param: s
./closure_shared_state.go:14:6: moved to heap: items
./closure_shared_state.go:15:9: func literal escapes to heap
./closure_shared_state.go:16:8: func literal escapes to heap
./closure_shared_state.go:24:9: func literal escapes to heap
./closure_shared_state.go:51:2: main capturing by ref: total (addr=false assign=true width=8)
./closure_shared_state.go:51:2: main capturing by ref: total (addr=true assign=true width=8)
./closure_shared_state.go:58:13: total escapes to heap:
./closure_shared_state.go:58:13:   flow: {storage for ... argument} = &{storage for total}:
./closure_shared_state.go:58:13:     from total (spill) at ./closure_shared_state.go:58:13
./closure_shared_state.go:58:13:     from ... argument (slice-literal-element) at ./closure_shared_state.go:58:13
./closure_shared_state.go:58:13:   flow: {heap} = {storage for ... argument}:
./closure_shared_state.go:58:13:     from ... argument (spill) at ./closure_shared_state.go:58:13
./closure_shared_state.go:58:13:     from fmt.Println(... argument...) (call parameter) at ./closure_shared_state.go:58:13
./closure_shared_state.go:49:18: size() escapes to heap:
./closure_shared_state.go:49:18:   flow: {storage for ... argument} = &{storage for size()}:
./closure_shared_state.go:49:18:     from size() (spill) at ./closure_shared_state.go:49:18
./closure_shared_state.go:49:18:     from ... argument (slice-literal-element) at ./closure_shared_state.go:49:13
./closure_shared_state.go:49:18:   flow: {heap} = {storage for ... argument}:
./closure_shared_state.go:49:18:     from ... argument (spill) at ./closure_shared_state.go:49:13
./closure_shared_state.go:49:18:     from fmt.Println(... argument...) (call parameter) at ./closure_shared_state.go:49:13
./closure_shared_state.go:47:16: " " escapes to heap:
./closure_shared_state.go:47:16:   flow: {storage for ... argument} = &{storage for " "}:
./closure_shared_state.go:47:16:     from " " (spill) at ./closure_shared_state.go:47:16
./closure_shared_state.go:47:16:     from ... argument (slice-literal-element) at ./closure_shared_state.go:47:12
./closure_shared_state.go:47:16:   flow: {heap} = {storage for ... argument}:
./closure_shared_state.go:47:16:     from ... argument (spill) at ./closure_shared_state.go:47:12
./closure_shared_state.go:47:16:     from fmt.Print(... argument...) (call parameter) at ./closure_shared_state.go:47:12
./closure_shared_state.go:47:12: s escapes to heap:
./closure_shared_state.go:47:12:   flow: {storage for ... argument} = &{storage for s}:
./closure_shared_state.go:47:12:     from s (spill) at ./closure_shared_state.go:47:12
./closure_shared_state.go:47:12:     from ... argument (slice-literal-element) at ./closure_shared_state.go:47:12
./closure_shared_state.go:47:12:   flow: {heap} = {storage for ... argument}:
./closure_shared_state.go:47:12:     from ... argument (spill) at ./closure_shared_state.go:47:12
./closure_shared_state.go:47:12:     from fmt.Print(... argument...) (call parameter) at ./closure_shared_state.go:47:12
./closure_shared_state.go:41:18: size() escapes to heap:
./closure_shared_state.go:41:18:   flow: {storage for ... argument} = &{storage for size()}:
./closure_shared_state.go:41:18:     from size() (spill) at ./closure_shared_state.go:41:18
./closure_shared_state.go:41:18:     from ... argument (slice-literal-element) at ./closure_shared_state.go:41:13
./closure_shared_state.go:41:18:   flow: {heap} = {storage for ... argument}:
./closure_shared_state.go:41:18:     from ... argument (spill) at ./closure_shared_state.go:41:13
./closure_shared_state.go:41:18:     from fmt.Println(... argument...) (call parameter) at ./closure_shared_state.go:41:13
./closure_shared_state.go:35:25: get2() escapes to heap:
./closure_shared_state.go:35:25:   flow: {storage for ... argument} = &{storage for get2()}:
./closure_shared_state.go:35:25:     from get2() (spill) at ./closure_shared_state.go:35:25
./closure_shared_state.go:35:25:     from ... argument (slice-literal-element) at ./closure_shared_state.go:35:13
./closure_shared_state.go:35:25:   flow: {heap} = {storage for ... argument}:
./closure_shared_state.go:35:25:     from ... argument (spill) at ./closure_shared_state.go:35:13
./closure_shared_state.go:35:25:     from fmt.Println(... argument...) (call parameter) at ./closure_shared_state.go:35:13
./closure_shared_state.go:35:17: get() escapes to heap:
./closure_shared_state.go:35:17:   flow: {storage for ... argument} = &{storage for get()}:
./closure_shared_state.go:35:17:     from get() (spill) at ./closure_shared_state.go:35:17
./closure_shared_state.go:35:17:     from ... argument (slice-literal-element) at ./closure_shared_state.go:35:13
./closure_shared_state.go:35:17:   flow: {heap} = {storage for ... argument}:
./closure_shared_state.go:35:17:     from ... argument (spill) at ./closure_shared_state.go:35:13
./closure_shared_state.go:35:17:     from fmt.Println(... argument...) (call parameter) at ./closure_shared_state.go:35:13
./closure_shared_state.go:32:17: get() escapes to heap:
./closure_shared_state.go:32:17:   flow: {storage for ... argument} = &{storage for get()}:
./closure_shared_state.go:32:17:     from get() (spill) at ./closure_shared_state.go:32:17
./closure_shared_state.go:32:17:     from ... argument (slice-literal-element) at ./closure_shared_state.go:32:13
./closure_shared_state.go:32:17:   flow: {heap} = {storage for ... argument}:
./closure_shared_state.go:32:17:     from ... argument (spill) at ./closure_shared_state.go:32:13
./closure_shared_state.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./closure_shared_state.go:32:13
./closure_shared_state.go:30:17: get() escapes to heap:
./closure_shared_state.go:30:17:   flow: {storage for ... argument} = &{storage for get()}:
./closure_shared_state.go:30:17:     from get() (spill) at ./closure_shared_state.go:30:17
./closure_shared_state.go:30:17:     from ... argument (slice-literal-element) at ./closure_shared_state.go:30:13
./closure_shared_state.go:30:17:   flow: {heap} = {storage for ... argument}:
./closure_shared_state.go:30:17:     from ... argument (spill) at ./closure_shared_state.go:30:13
./closure_shared_state.go:30:17:     from fmt.Println(... argument...) (call parameter) at ./closure_shared_state.go:30:13
./closure_shared_state.go:30:13: ... argument does not escape
./closure_shared_state.go:30:17: get() escapes to heap
./closure_shared_state.go:32:13: ... argument does not escape
./closure_shared_state.go:32:17: get() escapes to heap
./closure_shared_state.go:35:13: ... argument does not escape
./closure_shared_state.go:35:17: get() escapes to heap
./closure_shared_state.go:35:25: get2() escapes to heap
./closure_shared_state.go:41:13: ... argument does not escape
./closure_shared_state.go:41:18: size() escapes to heap
./closure_shared_state.go:47:12: ... argument does not escape
./closure_shared_state.go:47:12: s escapes to heap
./closure_shared_state.go:47:16: " " escapes to heap
./closure_shared_state.go:49:13: ... argument does not escape
./closure_shared_state.go:49:18: size() escapes to heap
./closure_shared_state.go:52:10: func literal does not escape
./closure_shared_state.go:53:10: func literal does not escape
./closure_shared_state.go:58:13: ... argument does not escape
./closure_shared_state.go:58:13: total escapes to heap

./runtime_goexit_numgoroutine.go:12:5: func literal escapes to heap:
./runtime_goexit_numgoroutine.go:12:5:   flow: {heap} = &{storage for func literal}:
./runtime_goexit_numgoroutine.go:12:5:     from func literal (spill) at ./runtime_goexit_numgoroutine.go:12:5
./runtime_goexit_numgoroutine.go:17:6: func literal escapes to heap:
./runtime_goexit_numgoroutine.go:17:6:   flow: {heap} = &{storage for func literal}:
./runtime_goexit_numgoroutine.go:17:6:     from func literal (spill) at ./runtime_goexit_numgoroutine.go:17:6
./runtime_goexit_numgoroutine.go:16:3: main.func1 capturing by value: done (addr=false assign=false width=8)
./runtime_goexit_numgoroutine.go:24:52: runtime.NumGoroutine() escapes to heap:
./runtime_goexit_numgoroutine.go:24:52:   flow: {storage for ... argument} = &{storage for runtime.NumGoroutine()}:
./runtime_goexit_numgoroutine.go:24:52:     from runtime.NumGoroutine() (spill) at ./runtime_goexit_numgoroutine.go:24:52
./runtime_goexit_numgoroutine.go:24:52:     from ... argument (slice-literal-element) at ./runtime_goexit_numgoroutine.go:24:13
./runtime_goexit_numgoroutine.go:24:52:   flow: {heap} = {storage for ... argument}:
./runtime_goexit_numgoroutine.go:24:52:     from ... argument (spill) at ./runtime_goexit_numgoroutine.go:24:13
./runtime_goexit_numgoroutine.go:24:52:     from fmt.Println(... argument...) (call parameter) at ./runtime_goexit_numgoroutine.go:24:13
./runtime_goexit_numgoroutine.go:24:14: "before Goexit:" escapes to heap:
./runtime_goexit_numgoroutine.go:24:14:   flow: {storage for ... argument} = &{storage for "before Goexit:"}:
./runtime_goexit_numgoroutine.go:24:14:     from "before Goexit:" (spill) at ./runtime_goexit_numgoroutine.go:24:14
./runtime_goexit_numgoroutine.go:24:14:     from ... argument (slice-literal-element) at ./runtime_goexit_numgoroutine.go:24:13
./runtime_goexit_numgoroutine.go:24:14:   flow: {heap} = {storage for ... argument}:
./runtime_goexit_numgoroutine.go:24:14:     from ... argument (spill) at ./runtime_goexit_numgoroutine.go:24:13
./runtime_goexit_numgoroutine.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./runtime_goexit_numgoroutine.go:24:13
./runtime_goexit_numgoroutine.go:18:54: runtime.NumGoroutine() escapes to heap:
./runtime_goexit_numgoroutine.go:18:54:   flow: {storage for ... argument} = &{storage for runtime.NumGoroutine()}:
./runtime_goexit_numgoroutine.go:18:54:     from runtime.NumGoroutine() (spill) at ./runtime_goexit_numgoroutine.go:18:54
./runtime_goexit_numgoroutine.go:18:54:     from ... argument (slice-literal-element) at ./runtime_goexit_numgoroutine.go:18:15
./runtime_goexit_numgoroutine.go:18:54:   flow: {heap} = {storage for ... argument}:
./runtime_goexit_numgoroutine.go:18:54:     from ... argument (spill) at ./runtime_goexit_numgoroutine.go:18:15
./runtime_goexit_numgoroutine.go:18:54:     from fmt.Println(... argument...) (call parameter) at ./runtime_goexit_numgoroutine.go:18:15
./runtime_goexit_numgoroutine.go:18:16: "with a helper:" escapes to heap:
./runtime_goexit_numgoroutine.go:18:16:   flow: {storage for ... argument} = &{storage for "with a helper:"}:
./runtime_goexit_numgoroutine.go:18:16:     from "with a helper:" (spill) at ./runtime_goexit_numgoroutine.go:18:16
./runtime_goexit_numgoroutine.go:18:16:     from ... argument (slice-literal-element) at ./runtime_goexit_numgoroutine.go:18:15
./runtime_goexit_numgoroutine.go:18:16:   flow: {heap} = {storage for ... argument}:
./runtime_goexit_numgoroutine.go:18:16:     from ... argument (spill) at ./runtime_goexit_numgoroutine.go:18:15
./runtime_goexit_numgoroutine.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./runtime_goexit_numgoroutine.go:18:15
./runtime_goexit_numgoroutine.go:15:52: runtime.NumGoroutine() escapes to heap:
./runtime_goexit_numgoroutine.go:15:52:   flow: {storage for ... argument} = &{storage for runtime.NumGoroutine()}:
./runtime_goexit_numgoroutine.go:15:52:     from runtime.NumGoroutine() (spill) at ./runtime_goexit_numgoroutine.go:15:52
./runtime_goexit_numgoroutine.go:15:52:     from ... argument (slice-literal-element) at ./runtime_goexit_numgoroutine.go:15:14
./runtime_goexit_numgoroutine.go:15:52:   flow: {heap} = {storage for ... argument}:
./runtime_goexit_numgoroutine.go:15:52:     from ... argument (spill) at ./runtime_goexit_numgoroutine.go:15:14
./runtime_goexit_numgoroutine.go:15:52:     from fmt.Println(... argument...) (call parameter) at ./runtime_goexit_numgoroutine.go:15:14
./runtime_goexit_numgoroutine.go:15:15: "after Goexit:" escapes to heap:
./runtime_goexit_numgoroutine.go:15:15:   flow: {storage for ... argument} = &{storage for "after Goexit:"}:
./runtime_goexit_numgoroutine.go:15:15:     from "after Goexit:" (spill) at ./runtime_goexit_numgoroutine.go:15:15
./runtime_goexit_numgoroutine.go:15:15:     from ... argument (slice-literal-element) at ./runtime_goexit_numgoroutine.go:15:14
./runtime_goexit_numgoroutine.go:15:15:   flow: {heap} = {storage for ... argument}:
./runtime_goexit_numgoroutine.go:15:15:     from ... argument (spill) at ./runtime_goexit_numgoroutine.go:15:14
./runtime_goexit_numgoroutine.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./runtime_goexit_numgoroutine.go:15:14
./runtime_goexit_numgoroutine.go:11:43: runtime.NumGoroutine() escapes to heap:
./runtime_goexit_numgoroutine.go:11:43:   flow: {storage for ... argument} = &{storage for runtime.NumGoroutine()}:
./runtime_goexit_numgoroutine.go:11:43:     from runtime.NumGoroutine() (spill) at ./runtime_goexit_numgoroutine.go:11:43
./runtime_goexit_numgoroutine.go:11:43:     from ... argument (slice-literal-element) at ./runtime_goexit_numgoroutine.go:11:13
./runtime_goexit_numgoroutine.go:11:43:   flow: {heap} = {storage for ... argument}:
./runtime_goexit_numgoroutine.go:11:43:     from ... argument (spill) at ./runtime_goexit_numgoroutine.go:11:13
./runtime_goexit_numgoroutine.go:11:43:     from fmt.Println(... argument...) (call parameter) at ./runtime_goexit_numgoroutine.go:11:13
./runtime_goexit_numgoroutine.go:11:14: "main:" escapes to heap:
./runtime_goexit_numgoroutine.go:11:14:   flow: {storage for ... argument} = &{storage for "main:"}:
./runtime_goexit_numgoroutine.go:11:14:     from "main:" (spill) at ./runtime_goexit_numgoroutine.go:11:14
./runtime_goexit_numgoroutine.go:11:14:     from ... argument (slice-literal-element) at ./runtime_goexit_numgoroutine.go:11:13
./runtime_goexit_numgoroutine.go:11:14:   flow: {heap} = {storage for ... argument}:
./runtime_goexit_numgoroutine.go:11:14:     from ... argument (spill) at ./runtime_goexit_numgoroutine.go:11:13
./runtime_goexit_numgoroutine.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./runtime_goexit_numgoroutine.go:11:13
./runtime_goexit_numgoroutine.go:11:13: ... argument does not escape
./runtime_goexit_numgoroutine.go:11:14: "main:" escapes to heap
./runtime_goexit_numgoroutine.go:11:43: runtime.NumGoroutine() escapes to heap
./runtime_goexit_numgoroutine.go:12:5: func literal escapes to heap
./runtime_goexit_numgoroutine.go:15:14: ... argument does not escape
./runtime_goexit_numgoroutine.go:15:15: "after Goexit:" escapes to heap
./runtime_goexit_numgoroutine.go:15:52: runtime.NumGoroutine() escapes to heap
./runtime_goexit_numgoroutine.go:17:6: func literal escapes to heap
./runtime_goexit_numgoroutine.go:18:15: ... argument does not escape
./runtime_goexit_numgoroutine.go:18:16: "with a helper:" escapes to heap
./runtime_goexit_numgoroutine.go:18:54: runtime.NumGoroutine() escapes to heap
./runtime_goexit_numgoroutine.go:24:13: ... argument does not escape
./runtime_goexit_numgoroutine.go:24:14: "before Goexit:" escapes to heap
./runtime_goexit_numgoroutine.go:24:52: runtime.NumGoroutine() escapes to heap

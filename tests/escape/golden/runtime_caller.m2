./runtime_caller.go:9:11: parameter path leaks to ~r0 with derefs=0:
./runtime_caller.go:9:11:   flow: ~r0 = path:
./runtime_caller.go:9:11:     from path[strings.LastIndex(path, "/") + 1:] (slice) at ./runtime_caller.go:9:44
./runtime_caller.go:9:11:     from return path[strings.LastIndex(path, "/") + 1:] (return) at ./runtime_caller.go:9:33
./runtime_caller.go:9:11: leaking param: path to result ~r0 level=0
./runtime_caller.go:16:34: line escapes to heap:
./runtime_caller.go:16:34:   flow: {storage for ... argument} = &{storage for line}:
./runtime_caller.go:16:34:     from line (spill) at ./runtime_caller.go:16:34
./runtime_caller.go:16:34:     from ... argument (slice-literal-element) at ./runtime_caller.go:16:20
./runtime_caller.go:16:34:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:16:34:     from ... argument (spill) at ./runtime_caller.go:16:20
./runtime_caller.go:16:34:     from fmt.Sprintf("%s:%d", ... argument...) (call parameter) at ./runtime_caller.go:16:20
./runtime_caller.go:16:34: base(file) escapes to heap:
./runtime_caller.go:16:34:   flow: {storage for ... argument} = &{storage for base(file)}:
./runtime_caller.go:16:34:     from base(file) (spill) at ./runtime_caller.go:16:34
./runtime_caller.go:16:34:     from ... argument (slice-literal-element) at ./runtime_caller.go:16:20
./runtime_caller.go:16:34:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:16:34:     from ... argument (spill) at ./runtime_caller.go:16:20
./runtime_caller.go:16:34:     from fmt.Sprintf("%s:%d", ... argument...) (call parameter) at ./runtime_caller.go:16:20
./runtime_caller.go:16:20: ... argument does not escape
./runtime_caller.go:16:34: base(file) escapes to heap
./runtime_caller.go:16:34: line escapes to heap
./runtime_caller.go:48:5: func literal escapes to heap:
./runtime_caller.go:48:5:   flow: {heap} = &{storage for func literal}:
./runtime_caller.go:48:5:     from func literal (spill) at ./runtime_caller.go:48:5
./runtime_caller.go:47:2: main capturing by value: done (addr=false assign=false width=8)
./runtime_caller.go:60:107: runtime.GOMAXPROCS(0) > 0 escapes to heap:
./runtime_caller.go:60:107:   flow: {storage for ... argument} = &{storage for runtime.GOMAXPROCS(0) > 0}:
./runtime_caller.go:60:107:     from runtime.GOMAXPROCS(0) > 0 (spill) at ./runtime_caller.go:60:107
./runtime_caller.go:60:107:     from ... argument (slice-literal-element) at ./runtime_caller.go:60:13
./runtime_caller.go:60:107:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:60:107:     from ... argument (spill) at ./runtime_caller.go:60:13
./runtime_caller.go:60:107:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:60:13
./runtime_caller.go:60:80: runtime.NumCPU() > 0 escapes to heap:
./runtime_caller.go:60:80:   flow: {storage for ... argument} = &{storage for runtime.NumCPU() > 0}:
./runtime_caller.go:60:80:     from runtime.NumCPU() > 0 (spill) at ./runtime_caller.go:60:80
./runtime_caller.go:60:80:     from ... argument (slice-literal-element) at ./runtime_caller.go:60:13
./runtime_caller.go:60:80:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:60:80:     from ... argument (spill) at ./runtime_caller.go:60:13
./runtime_caller.go:60:80:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:60:13
./runtime_caller.go:60:59: runtime.Version() escapes to heap:
./runtime_caller.go:60:59:   flow: {storage for ... argument} = &{storage for runtime.Version()}:
./runtime_caller.go:60:59:     from runtime.Version() (spill) at ./runtime_caller.go:60:59
./runtime_caller.go:60:59:     from ... argument (slice-literal-element) at ./runtime_caller.go:60:13
./runtime_caller.go:60:59:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:60:59:     from ... argument (spill) at ./runtime_caller.go:60:13
./runtime_caller.go:60:59:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:60:13
./runtime_caller.go:60:35: runtime.GOARCH escapes to heap:
./runtime_caller.go:60:35:   flow: {storage for ... argument} = &{storage for runtime.GOARCH}:
./runtime_caller.go:60:35:     from runtime.GOARCH (spill) at ./runtime_caller.go:60:35
./runtime_caller.go:60:35:     from ... argument (slice-literal-element) at ./runtime_caller.go:60:13
./runtime_caller.go:60:35:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:60:35:     from ... argument (spill) at ./runtime_caller.go:60:13
./runtime_caller.go:60:35:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:60:13
./runtime_caller.go:60:21: runtime.GOOS escapes to heap:
./runtime_caller.go:60:21:   flow: {storage for ... argument} = &{storage for runtime.GOOS}:
./runtime_caller.go:60:21:     from runtime.GOOS (spill) at ./runtime_caller.go:60:21
./runtime_caller.go:60:21:     from ... argument (slice-literal-element) at ./runtime_caller.go:60:13
./runtime_caller.go:60:21:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:60:21:     from ... argument (spill) at ./runtime_caller.go:60:13
./runtime_caller.go:60:21:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:60:13
./runtime_caller.go:59:13: ok escapes to heap:
./runtime_caller.go:59:13:   flow: {storage for ... argument} = &{storage for ok}:
./runtime_caller.go:59:13:     from ok (spill) at ./runtime_caller.go:59:13
./runtime_caller.go:59:13:     from ... argument (slice-literal-element) at ./runtime_caller.go:59:13
./runtime_caller.go:59:13:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:59:13:     from ... argument (spill) at ./runtime_caller.go:59:13
./runtime_caller.go:59:13:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:59:13
./runtime_caller.go:59:13: line escapes to heap:
./runtime_caller.go:59:13:   flow: {storage for ... argument} = &{storage for line}:
./runtime_caller.go:59:13:     from line (spill) at ./runtime_caller.go:59:13
./runtime_caller.go:59:13:     from ... argument (slice-literal-element) at ./runtime_caller.go:59:13
./runtime_caller.go:59:13:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:59:13:     from ... argument (spill) at ./runtime_caller.go:59:13
./runtime_caller.go:59:13:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:59:13
./runtime_caller.go:59:13: file escapes to heap:
./runtime_caller.go:59:13:   flow: {storage for ... argument} = &{storage for file}:
./runtime_caller.go:59:13:     from file (spill) at ./runtime_caller.go:59:13
./runtime_caller.go:59:13:     from ... argument (slice-literal-element) at ./runtime_caller.go:59:13
./runtime_caller.go:59:13:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:59:13:     from ... argument (spill) at ./runtime_caller.go:59:13
./runtime_caller.go:59:13:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:59:13
./runtime_caller.go:57:17: pc != 0 escapes to heap:
./runtime_caller.go:57:17:   flow: {storage for ... argument} = &{storage for pc != 0}:
./runtime_caller.go:57:17:     from pc != 0 (spill) at ./runtime_caller.go:57:17
./runtime_caller.go:57:17:     from ... argument (slice-literal-element) at ./runtime_caller.go:57:13
./runtime_caller.go:57:17:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:57:17:     from ... argument (spill) at ./runtime_caller.go:57:13
./runtime_caller.go:57:17:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:57:13
./runtime_caller.go:55:33: <-done escapes to heap:
./runtime_caller.go:55:33:   flow: {storage for ... argument} = &{storage for <-done}:
./runtime_caller.go:55:33:     from <-done (spill) at ./runtime_caller.go:55:33
./runtime_caller.go:55:33:     from ... argument (slice-literal-element) at ./runtime_caller.go:55:13
./runtime_caller.go:55:33:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:55:33:     from ... argument (spill) at ./runtime_caller.go:55:13
./runtime_caller.go:55:33:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:55:13
./runtime_caller.go:55:14: "goroutine depth" escapes to heap:
./runtime_caller.go:55:14:   flow: {storage for ... argument} = &{storage for "goroutine depth"}:
./runtime_caller.go:55:14:     from "goroutine depth" (spill) at ./runtime_caller.go:55:14
./runtime_caller.go:55:14:     from ... argument (slice-literal-element) at ./runtime_caller.go:55:13
./runtime_caller.go:55:14:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:55:14:     from ... argument (spill) at ./runtime_caller.go:55:13
./runtime_caller.go:55:14:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:55:13
./runtime_caller.go:52:38: ok2 escapes to heap:
./runtime_caller.go:52:38:   flow: {storage for ... argument} = &{storage for ok2}:
./runtime_caller.go:52:38:     from ok2 (spill) at ./runtime_caller.go:52:38
./runtime_caller.go:52:38:     from ... argument (slice-literal-element) at ./runtime_caller.go:52:14
./runtime_caller.go:52:38:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:52:38:     from ... argument (spill) at ./runtime_caller.go:52:14
./runtime_caller.go:52:38:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:52:14
./runtime_caller.go:52:38: ok escapes to heap:
./runtime_caller.go:52:38:   flow: {storage for ... argument} = &{storage for ok}:
./runtime_caller.go:52:38:     from ok (spill) at ./runtime_caller.go:52:38
./runtime_caller.go:52:38:     from ... argument (slice-literal-element) at ./runtime_caller.go:52:14
./runtime_caller.go:52:38:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:52:38:     from ... argument (spill) at ./runtime_caller.go:52:14
./runtime_caller.go:52:38:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:52:14
./runtime_caller.go:52:38: base(file) escapes to heap:
./runtime_caller.go:52:38:   flow: {storage for ... argument} = &{storage for base(file)}:
./runtime_caller.go:52:38:     from base(file) (spill) at ./runtime_caller.go:52:38
./runtime_caller.go:52:38:     from ... argument (slice-literal-element) at ./runtime_caller.go:52:14
./runtime_caller.go:52:38:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:52:38:     from ... argument (spill) at ./runtime_caller.go:52:14
./runtime_caller.go:52:38:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:52:14
./runtime_caller.go:52:15: line escapes to heap:
./runtime_caller.go:52:15:   flow: {storage for ... argument} = &{storage for line}:
./runtime_caller.go:52:15:     from line (spill) at ./runtime_caller.go:52:15
./runtime_caller.go:52:15:     from ... argument (slice-literal-element) at ./runtime_caller.go:52:14
./runtime_caller.go:52:15:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:52:15:     from ... argument (spill) at ./runtime_caller.go:52:14
./runtime_caller.go:52:15:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:52:14
./runtime_caller.go:52:15: "goroutine" escapes to heap:
./runtime_caller.go:52:15:   flow: {storage for ... argument} = &{storage for "goroutine"}:
./runtime_caller.go:52:15:     from "goroutine" (spill) at ./runtime_caller.go:52:15
./runtime_caller.go:52:15:     from ... argument (slice-literal-element) at ./runtime_caller.go:52:14
./runtime_caller.go:52:15:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:52:15:     from ... argument (spill) at ./runtime_caller.go:52:14
./runtime_caller.go:52:15:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:52:14
./runtime_caller.go:45:22: ok escapes to heap:
./runtime_caller.go:45:22:   flow: {storage for ... argument} = &{storage for ok}:
./runtime_caller.go:45:22:     from ok (spill) at ./runtime_caller.go:45:22
./runtime_caller.go:45:22:     from ... argument (slice-literal-element) at ./runtime_caller.go:45:14
./runtime_caller.go:45:22:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:45:22:     from ... argument (spill) at ./runtime_caller.go:45:14
./runtime_caller.go:45:22:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:45:14
./runtime_caller.go:45:22: line escapes to heap:
./runtime_caller.go:45:22:   flow: {storage for ... argument} = &{storage for line}:
./runtime_caller.go:45:22:     from line (spill) at ./runtime_caller.go:45:22
./runtime_caller.go:45:22:     from ... argument (slice-literal-element) at ./runtime_caller.go:45:14
./runtime_caller.go:45:22:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:45:22:     from ... argument (spill) at ./runtime_caller.go:45:14
./runtime_caller.go:45:22:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:45:14
./runtime_caller.go:45:22: base(file) escapes to heap:
./runtime_caller.go:45:22:   flow: {storage for ... argument} = &{storage for base(file)}:
./runtime_caller.go:45:22:     from base(file) (spill) at ./runtime_caller.go:45:22
./runtime_caller.go:45:22:     from ... argument (slice-literal-element) at ./runtime_caller.go:45:14
./runtime_caller.go:45:22:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:45:22:     from ... argument (spill) at ./runtime_caller.go:45:14
./runtime_caller.go:45:22:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:45:14
./runtime_caller.go:45:14: i escapes to heap:
./runtime_caller.go:45:14:   flow: {storage for ... argument} = &{storage for i}:
./runtime_caller.go:45:14:     from i (spill) at ./runtime_caller.go:45:14
./runtime_caller.go:45:14:     from ... argument (slice-literal-element) at ./runtime_caller.go:45:14
./runtime_caller.go:45:14:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:45:14:     from ... argument (spill) at ./runtime_caller.go:45:14
./runtime_caller.go:45:14:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:45:14
./runtime_caller.go:42:27: deep(5) escapes to heap:
./runtime_caller.go:42:27:   flow: {storage for ... argument} = &{storage for deep(5)}:
./runtime_caller.go:42:27:     from deep(5) (spill) at ./runtime_caller.go:42:27
./runtime_caller.go:42:27:     from ... argument (slice-literal-element) at ./runtime_caller.go:42:13
./runtime_caller.go:42:27:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:42:27:     from ... argument (spill) at ./runtime_caller.go:42:13
./runtime_caller.go:42:27:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:42:13
./runtime_caller.go:42:14: "depth" escapes to heap:
./runtime_caller.go:42:14:   flow: {storage for ... argument} = &{storage for "depth"}:
./runtime_caller.go:42:14:     from "depth" (spill) at ./runtime_caller.go:42:14
./runtime_caller.go:42:14:     from ... argument (slice-literal-element) at ./runtime_caller.go:42:13
./runtime_caller.go:42:14:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:42:14:     from ... argument (spill) at ./runtime_caller.go:42:13
./runtime_caller.go:42:14:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:42:13
./runtime_caller.go:41:46: where(0) escapes to heap:
./runtime_caller.go:41:46:   flow: {storage for ... argument} = &{storage for where(0)}:
./runtime_caller.go:41:46:     from where(0) (spill) at ./runtime_caller.go:41:46
./runtime_caller.go:41:46:     from ... argument (slice-literal-element) at ./runtime_caller.go:41:28
./runtime_caller.go:41:46:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:41:46:     from ... argument (spill) at ./runtime_caller.go:41:28
./runtime_caller.go:41:46:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:41:28
./runtime_caller.go:41:29: "deferred" escapes to heap:
./runtime_caller.go:41:29:   flow: {storage for ... argument} = &{storage for "deferred"}:
./runtime_caller.go:41:29:     from "deferred" (spill) at ./runtime_caller.go:41:29
./runtime_caller.go:41:29:     from ... argument (slice-literal-element) at ./runtime_caller.go:41:28
./runtime_caller.go:41:29:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:41:29:     from ... argument (spill) at ./runtime_caller.go:41:28
./runtime_caller.go:41:29:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:41:28
./runtime_caller.go:40:15: f() escapes to heap:
./runtime_caller.go:40:15:   flow: {storage for ... argument} = &{storage for f()}:
./runtime_caller.go:40:15:     from f() (spill) at ./runtime_caller.go:40:15
./runtime_caller.go:40:15:     from ... argument (slice-literal-element) at ./runtime_caller.go:40:13
./runtime_caller.go:40:15:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:40:15:     from ... argument (spill) at ./runtime_caller.go:40:13
./runtime_caller.go:40:15:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:40:13
./runtime_caller.go:38:19: T.M(T{}) escapes to heap:
./runtime_caller.go:38:19:   flow: {storage for ... argument} = &{storage for T.M(T{})}:
./runtime_caller.go:38:19:     from T.M(T{}) (spill) at ./runtime_caller.go:38:19
./runtime_caller.go:38:19:     from ... argument (slice-literal-element) at ./runtime_caller.go:38:13
./runtime_caller.go:38:19:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:38:19:     from ... argument (spill) at ./runtime_caller.go:38:13
./runtime_caller.go:38:19:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:38:13
./runtime_caller.go:37:19: where(0) escapes to heap:
./runtime_caller.go:37:19:   flow: {storage for ... argument} = &{storage for where(0)}:
./runtime_caller.go:37:19:     from where(0) (spill) at ./runtime_caller.go:37:19
./runtime_caller.go:37:19:     from ... argument (slice-literal-element) at ./runtime_caller.go:37:13
./runtime_caller.go:37:19:   flow: {heap} = {storage for ... argument}:
./runtime_caller.go:37:19:     from ... argument (spill) at ./runtime_caller.go:37:13
./runtime_caller.go:37:19:     from fmt.Println(... argument...) (call parameter) at ./runtime_caller.go:37:13
./runtime_caller.go:37:13: ... argument does not escape
./runtime_caller.go:37:19: where(0) escapes to heap
./runtime_caller.go:38:13: ... argument does not escape
./runtime_caller.go:38:19: T.M(T{}) escapes to heap
./runtime_caller.go:39:7: func literal does not escape
./runtime_caller.go:40:13: ... argument does not escape
./runtime_caller.go:40:15: f() escapes to heap
./runtime_caller.go:41:8: func literal does not escape
./runtime_caller.go:41:28: ... argument does not escape
./runtime_caller.go:41:29: "deferred" escapes to heap
./runtime_caller.go:41:46: where(0) escapes to heap
./runtime_caller.go:42:13: ... argument does not escape
./runtime_caller.go:42:14: "depth" escapes to heap
./runtime_caller.go:42:27: deep(5) escapes to heap
./runtime_caller.go:45:14: ... argument does not escape
./runtime_caller.go:45:14: i escapes to heap
./runtime_caller.go:45:22: base(file) escapes to heap
./runtime_caller.go:45:22: line escapes to heap
./runtime_caller.go:45:22: ok escapes to heap
./runtime_caller.go:48:5: func literal escapes to heap
./runtime_caller.go:52:14: ... argument does not escape
./runtime_caller.go:52:15: "goroutine" escapes to heap
./runtime_caller.go:52:15: line escapes to heap
./runtime_caller.go:52:38: base(file) escapes to heap
./runtime_caller.go:52:38: ok escapes to heap
./runtime_caller.go:52:38: ok2 escapes to heap
./runtime_caller.go:55:13: ... argument does not escape
./runtime_caller.go:55:14: "goroutine depth" escapes to heap
./runtime_caller.go:55:33: <-done escapes to heap
./runtime_caller.go:57:13: ... argument does not escape
./runtime_caller.go:57:17: pc != 0 escapes to heap
./runtime_caller.go:59:13: ... argument does not escape
./runtime_caller.go:59:13: file escapes to heap
./runtime_caller.go:59:13: line escapes to heap
./runtime_caller.go:59:13: ok escapes to heap
./runtime_caller.go:60:13: ... argument does not escape
./runtime_caller.go:60:21: runtime.GOOS escapes to heap
./runtime_caller.go:60:35: runtime.GOARCH escapes to heap
./runtime_caller.go:60:59: runtime.Version() escapes to heap
./runtime_caller.go:60:80: runtime.NumCPU() > 0 escapes to heap
./runtime_caller.go:60:107: runtime.GOMAXPROCS(0) > 0 escapes to heap
./runtime_caller.go:61:10: new(int) does not escape

./runtime_caller.go:9:11: leaking param: path to result ~r0 level=0
./runtime_caller.go:16:20: ... argument does not escape
./runtime_caller.go:16:34: base(file) escapes to heap
./runtime_caller.go:16:34: line escapes to heap
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

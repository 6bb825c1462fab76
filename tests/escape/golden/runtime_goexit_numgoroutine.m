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

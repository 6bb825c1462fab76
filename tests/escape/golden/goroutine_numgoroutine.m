./goroutine_numgoroutine.go:8:12: c does not escape
./goroutine_numgoroutine.go:13:13: ... argument does not escape
./goroutine_numgoroutine.go:13:34: runtime.NumGoroutine() escapes to heap
./goroutine_numgoroutine.go:19:13: ... argument does not escape
./goroutine_numgoroutine.go:19:34: runtime.NumGoroutine() escapes to heap
./goroutine_numgoroutine.go:24:13: ... argument does not escape
./goroutine_numgoroutine.go:24:34: runtime.NumGoroutine() escapes to heap

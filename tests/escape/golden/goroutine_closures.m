./goroutine_closures.go:13:7: leaking param: c
./goroutine_closures.go:20:6: moved to heap: wg
./goroutine_closures.go:42:6: moved to heap: once
./goroutine_closures.go:21:7: &Counter{} escapes to heap
./goroutine_closures.go:24:6: func literal escapes to heap
./goroutine_closures.go:30:13: ... argument does not escape
./goroutine_closures.go:30:15: c.n escapes to heap
./goroutine_closures.go:32:31: []string{...} does not escape
./goroutine_closures.go:34:6: func literal escapes to heap
./goroutine_closures.go:34:28: n + n escapes to heap
./goroutine_closures.go:36:24: map[string]bool{} does not escape
./goroutine_closures.go:40:13: ... argument does not escape
./goroutine_closures.go:40:17: len(got) escapes to heap
./goroutine_closures.go:40:27: got["aa"] escapes to heap
./goroutine_closures.go:40:38: got["bb"] escapes to heap
./goroutine_closures.go:40:49: got["cc"] escapes to heap
./goroutine_closures.go:44:7: func literal escapes to heap
./goroutine_closures.go:47:13: ... argument does not escape
./goroutine_closures.go:47:18: c.n >= 51 escapes to heap

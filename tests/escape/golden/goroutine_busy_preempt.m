./goroutine_busy_preempt.go:5:11: stop does not escape
./goroutine_busy_preempt.go:5:27: done does not escape
./goroutine_busy_preempt.go:18:11: result does not escape
./goroutine_busy_preempt.go:32:13: ... argument does not escape
./goroutine_busy_preempt.go:32:14: <-result escapes to heap
./goroutine_busy_preempt.go:34:13: ... argument does not escape
./goroutine_busy_preempt.go:34:14: <-done escapes to heap

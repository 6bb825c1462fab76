./goroutine_gosched_order.go:8:10: leaking param: s
./goroutine_gosched_order.go:8:20: done does not escape
./goroutine_gosched_order.go:10:14: ... argument does not escape
./goroutine_gosched_order.go:10:14: s escapes to heap
./goroutine_gosched_order.go:10:14: i escapes to heap
./goroutine_gosched_order.go:22:13: ... argument does not escape
./goroutine_gosched_order.go:22:14: "end" escapes to heap

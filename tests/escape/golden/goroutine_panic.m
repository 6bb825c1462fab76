./goroutine_panic.go:9:12: []int{...} does not escape
./goroutine_panic.go:10:13: ... argument does not escape
./goroutine_panic.go:10:14: "in goroutine" escapes to heap
./goroutine_panic.go:11:13: ... argument does not escape
./goroutine_panic.go:11:15: a[n] escapes to heap
./goroutine_panic.go:17:13: ... argument does not escape
./goroutine_panic.go:17:14: "not reached" escapes to heap

./goroutine_args.go:3:11: p does not escape
./goroutine_args.go:3:19: done does not escape
./goroutine_args.go:9:2: moved to heap: x
./goroutine_args.go:13:2: moved to heap: y
./goroutine_args.go:14:5: func literal escapes to heap

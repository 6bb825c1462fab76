./callback_fmt_goroutines.go:15:7: t does not escape
./callback_fmt_goroutines.go:17:20: ... argument does not escape
./callback_fmt_goroutines.go:17:37: t.id escapes to heap
./callback_fmt_goroutines.go:17:37: v escapes to heap
./callback_fmt_goroutines.go:21:6: moved to heap: wg
./callback_fmt_goroutines.go:22:13: make([]string, 4) escapes to heap
./callback_fmt_goroutines.go:23:15: make([]chan int, 4) escapes to heap
./callback_fmt_goroutines.go:29:6: func literal escapes to heap
./callback_fmt_goroutines.go:31:23: ... argument does not escape
./callback_fmt_goroutines.go:31:30: Ticket{...} escapes to heap
./callback_fmt_goroutines.go:31:45: "|" escapes to heap
./callback_fmt_goroutines.go:31:56: Ticket{...} escapes to heap
./callback_fmt_goroutines.go:37:25: []int{...} does not escape
./callback_fmt_goroutines.go:42:14: ... argument does not escape
./callback_fmt_goroutines.go:42:14: s escapes to heap

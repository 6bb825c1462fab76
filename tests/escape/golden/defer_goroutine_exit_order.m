./defer_goroutine_exit_order.go:8:18: leaking param: wg
./defer_goroutine_exit_order.go:8:38: leaking param: mu
./defer_goroutine_exit_order.go:8:54: leaking param content: log
./defer_goroutine_exit_order.go:10:8: func literal does not escape
./defer_goroutine_exit_order.go:13:33: ... argument does not escape
./defer_goroutine_exit_order.go:13:34: "done " escapes to heap
./defer_goroutine_exit_order.go:13:34: id escapes to heap
./defer_goroutine_exit_order.go:16:32: ... argument does not escape
./defer_goroutine_exit_order.go:16:33: "start " escapes to heap
./defer_goroutine_exit_order.go:16:33: id escapes to heap
./defer_goroutine_exit_order.go:21:6: moved to heap: wg
./defer_goroutine_exit_order.go:22:6: moved to heap: mu
./defer_goroutine_exit_order.go:23:6: moved to heap: log
./defer_goroutine_exit_order.go:37:13: ... argument does not escape
./defer_goroutine_exit_order.go:37:17: len(log) escapes to heap
./defer_goroutine_exit_order.go:37:17: starts escapes to heap
./defer_goroutine_exit_order.go:37:17: dones escapes to heap

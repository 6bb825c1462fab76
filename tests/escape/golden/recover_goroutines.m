./recover_goroutines.go:8:21: leaking param: wg
./recover_goroutines.go:8:41: out does not escape
./recover_goroutines.go:10:8: func literal does not escape
./recover_goroutines.go:12:21: ... argument does not escape
./recover_goroutines.go:12:22: "worker " escapes to heap
./recover_goroutines.go:12:22: id escapes to heap
./recover_goroutines.go:12:37: " recovered: " escapes to heap
./recover_goroutines.go:16:19: fmt.Sprint(... argument...) escapes to heap
./recover_goroutines.go:16:19: ... argument does not escape
./recover_goroutines.go:16:20: "even worker " escapes to heap
./recover_goroutines.go:16:20: id escapes to heap
./recover_goroutines.go:18:19: ... argument does not escape
./recover_goroutines.go:18:20: "worker " escapes to heap
./recover_goroutines.go:18:20: id escapes to heap
./recover_goroutines.go:18:35: " ok" escapes to heap
./recover_goroutines.go:21:16: res does not escape
./recover_goroutines.go:22:8: func literal does not escape
./recover_goroutines.go:23:8: func literal does not escape
./recover_goroutines.go:29:6: moved to heap: wg
./recover_goroutines.go:42:13: ... argument does not escape
./recover_goroutines.go:42:14: "messages:" escapes to heap
./recover_goroutines.go:42:14: n escapes to heap
./recover_goroutines.go:45:13: ... argument does not escape
./recover_goroutines.go:45:14: "goroutine finished:" escapes to heap
./recover_goroutines.go:45:37: <-res escapes to heap

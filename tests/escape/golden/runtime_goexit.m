./runtime_goexit.go:9:21: leaking param: wg
./runtime_goexit.go:9:41: results does not escape
./runtime_goexit.go:11:8: func literal does not escape
./runtime_goexit.go:11:38: ... argument does not escape
./runtime_goexit.go:11:39: "worker " escapes to heap
./runtime_goexit.go:11:39: id escapes to heap
./runtime_goexit.go:11:54: " deferred, recover=" escapes to heap
./runtime_goexit.go:15:23: ... argument does not escape
./runtime_goexit.go:15:24: "worker " escapes to heap
./runtime_goexit.go:15:24: id escapes to heap
./runtime_goexit.go:15:39: " returned" escapes to heap
./runtime_goexit.go:19:20: "nested deferred 1" escapes to heap
./runtime_goexit.go:19:19: ... argument does not escape
./runtime_goexit.go:20:2: func literal does not escape
./runtime_goexit.go:21:21: "nested deferred 2" escapes to heap
./runtime_goexit.go:21:20: ... argument does not escape
./runtime_goexit.go:24:13: ... argument does not escape
./runtime_goexit.go:24:14: "not reached" escapes to heap
./runtime_goexit.go:28:6: moved to heap: wg
./runtime_goexit.go:34:14: ... argument does not escape
./runtime_goexit.go:34:15: <-results escapes to heap
./runtime_goexit.go:36:15: ... argument does not escape
./runtime_goexit.go:36:16: <-results escapes to heap
./runtime_goexit.go:40:5: func literal escapes to heap
./runtime_goexit.go:45:13: ... argument does not escape
./runtime_goexit.go:45:14: "goroutines:" escapes to heap
./runtime_goexit.go:45:49: runtime.NumGoroutine() escapes to heap

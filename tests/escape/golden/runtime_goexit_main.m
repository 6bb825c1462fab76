./runtime_goexit_main.go:10:5: func literal escapes to heap
./runtime_goexit_main.go:11:21: "goroutine deferred" escapes to heap
./runtime_goexit_main.go:11:20: ... argument does not escape
./runtime_goexit_main.go:12:3: func literal does not escape
./runtime_goexit_main.go:13:10: func literal does not escape
./runtime_goexit_main.go:13:30: ... argument does not escape
./runtime_goexit_main.go:13:31: "recover during Goexit:" escapes to heap
./runtime_goexit_main.go:16:14: ... argument does not escape
./runtime_goexit_main.go:16:15: "not reached" escapes to heap
./runtime_goexit_main.go:19:5: func literal escapes to heap
./runtime_goexit_main.go:21:14: ... argument does not escape
./runtime_goexit_main.go:21:15: "other goroutine done" escapes to heap
./runtime_goexit_main.go:23:20: "main deferred" escapes to heap
./runtime_goexit_main.go:23:19: ... argument does not escape

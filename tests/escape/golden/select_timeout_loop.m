./select_timeout_loop.go:10:5: func literal escapes to heap
./select_timeout_loop.go:19:5: func literal escapes to heap
./select_timeout_loop.go:36:13: ... argument does not escape
./select_timeout_loop.go:36:16: n > 2 escapes to heap
./select_timeout_loop.go:36:23: n < 400 escapes to heap

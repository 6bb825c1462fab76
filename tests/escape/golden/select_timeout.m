./select_timeout.go:8:11: out does not escape
./select_timeout.go:13:29: out does not escape
./select_timeout.go:25:14: ... argument does not escape
./select_timeout.go:25:14: r escapes to heap
./select_timeout.go:27:14: ... argument does not escape
./select_timeout.go:27:15: "timeout" escapes to heap
./select_timeout.go:35:14: ... argument does not escape
./select_timeout.go:35:14: r escapes to heap
./select_timeout.go:37:14: ... argument does not escape
./select_timeout.go:37:15: "timeout" escapes to heap

./os_exit_zero.go:11:14: ... argument does not escape
./os_exit_zero.go:11:15: "bottom reached, exiting" escapes to heap
./os_exit_zero.go:15:13: ... argument does not escape
./os_exit_zero.go:15:14: "unwinding" escapes to heap
./os_exit_zero.go:15:14: n escapes to heap
./os_exit_zero.go:20:13: ... argument does not escape
./os_exit_zero.go:20:14: "not reached" escapes to heap

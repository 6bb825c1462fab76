./os_exit.go:11:13: ... argument does not escape
./os_exit.go:11:14: "exiting with" escapes to heap
./os_exit.go:11:14: code escapes to heap
./os_exit.go:14:13: ... argument does not escape
./os_exit.go:14:14: "not reached" escapes to heap
./os_exit.go:18:11: ... argument does not escape
./os_exit.go:18:12: "partial line without newline; " escapes to heap
./os_exit.go:23:14: ... argument does not escape
./os_exit.go:23:15: "i =" escapes to heap
./os_exit.go:23:15: i escapes to heap
./os_exit.go:25:13: ... argument does not escape
./os_exit.go:25:14: "not reached either" escapes to heap

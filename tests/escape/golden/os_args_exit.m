./os_args_exit.go:9:11: leaking param: s
./os_args_exit.go:13:15: ... argument does not escape
./os_args_exit.go:13:16: "not a number:" escapes to heap
./os_args_exit.go:13:16: s escapes to heap
./os_args_exit.go:26:13: ... argument does not escape
./os_args_exit.go:26:14: "sum" escapes to heap
./os_args_exit.go:26:14: sum escapes to heap

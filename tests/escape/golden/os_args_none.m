./os_args_none.go:10:13: ... argument does not escape
./os_args_none.go:10:17: len(os.Args) escapes to heap
./os_args_none.go:12:14: ... argument does not escape
./os_args_none.go:12:15: "program name present" escapes to heap
./os_args_none.go:15:14: ... argument does not escape
./os_args_none.go:15:15: "index" escapes to heap
./os_args_none.go:15:15: i escapes to heap

./os_exit_codes.go:11:13: ... argument does not escape
./os_exit_codes.go:11:14: "code" escapes to heap
./os_exit_codes.go:11:14: code escapes to heap

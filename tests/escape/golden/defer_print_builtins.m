./defer_print_builtins.go:19:11: leaking param: name
./defer_print_builtins.go:20:17: ... argument does not escape
./defer_print_builtins.go:20:18: "built-" escapes to heap
./defer_print_builtins.go:20:18: name escapes to heap
./defer_print_builtins.go:23:7: &T{...} does not escape
./defer_print_builtins.go:36:2: func literal does not escape
./defer_print_builtins.go:37:9: func literal does not escape

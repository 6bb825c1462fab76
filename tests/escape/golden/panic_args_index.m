./panic_args_index.go:11:13: ... argument does not escape
./panic_args_index.go:11:17: len(os.Args) escapes to heap
./panic_args_index.go:12:13: ... argument does not escape
./panic_args_index.go:12:21: os.Args[1] escapes to heap

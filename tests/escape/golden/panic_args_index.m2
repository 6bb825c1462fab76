./panic_args_index.go:12:21: os.Args[1] escapes to heap:
./panic_args_index.go:12:21:   flow: {storage for ... argument} = &{storage for os.Args[1]}:
./panic_args_index.go:12:21:     from os.Args[1] (spill) at ./panic_args_index.go:12:21
./panic_args_index.go:12:21:     from ... argument (slice-literal-element) at ./panic_args_index.go:12:13
./panic_args_index.go:12:21:   flow: {heap} = {storage for ... argument}:
./panic_args_index.go:12:21:     from ... argument (spill) at ./panic_args_index.go:12:13
./panic_args_index.go:12:21:     from fmt.Println(... argument...) (call parameter) at ./panic_args_index.go:12:13
./panic_args_index.go:11:17: len(os.Args) escapes to heap:
./panic_args_index.go:11:17:   flow: {storage for ... argument} = &{storage for len(os.Args)}:
./panic_args_index.go:11:17:     from len(os.Args) (spill) at ./panic_args_index.go:11:17
./panic_args_index.go:11:17:     from ... argument (slice-literal-element) at ./panic_args_index.go:11:13
./panic_args_index.go:11:17:   flow: {heap} = {storage for ... argument}:
./panic_args_index.go:11:17:     from ... argument (spill) at ./panic_args_index.go:11:13
./panic_args_index.go:11:17:     from fmt.Println(... argument...) (call parameter) at ./panic_args_index.go:11:13
./panic_args_index.go:11:13: ... argument does not escape
./panic_args_index.go:11:17: len(os.Args) escapes to heap
./panic_args_index.go:12:13: ... argument does not escape
./panic_args_index.go:12:21: os.Args[1] escapes to heap

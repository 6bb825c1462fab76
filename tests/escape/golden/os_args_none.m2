./os_args_none.go:15:15: i escapes to heap:
./os_args_none.go:15:15:   flow: {storage for ... argument} = &{storage for i}:
./os_args_none.go:15:15:     from i (spill) at ./os_args_none.go:15:15
./os_args_none.go:15:15:     from ... argument (slice-literal-element) at ./os_args_none.go:15:14
./os_args_none.go:15:15:   flow: {heap} = {storage for ... argument}:
./os_args_none.go:15:15:     from ... argument (spill) at ./os_args_none.go:15:14
./os_args_none.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./os_args_none.go:15:14
./os_args_none.go:15:15: "index" escapes to heap:
./os_args_none.go:15:15:   flow: {storage for ... argument} = &{storage for "index"}:
./os_args_none.go:15:15:     from "index" (spill) at ./os_args_none.go:15:15
./os_args_none.go:15:15:     from ... argument (slice-literal-element) at ./os_args_none.go:15:14
./os_args_none.go:15:15:   flow: {heap} = {storage for ... argument}:
./os_args_none.go:15:15:     from ... argument (spill) at ./os_args_none.go:15:14
./os_args_none.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./os_args_none.go:15:14
./os_args_none.go:12:15: "program name present" escapes to heap:
./os_args_none.go:12:15:   flow: {storage for ... argument} = &{storage for "program name present"}:
./os_args_none.go:12:15:     from "program name present" (spill) at ./os_args_none.go:12:15
./os_args_none.go:12:15:     from ... argument (slice-literal-element) at ./os_args_none.go:12:14
./os_args_none.go:12:15:   flow: {heap} = {storage for ... argument}:
./os_args_none.go:12:15:     from ... argument (spill) at ./os_args_none.go:12:14
./os_args_none.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./os_args_none.go:12:14
./os_args_none.go:10:17: len(os.Args) escapes to heap:
./os_args_none.go:10:17:   flow: {storage for ... argument} = &{storage for len(os.Args)}:
./os_args_none.go:10:17:     from len(os.Args) (spill) at ./os_args_none.go:10:17
./os_args_none.go:10:17:     from ... argument (slice-literal-element) at ./os_args_none.go:10:13
./os_args_none.go:10:17:   flow: {heap} = {storage for ... argument}:
./os_args_none.go:10:17:     from ... argument (spill) at ./os_args_none.go:10:13
./os_args_none.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./os_args_none.go:10:13
./os_args_none.go:10:13: ... argument does not escape
./os_args_none.go:10:17: len(os.Args) escapes to heap
./os_args_none.go:12:14: ... argument does not escape
./os_args_none.go:12:15: "program name present" escapes to heap
./os_args_none.go:15:14: ... argument does not escape
./os_args_none.go:15:15: "index" escapes to heap
./os_args_none.go:15:15: i escapes to heap

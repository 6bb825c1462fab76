./os_exit_codes.go:11:14: code escapes to heap:
./os_exit_codes.go:11:14:   flow: {storage for ... argument} = &{storage for code}:
./os_exit_codes.go:11:14:     from code (spill) at ./os_exit_codes.go:11:14
./os_exit_codes.go:11:14:     from ... argument (slice-literal-element) at ./os_exit_codes.go:11:13
./os_exit_codes.go:11:14:   flow: {heap} = {storage for ... argument}:
./os_exit_codes.go:11:14:     from ... argument (spill) at ./os_exit_codes.go:11:13
./os_exit_codes.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./os_exit_codes.go:11:13
./os_exit_codes.go:11:14: "code" escapes to heap:
./os_exit_codes.go:11:14:   flow: {storage for ... argument} = &{storage for "code"}:
./os_exit_codes.go:11:14:     from "code" (spill) at ./os_exit_codes.go:11:14
./os_exit_codes.go:11:14:     from ... argument (slice-literal-element) at ./os_exit_codes.go:11:13
./os_exit_codes.go:11:14:   flow: {heap} = {storage for ... argument}:
./os_exit_codes.go:11:14:     from ... argument (spill) at ./os_exit_codes.go:11:13
./os_exit_codes.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./os_exit_codes.go:11:13
./os_exit_codes.go:11:13: ... argument does not escape
./os_exit_codes.go:11:14: "code" escapes to heap
./os_exit_codes.go:11:14: code escapes to heap

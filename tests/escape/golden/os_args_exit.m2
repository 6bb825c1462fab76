./os_args_exit.go:13:16: s escapes to heap:
./os_args_exit.go:13:16:   flow: {storage for ... argument} = &{storage for s}:
./os_args_exit.go:13:16:     from s (spill) at ./os_args_exit.go:13:16
./os_args_exit.go:13:16:     from ... argument (slice-literal-element) at ./os_args_exit.go:13:15
./os_args_exit.go:13:16:   flow: {heap} = {storage for ... argument}:
./os_args_exit.go:13:16:     from ... argument (spill) at ./os_args_exit.go:13:15
./os_args_exit.go:13:16:     from fmt.Println(... argument...) (call parameter) at ./os_args_exit.go:13:15
./os_args_exit.go:13:16: "not a number:" escapes to heap:
./os_args_exit.go:13:16:   flow: {storage for ... argument} = &{storage for "not a number:"}:
./os_args_exit.go:13:16:     from "not a number:" (spill) at ./os_args_exit.go:13:16
./os_args_exit.go:13:16:     from ... argument (slice-literal-element) at ./os_args_exit.go:13:15
./os_args_exit.go:13:16:   flow: {heap} = {storage for ... argument}:
./os_args_exit.go:13:16:     from ... argument (spill) at ./os_args_exit.go:13:15
./os_args_exit.go:13:16:     from fmt.Println(... argument...) (call parameter) at ./os_args_exit.go:13:15
./os_args_exit.go:9:11: parameter s leaks to {storage for s} with derefs=0:
./os_args_exit.go:9:11:   flow: {storage for s} = s:
./os_args_exit.go:9:11:     from s (interface-converted) at ./os_args_exit.go:13:16
./os_args_exit.go:9:11: leaking param: s
./os_args_exit.go:13:15: ... argument does not escape
./os_args_exit.go:13:16: "not a number:" escapes to heap
./os_args_exit.go:13:16: s escapes to heap
./os_args_exit.go:26:14: sum escapes to heap:
./os_args_exit.go:26:14:   flow: {storage for ... argument} = &{storage for sum}:
./os_args_exit.go:26:14:     from sum (spill) at ./os_args_exit.go:26:14
./os_args_exit.go:26:14:     from ... argument (slice-literal-element) at ./os_args_exit.go:26:13
./os_args_exit.go:26:14:   flow: {heap} = {storage for ... argument}:
./os_args_exit.go:26:14:     from ... argument (spill) at ./os_args_exit.go:26:13
./os_args_exit.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./os_args_exit.go:26:13
./os_args_exit.go:26:14: "sum" escapes to heap:
./os_args_exit.go:26:14:   flow: {storage for ... argument} = &{storage for "sum"}:
./os_args_exit.go:26:14:     from "sum" (spill) at ./os_args_exit.go:26:14
./os_args_exit.go:26:14:     from ... argument (slice-literal-element) at ./os_args_exit.go:26:13
./os_args_exit.go:26:14:   flow: {heap} = {storage for ... argument}:
./os_args_exit.go:26:14:     from ... argument (spill) at ./os_args_exit.go:26:13
./os_args_exit.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./os_args_exit.go:26:13
./os_args_exit.go:26:13: ... argument does not escape
./os_args_exit.go:26:14: "sum" escapes to heap
./os_args_exit.go:26:14: sum escapes to heap

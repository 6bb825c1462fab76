./os_exit_zero.go:15:14: n escapes to heap:
./os_exit_zero.go:15:14:   flow: {storage for ... argument} = &{storage for n}:
./os_exit_zero.go:15:14:     from n (spill) at ./os_exit_zero.go:15:14
./os_exit_zero.go:15:14:     from ... argument (slice-literal-element) at ./os_exit_zero.go:15:13
./os_exit_zero.go:15:14:   flow: {heap} = {storage for ... argument}:
./os_exit_zero.go:15:14:     from ... argument (spill) at ./os_exit_zero.go:15:13
./os_exit_zero.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./os_exit_zero.go:15:13
./os_exit_zero.go:15:14: "unwinding" escapes to heap:
./os_exit_zero.go:15:14:   flow: {storage for ... argument} = &{storage for "unwinding"}:
./os_exit_zero.go:15:14:     from "unwinding" (spill) at ./os_exit_zero.go:15:14
./os_exit_zero.go:15:14:     from ... argument (slice-literal-element) at ./os_exit_zero.go:15:13
./os_exit_zero.go:15:14:   flow: {heap} = {storage for ... argument}:
./os_exit_zero.go:15:14:     from ... argument (spill) at ./os_exit_zero.go:15:13
./os_exit_zero.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./os_exit_zero.go:15:13
./os_exit_zero.go:11:15: "bottom reached, exiting" escapes to heap:
./os_exit_zero.go:11:15:   flow: {storage for ... argument} = &{storage for "bottom reached, exiting"}:
./os_exit_zero.go:11:15:     from "bottom reached, exiting" (spill) at ./os_exit_zero.go:11:15
./os_exit_zero.go:11:15:     from ... argument (slice-literal-element) at ./os_exit_zero.go:11:14
./os_exit_zero.go:11:15:   flow: {heap} = {storage for ... argument}:
./os_exit_zero.go:11:15:     from ... argument (spill) at ./os_exit_zero.go:11:14
./os_exit_zero.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./os_exit_zero.go:11:14
./os_exit_zero.go:11:14: ... argument does not escape
./os_exit_zero.go:11:15: "bottom reached, exiting" escapes to heap
./os_exit_zero.go:15:13: ... argument does not escape
./os_exit_zero.go:15:14: "unwinding" escapes to heap
./os_exit_zero.go:15:14: n escapes to heap
./os_exit_zero.go:20:14: "not reached" escapes to heap:
./os_exit_zero.go:20:14:   flow: {storage for ... argument} = &{storage for "not reached"}:
./os_exit_zero.go:20:14:     from "not reached" (spill) at ./os_exit_zero.go:20:14
./os_exit_zero.go:20:14:     from ... argument (slice-literal-element) at ./os_exit_zero.go:20:13
./os_exit_zero.go:20:14:   flow: {heap} = {storage for ... argument}:
./os_exit_zero.go:20:14:     from ... argument (spill) at ./os_exit_zero.go:20:13
./os_exit_zero.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./os_exit_zero.go:20:13
./os_exit_zero.go:20:13: ... argument does not escape
./os_exit_zero.go:20:14: "not reached" escapes to heap

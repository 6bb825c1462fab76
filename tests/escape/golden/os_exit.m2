./os_exit.go:14:14: "not reached" escapes to heap:
./os_exit.go:14:14:   flow: {storage for ... argument} = &{storage for "not reached"}:
./os_exit.go:14:14:     from "not reached" (spill) at ./os_exit.go:14:14
./os_exit.go:14:14:     from ... argument (slice-literal-element) at ./os_exit.go:14:13
./os_exit.go:14:14:   flow: {heap} = {storage for ... argument}:
./os_exit.go:14:14:     from ... argument (spill) at ./os_exit.go:14:13
./os_exit.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./os_exit.go:14:13
./os_exit.go:11:14: code escapes to heap:
./os_exit.go:11:14:   flow: {storage for ... argument} = &{storage for code}:
./os_exit.go:11:14:     from code (spill) at ./os_exit.go:11:14
./os_exit.go:11:14:     from ... argument (slice-literal-element) at ./os_exit.go:11:13
./os_exit.go:11:14:   flow: {heap} = {storage for ... argument}:
./os_exit.go:11:14:     from ... argument (spill) at ./os_exit.go:11:13
./os_exit.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./os_exit.go:11:13
./os_exit.go:11:14: "exiting with" escapes to heap:
./os_exit.go:11:14:   flow: {storage for ... argument} = &{storage for "exiting with"}:
./os_exit.go:11:14:     from "exiting with" (spill) at ./os_exit.go:11:14
./os_exit.go:11:14:     from ... argument (slice-literal-element) at ./os_exit.go:11:13
./os_exit.go:11:14:   flow: {heap} = {storage for ... argument}:
./os_exit.go:11:14:     from ... argument (spill) at ./os_exit.go:11:13
./os_exit.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./os_exit.go:11:13
./os_exit.go:11:13: ... argument does not escape
./os_exit.go:11:14: "exiting with" escapes to heap
./os_exit.go:11:14: code escapes to heap
./os_exit.go:14:13: ... argument does not escape
./os_exit.go:14:14: "not reached" escapes to heap
./os_exit.go:25:14: "not reached either" escapes to heap:
./os_exit.go:25:14:   flow: {storage for ... argument} = &{storage for "not reached either"}:
./os_exit.go:25:14:     from "not reached either" (spill) at ./os_exit.go:25:14
./os_exit.go:25:14:     from ... argument (slice-literal-element) at ./os_exit.go:25:13
./os_exit.go:25:14:   flow: {heap} = {storage for ... argument}:
./os_exit.go:25:14:     from ... argument (spill) at ./os_exit.go:25:13
./os_exit.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./os_exit.go:25:13
./os_exit.go:23:15: i escapes to heap:
./os_exit.go:23:15:   flow: {storage for ... argument} = &{storage for i}:
./os_exit.go:23:15:     from i (spill) at ./os_exit.go:23:15
./os_exit.go:23:15:     from ... argument (slice-literal-element) at ./os_exit.go:23:14
./os_exit.go:23:15:   flow: {heap} = {storage for ... argument}:
./os_exit.go:23:15:     from ... argument (spill) at ./os_exit.go:23:14
./os_exit.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./os_exit.go:23:14
./os_exit.go:23:15: "i =" escapes to heap:
./os_exit.go:23:15:   flow: {storage for ... argument} = &{storage for "i ="}:
./os_exit.go:23:15:     from "i =" (spill) at ./os_exit.go:23:15
./os_exit.go:23:15:     from ... argument (slice-literal-element) at ./os_exit.go:23:14
./os_exit.go:23:15:   flow: {heap} = {storage for ... argument}:
./os_exit.go:23:15:     from ... argument (spill) at ./os_exit.go:23:14
./os_exit.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./os_exit.go:23:14
./os_exit.go:18:12: "partial line without newline; " escapes to heap:
./os_exit.go:18:12:   flow: {storage for ... argument} = &{storage for "partial line without newline; "}:
./os_exit.go:18:12:     from "partial line without newline; " (spill) at ./os_exit.go:18:12
./os_exit.go:18:12:     from ... argument (slice-literal-element) at ./os_exit.go:18:11
./os_exit.go:18:12:   flow: {heap} = {storage for ... argument}:
./os_exit.go:18:12:     from ... argument (spill) at ./os_exit.go:18:11
./os_exit.go:18:12:     from fmt.Print(... argument...) (call parameter) at ./os_exit.go:18:11
./os_exit.go:18:11: ... argument does not escape
./os_exit.go:18:12: "partial line without newline; " escapes to heap
./os_exit.go:23:14: ... argument does not escape
./os_exit.go:23:15: "i =" escapes to heap
./os_exit.go:23:15: i escapes to heap
./os_exit.go:25:13: ... argument does not escape
./os_exit.go:25:14: "not reached either" escapes to heap

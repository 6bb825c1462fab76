./os_environ.go:34:14: found escapes to heap:
./os_environ.go:34:14:   flow: {storage for ... argument} = &{storage for found}:
./os_environ.go:34:14:     from found (spill) at ./os_environ.go:34:14
./os_environ.go:34:14:     from ... argument (slice-literal-element) at ./os_environ.go:34:13
./os_environ.go:34:14:   flow: {heap} = {storage for ... argument}:
./os_environ.go:34:14:     from ... argument (spill) at ./os_environ.go:34:13
./os_environ.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./os_environ.go:34:13
./os_environ.go:34:14: "unset found:" escapes to heap:
./os_environ.go:34:14:   flow: {storage for ... argument} = &{storage for "unset found:"}:
./os_environ.go:34:14:     from "unset found:" (spill) at ./os_environ.go:34:14
./os_environ.go:34:14:     from ... argument (slice-literal-element) at ./os_environ.go:34:13
./os_environ.go:34:14:   flow: {heap} = {storage for ... argument}:
./os_environ.go:34:14:     from ... argument (spill) at ./os_environ.go:34:13
./os_environ.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./os_environ.go:34:13
./os_environ.go:31:42: os.Environ()[0] != "changed=1" escapes to heap:
./os_environ.go:31:42:   flow: {storage for ... argument} = &{storage for os.Environ()[0] != "changed=1"}:
./os_environ.go:31:42:     from os.Environ()[0] != "changed=1" (spill) at ./os_environ.go:31:42
./os_environ.go:31:42:     from ... argument (slice-literal-element) at ./os_environ.go:31:14
./os_environ.go:31:42:   flow: {heap} = {storage for ... argument}:
./os_environ.go:31:42:     from ... argument (spill) at ./os_environ.go:31:14
./os_environ.go:31:42:     from fmt.Println(... argument...) (call parameter) at ./os_environ.go:31:14
./os_environ.go:31:15: "a copy:" escapes to heap:
./os_environ.go:31:15:   flow: {storage for ... argument} = &{storage for "a copy:"}:
./os_environ.go:31:15:     from "a copy:" (spill) at ./os_environ.go:31:15
./os_environ.go:31:15:     from ... argument (slice-literal-element) at ./os_environ.go:31:14
./os_environ.go:31:15:   flow: {heap} = {storage for ... argument}:
./os_environ.go:31:15:     from ... argument (spill) at ./os_environ.go:31:14
./os_environ.go:31:15:     from fmt.Println(... argument...) (call parameter) at ./os_environ.go:31:14
./os_environ.go:28:14: agree escapes to heap:
./os_environ.go:28:14:   flow: {storage for ... argument} = &{storage for agree}:
./os_environ.go:28:14:     from agree (spill) at ./os_environ.go:28:14
./os_environ.go:28:14:     from ... argument (slice-literal-element) at ./os_environ.go:28:13
./os_environ.go:28:14:   flow: {heap} = {storage for ... argument}:
./os_environ.go:28:14:     from ... argument (spill) at ./os_environ.go:28:13
./os_environ.go:28:14:     from fmt.Println(... argument...) (call parameter) at ./os_environ.go:28:13
./os_environ.go:28:14: "entries agree with Getenv:" escapes to heap:
./os_environ.go:28:14:   flow: {storage for ... argument} = &{storage for "entries agree with Getenv:"}:
./os_environ.go:28:14:     from "entries agree with Getenv:" (spill) at ./os_environ.go:28:14
./os_environ.go:28:14:     from ... argument (slice-literal-element) at ./os_environ.go:28:13
./os_environ.go:28:14:   flow: {heap} = {storage for ... argument}:
./os_environ.go:28:14:     from ... argument (spill) at ./os_environ.go:28:13
./os_environ.go:28:14:     from fmt.Println(... argument...) (call parameter) at ./os_environ.go:28:13
./os_environ.go:28:13: ... argument does not escape
./os_environ.go:28:14: "entries agree with Getenv:" escapes to heap
./os_environ.go:28:14: agree escapes to heap
./os_environ.go:31:14: ... argument does not escape
./os_environ.go:31:15: "a copy:" escapes to heap
./os_environ.go:31:42: os.Environ()[0] != "changed=1" escapes to heap
./os_environ.go:34:13: ... argument does not escape
./os_environ.go:34:14: "unset found:" escapes to heap
./os_environ.go:34:14: found escapes to heap

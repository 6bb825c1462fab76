./lib_os_getenv.go:15:13: ok escapes to heap:
./lib_os_getenv.go:15:13:   flow: {storage for ... argument} = &{storage for ok}:
./lib_os_getenv.go:15:13:     from ok (spill) at ./lib_os_getenv.go:15:13
./lib_os_getenv.go:15:13:     from ... argument (slice-literal-element) at ./lib_os_getenv.go:15:13
./lib_os_getenv.go:15:13:   flow: {heap} = {storage for ... argument}:
./lib_os_getenv.go:15:13:     from ... argument (spill) at ./lib_os_getenv.go:15:13
./lib_os_getenv.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./lib_os_getenv.go:15:13
./lib_os_getenv.go:13:37: len(os.Getenv("PATH")) > 0 escapes to heap:
./lib_os_getenv.go:13:37:   flow: {storage for ... argument} = &{storage for len(os.Getenv("PATH")) > 0}:
./lib_os_getenv.go:13:37:     from len(os.Getenv("PATH")) > 0 (spill) at ./lib_os_getenv.go:13:37
./lib_os_getenv.go:13:37:     from ... argument (slice-literal-element) at ./lib_os_getenv.go:13:13
./lib_os_getenv.go:13:37:   flow: {heap} = {storage for ... argument}:
./lib_os_getenv.go:13:37:     from ... argument (spill) at ./lib_os_getenv.go:13:13
./lib_os_getenv.go:13:37:     from fmt.Println(... argument...) (call parameter) at ./lib_os_getenv.go:13:13
./lib_os_getenv.go:12:30: os.Getenv("") escapes to heap:
./lib_os_getenv.go:12:30:   flow: {storage for ... argument} = &{storage for os.Getenv("")}:
./lib_os_getenv.go:12:30:     from os.Getenv("") (spill) at ./lib_os_getenv.go:12:30
./lib_os_getenv.go:12:30:     from ... argument (slice-literal-element) at ./lib_os_getenv.go:12:12
./lib_os_getenv.go:12:30:   flow: {heap} = {storage for ... argument}:
./lib_os_getenv.go:12:30:     from ... argument (spill) at ./lib_os_getenv.go:12:12
./lib_os_getenv.go:12:30:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_os_getenv.go:12:12
./lib_os_getenv.go:11:13: ok escapes to heap:
./lib_os_getenv.go:11:13:   flow: {storage for ... argument} = &{storage for ok}:
./lib_os_getenv.go:11:13:     from ok (spill) at ./lib_os_getenv.go:11:13
./lib_os_getenv.go:11:13:     from ... argument (slice-literal-element) at ./lib_os_getenv.go:11:12
./lib_os_getenv.go:11:13:   flow: {heap} = {storage for ... argument}:
./lib_os_getenv.go:11:13:     from ... argument (spill) at ./lib_os_getenv.go:11:12
./lib_os_getenv.go:11:13:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./lib_os_getenv.go:11:12
./lib_os_getenv.go:11:13: v escapes to heap:
./lib_os_getenv.go:11:13:   flow: {storage for ... argument} = &{storage for v}:
./lib_os_getenv.go:11:13:     from v (spill) at ./lib_os_getenv.go:11:13
./lib_os_getenv.go:11:13:     from ... argument (slice-literal-element) at ./lib_os_getenv.go:11:12
./lib_os_getenv.go:11:13:   flow: {heap} = {storage for ... argument}:
./lib_os_getenv.go:11:13:     from ... argument (spill) at ./lib_os_getenv.go:11:12
./lib_os_getenv.go:11:13:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./lib_os_getenv.go:11:12
./lib_os_getenv.go:9:30: os.Getenv("VM_SURELY_UNSET_VARIABLE") escapes to heap:
./lib_os_getenv.go:9:30:   flow: {storage for ... argument} = &{storage for os.Getenv("VM_SURELY_UNSET_VARIABLE")}:
./lib_os_getenv.go:9:30:     from os.Getenv("VM_SURELY_UNSET_VARIABLE") (spill) at ./lib_os_getenv.go:9:30
./lib_os_getenv.go:9:30:     from ... argument (slice-literal-element) at ./lib_os_getenv.go:9:12
./lib_os_getenv.go:9:30:   flow: {heap} = {storage for ... argument}:
./lib_os_getenv.go:9:30:     from ... argument (spill) at ./lib_os_getenv.go:9:12
./lib_os_getenv.go:9:30:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_os_getenv.go:9:12
./lib_os_getenv.go:9:12: ... argument does not escape
./lib_os_getenv.go:9:30: os.Getenv("VM_SURELY_UNSET_VARIABLE") escapes to heap
./lib_os_getenv.go:11:12: ... argument does not escape
./lib_os_getenv.go:11:13: v escapes to heap
./lib_os_getenv.go:11:13: ok escapes to heap
./lib_os_getenv.go:12:12: ... argument does not escape
./lib_os_getenv.go:12:30: os.Getenv("") escapes to heap
./lib_os_getenv.go:13:13: ... argument does not escape
./lib_os_getenv.go:13:37: len(os.Getenv("PATH")) > 0 escapes to heap
./lib_os_getenv.go:15:13: ... argument does not escape
./lib_os_getenv.go:15:13: ok escapes to heap

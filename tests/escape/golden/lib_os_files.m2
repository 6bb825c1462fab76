./lib_os_files.go:16:30: len(data) escapes to heap:
./lib_os_files.go:16:30:   flow: {storage for ... argument} = &{storage for len(data)}:
./lib_os_files.go:16:30:     from len(data) (spill) at ./lib_os_files.go:16:30
./lib_os_files.go:16:30:     from ... argument (slice-literal-element) at ./lib_os_files.go:16:13
./lib_os_files.go:16:30:   flow: {heap} = {storage for ... argument}:
./lib_os_files.go:16:30:     from ... argument (spill) at ./lib_os_files.go:16:13
./lib_os_files.go:16:30:     from fmt.Println(... argument...) (call parameter) at ./lib_os_files.go:16:13
./lib_os_files.go:16:19: data == nil escapes to heap:
./lib_os_files.go:16:19:   flow: {storage for ... argument} = &{storage for data == nil}:
./lib_os_files.go:16:19:     from data == nil (spill) at ./lib_os_files.go:16:19
./lib_os_files.go:16:19:     from ... argument (slice-literal-element) at ./lib_os_files.go:16:13
./lib_os_files.go:16:19:   flow: {heap} = {storage for ... argument}:
./lib_os_files.go:16:19:     from ... argument (spill) at ./lib_os_files.go:16:13
./lib_os_files.go:16:19:     from fmt.Println(... argument...) (call parameter) at ./lib_os_files.go:16:13
./lib_os_files.go:13:39: cap(data) == len(data) + 1 || cap(data) == 512 escapes to heap:
./lib_os_files.go:13:39:   flow: {storage for ... argument} = &{storage for cap(data) == len(data) + 1 || cap(data) == 512}:
./lib_os_files.go:13:39:     from cap(data) == len(data) + 1 || cap(data) == 512 (spill) at ./lib_os_files.go:13:39
./lib_os_files.go:13:39:     from ... argument (slice-literal-element) at ./lib_os_files.go:13:13
./lib_os_files.go:13:39:   flow: {heap} = {storage for ... argument}:
./lib_os_files.go:13:39:     from ... argument (spill) at ./lib_os_files.go:13:13
./lib_os_files.go:13:39:     from fmt.Println(... argument...) (call parameter) at ./lib_os_files.go:13:13
./lib_os_files.go:12:41: len(data) escapes to heap:
./lib_os_files.go:12:41:   flow: {storage for ... argument} = &{storage for len(data)}:
./lib_os_files.go:12:41:     from len(data) (spill) at ./lib_os_files.go:12:41
./lib_os_files.go:12:41:     from ... argument (slice-literal-element) at ./lib_os_files.go:12:12
./lib_os_files.go:12:41:   flow: {heap} = {storage for ... argument}:
./lib_os_files.go:12:41:     from ... argument (spill) at ./lib_os_files.go:12:12
./lib_os_files.go:12:41:     from fmt.Printf("%q %d %v\n", ... argument...) (call parameter) at ./lib_os_files.go:12:12
./lib_os_files.go:12:31: data[:12] escapes to heap:
./lib_os_files.go:12:31:   flow: {storage for ... argument} = &{storage for data[:12]}:
./lib_os_files.go:12:31:     from data[:12] (spill) at ./lib_os_files.go:12:31
./lib_os_files.go:12:31:     from ... argument (slice-literal-element) at ./lib_os_files.go:12:12
./lib_os_files.go:12:31:   flow: {heap} = {storage for ... argument}:
./lib_os_files.go:12:31:     from ... argument (spill) at ./lib_os_files.go:12:12
./lib_os_files.go:12:31:     from fmt.Printf("%q %d %v\n", ... argument...) (call parameter) at ./lib_os_files.go:12:12
./lib_os_files.go:12:12: ... argument does not escape
./lib_os_files.go:12:31: data[:12] escapes to heap
./lib_os_files.go:12:41: len(data) escapes to heap
./lib_os_files.go:13:13: ... argument does not escape
./lib_os_files.go:13:39: cap(data) == len(data) + 1 || cap(data) == 512 escapes to heap
./lib_os_files.go:16:13: ... argument does not escape
./lib_os_files.go:16:19: data == nil escapes to heap
./lib_os_files.go:16:30: len(data) escapes to heap
./lib_os_files.go:17:12: ... argument does not escape
./lib_os_files.go:18:13: ... argument does not escape
./lib_os_files.go:20:13: ... argument does not escape
./lib_os_files.go:22:13: ... argument does not escape
./lib_os_files.go:23:32: ([]byte)("x") does not escape
./lib_os_files.go:24:13: ... argument does not escape
./lib_os_files.go:26:13: ... argument does not escape

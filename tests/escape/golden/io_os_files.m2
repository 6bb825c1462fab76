./io_os_files.go:15:49: string(data) escapes to heap:
./io_os_files.go:15:49:   flow: {heap} = &{storage for string(data)}:
./io_os_files.go:15:49:     from string(data) (spill) at ./io_os_files.go:15:49
./io_os_files.go:15:49:     from strings.TrimSpace(string(data)) (call parameter) at ./io_os_files.go:15:42
./io_os_files.go:15:49:     from strings.Split(strings.TrimSpace(string(data)), "\n") (call parameter) at ./io_os_files.go:15:24
./io_os_files.go:25:43: os.Getenv("IO_OS_FILES_SURELY_UNSET") escapes to heap:
./io_os_files.go:25:43:   flow: {storage for ... argument} = &{storage for os.Getenv("IO_OS_FILES_SURELY_UNSET")}:
./io_os_files.go:25:43:     from os.Getenv("IO_OS_FILES_SURELY_UNSET") (spill) at ./io_os_files.go:25:43
./io_os_files.go:25:43:     from ... argument (slice-literal-element) at ./io_os_files.go:25:12
./io_os_files.go:25:43:   flow: {heap} = {storage for ... argument}:
./io_os_files.go:25:43:     from ... argument (spill) at ./io_os_files.go:25:12
./io_os_files.go:25:43:     from fmt.Printf("%q %v %q\n", ... argument...) (call parameter) at ./io_os_files.go:25:12
./io_os_files.go:25:13: ok escapes to heap:
./io_os_files.go:25:13:   flow: {storage for ... argument} = &{storage for ok}:
./io_os_files.go:25:13:     from ok (spill) at ./io_os_files.go:25:13
./io_os_files.go:25:13:     from ... argument (slice-literal-element) at ./io_os_files.go:25:12
./io_os_files.go:25:13:   flow: {heap} = {storage for ... argument}:
./io_os_files.go:25:13:     from ... argument (spill) at ./io_os_files.go:25:12
./io_os_files.go:25:13:     from fmt.Printf("%q %v %q\n", ... argument...) (call parameter) at ./io_os_files.go:25:12
./io_os_files.go:25:13: v escapes to heap:
./io_os_files.go:25:13:   flow: {storage for ... argument} = &{storage for v}:
./io_os_files.go:25:13:     from v (spill) at ./io_os_files.go:25:13
./io_os_files.go:25:13:     from ... argument (slice-literal-element) at ./io_os_files.go:25:12
./io_os_files.go:25:13:   flow: {heap} = {storage for ... argument}:
./io_os_files.go:25:13:     from ... argument (spill) at ./io_os_files.go:25:12
./io_os_files.go:25:13:     from fmt.Printf("%q %v %q\n", ... argument...) (call parameter) at ./io_os_files.go:25:12
./io_os_files.go:23:63: (*os.File).Name(os.Stdin) escapes to heap:
./io_os_files.go:23:63:   flow: {storage for ... argument} = &{storage for (*os.File).Name(os.Stdin)}:
./io_os_files.go:23:63:     from (*os.File).Name(os.Stdin) (spill) at ./io_os_files.go:23:63
./io_os_files.go:23:63:     from ... argument (slice-literal-element) at ./io_os_files.go:23:13
./io_os_files.go:23:63:   flow: {heap} = {storage for ... argument}:
./io_os_files.go:23:63:     from ... argument (spill) at ./io_os_files.go:23:13
./io_os_files.go:23:63:     from fmt.Println(... argument...) (call parameter) at ./io_os_files.go:23:13
./io_os_files.go:23:46: (*os.File).Name(os.Stderr) escapes to heap:
./io_os_files.go:23:46:   flow: {storage for ... argument} = &{storage for (*os.File).Name(os.Stderr)}:
./io_os_files.go:23:46:     from (*os.File).Name(os.Stderr) (spill) at ./io_os_files.go:23:46
./io_os_files.go:23:46:     from ... argument (slice-literal-element) at ./io_os_files.go:23:13
./io_os_files.go:23:46:   flow: {heap} = {storage for ... argument}:
./io_os_files.go:23:46:     from ... argument (spill) at ./io_os_files.go:23:13
./io_os_files.go:23:46:     from fmt.Println(... argument...) (call parameter) at ./io_os_files.go:23:13
./io_os_files.go:23:28: (*os.File).Name(os.Stdout) escapes to heap:
./io_os_files.go:23:28:   flow: {storage for ... argument} = &{storage for (*os.File).Name(os.Stdout)}:
./io_os_files.go:23:28:     from (*os.File).Name(os.Stdout) (spill) at ./io_os_files.go:23:28
./io_os_files.go:23:28:     from ... argument (slice-literal-element) at ./io_os_files.go:23:13
./io_os_files.go:23:28:   flow: {heap} = {storage for ... argument}:
./io_os_files.go:23:28:     from ... argument (spill) at ./io_os_files.go:23:13
./io_os_files.go:23:28:     from fmt.Println(... argument...) (call parameter) at ./io_os_files.go:23:13
./io_os_files.go:20:14: "remove again:" escapes to heap:
./io_os_files.go:20:14:   flow: {storage for ... argument} = &{storage for "remove again:"}:
./io_os_files.go:20:14:     from "remove again:" (spill) at ./io_os_files.go:20:14
./io_os_files.go:20:14:     from ... argument (slice-literal-element) at ./io_os_files.go:20:13
./io_os_files.go:20:14:   flow: {heap} = {storage for ... argument}:
./io_os_files.go:20:14:     from ... argument (spill) at ./io_os_files.go:20:13
./io_os_files.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./io_os_files.go:20:13
./io_os_files.go:19:14: "again:" escapes to heap:
./io_os_files.go:19:14:   flow: {storage for ... argument} = &{storage for "again:"}:
./io_os_files.go:19:14:     from "again:" (spill) at ./io_os_files.go:19:14
./io_os_files.go:19:14:     from ... argument (slice-literal-element) at ./io_os_files.go:19:13
./io_os_files.go:19:14:   flow: {heap} = {storage for ... argument}:
./io_os_files.go:19:14:     from ... argument (spill) at ./io_os_files.go:19:13
./io_os_files.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./io_os_files.go:19:13
./io_os_files.go:17:14: "remove:" escapes to heap:
./io_os_files.go:17:14:   flow: {storage for ... argument} = &{storage for "remove:"}:
./io_os_files.go:17:14:     from "remove:" (spill) at ./io_os_files.go:17:14
./io_os_files.go:17:14:     from ... argument (slice-literal-element) at ./io_os_files.go:17:13
./io_os_files.go:17:14:   flow: {heap} = {storage for ... argument}:
./io_os_files.go:17:14:     from ... argument (spill) at ./io_os_files.go:17:13
./io_os_files.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./io_os_files.go:17:13
./io_os_files.go:16:17: lines escapes to heap:
./io_os_files.go:16:17:   flow: {storage for ... argument} = &{storage for lines}:
./io_os_files.go:16:17:     from lines (spill) at ./io_os_files.go:16:17
./io_os_files.go:16:17:     from ... argument (slice-literal-element) at ./io_os_files.go:16:13
./io_os_files.go:16:17:   flow: {heap} = {storage for ... argument}:
./io_os_files.go:16:17:     from ... argument (spill) at ./io_os_files.go:16:13
./io_os_files.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./io_os_files.go:16:13
./io_os_files.go:16:17: len(lines) escapes to heap:
./io_os_files.go:16:17:   flow: {storage for ... argument} = &{storage for len(lines)}:
./io_os_files.go:16:17:     from len(lines) (spill) at ./io_os_files.go:16:17
./io_os_files.go:16:17:     from ... argument (slice-literal-element) at ./io_os_files.go:16:13
./io_os_files.go:16:17:   flow: {heap} = {storage for ... argument}:
./io_os_files.go:16:17:     from ... argument (spill) at ./io_os_files.go:16:13
./io_os_files.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./io_os_files.go:16:13
./io_os_files.go:14:13: data escapes to heap:
./io_os_files.go:14:13:   flow: {storage for ... argument} = &{storage for data}:
./io_os_files.go:14:13:     from data (spill) at ./io_os_files.go:14:13
./io_os_files.go:14:13:     from ... argument (slice-literal-element) at ./io_os_files.go:14:12
./io_os_files.go:14:13:   flow: {heap} = {storage for ... argument}:
./io_os_files.go:14:13:     from ... argument (spill) at ./io_os_files.go:14:12
./io_os_files.go:14:13:     from fmt.Printf("read: %q %v\n", ... argument...) (call parameter) at ./io_os_files.go:14:12
./io_os_files.go:12:14: "write:" escapes to heap:
./io_os_files.go:12:14:   flow: {storage for ... argument} = &{storage for "write:"}:
./io_os_files.go:12:14:     from "write:" (spill) at ./io_os_files.go:12:14
./io_os_files.go:12:14:     from ... argument (slice-literal-element) at ./io_os_files.go:12:13
./io_os_files.go:12:14:   flow: {heap} = {storage for ... argument}:
./io_os_files.go:12:14:     from ... argument (spill) at ./io_os_files.go:12:13
./io_os_files.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./io_os_files.go:12:13
./io_os_files.go:11:34: ([]byte)("line one\nline two\n") does not escape
./io_os_files.go:12:13: ... argument does not escape
./io_os_files.go:12:14: "write:" escapes to heap
./io_os_files.go:14:12: ... argument does not escape
./io_os_files.go:14:13: data escapes to heap
./io_os_files.go:15:49: string(data) escapes to heap
./io_os_files.go:16:13: ... argument does not escape
./io_os_files.go:16:17: len(lines) escapes to heap
./io_os_files.go:16:17: lines escapes to heap
./io_os_files.go:17:13: ... argument does not escape
./io_os_files.go:17:14: "remove:" escapes to heap
./io_os_files.go:19:13: ... argument does not escape
./io_os_files.go:19:14: "again:" escapes to heap
./io_os_files.go:20:13: ... argument does not escape
./io_os_files.go:20:14: "remove again:" escapes to heap
./io_os_files.go:22:13: ... argument does not escape
./io_os_files.go:23:13: ... argument does not escape
./io_os_files.go:23:28: (*os.File).Name(os.Stdout) escapes to heap
./io_os_files.go:23:46: (*os.File).Name(os.Stderr) escapes to heap
./io_os_files.go:23:63: (*os.File).Name(os.Stdin) escapes to heap
./io_os_files.go:25:12: ... argument does not escape
./io_os_files.go:25:13: v escapes to heap
./io_os_files.go:25:13: ok escapes to heap
./io_os_files.go:25:43: os.Getenv("IO_OS_FILES_SURELY_UNSET") escapes to heap

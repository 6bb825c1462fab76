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

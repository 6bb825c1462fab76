./io_os_stdout.go:10:34: ([]byte)("raw bytes\n") does not escape
./io_os_stdout.go:11:13: ... argument does not escape
./io_os_stdout.go:11:13: n escapes to heap
./io_os_stdout.go:13:13: ... argument does not escape
./io_os_stdout.go:13:13: n escapes to heap
./io_os_stdout.go:14:14: ... argument does not escape
./io_os_stdout.go:14:26: "to stderr" escapes to heap
./io_os_stdout.go:14:39: 1 escapes to heap
./io_os_stdout.go:15:13: ... argument does not escape
./io_os_stdout.go:15:38: "fmt" escapes to heap
./io_os_stdout.go:15:45: 7 escapes to heap
./io_os_stdout.go:18:12: ... argument does not escape
./io_os_stdout.go:18:16: "through io.Writer\n" escapes to heap
./io_os_stdout.go:20:13: ... argument does not escape
./io_os_stdout.go:20:13: n escapes to heap
./io_os_stdout.go:21:13: ... argument does not escape
./io_os_stdout.go:21:16: w == os.Stdout escapes to heap
./io_os_stdout.go:21:32: w == io.Writer(os.Stderr) escapes to heap
./io_os_stdout.go:22:12: ... argument does not escape

./io_bufio_reader_stdin.go:14:12: ... argument does not escape
./io_bufio_reader_stdin.go:14:13: first escapes to heap
./io_bufio_reader_stdin.go:16:13: ... argument does not escape
./io_bufio_reader_stdin.go:16:14: "byte" escapes to heap
./io_bufio_reader_stdin.go:16:14: c escapes to heap
./io_bufio_reader_stdin.go:16:31: string(c) escapes to heap
./io_bufio_reader_stdin.go:16:31: string(c) escapes to heap
./io_bufio_reader_stdin.go:19:13: ... argument does not escape
./io_bufio_reader_stdin.go:19:14: "rune" escapes to heap
./io_bufio_reader_stdin.go:19:28: string(ru) escapes to heap
./io_bufio_reader_stdin.go:19:28: string(ru) escapes to heap
./io_bufio_reader_stdin.go:19:28: sz escapes to heap
./io_bufio_reader_stdin.go:21:13: ... argument does not escape
./io_bufio_reader_stdin.go:21:14: "rune" escapes to heap
./io_bufio_reader_stdin.go:21:28: string(ru) escapes to heap
./io_bufio_reader_stdin.go:21:28: string(ru) escapes to heap
./io_bufio_reader_stdin.go:21:28: sz escapes to heap
./io_bufio_reader_stdin.go:22:13: ... argument does not escape
./io_bufio_reader_stdin.go:26:14: ... argument does not escape
./io_bufio_reader_stdin.go:26:15: line escapes to heap
./io_bufio_reader_stdin.go:26:53: strings.ToUpper(strings.TrimSpace(line)) escapes to heap
./io_bufio_reader_stdin.go:29:15: ... argument does not escape
./io_bufio_reader_stdin.go:29:16: "eof" escapes to heap
./io_bufio_reader_stdin.go:33:15: ... argument does not escape
./io_bufio_reader_stdin.go:38:13: ... argument does not escape

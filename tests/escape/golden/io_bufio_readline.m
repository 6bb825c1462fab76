./io_bufio_readline.go:10:47: "short\r\n" + strings.Repeat("L", 40) + "\nmid\n\nlast" escapes to heap
./io_bufio_readline.go:15:15: ... argument does not escape
./io_bufio_readline.go:15:16: "err:" escapes to heap
./io_bufio_readline.go:15:34: line == nil escapes to heap
./io_bufio_readline.go:18:13: ... argument does not escape
./io_bufio_readline.go:18:14: line escapes to heap
./io_bufio_readline.go:18:14: prefix escapes to heap
./io_bufio_readline.go:20:70: strings.Repeat("ab", 20) + "\nxy\n" escapes to heap
./io_bufio_readline.go:22:13: ... argument does not escape
./io_bufio_readline.go:22:17: len(s) escapes to heap
./io_bufio_readline.go:24:12: ... argument does not escape
./io_bufio_readline.go:24:13: b escapes to heap
./io_bufio_readline.go:26:12: ... argument does not escape
./io_bufio_readline.go:26:13: b escapes to heap
./io_bufio_readline.go:26:37: b == nil escapes to heap
./io_bufio_readline.go:28:11: make([]byte, 2) escapes to heap
./io_bufio_readline.go:30:13: ... argument does not escape
./io_bufio_readline.go:30:13: n escapes to heap
./io_bufio_readline.go:30:28: string(p[:n]) escapes to heap
./io_bufio_readline.go:30:28: string(p[:n]) escapes to heap
./io_bufio_readline.go:30:48: (*bufio.Reader).Buffered(r3) escapes to heap
./io_bufio_readline.go:31:13: ... argument does not escape
./io_bufio_readline.go:31:34: bufio.NewReader(r3) == r3 escapes to heap

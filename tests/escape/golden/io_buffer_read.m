./io_buffer_read.go:13:13: ... argument does not escape
./io_buffer_read.go:13:14: line escapes to heap
./io_buffer_read.go:20:13: ... argument does not escape
./io_buffer_read.go:20:13: r escapes to heap
./io_buffer_read.go:20:13: size escapes to heap
./io_buffer_read.go:22:13: ... argument does not escape
./io_buffer_read.go:22:13: r escapes to heap
./io_buffer_read.go:22:13: size escapes to heap
./io_buffer_read.go:23:13: ... argument does not escape
./io_buffer_read.go:24:13: ... argument does not escape
./io_buffer_read.go:26:13: ... argument does not escape
./io_buffer_read.go:26:13: c escapes to heap
./io_buffer_read.go:27:13: ... argument does not escape
./io_buffer_read.go:28:13: ... argument does not escape
./io_buffer_read.go:29:13: ... argument does not escape
./io_buffer_read.go:29:20: string((*bytes.Buffer).Next(b, 3)) escapes to heap
./io_buffer_read.go:29:20: string((*bytes.Buffer).Next(b, 3)) escapes to heap
./io_buffer_read.go:29:38: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_read.go:30:11: make([]byte, 10) does not escape
./io_buffer_read.go:32:13: ... argument does not escape
./io_buffer_read.go:32:13: n escapes to heap
./io_buffer_read.go:32:28: string(p[:n]) escapes to heap
./io_buffer_read.go:32:28: string(p[:n]) escapes to heap
./io_buffer_read.go:34:13: ... argument does not escape
./io_buffer_read.go:34:13: n escapes to heap
./io_buffer_read.go:36:13: ... argument does not escape
./io_buffer_read.go:36:13: n escapes to heap
./io_buffer_read.go:38:13: ... argument does not escape
./io_buffer_read.go:40:13: ... argument does not escape
./io_buffer_read.go:43:13: ... argument does not escape
./io_buffer_read.go:43:20: string(line) escapes to heap
./io_buffer_read.go:43:20: string(line) escapes to heap
./io_buffer_read.go:43:36: len(line) escapes to heap
./io_buffer_read.go:43:47: cap(line) escapes to heap
./io_buffer_read.go:44:13: ... argument does not escape
./io_buffer_read.go:44:20: string((*bytes.Buffer).Next(b, 100)) escapes to heap
./io_buffer_read.go:44:20: string((*bytes.Buffer).Next(b, 100)) escapes to heap

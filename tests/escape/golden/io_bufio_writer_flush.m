./io_bufio_writer_flush.go:12:14: ... argument does not escape
./io_bufio_writer_flush.go:12:18: "buffered 1" escapes to heap
./io_bufio_writer_flush.go:13:13: ... argument does not escape
./io_bufio_writer_flush.go:13:14: "direct 1" escapes to heap
./io_bufio_writer_flush.go:14:14: ... argument does not escape
./io_bufio_writer_flush.go:14:18: "buffered 2" escapes to heap
./io_bufio_writer_flush.go:16:13: ... argument does not escape
./io_bufio_writer_flush.go:16:14: "direct 2" escapes to heap
./io_bufio_writer_flush.go:17:13: ... argument does not escape
./io_bufio_writer_flush.go:17:20: (*bufio.Writer).Size(w) escapes to heap
./io_bufio_writer_flush.go:17:35: (*bufio.Writer).Available(w) escapes to heap
./io_bufio_writer_flush.go:17:49: (*bufio.Writer).Buffered(w) escapes to heap
./io_bufio_writer_flush.go:18:34: strings.Repeat("x", 99) + "\n" escapes to heap
./io_bufio_writer_flush.go:22:15: ... argument does not escape
./io_bufio_writer_flush.go:22:16: "direct at" escapes to heap
./io_bufio_writer_flush.go:22:16: i escapes to heap
./io_bufio_writer_flush.go:22:32: "buffered" escapes to heap
./io_bufio_writer_flush.go:22:54: (*bufio.Writer).Buffered(w) escapes to heap
./io_bufio_writer_flush.go:25:35: strings.Repeat("B", 5000) + "\n" escapes to heap
./io_bufio_writer_flush.go:27:13: ... argument does not escape
./io_bufio_writer_flush.go:27:14: "big" escapes to heap
./io_bufio_writer_flush.go:27:14: n escapes to heap
./io_bufio_writer_flush.go:27:39: (*bufio.Writer).Buffered(w) escapes to heap
./io_bufio_writer_flush.go:29:25: ([]byte)(big) escapes to heap
./io_bufio_writer_flush.go:30:13: ... argument does not escape
./io_bufio_writer_flush.go:30:14: "big2" escapes to heap
./io_bufio_writer_flush.go:30:14: n escapes to heap
./io_bufio_writer_flush.go:30:40: (*bufio.Writer).Buffered(w) escapes to heap
./io_bufio_writer_flush.go:31:13: ... argument does not escape
./io_bufio_writer_flush.go:31:31: 42 escapes to heap
./io_bufio_writer_flush.go:32:14: ... argument does not escape
./io_bufio_writer_flush.go:32:26: "stderr line" escapes to heap
./io_bufio_writer_flush.go:34:14: ... argument does not escape

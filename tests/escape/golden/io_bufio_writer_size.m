./io_bufio_writer_size.go:10:6: moved to heap: dst
./io_bufio_writer_size.go:12:13: ... argument does not escape
./io_bufio_writer_size.go:12:20: (*bufio.Writer).Size(w) escapes to heap
./io_bufio_writer_size.go:12:35: (*bufio.Writer).Available(w) escapes to heap
./io_bufio_writer_size.go:12:49: (*bufio.Writer).Buffered(w) escapes to heap
./io_bufio_writer_size.go:15:14: ... argument does not escape
./io_bufio_writer_size.go:15:21: string(r) escapes to heap
./io_bufio_writer_size.go:15:21: string(r) escapes to heap
./io_bufio_writer_size.go:15:21: n escapes to heap
./io_bufio_writer_size.go:15:44: (*bufio.Writer).Buffered(w) escapes to heap
./io_bufio_writer_size.go:15:55: (*bytes.Buffer).Len(dst) escapes to heap
./io_bufio_writer_size.go:18:13: ... argument does not escape
./io_bufio_writer_size.go:18:24: (*bufio.Writer).Buffered(w) escapes to heap
./io_bufio_writer_size.go:18:38: (*bytes.Buffer).String(dst) escapes to heap
./io_bufio_writer_size.go:20:13: ... argument does not escape
./io_bufio_writer_size.go:20:24: (*bufio.Writer).Buffered(w) escapes to heap
./io_bufio_writer_size.go:20:38: (*bytes.Buffer).String(dst) escapes to heap
./io_bufio_writer_size.go:22:13: ... argument does not escape
./io_bufio_writer_size.go:22:17: w2 == w escapes to heap
./io_bufio_writer_size.go:22:30: (*bufio.Writer).Size(w2) escapes to heap
./io_bufio_writer_size.go:24:13: ... argument does not escape
./io_bufio_writer_size.go:24:21: (*bufio.Writer).Size(w3) escapes to heap
./io_bufio_writer_size.go:26:13: ... argument does not escape
./io_bufio_writer_size.go:26:13: n escapes to heap

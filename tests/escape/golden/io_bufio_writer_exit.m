./io_bufio_writer_exit.go:17:13: ... argument does not escape
./io_bufio_writer_exit.go:17:14: "buffered:" escapes to heap
./io_bufio_writer_exit.go:17:37: (*bufio.Writer).Buffered(w) escapes to heap
./io_bufio_writer_exit.go:19:20: "deferred does not run" escapes to heap
./io_bufio_writer_exit.go:19:19: ... argument does not escape

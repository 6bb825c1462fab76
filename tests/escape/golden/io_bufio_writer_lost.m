./io_bufio_writer_lost.go:11:13: ... argument does not escape
./io_bufio_writer_lost.go:11:14: "visible" escapes to heap
./io_bufio_writer_lost.go:12:14: ... argument does not escape
./io_bufio_writer_lost.go:12:18: "this line is lost: no Flush before main returns" escapes to heap
./io_bufio_writer_lost.go:13:14: ... argument does not escape
./io_bufio_writer_lost.go:13:26: "stderr visible" escapes to heap

./io_bufio_writer_lost.go:13:26: "stderr visible" escapes to heap:
./io_bufio_writer_lost.go:13:26:   flow: {storage for ... argument} = &{storage for "stderr visible"}:
./io_bufio_writer_lost.go:13:26:     from "stderr visible" (spill) at ./io_bufio_writer_lost.go:13:26
./io_bufio_writer_lost.go:13:26:     from ... argument (slice-literal-element) at ./io_bufio_writer_lost.go:13:14
./io_bufio_writer_lost.go:13:26:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_lost.go:13:26:     from ... argument (spill) at ./io_bufio_writer_lost.go:13:14
./io_bufio_writer_lost.go:13:26:     from fmt.Fprintln(os.Stderr, ... argument...) (call parameter) at ./io_bufio_writer_lost.go:13:14
./io_bufio_writer_lost.go:12:18: "this line is lost: no Flush before main returns" escapes to heap:
./io_bufio_writer_lost.go:12:18:   flow: {storage for ... argument} = &{storage for "this line is lost: no Flush before main returns"}:
./io_bufio_writer_lost.go:12:18:     from "this line is lost: no Flush before main returns" (spill) at ./io_bufio_writer_lost.go:12:18
./io_bufio_writer_lost.go:12:18:     from ... argument (slice-literal-element) at ./io_bufio_writer_lost.go:12:14
./io_bufio_writer_lost.go:12:18:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_lost.go:12:18:     from ... argument (spill) at ./io_bufio_writer_lost.go:12:14
./io_bufio_writer_lost.go:12:18:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./io_bufio_writer_lost.go:12:14
./io_bufio_writer_lost.go:11:14: "visible" escapes to heap:
./io_bufio_writer_lost.go:11:14:   flow: {storage for ... argument} = &{storage for "visible"}:
./io_bufio_writer_lost.go:11:14:     from "visible" (spill) at ./io_bufio_writer_lost.go:11:14
./io_bufio_writer_lost.go:11:14:     from ... argument (slice-literal-element) at ./io_bufio_writer_lost.go:11:13
./io_bufio_writer_lost.go:11:14:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_lost.go:11:14:     from ... argument (spill) at ./io_bufio_writer_lost.go:11:13
./io_bufio_writer_lost.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_lost.go:11:13
./io_bufio_writer_lost.go:11:13: ... argument does not escape
./io_bufio_writer_lost.go:11:14: "visible" escapes to heap
./io_bufio_writer_lost.go:12:14: ... argument does not escape
./io_bufio_writer_lost.go:12:18: "this line is lost: no Flush before main returns" escapes to heap
./io_bufio_writer_lost.go:13:14: ... argument does not escape
./io_bufio_writer_lost.go:13:26: "stderr visible" escapes to heap

./io_bufio_writer_flush.go:29:25: ([]byte)(big) escapes to heap:
./io_bufio_writer_flush.go:29:25:   flow: {heap} = &{storage for ([]byte)(big)}:
./io_bufio_writer_flush.go:29:25:     from ([]byte)(big) (spill) at ./io_bufio_writer_flush.go:29:25
./io_bufio_writer_flush.go:29:25:     from (*bufio.Writer).Write(w, ([]byte)(big)) (call parameter) at ./io_bufio_writer_flush.go:29:18
./io_bufio_writer_flush.go:32:26: "stderr line" escapes to heap:
./io_bufio_writer_flush.go:32:26:   flow: {storage for ... argument} = &{storage for "stderr line"}:
./io_bufio_writer_flush.go:32:26:     from "stderr line" (spill) at ./io_bufio_writer_flush.go:32:26
./io_bufio_writer_flush.go:32:26:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:32:14
./io_bufio_writer_flush.go:32:26:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:32:26:     from ... argument (spill) at ./io_bufio_writer_flush.go:32:14
./io_bufio_writer_flush.go:32:26:     from fmt.Fprintln(os.Stderr, ... argument...) (call parameter) at ./io_bufio_writer_flush.go:32:14
./io_bufio_writer_flush.go:31:31: 42 escapes to heap:
./io_bufio_writer_flush.go:31:31:   flow: {storage for ... argument} = &{storage for 42}:
./io_bufio_writer_flush.go:31:31:     from 42 (spill) at ./io_bufio_writer_flush.go:31:31
./io_bufio_writer_flush.go:31:31:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:31:13
./io_bufio_writer_flush.go:31:31:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:31:31:     from ... argument (spill) at ./io_bufio_writer_flush.go:31:13
./io_bufio_writer_flush.go:31:31:     from fmt.Fprintf(w, "final %d\n", ... argument...) (call parameter) at ./io_bufio_writer_flush.go:31:13
./io_bufio_writer_flush.go:30:40: (*bufio.Writer).Buffered(w) escapes to heap:
./io_bufio_writer_flush.go:30:40:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Buffered(w)}:
./io_bufio_writer_flush.go:30:40:     from (*bufio.Writer).Buffered(w) (spill) at ./io_bufio_writer_flush.go:30:40
./io_bufio_writer_flush.go:30:40:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:30:13
./io_bufio_writer_flush.go:30:40:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:30:40:     from ... argument (spill) at ./io_bufio_writer_flush.go:30:13
./io_bufio_writer_flush.go:30:40:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:30:13
./io_bufio_writer_flush.go:30:14: n escapes to heap:
./io_bufio_writer_flush.go:30:14:   flow: {storage for ... argument} = &{storage for n}:
./io_bufio_writer_flush.go:30:14:     from n (spill) at ./io_bufio_writer_flush.go:30:14
./io_bufio_writer_flush.go:30:14:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:30:13
./io_bufio_writer_flush.go:30:14:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:30:14:     from ... argument (spill) at ./io_bufio_writer_flush.go:30:13
./io_bufio_writer_flush.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:30:13
./io_bufio_writer_flush.go:30:14: "big2" escapes to heap:
./io_bufio_writer_flush.go:30:14:   flow: {storage for ... argument} = &{storage for "big2"}:
./io_bufio_writer_flush.go:30:14:     from "big2" (spill) at ./io_bufio_writer_flush.go:30:14
./io_bufio_writer_flush.go:30:14:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:30:13
./io_bufio_writer_flush.go:30:14:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:30:14:     from ... argument (spill) at ./io_bufio_writer_flush.go:30:13
./io_bufio_writer_flush.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:30:13
./io_bufio_writer_flush.go:27:39: (*bufio.Writer).Buffered(w) escapes to heap:
./io_bufio_writer_flush.go:27:39:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Buffered(w)}:
./io_bufio_writer_flush.go:27:39:     from (*bufio.Writer).Buffered(w) (spill) at ./io_bufio_writer_flush.go:27:39
./io_bufio_writer_flush.go:27:39:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:27:13
./io_bufio_writer_flush.go:27:39:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:27:39:     from ... argument (spill) at ./io_bufio_writer_flush.go:27:13
./io_bufio_writer_flush.go:27:39:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:27:13
./io_bufio_writer_flush.go:27:14: n escapes to heap:
./io_bufio_writer_flush.go:27:14:   flow: {storage for ... argument} = &{storage for n}:
./io_bufio_writer_flush.go:27:14:     from n (spill) at ./io_bufio_writer_flush.go:27:14
./io_bufio_writer_flush.go:27:14:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:27:13
./io_bufio_writer_flush.go:27:14:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:27:14:     from ... argument (spill) at ./io_bufio_writer_flush.go:27:13
./io_bufio_writer_flush.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:27:13
./io_bufio_writer_flush.go:27:14: "big" escapes to heap:
./io_bufio_writer_flush.go:27:14:   flow: {storage for ... argument} = &{storage for "big"}:
./io_bufio_writer_flush.go:27:14:     from "big" (spill) at ./io_bufio_writer_flush.go:27:14
./io_bufio_writer_flush.go:27:14:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:27:13
./io_bufio_writer_flush.go:27:14:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:27:14:     from ... argument (spill) at ./io_bufio_writer_flush.go:27:13
./io_bufio_writer_flush.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:27:13
./io_bufio_writer_flush.go:25:35: strings.Repeat("B", 5000) + "\n" escapes to heap:
./io_bufio_writer_flush.go:25:35:   flow: big = &{storage for strings.Repeat("B", 5000) + "\n"}:
./io_bufio_writer_flush.go:25:35:     from strings.Repeat("B", 5000) + "\n" (spill) at ./io_bufio_writer_flush.go:25:35
./io_bufio_writer_flush.go:25:35:     from big := strings.Repeat("B", 5000) + "\n" (assign) at ./io_bufio_writer_flush.go:25:6
./io_bufio_writer_flush.go:25:35:   flow: {heap} = big:
./io_bufio_writer_flush.go:25:35:     from (*bufio.Writer).WriteString(w, big) (call parameter) at ./io_bufio_writer_flush.go:26:25
./io_bufio_writer_flush.go:22:54: (*bufio.Writer).Buffered(w) escapes to heap:
./io_bufio_writer_flush.go:22:54:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Buffered(w)}:
./io_bufio_writer_flush.go:22:54:     from (*bufio.Writer).Buffered(w) (spill) at ./io_bufio_writer_flush.go:22:54
./io_bufio_writer_flush.go:22:54:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:22:15
./io_bufio_writer_flush.go:22:54:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:22:54:     from ... argument (spill) at ./io_bufio_writer_flush.go:22:15
./io_bufio_writer_flush.go:22:54:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:22:15
./io_bufio_writer_flush.go:22:32: "buffered" escapes to heap:
./io_bufio_writer_flush.go:22:32:   flow: {storage for ... argument} = &{storage for "buffered"}:
./io_bufio_writer_flush.go:22:32:     from "buffered" (spill) at ./io_bufio_writer_flush.go:22:32
./io_bufio_writer_flush.go:22:32:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:22:15
./io_bufio_writer_flush.go:22:32:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:22:32:     from ... argument (spill) at ./io_bufio_writer_flush.go:22:15
./io_bufio_writer_flush.go:22:32:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:22:15
./io_bufio_writer_flush.go:22:16: i escapes to heap:
./io_bufio_writer_flush.go:22:16:   flow: {storage for ... argument} = &{storage for i}:
./io_bufio_writer_flush.go:22:16:     from i (spill) at ./io_bufio_writer_flush.go:22:16
./io_bufio_writer_flush.go:22:16:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:22:15
./io_bufio_writer_flush.go:22:16:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:22:16:     from ... argument (spill) at ./io_bufio_writer_flush.go:22:15
./io_bufio_writer_flush.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:22:15
./io_bufio_writer_flush.go:22:16: "direct at" escapes to heap:
./io_bufio_writer_flush.go:22:16:   flow: {storage for ... argument} = &{storage for "direct at"}:
./io_bufio_writer_flush.go:22:16:     from "direct at" (spill) at ./io_bufio_writer_flush.go:22:16
./io_bufio_writer_flush.go:22:16:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:22:15
./io_bufio_writer_flush.go:22:16:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:22:16:     from ... argument (spill) at ./io_bufio_writer_flush.go:22:15
./io_bufio_writer_flush.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:22:15
./io_bufio_writer_flush.go:18:34: strings.Repeat("x", 99) + "\n" escapes to heap:
./io_bufio_writer_flush.go:18:34:   flow: line = &{storage for strings.Repeat("x", 99) + "\n"}:
./io_bufio_writer_flush.go:18:34:     from strings.Repeat("x", 99) + "\n" (spill) at ./io_bufio_writer_flush.go:18:34
./io_bufio_writer_flush.go:18:34:     from line := strings.Repeat("x", 99) + "\n" (assign) at ./io_bufio_writer_flush.go:18:7
./io_bufio_writer_flush.go:18:34:   flow: {heap} = line:
./io_bufio_writer_flush.go:18:34:     from (*bufio.Writer).WriteString(w, line) (call parameter) at ./io_bufio_writer_flush.go:20:16
./io_bufio_writer_flush.go:17:49: (*bufio.Writer).Buffered(w) escapes to heap:
./io_bufio_writer_flush.go:17:49:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Buffered(w)}:
./io_bufio_writer_flush.go:17:49:     from (*bufio.Writer).Buffered(w) (spill) at ./io_bufio_writer_flush.go:17:49
./io_bufio_writer_flush.go:17:49:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:17:13
./io_bufio_writer_flush.go:17:49:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:17:49:     from ... argument (spill) at ./io_bufio_writer_flush.go:17:13
./io_bufio_writer_flush.go:17:49:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:17:13
./io_bufio_writer_flush.go:17:35: (*bufio.Writer).Available(w) escapes to heap:
./io_bufio_writer_flush.go:17:35:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Available(w)}:
./io_bufio_writer_flush.go:17:35:     from (*bufio.Writer).Available(w) (spill) at ./io_bufio_writer_flush.go:17:35
./io_bufio_writer_flush.go:17:35:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:17:13
./io_bufio_writer_flush.go:17:35:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:17:35:     from ... argument (spill) at ./io_bufio_writer_flush.go:17:13
./io_bufio_writer_flush.go:17:35:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:17:13
./io_bufio_writer_flush.go:17:20: (*bufio.Writer).Size(w) escapes to heap:
./io_bufio_writer_flush.go:17:20:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Size(w)}:
./io_bufio_writer_flush.go:17:20:     from (*bufio.Writer).Size(w) (spill) at ./io_bufio_writer_flush.go:17:20
./io_bufio_writer_flush.go:17:20:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:17:13
./io_bufio_writer_flush.go:17:20:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:17:20:     from ... argument (spill) at ./io_bufio_writer_flush.go:17:13
./io_bufio_writer_flush.go:17:20:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:17:13
./io_bufio_writer_flush.go:16:14: "direct 2" escapes to heap:
./io_bufio_writer_flush.go:16:14:   flow: {storage for ... argument} = &{storage for "direct 2"}:
./io_bufio_writer_flush.go:16:14:     from "direct 2" (spill) at ./io_bufio_writer_flush.go:16:14
./io_bufio_writer_flush.go:16:14:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:16:13
./io_bufio_writer_flush.go:16:14:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:16:14:     from ... argument (spill) at ./io_bufio_writer_flush.go:16:13
./io_bufio_writer_flush.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:16:13
./io_bufio_writer_flush.go:14:18: "buffered 2" escapes to heap:
./io_bufio_writer_flush.go:14:18:   flow: {storage for ... argument} = &{storage for "buffered 2"}:
./io_bufio_writer_flush.go:14:18:     from "buffered 2" (spill) at ./io_bufio_writer_flush.go:14:18
./io_bufio_writer_flush.go:14:18:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:14:14
./io_bufio_writer_flush.go:14:18:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:14:18:     from ... argument (spill) at ./io_bufio_writer_flush.go:14:14
./io_bufio_writer_flush.go:14:18:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./io_bufio_writer_flush.go:14:14
./io_bufio_writer_flush.go:13:14: "direct 1" escapes to heap:
./io_bufio_writer_flush.go:13:14:   flow: {storage for ... argument} = &{storage for "direct 1"}:
./io_bufio_writer_flush.go:13:14:     from "direct 1" (spill) at ./io_bufio_writer_flush.go:13:14
./io_bufio_writer_flush.go:13:14:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:13:13
./io_bufio_writer_flush.go:13:14:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:13:14:     from ... argument (spill) at ./io_bufio_writer_flush.go:13:13
./io_bufio_writer_flush.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_flush.go:13:13
./io_bufio_writer_flush.go:12:18: "buffered 1" escapes to heap:
./io_bufio_writer_flush.go:12:18:   flow: {storage for ... argument} = &{storage for "buffered 1"}:
./io_bufio_writer_flush.go:12:18:     from "buffered 1" (spill) at ./io_bufio_writer_flush.go:12:18
./io_bufio_writer_flush.go:12:18:     from ... argument (slice-literal-element) at ./io_bufio_writer_flush.go:12:14
./io_bufio_writer_flush.go:12:18:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_flush.go:12:18:     from ... argument (spill) at ./io_bufio_writer_flush.go:12:14
./io_bufio_writer_flush.go:12:18:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./io_bufio_writer_flush.go:12:14
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

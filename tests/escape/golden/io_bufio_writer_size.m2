./io_bufio_writer_size.go:10:6: dst escapes to heap:
./io_bufio_writer_size.go:10:6:   flow: {heap} = &dst:
./io_bufio_writer_size.go:10:6:     from &dst (address-of) at ./io_bufio_writer_size.go:11:27
./io_bufio_writer_size.go:10:6:     from &dst (interface-converted) at ./io_bufio_writer_size.go:11:27
./io_bufio_writer_size.go:10:6:     from bufio.NewWriterSize(&dst, 8) (call parameter) at ./io_bufio_writer_size.go:11:26
./io_bufio_writer_size.go:10:6: dst escapes to heap:
./io_bufio_writer_size.go:10:6:   flow: {heap} = &dst:
./io_bufio_writer_size.go:10:6:     from &dst (address-of) at ./io_bufio_writer_size.go:23:28
./io_bufio_writer_size.go:10:6:     from &dst (interface-converted) at ./io_bufio_writer_size.go:23:28
./io_bufio_writer_size.go:10:6:     from bufio.NewWriterSize(&dst, 0) (call parameter) at ./io_bufio_writer_size.go:23:27
./io_bufio_writer_size.go:26:13: n escapes to heap:
./io_bufio_writer_size.go:26:13:   flow: {storage for ... argument} = &{storage for n}:
./io_bufio_writer_size.go:26:13:     from n (spill) at ./io_bufio_writer_size.go:26:13
./io_bufio_writer_size.go:26:13:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:26:13
./io_bufio_writer_size.go:26:13:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:26:13:     from ... argument (spill) at ./io_bufio_writer_size.go:26:13
./io_bufio_writer_size.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:26:13
./io_bufio_writer_size.go:24:21: (*bufio.Writer).Size(w3) escapes to heap:
./io_bufio_writer_size.go:24:21:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Size(w3)}:
./io_bufio_writer_size.go:24:21:     from (*bufio.Writer).Size(w3) (spill) at ./io_bufio_writer_size.go:24:21
./io_bufio_writer_size.go:24:21:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:24:13
./io_bufio_writer_size.go:24:21:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:24:21:     from ... argument (spill) at ./io_bufio_writer_size.go:24:13
./io_bufio_writer_size.go:24:21:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:24:13
./io_bufio_writer_size.go:22:30: (*bufio.Writer).Size(w2) escapes to heap:
./io_bufio_writer_size.go:22:30:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Size(w2)}:
./io_bufio_writer_size.go:22:30:     from (*bufio.Writer).Size(w2) (spill) at ./io_bufio_writer_size.go:22:30
./io_bufio_writer_size.go:22:30:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:22:13
./io_bufio_writer_size.go:22:30:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:22:30:     from ... argument (spill) at ./io_bufio_writer_size.go:22:13
./io_bufio_writer_size.go:22:30:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:22:13
./io_bufio_writer_size.go:22:17: w2 == w escapes to heap:
./io_bufio_writer_size.go:22:17:   flow: {storage for ... argument} = &{storage for w2 == w}:
./io_bufio_writer_size.go:22:17:     from w2 == w (spill) at ./io_bufio_writer_size.go:22:17
./io_bufio_writer_size.go:22:17:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:22:13
./io_bufio_writer_size.go:22:17:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:22:17:     from ... argument (spill) at ./io_bufio_writer_size.go:22:13
./io_bufio_writer_size.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:22:13
./io_bufio_writer_size.go:20:38: (*bytes.Buffer).String(dst) escapes to heap:
./io_bufio_writer_size.go:20:38:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).String(dst)}:
./io_bufio_writer_size.go:20:38:     from (*bytes.Buffer).String(dst) (spill) at ./io_bufio_writer_size.go:20:38
./io_bufio_writer_size.go:20:38:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:20:13
./io_bufio_writer_size.go:20:38:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:20:38:     from ... argument (spill) at ./io_bufio_writer_size.go:20:13
./io_bufio_writer_size.go:20:38:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:20:13
./io_bufio_writer_size.go:20:24: (*bufio.Writer).Buffered(w) escapes to heap:
./io_bufio_writer_size.go:20:24:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Buffered(w)}:
./io_bufio_writer_size.go:20:24:     from (*bufio.Writer).Buffered(w) (spill) at ./io_bufio_writer_size.go:20:24
./io_bufio_writer_size.go:20:24:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:20:13
./io_bufio_writer_size.go:20:24:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:20:24:     from ... argument (spill) at ./io_bufio_writer_size.go:20:13
./io_bufio_writer_size.go:20:24:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:20:13
./io_bufio_writer_size.go:18:38: (*bytes.Buffer).String(dst) escapes to heap:
./io_bufio_writer_size.go:18:38:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).String(dst)}:
./io_bufio_writer_size.go:18:38:     from (*bytes.Buffer).String(dst) (spill) at ./io_bufio_writer_size.go:18:38
./io_bufio_writer_size.go:18:38:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:18:13
./io_bufio_writer_size.go:18:38:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:18:38:     from ... argument (spill) at ./io_bufio_writer_size.go:18:13
./io_bufio_writer_size.go:18:38:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:18:13
./io_bufio_writer_size.go:18:24: (*bufio.Writer).Buffered(w) escapes to heap:
./io_bufio_writer_size.go:18:24:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Buffered(w)}:
./io_bufio_writer_size.go:18:24:     from (*bufio.Writer).Buffered(w) (spill) at ./io_bufio_writer_size.go:18:24
./io_bufio_writer_size.go:18:24:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:18:13
./io_bufio_writer_size.go:18:24:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:18:24:     from ... argument (spill) at ./io_bufio_writer_size.go:18:13
./io_bufio_writer_size.go:18:24:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:18:13
./io_bufio_writer_size.go:15:55: (*bytes.Buffer).Len(dst) escapes to heap:
./io_bufio_writer_size.go:15:55:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(dst)}:
./io_bufio_writer_size.go:15:55:     from (*bytes.Buffer).Len(dst) (spill) at ./io_bufio_writer_size.go:15:55
./io_bufio_writer_size.go:15:55:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:15:14
./io_bufio_writer_size.go:15:55:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:15:55:     from ... argument (spill) at ./io_bufio_writer_size.go:15:14
./io_bufio_writer_size.go:15:55:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:15:14
./io_bufio_writer_size.go:15:44: (*bufio.Writer).Buffered(w) escapes to heap:
./io_bufio_writer_size.go:15:44:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Buffered(w)}:
./io_bufio_writer_size.go:15:44:     from (*bufio.Writer).Buffered(w) (spill) at ./io_bufio_writer_size.go:15:44
./io_bufio_writer_size.go:15:44:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:15:14
./io_bufio_writer_size.go:15:44:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:15:44:     from ... argument (spill) at ./io_bufio_writer_size.go:15:14
./io_bufio_writer_size.go:15:44:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:15:14
./io_bufio_writer_size.go:15:21: n escapes to heap:
./io_bufio_writer_size.go:15:21:   flow: {storage for ... argument} = &{storage for n}:
./io_bufio_writer_size.go:15:21:     from n (spill) at ./io_bufio_writer_size.go:15:21
./io_bufio_writer_size.go:15:21:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:15:14
./io_bufio_writer_size.go:15:21:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:15:21:     from ... argument (spill) at ./io_bufio_writer_size.go:15:14
./io_bufio_writer_size.go:15:21:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:15:14
./io_bufio_writer_size.go:15:21: string(r) escapes to heap:
./io_bufio_writer_size.go:15:21:   flow: {storage for ... argument} = &{storage for string(r)}:
./io_bufio_writer_size.go:15:21:     from string(r) (spill) at ./io_bufio_writer_size.go:15:21
./io_bufio_writer_size.go:15:21:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:15:14
./io_bufio_writer_size.go:15:21:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:15:21:     from ... argument (spill) at ./io_bufio_writer_size.go:15:14
./io_bufio_writer_size.go:15:21:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:15:14
./io_bufio_writer_size.go:12:49: (*bufio.Writer).Buffered(w) escapes to heap:
./io_bufio_writer_size.go:12:49:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Buffered(w)}:
./io_bufio_writer_size.go:12:49:     from (*bufio.Writer).Buffered(w) (spill) at ./io_bufio_writer_size.go:12:49
./io_bufio_writer_size.go:12:49:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:12:13
./io_bufio_writer_size.go:12:49:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:12:49:     from ... argument (spill) at ./io_bufio_writer_size.go:12:13
./io_bufio_writer_size.go:12:49:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:12:13
./io_bufio_writer_size.go:12:35: (*bufio.Writer).Available(w) escapes to heap:
./io_bufio_writer_size.go:12:35:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Available(w)}:
./io_bufio_writer_size.go:12:35:     from (*bufio.Writer).Available(w) (spill) at ./io_bufio_writer_size.go:12:35
./io_bufio_writer_size.go:12:35:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:12:13
./io_bufio_writer_size.go:12:35:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:12:35:     from ... argument (spill) at ./io_bufio_writer_size.go:12:13
./io_bufio_writer_size.go:12:35:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:12:13
./io_bufio_writer_size.go:12:20: (*bufio.Writer).Size(w) escapes to heap:
./io_bufio_writer_size.go:12:20:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Size(w)}:
./io_bufio_writer_size.go:12:20:     from (*bufio.Writer).Size(w) (spill) at ./io_bufio_writer_size.go:12:20
./io_bufio_writer_size.go:12:20:     from ... argument (slice-literal-element) at ./io_bufio_writer_size.go:12:13
./io_bufio_writer_size.go:12:20:   flow: {heap} = {storage for ... argument}:
./io_bufio_writer_size.go:12:20:     from ... argument (spill) at ./io_bufio_writer_size.go:12:13
./io_bufio_writer_size.go:12:20:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_writer_size.go:12:13
./io_bufio_writer_size.go:15:21: string(r) escapes to heap:
./io_bufio_writer_size.go:15:21:   flow: {storage for string(r)} = &{storage for string(r)}:
./io_bufio_writer_size.go:15:21:     from string(r) (spill) at ./io_bufio_writer_size.go:15:21
./io_bufio_writer_size.go:15:21:     from string(r) (interface-converted) at ./io_bufio_writer_size.go:15:21
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

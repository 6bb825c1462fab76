./io_buffer_read.go:44:20: string((*bytes.Buffer).Next(b, 100)) escapes to heap:
./io_buffer_read.go:44:20:   flow: {storage for ... argument} = &{storage for string((*bytes.Buffer).Next(b, 100))}:
./io_buffer_read.go:44:20:     from string((*bytes.Buffer).Next(b, 100)) (spill) at ./io_buffer_read.go:44:20
./io_buffer_read.go:44:20:     from ... argument (slice-literal-element) at ./io_buffer_read.go:44:13
./io_buffer_read.go:44:20:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:44:20:     from ... argument (spill) at ./io_buffer_read.go:44:13
./io_buffer_read.go:44:20:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:44:13
./io_buffer_read.go:43:47: cap(line) escapes to heap:
./io_buffer_read.go:43:47:   flow: {storage for ... argument} = &{storage for cap(line)}:
./io_buffer_read.go:43:47:     from cap(line) (spill) at ./io_buffer_read.go:43:47
./io_buffer_read.go:43:47:     from ... argument (slice-literal-element) at ./io_buffer_read.go:43:13
./io_buffer_read.go:43:47:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:43:47:     from ... argument (spill) at ./io_buffer_read.go:43:13
./io_buffer_read.go:43:47:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:43:13
./io_buffer_read.go:43:36: len(line) escapes to heap:
./io_buffer_read.go:43:36:   flow: {storage for ... argument} = &{storage for len(line)}:
./io_buffer_read.go:43:36:     from len(line) (spill) at ./io_buffer_read.go:43:36
./io_buffer_read.go:43:36:     from ... argument (slice-literal-element) at ./io_buffer_read.go:43:13
./io_buffer_read.go:43:36:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:43:36:     from ... argument (spill) at ./io_buffer_read.go:43:13
./io_buffer_read.go:43:36:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:43:13
./io_buffer_read.go:43:20: string(line) escapes to heap:
./io_buffer_read.go:43:20:   flow: {storage for ... argument} = &{storage for string(line)}:
./io_buffer_read.go:43:20:     from string(line) (spill) at ./io_buffer_read.go:43:20
./io_buffer_read.go:43:20:     from ... argument (slice-literal-element) at ./io_buffer_read.go:43:13
./io_buffer_read.go:43:20:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:43:20:     from ... argument (spill) at ./io_buffer_read.go:43:13
./io_buffer_read.go:43:20:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:43:13
./io_buffer_read.go:36:13: n escapes to heap:
./io_buffer_read.go:36:13:   flow: {storage for ... argument} = &{storage for n}:
./io_buffer_read.go:36:13:     from n (spill) at ./io_buffer_read.go:36:13
./io_buffer_read.go:36:13:     from ... argument (slice-literal-element) at ./io_buffer_read.go:36:13
./io_buffer_read.go:36:13:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:36:13:     from ... argument (spill) at ./io_buffer_read.go:36:13
./io_buffer_read.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:36:13
./io_buffer_read.go:34:13: n escapes to heap:
./io_buffer_read.go:34:13:   flow: {storage for ... argument} = &{storage for n}:
./io_buffer_read.go:34:13:     from n (spill) at ./io_buffer_read.go:34:13
./io_buffer_read.go:34:13:     from ... argument (slice-literal-element) at ./io_buffer_read.go:34:13
./io_buffer_read.go:34:13:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:34:13:     from ... argument (spill) at ./io_buffer_read.go:34:13
./io_buffer_read.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:34:13
./io_buffer_read.go:32:28: string(p[:n]) escapes to heap:
./io_buffer_read.go:32:28:   flow: {storage for ... argument} = &{storage for string(p[:n])}:
./io_buffer_read.go:32:28:     from string(p[:n]) (spill) at ./io_buffer_read.go:32:28
./io_buffer_read.go:32:28:     from ... argument (slice-literal-element) at ./io_buffer_read.go:32:13
./io_buffer_read.go:32:28:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:32:28:     from ... argument (spill) at ./io_buffer_read.go:32:13
./io_buffer_read.go:32:28:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:32:13
./io_buffer_read.go:32:13: n escapes to heap:
./io_buffer_read.go:32:13:   flow: {storage for ... argument} = &{storage for n}:
./io_buffer_read.go:32:13:     from n (spill) at ./io_buffer_read.go:32:13
./io_buffer_read.go:32:13:     from ... argument (slice-literal-element) at ./io_buffer_read.go:32:13
./io_buffer_read.go:32:13:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:32:13:     from ... argument (spill) at ./io_buffer_read.go:32:13
./io_buffer_read.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:32:13
./io_buffer_read.go:29:38: (*bytes.Buffer).Len(b) escapes to heap:
./io_buffer_read.go:29:38:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(b)}:
./io_buffer_read.go:29:38:     from (*bytes.Buffer).Len(b) (spill) at ./io_buffer_read.go:29:38
./io_buffer_read.go:29:38:     from ... argument (slice-literal-element) at ./io_buffer_read.go:29:13
./io_buffer_read.go:29:38:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:29:38:     from ... argument (spill) at ./io_buffer_read.go:29:13
./io_buffer_read.go:29:38:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:29:13
./io_buffer_read.go:29:20: string((*bytes.Buffer).Next(b, 3)) escapes to heap:
./io_buffer_read.go:29:20:   flow: {storage for ... argument} = &{storage for string((*bytes.Buffer).Next(b, 3))}:
./io_buffer_read.go:29:20:     from string((*bytes.Buffer).Next(b, 3)) (spill) at ./io_buffer_read.go:29:20
./io_buffer_read.go:29:20:     from ... argument (slice-literal-element) at ./io_buffer_read.go:29:13
./io_buffer_read.go:29:20:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:29:20:     from ... argument (spill) at ./io_buffer_read.go:29:13
./io_buffer_read.go:29:20:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:29:13
./io_buffer_read.go:26:13: c escapes to heap:
./io_buffer_read.go:26:13:   flow: {storage for ... argument} = &{storage for c}:
./io_buffer_read.go:26:13:     from c (spill) at ./io_buffer_read.go:26:13
./io_buffer_read.go:26:13:     from ... argument (slice-literal-element) at ./io_buffer_read.go:26:13
./io_buffer_read.go:26:13:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:26:13:     from ... argument (spill) at ./io_buffer_read.go:26:13
./io_buffer_read.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:26:13
./io_buffer_read.go:22:13: size escapes to heap:
./io_buffer_read.go:22:13:   flow: {storage for ... argument} = &{storage for size}:
./io_buffer_read.go:22:13:     from size (spill) at ./io_buffer_read.go:22:13
./io_buffer_read.go:22:13:     from ... argument (slice-literal-element) at ./io_buffer_read.go:22:13
./io_buffer_read.go:22:13:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:22:13:     from ... argument (spill) at ./io_buffer_read.go:22:13
./io_buffer_read.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:22:13
./io_buffer_read.go:22:13: r escapes to heap:
./io_buffer_read.go:22:13:   flow: {storage for ... argument} = &{storage for r}:
./io_buffer_read.go:22:13:     from r (spill) at ./io_buffer_read.go:22:13
./io_buffer_read.go:22:13:     from ... argument (slice-literal-element) at ./io_buffer_read.go:22:13
./io_buffer_read.go:22:13:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:22:13:     from ... argument (spill) at ./io_buffer_read.go:22:13
./io_buffer_read.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:22:13
./io_buffer_read.go:20:13: size escapes to heap:
./io_buffer_read.go:20:13:   flow: {storage for ... argument} = &{storage for size}:
./io_buffer_read.go:20:13:     from size (spill) at ./io_buffer_read.go:20:13
./io_buffer_read.go:20:13:     from ... argument (slice-literal-element) at ./io_buffer_read.go:20:13
./io_buffer_read.go:20:13:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:20:13:     from ... argument (spill) at ./io_buffer_read.go:20:13
./io_buffer_read.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:20:13
./io_buffer_read.go:20:13: r escapes to heap:
./io_buffer_read.go:20:13:   flow: {storage for ... argument} = &{storage for r}:
./io_buffer_read.go:20:13:     from r (spill) at ./io_buffer_read.go:20:13
./io_buffer_read.go:20:13:     from ... argument (slice-literal-element) at ./io_buffer_read.go:20:13
./io_buffer_read.go:20:13:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:20:13:     from ... argument (spill) at ./io_buffer_read.go:20:13
./io_buffer_read.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_read.go:20:13
./io_buffer_read.go:13:14: line escapes to heap:
./io_buffer_read.go:13:14:   flow: {storage for ... argument} = &{storage for line}:
./io_buffer_read.go:13:14:     from line (spill) at ./io_buffer_read.go:13:14
./io_buffer_read.go:13:14:     from ... argument (slice-literal-element) at ./io_buffer_read.go:13:13
./io_buffer_read.go:13:14:   flow: {heap} = {storage for ... argument}:
./io_buffer_read.go:13:14:     from ... argument (spill) at ./io_buffer_read.go:13:13
./io_buffer_read.go:13:14:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./io_buffer_read.go:13:13
./io_buffer_read.go:44:20: string((*bytes.Buffer).Next(b, 100)) escapes to heap:
./io_buffer_read.go:44:20:   flow: {storage for string((*bytes.Buffer).Next(b, 100))} = &{storage for string((*bytes.Buffer).Next(b, 100))}:
./io_buffer_read.go:44:20:     from string((*bytes.Buffer).Next(b, 100)) (spill) at ./io_buffer_read.go:44:20
./io_buffer_read.go:44:20:     from string((*bytes.Buffer).Next(b, 100)) (interface-converted) at ./io_buffer_read.go:44:20
./io_buffer_read.go:43:20: string(line) escapes to heap:
./io_buffer_read.go:43:20:   flow: {storage for string(line)} = &{storage for string(line)}:
./io_buffer_read.go:43:20:     from string(line) (spill) at ./io_buffer_read.go:43:20
./io_buffer_read.go:43:20:     from string(line) (interface-converted) at ./io_buffer_read.go:43:20
./io_buffer_read.go:32:28: string(p[:n]) escapes to heap:
./io_buffer_read.go:32:28:   flow: {storage for string(p[:n])} = &{storage for string(p[:n])}:
./io_buffer_read.go:32:28:     from string(p[:n]) (spill) at ./io_buffer_read.go:32:28
./io_buffer_read.go:32:28:     from string(p[:n]) (interface-converted) at ./io_buffer_read.go:32:28
./io_buffer_read.go:29:20: string((*bytes.Buffer).Next(b, 3)) escapes to heap:
./io_buffer_read.go:29:20:   flow: {storage for string((*bytes.Buffer).Next(b, 3))} = &{storage for string((*bytes.Buffer).Next(b, 3))}:
./io_buffer_read.go:29:20:     from string((*bytes.Buffer).Next(b, 3)) (spill) at ./io_buffer_read.go:29:20
./io_buffer_read.go:29:20:     from string((*bytes.Buffer).Next(b, 3)) (interface-converted) at ./io_buffer_read.go:29:20
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

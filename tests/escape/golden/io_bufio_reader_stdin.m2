./io_bufio_reader_stdin.go:29:16: "eof" escapes to heap:
./io_bufio_reader_stdin.go:29:16:   flow: {storage for ... argument} = &{storage for "eof"}:
./io_bufio_reader_stdin.go:29:16:     from "eof" (spill) at ./io_bufio_reader_stdin.go:29:16
./io_bufio_reader_stdin.go:29:16:     from ... argument (slice-literal-element) at ./io_bufio_reader_stdin.go:29:15
./io_bufio_reader_stdin.go:29:16:   flow: {heap} = {storage for ... argument}:
./io_bufio_reader_stdin.go:29:16:     from ... argument (spill) at ./io_bufio_reader_stdin.go:29:15
./io_bufio_reader_stdin.go:29:16:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_reader_stdin.go:29:15
./io_bufio_reader_stdin.go:26:53: strings.ToUpper(strings.TrimSpace(line)) escapes to heap:
./io_bufio_reader_stdin.go:26:53:   flow: {storage for ... argument} = &{storage for strings.ToUpper(strings.TrimSpace(line))}:
./io_bufio_reader_stdin.go:26:53:     from strings.ToUpper(strings.TrimSpace(line)) (spill) at ./io_bufio_reader_stdin.go:26:53
./io_bufio_reader_stdin.go:26:53:     from ... argument (slice-literal-element) at ./io_bufio_reader_stdin.go:26:14
./io_bufio_reader_stdin.go:26:53:   flow: {heap} = {storage for ... argument}:
./io_bufio_reader_stdin.go:26:53:     from ... argument (spill) at ./io_bufio_reader_stdin.go:26:14
./io_bufio_reader_stdin.go:26:53:     from fmt.Printf("%q upper=%s\n", ... argument...) (call parameter) at ./io_bufio_reader_stdin.go:26:14
./io_bufio_reader_stdin.go:26:15: line escapes to heap:
./io_bufio_reader_stdin.go:26:15:   flow: {storage for ... argument} = &{storage for line}:
./io_bufio_reader_stdin.go:26:15:     from line (spill) at ./io_bufio_reader_stdin.go:26:15
./io_bufio_reader_stdin.go:26:15:     from ... argument (slice-literal-element) at ./io_bufio_reader_stdin.go:26:14
./io_bufio_reader_stdin.go:26:15:   flow: {heap} = {storage for ... argument}:
./io_bufio_reader_stdin.go:26:15:     from ... argument (spill) at ./io_bufio_reader_stdin.go:26:14
./io_bufio_reader_stdin.go:26:15:     from fmt.Printf("%q upper=%s\n", ... argument...) (call parameter) at ./io_bufio_reader_stdin.go:26:14
./io_bufio_reader_stdin.go:21:28: sz escapes to heap:
./io_bufio_reader_stdin.go:21:28:   flow: {storage for ... argument} = &{storage for sz}:
./io_bufio_reader_stdin.go:21:28:     from sz (spill) at ./io_bufio_reader_stdin.go:21:28
./io_bufio_reader_stdin.go:21:28:     from ... argument (slice-literal-element) at ./io_bufio_reader_stdin.go:21:13
./io_bufio_reader_stdin.go:21:28:   flow: {heap} = {storage for ... argument}:
./io_bufio_reader_stdin.go:21:28:     from ... argument (spill) at ./io_bufio_reader_stdin.go:21:13
./io_bufio_reader_stdin.go:21:28:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_reader_stdin.go:21:13
./io_bufio_reader_stdin.go:21:28: string(ru) escapes to heap:
./io_bufio_reader_stdin.go:21:28:   flow: {storage for ... argument} = &{storage for string(ru)}:
./io_bufio_reader_stdin.go:21:28:     from string(ru) (spill) at ./io_bufio_reader_stdin.go:21:28
./io_bufio_reader_stdin.go:21:28:     from ... argument (slice-literal-element) at ./io_bufio_reader_stdin.go:21:13
./io_bufio_reader_stdin.go:21:28:   flow: {heap} = {storage for ... argument}:
./io_bufio_reader_stdin.go:21:28:     from ... argument (spill) at ./io_bufio_reader_stdin.go:21:13
./io_bufio_reader_stdin.go:21:28:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_reader_stdin.go:21:13
./io_bufio_reader_stdin.go:21:14: "rune" escapes to heap:
./io_bufio_reader_stdin.go:21:14:   flow: {storage for ... argument} = &{storage for "rune"}:
./io_bufio_reader_stdin.go:21:14:     from "rune" (spill) at ./io_bufio_reader_stdin.go:21:14
./io_bufio_reader_stdin.go:21:14:     from ... argument (slice-literal-element) at ./io_bufio_reader_stdin.go:21:13
./io_bufio_reader_stdin.go:21:14:   flow: {heap} = {storage for ... argument}:
./io_bufio_reader_stdin.go:21:14:     from ... argument (spill) at ./io_bufio_reader_stdin.go:21:13
./io_bufio_reader_stdin.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_reader_stdin.go:21:13
./io_bufio_reader_stdin.go:19:28: sz escapes to heap:
./io_bufio_reader_stdin.go:19:28:   flow: {storage for ... argument} = &{storage for sz}:
./io_bufio_reader_stdin.go:19:28:     from sz (spill) at ./io_bufio_reader_stdin.go:19:28
./io_bufio_reader_stdin.go:19:28:     from ... argument (slice-literal-element) at ./io_bufio_reader_stdin.go:19:13
./io_bufio_reader_stdin.go:19:28:   flow: {heap} = {storage for ... argument}:
./io_bufio_reader_stdin.go:19:28:     from ... argument (spill) at ./io_bufio_reader_stdin.go:19:13
./io_bufio_reader_stdin.go:19:28:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_reader_stdin.go:19:13
./io_bufio_reader_stdin.go:19:28: string(ru) escapes to heap:
./io_bufio_reader_stdin.go:19:28:   flow: {storage for ... argument} = &{storage for string(ru)}:
./io_bufio_reader_stdin.go:19:28:     from string(ru) (spill) at ./io_bufio_reader_stdin.go:19:28
./io_bufio_reader_stdin.go:19:28:     from ... argument (slice-literal-element) at ./io_bufio_reader_stdin.go:19:13
./io_bufio_reader_stdin.go:19:28:   flow: {heap} = {storage for ... argument}:
./io_bufio_reader_stdin.go:19:28:     from ... argument (spill) at ./io_bufio_reader_stdin.go:19:13
./io_bufio_reader_stdin.go:19:28:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_reader_stdin.go:19:13
./io_bufio_reader_stdin.go:19:14: "rune" escapes to heap:
./io_bufio_reader_stdin.go:19:14:   flow: {storage for ... argument} = &{storage for "rune"}:
./io_bufio_reader_stdin.go:19:14:     from "rune" (spill) at ./io_bufio_reader_stdin.go:19:14
./io_bufio_reader_stdin.go:19:14:     from ... argument (slice-literal-element) at ./io_bufio_reader_stdin.go:19:13
./io_bufio_reader_stdin.go:19:14:   flow: {heap} = {storage for ... argument}:
./io_bufio_reader_stdin.go:19:14:     from ... argument (spill) at ./io_bufio_reader_stdin.go:19:13
./io_bufio_reader_stdin.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_reader_stdin.go:19:13
./io_bufio_reader_stdin.go:16:31: string(c) escapes to heap:
./io_bufio_reader_stdin.go:16:31:   flow: {storage for ... argument} = &{storage for string(c)}:
./io_bufio_reader_stdin.go:16:31:     from string(c) (spill) at ./io_bufio_reader_stdin.go:16:31
./io_bufio_reader_stdin.go:16:31:     from ... argument (slice-literal-element) at ./io_bufio_reader_stdin.go:16:13
./io_bufio_reader_stdin.go:16:31:   flow: {heap} = {storage for ... argument}:
./io_bufio_reader_stdin.go:16:31:     from ... argument (spill) at ./io_bufio_reader_stdin.go:16:13
./io_bufio_reader_stdin.go:16:31:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_reader_stdin.go:16:13
./io_bufio_reader_stdin.go:16:14: c escapes to heap:
./io_bufio_reader_stdin.go:16:14:   flow: {storage for ... argument} = &{storage for c}:
./io_bufio_reader_stdin.go:16:14:     from c (spill) at ./io_bufio_reader_stdin.go:16:14
./io_bufio_reader_stdin.go:16:14:     from ... argument (slice-literal-element) at ./io_bufio_reader_stdin.go:16:13
./io_bufio_reader_stdin.go:16:14:   flow: {heap} = {storage for ... argument}:
./io_bufio_reader_stdin.go:16:14:     from ... argument (spill) at ./io_bufio_reader_stdin.go:16:13
./io_bufio_reader_stdin.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_reader_stdin.go:16:13
./io_bufio_reader_stdin.go:16:14: "byte" escapes to heap:
./io_bufio_reader_stdin.go:16:14:   flow: {storage for ... argument} = &{storage for "byte"}:
./io_bufio_reader_stdin.go:16:14:     from "byte" (spill) at ./io_bufio_reader_stdin.go:16:14
./io_bufio_reader_stdin.go:16:14:     from ... argument (slice-literal-element) at ./io_bufio_reader_stdin.go:16:13
./io_bufio_reader_stdin.go:16:14:   flow: {heap} = {storage for ... argument}:
./io_bufio_reader_stdin.go:16:14:     from ... argument (spill) at ./io_bufio_reader_stdin.go:16:13
./io_bufio_reader_stdin.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_reader_stdin.go:16:13
./io_bufio_reader_stdin.go:14:13: first escapes to heap:
./io_bufio_reader_stdin.go:14:13:   flow: {storage for ... argument} = &{storage for first}:
./io_bufio_reader_stdin.go:14:13:     from first (spill) at ./io_bufio_reader_stdin.go:14:13
./io_bufio_reader_stdin.go:14:13:     from ... argument (slice-literal-element) at ./io_bufio_reader_stdin.go:14:12
./io_bufio_reader_stdin.go:14:13:   flow: {heap} = {storage for ... argument}:
./io_bufio_reader_stdin.go:14:13:     from ... argument (spill) at ./io_bufio_reader_stdin.go:14:12
./io_bufio_reader_stdin.go:14:13:     from fmt.Printf("first %q %v\n", ... argument...) (call parameter) at ./io_bufio_reader_stdin.go:14:12
./io_bufio_reader_stdin.go:21:28: string(ru) escapes to heap:
./io_bufio_reader_stdin.go:21:28:   flow: {storage for string(ru)} = &{storage for string(ru)}:
./io_bufio_reader_stdin.go:21:28:     from string(ru) (spill) at ./io_bufio_reader_stdin.go:21:28
./io_bufio_reader_stdin.go:21:28:     from string(ru) (interface-converted) at ./io_bufio_reader_stdin.go:21:28
./io_bufio_reader_stdin.go:19:28: string(ru) escapes to heap:
./io_bufio_reader_stdin.go:19:28:   flow: {storage for string(ru)} = &{storage for string(ru)}:
./io_bufio_reader_stdin.go:19:28:     from string(ru) (spill) at ./io_bufio_reader_stdin.go:19:28
./io_bufio_reader_stdin.go:19:28:     from string(ru) (interface-converted) at ./io_bufio_reader_stdin.go:19:28
./io_bufio_reader_stdin.go:16:31: string(c) escapes to heap:
./io_bufio_reader_stdin.go:16:31:   flow: {storage for string(c)} = &{storage for string(c)}:
./io_bufio_reader_stdin.go:16:31:     from string(c) (spill) at ./io_bufio_reader_stdin.go:16:31
./io_bufio_reader_stdin.go:16:31:     from string(c) (interface-converted) at ./io_bufio_reader_stdin.go:16:31
./io_bufio_reader_stdin.go:14:12: ... argument does not escape
./io_bufio_reader_stdin.go:14:13: first escapes to heap
./io_bufio_reader_stdin.go:16:13: ... argument does not escape
./io_bufio_reader_stdin.go:16:14: "byte" escapes to heap
./io_bufio_reader_stdin.go:16:14: c escapes to heap
./io_bufio_reader_stdin.go:16:31: string(c) escapes to heap
./io_bufio_reader_stdin.go:16:31: string(c) escapes to heap
./io_bufio_reader_stdin.go:19:13: ... argument does not escape
./io_bufio_reader_stdin.go:19:14: "rune" escapes to heap
./io_bufio_reader_stdin.go:19:28: string(ru) escapes to heap
./io_bufio_reader_stdin.go:19:28: string(ru) escapes to heap
./io_bufio_reader_stdin.go:19:28: sz escapes to heap
./io_bufio_reader_stdin.go:21:13: ... argument does not escape
./io_bufio_reader_stdin.go:21:14: "rune" escapes to heap
./io_bufio_reader_stdin.go:21:28: string(ru) escapes to heap
./io_bufio_reader_stdin.go:21:28: string(ru) escapes to heap
./io_bufio_reader_stdin.go:21:28: sz escapes to heap
./io_bufio_reader_stdin.go:22:13: ... argument does not escape
./io_bufio_reader_stdin.go:26:14: ... argument does not escape
./io_bufio_reader_stdin.go:26:15: line escapes to heap
./io_bufio_reader_stdin.go:26:53: strings.ToUpper(strings.TrimSpace(line)) escapes to heap
./io_bufio_reader_stdin.go:29:15: ... argument does not escape
./io_bufio_reader_stdin.go:29:16: "eof" escapes to heap
./io_bufio_reader_stdin.go:33:15: ... argument does not escape
./io_bufio_reader_stdin.go:38:13: ... argument does not escape

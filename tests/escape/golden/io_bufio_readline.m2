./io_bufio_readline.go:20:70: strings.Repeat("ab", 20) + "\nxy\n" escapes to heap:
./io_bufio_readline.go:20:70:   flow: {heap} = &{storage for strings.Repeat("ab", 20) + "\nxy\n"}:
./io_bufio_readline.go:20:70:     from strings.Repeat("ab", 20) + "\nxy\n" (spill) at ./io_bufio_readline.go:20:70
./io_bufio_readline.go:20:70:     from strings.NewReader(strings.Repeat("ab", 20) + "\nxy\n") (call parameter) at ./io_bufio_readline.go:20:45
./io_bufio_readline.go:31:34: bufio.NewReader(r3) == r3 escapes to heap:
./io_bufio_readline.go:31:34:   flow: {storage for ... argument} = &{storage for bufio.NewReader(r3) == r3}:
./io_bufio_readline.go:31:34:     from bufio.NewReader(r3) == r3 (spill) at ./io_bufio_readline.go:31:34
./io_bufio_readline.go:31:34:     from ... argument (slice-literal-element) at ./io_bufio_readline.go:31:13
./io_bufio_readline.go:31:34:   flow: {heap} = {storage for ... argument}:
./io_bufio_readline.go:31:34:     from ... argument (spill) at ./io_bufio_readline.go:31:13
./io_bufio_readline.go:31:34:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_readline.go:31:13
./io_bufio_readline.go:30:48: (*bufio.Reader).Buffered(r3) escapes to heap:
./io_bufio_readline.go:30:48:   flow: {storage for ... argument} = &{storage for (*bufio.Reader).Buffered(r3)}:
./io_bufio_readline.go:30:48:     from (*bufio.Reader).Buffered(r3) (spill) at ./io_bufio_readline.go:30:48
./io_bufio_readline.go:30:48:     from ... argument (slice-literal-element) at ./io_bufio_readline.go:30:13
./io_bufio_readline.go:30:48:   flow: {heap} = {storage for ... argument}:
./io_bufio_readline.go:30:48:     from ... argument (spill) at ./io_bufio_readline.go:30:13
./io_bufio_readline.go:30:48:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_readline.go:30:13
./io_bufio_readline.go:30:28: string(p[:n]) escapes to heap:
./io_bufio_readline.go:30:28:   flow: {storage for ... argument} = &{storage for string(p[:n])}:
./io_bufio_readline.go:30:28:     from string(p[:n]) (spill) at ./io_bufio_readline.go:30:28
./io_bufio_readline.go:30:28:     from ... argument (slice-literal-element) at ./io_bufio_readline.go:30:13
./io_bufio_readline.go:30:28:   flow: {heap} = {storage for ... argument}:
./io_bufio_readline.go:30:28:     from ... argument (spill) at ./io_bufio_readline.go:30:13
./io_bufio_readline.go:30:28:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_readline.go:30:13
./io_bufio_readline.go:30:13: n escapes to heap:
./io_bufio_readline.go:30:13:   flow: {storage for ... argument} = &{storage for n}:
./io_bufio_readline.go:30:13:     from n (spill) at ./io_bufio_readline.go:30:13
./io_bufio_readline.go:30:13:     from ... argument (slice-literal-element) at ./io_bufio_readline.go:30:13
./io_bufio_readline.go:30:13:   flow: {heap} = {storage for ... argument}:
./io_bufio_readline.go:30:13:     from ... argument (spill) at ./io_bufio_readline.go:30:13
./io_bufio_readline.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_readline.go:30:13
./io_bufio_readline.go:28:11: make([]byte, 2) escapes to heap:
./io_bufio_readline.go:28:11:   flow: p = &{storage for make([]byte, 2)}:
./io_bufio_readline.go:28:11:     from make([]byte, 2) (spill) at ./io_bufio_readline.go:28:11
./io_bufio_readline.go:28:11:     from p := make([]byte, 2) (assign) at ./io_bufio_readline.go:28:4
./io_bufio_readline.go:28:11:   flow: {heap} = p:
./io_bufio_readline.go:28:11:     from (*bufio.Reader).Read(r3, p) (call parameter) at ./io_bufio_readline.go:29:19
./io_bufio_readline.go:26:37: b == nil escapes to heap:
./io_bufio_readline.go:26:37:   flow: {storage for ... argument} = &{storage for b == nil}:
./io_bufio_readline.go:26:37:     from b == nil (spill) at ./io_bufio_readline.go:26:37
./io_bufio_readline.go:26:37:     from ... argument (slice-literal-element) at ./io_bufio_readline.go:26:12
./io_bufio_readline.go:26:37:   flow: {heap} = {storage for ... argument}:
./io_bufio_readline.go:26:37:     from ... argument (spill) at ./io_bufio_readline.go:26:12
./io_bufio_readline.go:26:37:     from fmt.Printf("%q %v %v\n", ... argument...) (call parameter) at ./io_bufio_readline.go:26:12
./io_bufio_readline.go:26:13: b escapes to heap:
./io_bufio_readline.go:26:13:   flow: {storage for ... argument} = &{storage for b}:
./io_bufio_readline.go:26:13:     from b (spill) at ./io_bufio_readline.go:26:13
./io_bufio_readline.go:26:13:     from ... argument (slice-literal-element) at ./io_bufio_readline.go:26:12
./io_bufio_readline.go:26:13:   flow: {heap} = {storage for ... argument}:
./io_bufio_readline.go:26:13:     from ... argument (spill) at ./io_bufio_readline.go:26:12
./io_bufio_readline.go:26:13:     from fmt.Printf("%q %v %v\n", ... argument...) (call parameter) at ./io_bufio_readline.go:26:12
./io_bufio_readline.go:24:13: b escapes to heap:
./io_bufio_readline.go:24:13:   flow: {storage for ... argument} = &{storage for b}:
./io_bufio_readline.go:24:13:     from b (spill) at ./io_bufio_readline.go:24:13
./io_bufio_readline.go:24:13:     from ... argument (slice-literal-element) at ./io_bufio_readline.go:24:12
./io_bufio_readline.go:24:13:   flow: {heap} = {storage for ... argument}:
./io_bufio_readline.go:24:13:     from ... argument (spill) at ./io_bufio_readline.go:24:12
./io_bufio_readline.go:24:13:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./io_bufio_readline.go:24:12
./io_bufio_readline.go:22:17: len(s) escapes to heap:
./io_bufio_readline.go:22:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./io_bufio_readline.go:22:17:     from len(s) (spill) at ./io_bufio_readline.go:22:17
./io_bufio_readline.go:22:17:     from ... argument (slice-literal-element) at ./io_bufio_readline.go:22:13
./io_bufio_readline.go:22:17:   flow: {heap} = {storage for ... argument}:
./io_bufio_readline.go:22:17:     from ... argument (spill) at ./io_bufio_readline.go:22:13
./io_bufio_readline.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_readline.go:22:13
./io_bufio_readline.go:18:14: prefix escapes to heap:
./io_bufio_readline.go:18:14:   flow: {storage for ... argument} = &{storage for prefix}:
./io_bufio_readline.go:18:14:     from prefix (spill) at ./io_bufio_readline.go:18:14
./io_bufio_readline.go:18:14:     from ... argument (slice-literal-element) at ./io_bufio_readline.go:18:13
./io_bufio_readline.go:18:14:   flow: {heap} = {storage for ... argument}:
./io_bufio_readline.go:18:14:     from ... argument (spill) at ./io_bufio_readline.go:18:13
./io_bufio_readline.go:18:14:     from fmt.Printf("%q prefix=%v\n", ... argument...) (call parameter) at ./io_bufio_readline.go:18:13
./io_bufio_readline.go:18:14: line escapes to heap:
./io_bufio_readline.go:18:14:   flow: {storage for ... argument} = &{storage for line}:
./io_bufio_readline.go:18:14:     from line (spill) at ./io_bufio_readline.go:18:14
./io_bufio_readline.go:18:14:     from ... argument (slice-literal-element) at ./io_bufio_readline.go:18:13
./io_bufio_readline.go:18:14:   flow: {heap} = {storage for ... argument}:
./io_bufio_readline.go:18:14:     from ... argument (spill) at ./io_bufio_readline.go:18:13
./io_bufio_readline.go:18:14:     from fmt.Printf("%q prefix=%v\n", ... argument...) (call parameter) at ./io_bufio_readline.go:18:13
./io_bufio_readline.go:15:34: line == nil escapes to heap:
./io_bufio_readline.go:15:34:   flow: {storage for ... argument} = &{storage for line == nil}:
./io_bufio_readline.go:15:34:     from line == nil (spill) at ./io_bufio_readline.go:15:34
./io_bufio_readline.go:15:34:     from ... argument (slice-literal-element) at ./io_bufio_readline.go:15:15
./io_bufio_readline.go:15:34:   flow: {heap} = {storage for ... argument}:
./io_bufio_readline.go:15:34:     from ... argument (spill) at ./io_bufio_readline.go:15:15
./io_bufio_readline.go:15:34:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_readline.go:15:15
./io_bufio_readline.go:15:16: "err:" escapes to heap:
./io_bufio_readline.go:15:16:   flow: {storage for ... argument} = &{storage for "err:"}:
./io_bufio_readline.go:15:16:     from "err:" (spill) at ./io_bufio_readline.go:15:16
./io_bufio_readline.go:15:16:     from ... argument (slice-literal-element) at ./io_bufio_readline.go:15:15
./io_bufio_readline.go:15:16:   flow: {heap} = {storage for ... argument}:
./io_bufio_readline.go:15:16:     from ... argument (spill) at ./io_bufio_readline.go:15:15
./io_bufio_readline.go:15:16:     from fmt.Println(... argument...) (call parameter) at ./io_bufio_readline.go:15:15
./io_bufio_readline.go:10:47: "short\r\n" + strings.Repeat("L", 40) + "\nmid\n\nlast" escapes to heap:
./io_bufio_readline.go:10:47:   flow: src = &{storage for "short\r\n" + strings.Repeat("L", 40) + "\nmid\n\nlast"}:
./io_bufio_readline.go:10:47:     from "short\r\n" + strings.Repeat("L", 40) + "\nmid\n\nlast" (spill) at ./io_bufio_readline.go:10:47
./io_bufio_readline.go:10:47:     from src := "short\r\n" + strings.Repeat("L", 40) + "\nmid\n\nlast" (assign) at ./io_bufio_readline.go:10:6
./io_bufio_readline.go:10:47:   flow: {heap} = src:
./io_bufio_readline.go:10:47:     from strings.NewReader(src) (call parameter) at ./io_bufio_readline.go:11:44
./io_bufio_readline.go:30:28: string(p[:n]) escapes to heap:
./io_bufio_readline.go:30:28:   flow: {storage for string(p[:n])} = &{storage for string(p[:n])}:
./io_bufio_readline.go:30:28:     from string(p[:n]) (spill) at ./io_bufio_readline.go:30:28
./io_bufio_readline.go:30:28:     from string(p[:n]) (interface-converted) at ./io_bufio_readline.go:30:28
./io_bufio_readline.go:10:47: "short\r\n" + strings.Repeat("L", 40) + "\nmid\n\nlast" escapes to heap
./io_bufio_readline.go:15:15: ... argument does not escape
./io_bufio_readline.go:15:16: "err:" escapes to heap
./io_bufio_readline.go:15:34: line == nil escapes to heap
./io_bufio_readline.go:18:13: ... argument does not escape
./io_bufio_readline.go:18:14: line escapes to heap
./io_bufio_readline.go:18:14: prefix escapes to heap
./io_bufio_readline.go:20:70: strings.Repeat("ab", 20) + "\nxy\n" escapes to heap
./io_bufio_readline.go:22:13: ... argument does not escape
./io_bufio_readline.go:22:17: len(s) escapes to heap
./io_bufio_readline.go:24:12: ... argument does not escape
./io_bufio_readline.go:24:13: b escapes to heap
./io_bufio_readline.go:26:12: ... argument does not escape
./io_bufio_readline.go:26:13: b escapes to heap
./io_bufio_readline.go:26:37: b == nil escapes to heap
./io_bufio_readline.go:28:11: make([]byte, 2) escapes to heap
./io_bufio_readline.go:30:13: ... argument does not escape
./io_bufio_readline.go:30:13: n escapes to heap
./io_bufio_readline.go:30:28: string(p[:n]) escapes to heap
./io_bufio_readline.go:30:28: string(p[:n]) escapes to heap
./io_bufio_readline.go:30:48: (*bufio.Reader).Buffered(r3) escapes to heap
./io_bufio_readline.go:31:13: ... argument does not escape
./io_bufio_readline.go:31:34: bufio.NewReader(r3) == r3 escapes to heap

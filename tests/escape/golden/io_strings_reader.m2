./io_strings_reader.go:35:20: string(all) escapes to heap:
./io_strings_reader.go:35:20:   flow: {storage for ... argument} = &{storage for string(all)}:
./io_strings_reader.go:35:20:     from string(all) (spill) at ./io_strings_reader.go:35:20
./io_strings_reader.go:35:20:     from ... argument (slice-literal-element) at ./io_strings_reader.go:35:13
./io_strings_reader.go:35:20:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:35:20:     from ... argument (spill) at ./io_strings_reader.go:35:13
./io_strings_reader.go:35:20:     from fmt.Println(... argument...) (call parameter) at ./io_strings_reader.go:35:13
./io_strings_reader.go:32:34: (*strings.Reader).Size(r) escapes to heap:
./io_strings_reader.go:32:34:   flow: {storage for ... argument} = &{storage for (*strings.Reader).Size(r)}:
./io_strings_reader.go:32:34:     from (*strings.Reader).Size(r) (spill) at ./io_strings_reader.go:32:34
./io_strings_reader.go:32:34:     from ... argument (slice-literal-element) at ./io_strings_reader.go:32:13
./io_strings_reader.go:32:34:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:32:34:     from ... argument (spill) at ./io_strings_reader.go:32:13
./io_strings_reader.go:32:34:     from fmt.Println(... argument...) (call parameter) at ./io_strings_reader.go:32:13
./io_strings_reader.go:32:24: (*strings.Reader).Len(r) escapes to heap:
./io_strings_reader.go:32:24:   flow: {storage for ... argument} = &{storage for (*strings.Reader).Len(r)}:
./io_strings_reader.go:32:24:     from (*strings.Reader).Len(r) (spill) at ./io_strings_reader.go:32:24
./io_strings_reader.go:32:24:     from ... argument (slice-literal-element) at ./io_strings_reader.go:32:13
./io_strings_reader.go:32:24:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:32:24:     from ... argument (spill) at ./io_strings_reader.go:32:13
./io_strings_reader.go:32:24:     from fmt.Println(... argument...) (call parameter) at ./io_strings_reader.go:32:13
./io_strings_reader.go:26:34: buf[:n] escapes to heap:
./io_strings_reader.go:26:34:   flow: {storage for ... argument} = &{storage for buf[:n]}:
./io_strings_reader.go:26:34:     from buf[:n] (spill) at ./io_strings_reader.go:26:34
./io_strings_reader.go:26:34:     from ... argument (slice-literal-element) at ./io_strings_reader.go:26:13
./io_strings_reader.go:26:34:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:26:34:     from ... argument (spill) at ./io_strings_reader.go:26:13
./io_strings_reader.go:26:34:     from fmt.Printf("%d %q %v\n", ... argument...) (call parameter) at ./io_strings_reader.go:26:13
./io_strings_reader.go:26:14: n escapes to heap:
./io_strings_reader.go:26:14:   flow: {storage for ... argument} = &{storage for n}:
./io_strings_reader.go:26:14:     from n (spill) at ./io_strings_reader.go:26:14
./io_strings_reader.go:26:14:     from ... argument (slice-literal-element) at ./io_strings_reader.go:26:13
./io_strings_reader.go:26:14:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:26:14:     from ... argument (spill) at ./io_strings_reader.go:26:13
./io_strings_reader.go:26:14:     from fmt.Printf("%d %q %v\n", ... argument...) (call parameter) at ./io_strings_reader.go:26:13
./io_strings_reader.go:22:35: (*strings.Reader).Len(r) escapes to heap:
./io_strings_reader.go:22:35:   flow: {storage for ... argument} = &{storage for (*strings.Reader).Len(r)}:
./io_strings_reader.go:22:35:     from (*strings.Reader).Len(r) (spill) at ./io_strings_reader.go:22:35
./io_strings_reader.go:22:35:     from ... argument (slice-literal-element) at ./io_strings_reader.go:22:13
./io_strings_reader.go:22:35:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:22:35:     from ... argument (spill) at ./io_strings_reader.go:22:13
./io_strings_reader.go:22:35:     from fmt.Println(... argument...) (call parameter) at ./io_strings_reader.go:22:13
./io_strings_reader.go:21:20: size escapes to heap:
./io_strings_reader.go:21:20:   flow: {storage for ... argument} = &{storage for size}:
./io_strings_reader.go:21:20:     from size (spill) at ./io_strings_reader.go:21:20
./io_strings_reader.go:21:20:     from ... argument (slice-literal-element) at ./io_strings_reader.go:21:13
./io_strings_reader.go:21:20:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:21:20:     from ... argument (spill) at ./io_strings_reader.go:21:13
./io_strings_reader.go:21:20:     from fmt.Println(... argument...) (call parameter) at ./io_strings_reader.go:21:13
./io_strings_reader.go:21:20: string(ch) escapes to heap:
./io_strings_reader.go:21:20:   flow: {storage for ... argument} = &{storage for string(ch)}:
./io_strings_reader.go:21:20:     from string(ch) (spill) at ./io_strings_reader.go:21:20
./io_strings_reader.go:21:20:     from ... argument (slice-literal-element) at ./io_strings_reader.go:21:13
./io_strings_reader.go:21:20:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:21:20:     from ... argument (spill) at ./io_strings_reader.go:21:13
./io_strings_reader.go:21:20:     from fmt.Println(... argument...) (call parameter) at ./io_strings_reader.go:21:13
./io_strings_reader.go:19:13: size escapes to heap:
./io_strings_reader.go:19:13:   flow: {storage for ... argument} = &{storage for size}:
./io_strings_reader.go:19:13:     from size (spill) at ./io_strings_reader.go:19:13
./io_strings_reader.go:19:13:     from ... argument (slice-literal-element) at ./io_strings_reader.go:19:13
./io_strings_reader.go:19:13:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:19:13:     from ... argument (spill) at ./io_strings_reader.go:19:13
./io_strings_reader.go:19:13:     from fmt.Println(... argument...) (call parameter) at ./io_strings_reader.go:19:13
./io_strings_reader.go:19:13: ch escapes to heap:
./io_strings_reader.go:19:13:   flow: {storage for ... argument} = &{storage for ch}:
./io_strings_reader.go:19:13:     from ch (spill) at ./io_strings_reader.go:19:13
./io_strings_reader.go:19:13:     from ... argument (slice-literal-element) at ./io_strings_reader.go:19:13
./io_strings_reader.go:19:13:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:19:13:     from ... argument (spill) at ./io_strings_reader.go:19:13
./io_strings_reader.go:19:13:     from fmt.Println(... argument...) (call parameter) at ./io_strings_reader.go:19:13
./io_strings_reader.go:17:35: (*strings.Reader).Len(r) escapes to heap:
./io_strings_reader.go:17:35:   flow: {storage for ... argument} = &{storage for (*strings.Reader).Len(r)}:
./io_strings_reader.go:17:35:     from (*strings.Reader).Len(r) (spill) at ./io_strings_reader.go:17:35
./io_strings_reader.go:17:35:     from ... argument (slice-literal-element) at ./io_strings_reader.go:17:13
./io_strings_reader.go:17:35:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:17:35:     from ... argument (spill) at ./io_strings_reader.go:17:13
./io_strings_reader.go:17:35:     from fmt.Println(... argument...) (call parameter) at ./io_strings_reader.go:17:13
./io_strings_reader.go:15:27: (*strings.Reader).Len(r) escapes to heap:
./io_strings_reader.go:15:27:   flow: {storage for ... argument} = &{storage for (*strings.Reader).Len(r)}:
./io_strings_reader.go:15:27:     from (*strings.Reader).Len(r) (spill) at ./io_strings_reader.go:15:27
./io_strings_reader.go:15:27:     from ... argument (slice-literal-element) at ./io_strings_reader.go:15:13
./io_strings_reader.go:15:27:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:15:27:     from ... argument (spill) at ./io_strings_reader.go:15:13
./io_strings_reader.go:15:27:     from fmt.Println(... argument...) (call parameter) at ./io_strings_reader.go:15:13
./io_strings_reader.go:15:13: b escapes to heap:
./io_strings_reader.go:15:13:   flow: {storage for ... argument} = &{storage for b}:
./io_strings_reader.go:15:13:     from b (spill) at ./io_strings_reader.go:15:13
./io_strings_reader.go:15:13:     from ... argument (slice-literal-element) at ./io_strings_reader.go:15:13
./io_strings_reader.go:15:13:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:15:13:     from ... argument (spill) at ./io_strings_reader.go:15:13
./io_strings_reader.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./io_strings_reader.go:15:13
./io_strings_reader.go:11:29: (*strings.Reader).Size(r) escapes to heap:
./io_strings_reader.go:11:29:   flow: {storage for ... argument} = &{storage for (*strings.Reader).Size(r)}:
./io_strings_reader.go:11:29:     from (*strings.Reader).Size(r) (spill) at ./io_strings_reader.go:11:29
./io_strings_reader.go:11:29:     from ... argument (slice-literal-element) at ./io_strings_reader.go:11:13
./io_strings_reader.go:11:29:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:11:29:     from ... argument (spill) at ./io_strings_reader.go:11:13
./io_strings_reader.go:11:29:     from fmt.Println(... argument...) (call parameter) at ./io_strings_reader.go:11:13
./io_strings_reader.go:11:19: (*strings.Reader).Len(r) escapes to heap:
./io_strings_reader.go:11:19:   flow: {storage for ... argument} = &{storage for (*strings.Reader).Len(r)}:
./io_strings_reader.go:11:19:     from (*strings.Reader).Len(r) (spill) at ./io_strings_reader.go:11:19
./io_strings_reader.go:11:19:     from ... argument (slice-literal-element) at ./io_strings_reader.go:11:13
./io_strings_reader.go:11:19:   flow: {heap} = {storage for ... argument}:
./io_strings_reader.go:11:19:     from ... argument (spill) at ./io_strings_reader.go:11:13
./io_strings_reader.go:11:19:     from fmt.Println(... argument...) (call parameter) at ./io_strings_reader.go:11:13
./io_strings_reader.go:35:20: string(all) escapes to heap:
./io_strings_reader.go:35:20:   flow: {storage for string(all)} = &{storage for string(all)}:
./io_strings_reader.go:35:20:     from string(all) (spill) at ./io_strings_reader.go:35:20
./io_strings_reader.go:35:20:     from string(all) (interface-converted) at ./io_strings_reader.go:35:20
./io_strings_reader.go:23:13: make([]byte, 3) escapes to heap:
./io_strings_reader.go:23:13:   flow: buf = &{storage for make([]byte, 3)}:
./io_strings_reader.go:23:13:     from make([]byte, 3) (spill) at ./io_strings_reader.go:23:13
./io_strings_reader.go:23:13:     from buf := make([]byte, 3) (assign) at ./io_strings_reader.go:23:6
./io_strings_reader.go:23:13:   flow: {storage for buf[:n]} = buf:
./io_strings_reader.go:23:13:     from buf[:n] (slice) at ./io_strings_reader.go:26:34
./io_strings_reader.go:23:13:     from buf[:n] (interface-converted) at ./io_strings_reader.go:26:34
./io_strings_reader.go:21:20: string(ch) escapes to heap:
./io_strings_reader.go:21:20:   flow: {storage for string(ch)} = &{storage for string(ch)}:
./io_strings_reader.go:21:20:     from string(ch) (spill) at ./io_strings_reader.go:21:20
./io_strings_reader.go:21:20:     from string(ch) (interface-converted) at ./io_strings_reader.go:21:20
./io_strings_reader.go:11:13: ... argument does not escape
./io_strings_reader.go:11:19: (*strings.Reader).Len(r) escapes to heap
./io_strings_reader.go:11:29: (*strings.Reader).Size(r) escapes to heap
./io_strings_reader.go:12:13: ... argument does not escape
./io_strings_reader.go:13:13: ... argument does not escape
./io_strings_reader.go:15:13: ... argument does not escape
./io_strings_reader.go:15:13: b escapes to heap
./io_strings_reader.go:15:27: (*strings.Reader).Len(r) escapes to heap
./io_strings_reader.go:16:13: ... argument does not escape
./io_strings_reader.go:17:13: ... argument does not escape
./io_strings_reader.go:17:35: (*strings.Reader).Len(r) escapes to heap
./io_strings_reader.go:19:13: ... argument does not escape
./io_strings_reader.go:19:13: ch escapes to heap
./io_strings_reader.go:19:13: size escapes to heap
./io_strings_reader.go:21:13: ... argument does not escape
./io_strings_reader.go:21:20: string(ch) escapes to heap
./io_strings_reader.go:21:20: string(ch) escapes to heap
./io_strings_reader.go:21:20: size escapes to heap
./io_strings_reader.go:22:13: ... argument does not escape
./io_strings_reader.go:22:35: (*strings.Reader).Len(r) escapes to heap
./io_strings_reader.go:23:13: make([]byte, 3) escapes to heap
./io_strings_reader.go:26:13: ... argument does not escape
./io_strings_reader.go:26:14: n escapes to heap
./io_strings_reader.go:26:34: buf[:n] escapes to heap
./io_strings_reader.go:32:13: ... argument does not escape
./io_strings_reader.go:32:24: (*strings.Reader).Len(r) escapes to heap
./io_strings_reader.go:32:34: (*strings.Reader).Size(r) escapes to heap
./io_strings_reader.go:35:13: ... argument does not escape
./io_strings_reader.go:35:20: string(all) escapes to heap
./io_strings_reader.go:35:20: string(all) escapes to heap

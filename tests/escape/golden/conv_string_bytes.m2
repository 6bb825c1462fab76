./conv_string_bytes.go:47:20: string(b[1:3]) escapes to heap:
./conv_string_bytes.go:47:20:   flow: {storage for ... argument} = &{storage for string(b[1:3])}:
./conv_string_bytes.go:47:20:     from string(b[1:3]) (spill) at ./conv_string_bytes.go:47:20
./conv_string_bytes.go:47:20:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:47:13
./conv_string_bytes.go:47:20:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:47:20:     from ... argument (spill) at ./conv_string_bytes.go:47:13
./conv_string_bytes.go:47:20:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:47:13
./conv_string_bytes.go:46:29: len(bb) escapes to heap:
./conv_string_bytes.go:46:29:   flow: {storage for ... argument} = &{storage for len(bb)}:
./conv_string_bytes.go:46:29:     from len(bb) (spill) at ./conv_string_bytes.go:46:29
./conv_string_bytes.go:46:29:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:46:13
./conv_string_bytes.go:46:29:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:46:29:     from ... argument (spill) at ./conv_string_bytes.go:46:13
./conv_string_bytes.go:46:29:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:46:13
./conv_string_bytes.go:46:20: string(bb) escapes to heap:
./conv_string_bytes.go:46:20:   flow: {storage for ... argument} = &{storage for string(bb)}:
./conv_string_bytes.go:46:20:     from string(bb) (spill) at ./conv_string_bytes.go:46:20
./conv_string_bytes.go:46:20:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:46:13
./conv_string_bytes.go:46:20:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:46:20:     from ... argument (spill) at ./conv_string_bytes.go:46:13
./conv_string_bytes.go:46:20:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:46:13
./conv_string_bytes.go:41:65: string([]byte{}) == "" escapes to heap:
./conv_string_bytes.go:41:65:   flow: {storage for ... argument} = &{storage for string([]byte{}) == ""}:
./conv_string_bytes.go:41:65:     from string([]byte{}) == "" (spill) at ./conv_string_bytes.go:41:65
./conv_string_bytes.go:41:65:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:41:13
./conv_string_bytes.go:41:65:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:41:65:     from ... argument (spill) at ./conv_string_bytes.go:41:13
./conv_string_bytes.go:41:65:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:41:13
./conv_string_bytes.go:41:39: string([]byte{...}) == "ab" escapes to heap:
./conv_string_bytes.go:41:39:   flow: {storage for ... argument} = &{storage for string([]byte{...}) == "ab"}:
./conv_string_bytes.go:41:39:     from string([]byte{...}) == "ab" (spill) at ./conv_string_bytes.go:41:39
./conv_string_bytes.go:41:39:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:41:13
./conv_string_bytes.go:41:39:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:41:39:     from ... argument (spill) at ./conv_string_bytes.go:41:13
./conv_string_bytes.go:41:39:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:41:13
./conv_string_bytes.go:38:13: same escapes to heap:
./conv_string_bytes.go:38:13:   flow: {storage for ... argument} = &{storage for same}:
./conv_string_bytes.go:38:13:     from same (spill) at ./conv_string_bytes.go:38:13
./conv_string_bytes.go:38:13:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:38:13
./conv_string_bytes.go:38:13:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:38:13:     from ... argument (spill) at ./conv_string_bytes.go:38:13
./conv_string_bytes.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:38:13
./conv_string_bytes.go:24:20: string(u[7:]) escapes to heap:
./conv_string_bytes.go:24:20:   flow: {storage for ... argument} = &{storage for string(u[7:])}:
./conv_string_bytes.go:24:20:     from string(u[7:]) (spill) at ./conv_string_bytes.go:24:20
./conv_string_bytes.go:24:20:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:24:13
./conv_string_bytes.go:24:20:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:24:20:     from ... argument (spill) at ./conv_string_bytes.go:24:13
./conv_string_bytes.go:24:20:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:24:13
./conv_string_bytes.go:23:29: u[2] escapes to heap:
./conv_string_bytes.go:23:29:   flow: {storage for ... argument} = &{storage for u[2]}:
./conv_string_bytes.go:23:29:     from u[2] (spill) at ./conv_string_bytes.go:23:29
./conv_string_bytes.go:23:29:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:23:13
./conv_string_bytes.go:23:29:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:23:29:     from ... argument (spill) at ./conv_string_bytes.go:23:13
./conv_string_bytes.go:23:29:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:23:13
./conv_string_bytes.go:23:23: u[1] escapes to heap:
./conv_string_bytes.go:23:23:   flow: {storage for ... argument} = &{storage for u[1]}:
./conv_string_bytes.go:23:23:     from u[1] (spill) at ./conv_string_bytes.go:23:23
./conv_string_bytes.go:23:23:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:23:13
./conv_string_bytes.go:23:23:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:23:23:     from ... argument (spill) at ./conv_string_bytes.go:23:13
./conv_string_bytes.go:23:23:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:23:13
./conv_string_bytes.go:23:17: len(u) escapes to heap:
./conv_string_bytes.go:23:17:   flow: {storage for ... argument} = &{storage for len(u)}:
./conv_string_bytes.go:23:17:     from len(u) (spill) at ./conv_string_bytes.go:23:17
./conv_string_bytes.go:23:17:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:23:13
./conv_string_bytes.go:23:17:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:23:17:     from ... argument (spill) at ./conv_string_bytes.go:23:13
./conv_string_bytes.go:23:17:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:23:13
./conv_string_bytes.go:20:26: eb == nil escapes to heap:
./conv_string_bytes.go:20:26:   flow: {storage for ... argument} = &{storage for eb == nil}:
./conv_string_bytes.go:20:26:     from eb == nil (spill) at ./conv_string_bytes.go:20:26
./conv_string_bytes.go:20:26:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:20:13
./conv_string_bytes.go:20:26:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:20:26:     from ... argument (spill) at ./conv_string_bytes.go:20:13
./conv_string_bytes.go:20:26:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:20:13
./conv_string_bytes.go:20:17: len(eb) escapes to heap:
./conv_string_bytes.go:20:17:   flow: {storage for ... argument} = &{storage for len(eb)}:
./conv_string_bytes.go:20:17:     from len(eb) (spill) at ./conv_string_bytes.go:20:17
./conv_string_bytes.go:20:17:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:20:13
./conv_string_bytes.go:20:17:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:20:17:     from ... argument (spill) at ./conv_string_bytes.go:20:13
./conv_string_bytes.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:20:13
./conv_string_bytes.go:18:39: len(string(nb)) escapes to heap:
./conv_string_bytes.go:18:39:   flow: {storage for ... argument} = &{storage for len(string(nb))}:
./conv_string_bytes.go:18:39:     from len(string(nb)) (spill) at ./conv_string_bytes.go:18:39
./conv_string_bytes.go:18:39:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:18:12
./conv_string_bytes.go:18:39:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:18:39:     from ... argument (spill) at ./conv_string_bytes.go:18:12
./conv_string_bytes.go:18:39:     from fmt.Printf("%q %d\n", ... argument...) (call parameter) at ./conv_string_bytes.go:18:12
./conv_string_bytes.go:18:30: string(nb) escapes to heap:
./conv_string_bytes.go:18:30:   flow: {storage for ... argument} = &{storage for string(nb)}:
./conv_string_bytes.go:18:30:     from string(nb) (spill) at ./conv_string_bytes.go:18:30
./conv_string_bytes.go:18:30:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:18:12
./conv_string_bytes.go:18:30:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:18:30:     from ... argument (spill) at ./conv_string_bytes.go:18:12
./conv_string_bytes.go:18:30:     from fmt.Printf("%q %d\n", ... argument...) (call parameter) at ./conv_string_bytes.go:18:12
./conv_string_bytes.go:15:23: string(b) escapes to heap:
./conv_string_bytes.go:15:23:   flow: {storage for ... argument} = &{storage for string(b)}:
./conv_string_bytes.go:15:23:     from string(b) (spill) at ./conv_string_bytes.go:15:23
./conv_string_bytes.go:15:23:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:15:13
./conv_string_bytes.go:15:23:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:15:23:     from ... argument (spill) at ./conv_string_bytes.go:15:13
./conv_string_bytes.go:15:23:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:15:13
./conv_string_bytes.go:15:13: t escapes to heap:
./conv_string_bytes.go:15:13:   flow: {storage for ... argument} = &{storage for t}:
./conv_string_bytes.go:15:13:     from t (spill) at ./conv_string_bytes.go:15:13
./conv_string_bytes.go:15:13:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:15:13
./conv_string_bytes.go:15:13:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:15:13:     from ... argument (spill) at ./conv_string_bytes.go:15:13
./conv_string_bytes.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:15:13
./conv_string_bytes.go:11:31: len(b) escapes to heap:
./conv_string_bytes.go:11:31:   flow: {storage for ... argument} = &{storage for len(b)}:
./conv_string_bytes.go:11:31:     from len(b) (spill) at ./conv_string_bytes.go:11:31
./conv_string_bytes.go:11:31:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:11:13
./conv_string_bytes.go:11:31:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:11:31:     from ... argument (spill) at ./conv_string_bytes.go:11:13
./conv_string_bytes.go:11:31:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:11:13
./conv_string_bytes.go:11:23: string(b) escapes to heap:
./conv_string_bytes.go:11:23:   flow: {storage for ... argument} = &{storage for string(b)}:
./conv_string_bytes.go:11:23:     from string(b) (spill) at ./conv_string_bytes.go:11:23
./conv_string_bytes.go:11:23:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:11:13
./conv_string_bytes.go:11:23:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:11:23:     from ... argument (spill) at ./conv_string_bytes.go:11:13
./conv_string_bytes.go:11:23:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:11:13
./conv_string_bytes.go:11:13: s escapes to heap:
./conv_string_bytes.go:11:13:   flow: {storage for ... argument} = &{storage for s}:
./conv_string_bytes.go:11:13:     from s (spill) at ./conv_string_bytes.go:11:13
./conv_string_bytes.go:11:13:     from ... argument (slice-literal-element) at ./conv_string_bytes.go:11:13
./conv_string_bytes.go:11:13:   flow: {heap} = {storage for ... argument}:
./conv_string_bytes.go:11:13:     from ... argument (spill) at ./conv_string_bytes.go:11:13
./conv_string_bytes.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./conv_string_bytes.go:11:13
./conv_string_bytes.go:47:20: string(b[1:3]) escapes to heap:
./conv_string_bytes.go:47:20:   flow: {storage for string(b[1:3])} = &{storage for string(b[1:3])}:
./conv_string_bytes.go:47:20:     from string(b[1:3]) (spill) at ./conv_string_bytes.go:47:20
./conv_string_bytes.go:47:20:     from string(b[1:3]) (interface-converted) at ./conv_string_bytes.go:47:20
./conv_string_bytes.go:46:20: string(bb) escapes to heap:
./conv_string_bytes.go:46:20:   flow: {storage for string(bb)} = &{storage for string(bb)}:
./conv_string_bytes.go:46:20:     from string(bb) (spill) at ./conv_string_bytes.go:46:20
./conv_string_bytes.go:46:20:     from string(bb) (interface-converted) at ./conv_string_bytes.go:46:20
./conv_string_bytes.go:24:20: string(u[7:]) escapes to heap:
./conv_string_bytes.go:24:20:   flow: {storage for string(u[7:])} = &{storage for string(u[7:])}:
./conv_string_bytes.go:24:20:     from string(u[7:]) (spill) at ./conv_string_bytes.go:24:20
./conv_string_bytes.go:24:20:     from string(u[7:]) (interface-converted) at ./conv_string_bytes.go:24:20
./conv_string_bytes.go:18:30: string(nb) escapes to heap:
./conv_string_bytes.go:18:30:   flow: {storage for string(nb)} = &{storage for string(nb)}:
./conv_string_bytes.go:18:30:     from string(nb) (spill) at ./conv_string_bytes.go:18:30
./conv_string_bytes.go:18:30:     from string(nb) (interface-converted) at ./conv_string_bytes.go:18:30
./conv_string_bytes.go:15:23: string(b) escapes to heap:
./conv_string_bytes.go:15:23:   flow: {storage for string(b)} = &{storage for string(b)}:
./conv_string_bytes.go:15:23:     from string(b) (spill) at ./conv_string_bytes.go:15:23
./conv_string_bytes.go:15:23:     from string(b) (interface-converted) at ./conv_string_bytes.go:15:23
./conv_string_bytes.go:13:13: string(b) escapes to heap:
./conv_string_bytes.go:13:13:   flow: t = &{storage for string(b)}:
./conv_string_bytes.go:13:13:     from string(b) (spill) at ./conv_string_bytes.go:13:13
./conv_string_bytes.go:13:13:     from t := string(b) (assign) at ./conv_string_bytes.go:13:4
./conv_string_bytes.go:13:13:   flow: {storage for t} = t:
./conv_string_bytes.go:13:13:     from t (interface-converted) at ./conv_string_bytes.go:15:13
./conv_string_bytes.go:11:23: string(b) escapes to heap:
./conv_string_bytes.go:11:23:   flow: {storage for string(b)} = &{storage for string(b)}:
./conv_string_bytes.go:11:23:     from string(b) (spill) at ./conv_string_bytes.go:11:23
./conv_string_bytes.go:11:23:     from string(b) (interface-converted) at ./conv_string_bytes.go:11:23
./conv_string_bytes.go:9:13: ([]byte)(s) does not escape
./conv_string_bytes.go:11:13: ... argument does not escape
./conv_string_bytes.go:11:13: s escapes to heap
./conv_string_bytes.go:11:23: string(b) escapes to heap
./conv_string_bytes.go:11:23: string(b) escapes to heap
./conv_string_bytes.go:11:31: len(b) escapes to heap
./conv_string_bytes.go:13:13: string(b) escapes to heap
./conv_string_bytes.go:15:13: ... argument does not escape
./conv_string_bytes.go:15:13: t escapes to heap
./conv_string_bytes.go:15:23: string(b) escapes to heap
./conv_string_bytes.go:15:23: string(b) escapes to heap
./conv_string_bytes.go:18:12: ... argument does not escape
./conv_string_bytes.go:18:30: string(nb) escapes to heap
./conv_string_bytes.go:18:30: string(nb) escapes to heap
./conv_string_bytes.go:18:39: len(string(nb)) escapes to heap
./conv_string_bytes.go:18:46: string(nb) does not escape
./conv_string_bytes.go:19:14: ([]byte)("") does not escape
./conv_string_bytes.go:20:13: ... argument does not escape
./conv_string_bytes.go:20:17: len(eb) escapes to heap
./conv_string_bytes.go:20:26: eb == nil escapes to heap
./conv_string_bytes.go:22:13: ([]byte)("héllo, 世界") does not escape
./conv_string_bytes.go:23:13: ... argument does not escape
./conv_string_bytes.go:23:17: len(u) escapes to heap
./conv_string_bytes.go:23:23: u[1] escapes to heap
./conv_string_bytes.go:23:29: u[2] escapes to heap
./conv_string_bytes.go:24:13: ... argument does not escape
./conv_string_bytes.go:24:20: string(u[7:]) escapes to heap
./conv_string_bytes.go:24:20: string(u[7:]) escapes to heap
./conv_string_bytes.go:27:13: make([]byte, 256) does not escape
./conv_string_bytes.go:31:16: ([]byte)(string(all)) does not escape
./conv_string_bytes.go:31:23: string(all) does not escape
./conv_string_bytes.go:38:13: ... argument does not escape
./conv_string_bytes.go:38:13: same escapes to heap
./conv_string_bytes.go:41:13: ... argument does not escape
./conv_string_bytes.go:41:39: string([]byte{...}) == "ab" escapes to heap
./conv_string_bytes.go:41:20: string([]byte{...}) does not escape
./conv_string_bytes.go:41:27: []byte{...} does not escape
./conv_string_bytes.go:41:65: string([]byte{}) == "" escapes to heap
./conv_string_bytes.go:41:54: string([]byte{}) does not escape
./conv_string_bytes.go:41:61: []byte{} does not escape
./conv_string_bytes.go:45:18: Buf("xyz") does not escape
./conv_string_bytes.go:46:13: ... argument does not escape
./conv_string_bytes.go:46:20: string(bb) escapes to heap
./conv_string_bytes.go:46:20: string(bb) escapes to heap
./conv_string_bytes.go:46:29: len(bb) escapes to heap
./conv_string_bytes.go:47:13: ... argument does not escape
./conv_string_bytes.go:47:20: string(b[1:3]) escapes to heap
./conv_string_bytes.go:47:20: string(b[1:3]) escapes to heap

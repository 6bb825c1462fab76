./mem_bytes_runes.go:26:36: cap(words) escapes to heap:
./mem_bytes_runes.go:26:36:   flow: {storage for ... argument} = &{storage for cap(words)}:
./mem_bytes_runes.go:26:36:     from cap(words) (spill) at ./mem_bytes_runes.go:26:36
./mem_bytes_runes.go:26:36:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:26:13
./mem_bytes_runes.go:26:36:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:26:36:     from ... argument (spill) at ./mem_bytes_runes.go:26:13
./mem_bytes_runes.go:26:36:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:26:13
./mem_bytes_runes.go:26:24: len(words) escapes to heap:
./mem_bytes_runes.go:26:24:   flow: {storage for ... argument} = &{storage for len(words)}:
./mem_bytes_runes.go:26:24:     from len(words) (spill) at ./mem_bytes_runes.go:26:24
./mem_bytes_runes.go:26:24:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:26:13
./mem_bytes_runes.go:26:24:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:26:24:     from ... argument (spill) at ./mem_bytes_runes.go:26:13
./mem_bytes_runes.go:26:24:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:26:13
./mem_bytes_runes.go:26:13: words escapes to heap:
./mem_bytes_runes.go:26:13:   flow: {storage for ... argument} = &{storage for words}:
./mem_bytes_runes.go:26:13:     from words (spill) at ./mem_bytes_runes.go:26:13
./mem_bytes_runes.go:26:13:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:26:13
./mem_bytes_runes.go:26:13:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:26:13:     from ... argument (spill) at ./mem_bytes_runes.go:26:13
./mem_bytes_runes.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:26:13
./mem_bytes_runes.go:23:23: string(out[:10]) escapes to heap:
./mem_bytes_runes.go:23:23:   flow: {storage for ... argument} = &{storage for string(out[:10])}:
./mem_bytes_runes.go:23:23:     from string(out[:10]) (spill) at ./mem_bytes_runes.go:23:23
./mem_bytes_runes.go:23:23:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:23:13
./mem_bytes_runes.go:23:23:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:23:23:     from ... argument (spill) at ./mem_bytes_runes.go:23:13
./mem_bytes_runes.go:23:23:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:23:13
./mem_bytes_runes.go:23:13: n escapes to heap:
./mem_bytes_runes.go:23:13:   flow: {storage for ... argument} = &{storage for n}:
./mem_bytes_runes.go:23:13:     from n (spill) at ./mem_bytes_runes.go:23:13
./mem_bytes_runes.go:23:13:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:23:13
./mem_bytes_runes.go:23:13:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:23:13:     from ... argument (spill) at ./mem_bytes_runes.go:23:13
./mem_bytes_runes.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:23:13
./mem_bytes_runes.go:21:40: cap(out) escapes to heap:
./mem_bytes_runes.go:21:40:   flow: {storage for ... argument} = &{storage for cap(out)}:
./mem_bytes_runes.go:21:40:     from cap(out) (spill) at ./mem_bytes_runes.go:21:40
./mem_bytes_runes.go:21:40:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:21:13
./mem_bytes_runes.go:21:40:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:21:40:     from ... argument (spill) at ./mem_bytes_runes.go:21:13
./mem_bytes_runes.go:21:40:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:21:13
./mem_bytes_runes.go:21:30: len(out) escapes to heap:
./mem_bytes_runes.go:21:30:   flow: {storage for ... argument} = &{storage for len(out)}:
./mem_bytes_runes.go:21:30:     from len(out) (spill) at ./mem_bytes_runes.go:21:30
./mem_bytes_runes.go:21:30:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:21:13
./mem_bytes_runes.go:21:30:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:21:30:     from ... argument (spill) at ./mem_bytes_runes.go:21:13
./mem_bytes_runes.go:21:30:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:21:13
./mem_bytes_runes.go:21:20: string(out) escapes to heap:
./mem_bytes_runes.go:21:20:   flow: {storage for ... argument} = &{storage for string(out)}:
./mem_bytes_runes.go:21:20:     from string(out) (spill) at ./mem_bytes_runes.go:21:20
./mem_bytes_runes.go:21:20:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:21:13
./mem_bytes_runes.go:21:20:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:21:20:     from ... argument (spill) at ./mem_bytes_runes.go:21:13
./mem_bytes_runes.go:21:20:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:21:13
./mem_bytes_runes.go:17:29: cap(out) escapes to heap:
./mem_bytes_runes.go:17:29:   flow: {storage for ... argument} = &{storage for cap(out)}:
./mem_bytes_runes.go:17:29:     from cap(out) (spill) at ./mem_bytes_runes.go:17:29
./mem_bytes_runes.go:17:29:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:17:15
./mem_bytes_runes.go:17:29:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:17:29:     from ... argument (spill) at ./mem_bytes_runes.go:17:15
./mem_bytes_runes.go:17:29:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:17:15
./mem_bytes_runes.go:17:19: len(out) escapes to heap:
./mem_bytes_runes.go:17:19:   flow: {storage for ... argument} = &{storage for len(out)}:
./mem_bytes_runes.go:17:19:     from len(out) (spill) at ./mem_bytes_runes.go:17:19
./mem_bytes_runes.go:17:19:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:17:15
./mem_bytes_runes.go:17:19:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:17:19:     from ... argument (spill) at ./mem_bytes_runes.go:17:15
./mem_bytes_runes.go:17:19:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:17:15
./mem_bytes_runes.go:12:31: string(r) escapes to heap:
./mem_bytes_runes.go:12:31:   flow: {storage for ... argument} = &{storage for string(r)}:
./mem_bytes_runes.go:12:31:     from string(r) (spill) at ./mem_bytes_runes.go:12:31
./mem_bytes_runes.go:12:31:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:12:13
./mem_bytes_runes.go:12:31:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:12:31:     from ... argument (spill) at ./mem_bytes_runes.go:12:13
./mem_bytes_runes.go:12:31:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:12:13
./mem_bytes_runes.go:12:20: string(b) escapes to heap:
./mem_bytes_runes.go:12:20:   flow: {storage for ... argument} = &{storage for string(b)}:
./mem_bytes_runes.go:12:20:     from string(b) (spill) at ./mem_bytes_runes.go:12:20
./mem_bytes_runes.go:12:20:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:12:13
./mem_bytes_runes.go:12:20:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:12:20:     from ... argument (spill) at ./mem_bytes_runes.go:12:13
./mem_bytes_runes.go:12:20:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:12:13
./mem_bytes_runes.go:9:33: cap(([]byte)("hello")) escapes to heap:
./mem_bytes_runes.go:9:33:   flow: {storage for ... argument} = &{storage for cap(([]byte)("hello"))}:
./mem_bytes_runes.go:9:33:     from cap(([]byte)("hello")) (spill) at ./mem_bytes_runes.go:9:33
./mem_bytes_runes.go:9:33:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:9:13
./mem_bytes_runes.go:9:33:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:9:33:     from ... argument (spill) at ./mem_bytes_runes.go:9:13
./mem_bytes_runes.go:9:33:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:9:13
./mem_bytes_runes.go:9:25: len(r) escapes to heap:
./mem_bytes_runes.go:9:25:   flow: {storage for ... argument} = &{storage for len(r)}:
./mem_bytes_runes.go:9:25:     from len(r) (spill) at ./mem_bytes_runes.go:9:25
./mem_bytes_runes.go:9:25:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:9:13
./mem_bytes_runes.go:9:25:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:9:25:     from ... argument (spill) at ./mem_bytes_runes.go:9:13
./mem_bytes_runes.go:9:25:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:9:13
./mem_bytes_runes.go:9:17: len(b) escapes to heap:
./mem_bytes_runes.go:9:17:   flow: {storage for ... argument} = &{storage for len(b)}:
./mem_bytes_runes.go:9:17:     from len(b) (spill) at ./mem_bytes_runes.go:9:17
./mem_bytes_runes.go:9:17:     from ... argument (slice-literal-element) at ./mem_bytes_runes.go:9:13
./mem_bytes_runes.go:9:17:   flow: {heap} = {storage for ... argument}:
./mem_bytes_runes.go:9:17:     from ... argument (spill) at ./mem_bytes_runes.go:9:13
./mem_bytes_runes.go:9:17:     from fmt.Println(... argument...) (call parameter) at ./mem_bytes_runes.go:9:13
./mem_bytes_runes.go:24:19: []string{...} escapes to heap:
./mem_bytes_runes.go:24:19:   flow: words = &{storage for []string{...}}:
./mem_bytes_runes.go:24:19:     from []string{...} (spill) at ./mem_bytes_runes.go:24:19
./mem_bytes_runes.go:24:19:     from words := []string{...} (assign) at ./mem_bytes_runes.go:24:8
./mem_bytes_runes.go:24:19:   flow: {storage for words} = words:
./mem_bytes_runes.go:24:19:     from words (interface-converted) at ./mem_bytes_runes.go:26:13
./mem_bytes_runes.go:23:23: string(out[:10]) escapes to heap:
./mem_bytes_runes.go:23:23:   flow: {storage for string(out[:10])} = &{storage for string(out[:10])}:
./mem_bytes_runes.go:23:23:     from string(out[:10]) (spill) at ./mem_bytes_runes.go:23:23
./mem_bytes_runes.go:23:23:     from string(out[:10]) (interface-converted) at ./mem_bytes_runes.go:23:23
./mem_bytes_runes.go:21:20: string(out) escapes to heap:
./mem_bytes_runes.go:21:20:   flow: {storage for string(out)} = &{storage for string(out)}:
./mem_bytes_runes.go:21:20:     from string(out) (spill) at ./mem_bytes_runes.go:21:20
./mem_bytes_runes.go:21:20:     from string(out) (interface-converted) at ./mem_bytes_runes.go:21:20
./mem_bytes_runes.go:12:31: string(r) escapes to heap:
./mem_bytes_runes.go:12:31:   flow: {storage for string(r)} = &{storage for string(r)}:
./mem_bytes_runes.go:12:31:     from string(r) (spill) at ./mem_bytes_runes.go:12:31
./mem_bytes_runes.go:12:31:     from string(r) (interface-converted) at ./mem_bytes_runes.go:12:31
./mem_bytes_runes.go:12:20: string(b) escapes to heap:
./mem_bytes_runes.go:12:20:   flow: {storage for string(b)} = &{storage for string(b)}:
./mem_bytes_runes.go:12:20:     from string(b) (spill) at ./mem_bytes_runes.go:12:20
./mem_bytes_runes.go:12:20:     from string(b) (interface-converted) at ./mem_bytes_runes.go:12:20
./mem_bytes_runes.go:7:13: ([]byte)(s) does not escape
./mem_bytes_runes.go:8:13: ([]rune)(s) does not escape
./mem_bytes_runes.go:9:13: ... argument does not escape
./mem_bytes_runes.go:9:17: len(b) escapes to heap
./mem_bytes_runes.go:9:25: len(r) escapes to heap
./mem_bytes_runes.go:9:33: cap(([]byte)("hello")) escapes to heap
./mem_bytes_runes.go:9:40: ([]byte)("hello") does not escape
./mem_bytes_runes.go:12:13: ... argument does not escape
./mem_bytes_runes.go:12:20: string(b) escapes to heap
./mem_bytes_runes.go:12:20: string(b) escapes to heap
./mem_bytes_runes.go:12:31: string(r) escapes to heap
./mem_bytes_runes.go:12:31: string(r) escapes to heap
./mem_bytes_runes.go:17:15: ... argument does not escape
./mem_bytes_runes.go:17:19: len(out) escapes to heap
./mem_bytes_runes.go:17:29: cap(out) escapes to heap
./mem_bytes_runes.go:21:13: ... argument does not escape
./mem_bytes_runes.go:21:20: string(out) escapes to heap
./mem_bytes_runes.go:21:20: string(out) escapes to heap
./mem_bytes_runes.go:21:30: len(out) escapes to heap
./mem_bytes_runes.go:21:40: cap(out) escapes to heap
./mem_bytes_runes.go:23:13: ... argument does not escape
./mem_bytes_runes.go:23:13: n escapes to heap
./mem_bytes_runes.go:23:23: string(out[:10]) escapes to heap
./mem_bytes_runes.go:23:23: string(out[:10]) escapes to heap
./mem_bytes_runes.go:24:19: []string{...} escapes to heap
./mem_bytes_runes.go:26:13: ... argument does not escape
./mem_bytes_runes.go:26:13: words escapes to heap
./mem_bytes_runes.go:26:24: len(words) escapes to heap
./mem_bytes_runes.go:26:36: cap(words) escapes to heap

./conv_invalid_utf8.go:37:13: n escapes to heap:
./conv_invalid_utf8.go:37:13:   flow: {storage for ... argument} = &{storage for n}:
./conv_invalid_utf8.go:37:13:     from n (spill) at ./conv_invalid_utf8.go:37:13
./conv_invalid_utf8.go:37:13:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:37:13
./conv_invalid_utf8.go:37:13:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:37:13:     from ... argument (spill) at ./conv_invalid_utf8.go:37:13
./conv_invalid_utf8.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./conv_invalid_utf8.go:37:13
./conv_invalid_utf8.go:28:49: []rune{...} escapes to heap:
./conv_invalid_utf8.go:28:49:   flow: {storage for ... argument} = &{storage for []rune{...}}:
./conv_invalid_utf8.go:28:49:     from []rune{...} (spill) at ./conv_invalid_utf8.go:28:49
./conv_invalid_utf8.go:28:49:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:28:13
./conv_invalid_utf8.go:28:49:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:28:49:     from ... argument (spill) at ./conv_invalid_utf8.go:28:13
./conv_invalid_utf8.go:28:49:     from fmt.Println(... argument...) (call parameter) at ./conv_invalid_utf8.go:28:13
./conv_invalid_utf8.go:28:17: len([]rune{...}) escapes to heap:
./conv_invalid_utf8.go:28:17:   flow: {storage for ... argument} = &{storage for len([]rune{...})}:
./conv_invalid_utf8.go:28:17:     from len([]rune{...}) (spill) at ./conv_invalid_utf8.go:28:17
./conv_invalid_utf8.go:28:17:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:28:13
./conv_invalid_utf8.go:28:17:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:28:17:     from ... argument (spill) at ./conv_invalid_utf8.go:28:13
./conv_invalid_utf8.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./conv_invalid_utf8.go:28:13
./conv_invalid_utf8.go:26:20: []rune{...} escapes to heap:
./conv_invalid_utf8.go:26:20:   flow: {storage for ... argument} = &{storage for []rune{...}}:
./conv_invalid_utf8.go:26:20:     from []rune{...} (spill) at ./conv_invalid_utf8.go:26:20
./conv_invalid_utf8.go:26:20:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:26:13
./conv_invalid_utf8.go:26:20:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:26:20:     from ... argument (spill) at ./conv_invalid_utf8.go:26:13
./conv_invalid_utf8.go:26:20:     from fmt.Println(... argument...) (call parameter) at ./conv_invalid_utf8.go:26:13
./conv_invalid_utf8.go:24:20: []rune{...} escapes to heap:
./conv_invalid_utf8.go:24:20:   flow: {storage for ... argument} = &{storage for []rune{...}}:
./conv_invalid_utf8.go:24:20:     from []rune{...} (spill) at ./conv_invalid_utf8.go:24:20
./conv_invalid_utf8.go:24:20:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:24:13
./conv_invalid_utf8.go:24:20:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:24:20:     from ... argument (spill) at ./conv_invalid_utf8.go:24:13
./conv_invalid_utf8.go:24:20:     from fmt.Println(... argument...) (call parameter) at ./conv_invalid_utf8.go:24:13
./conv_invalid_utf8.go:21:27: string(v) escapes to heap:
./conv_invalid_utf8.go:21:27:   flow: {storage for ... argument} = &{storage for string(v)}:
./conv_invalid_utf8.go:21:27:     from string(v) (spill) at ./conv_invalid_utf8.go:21:27
./conv_invalid_utf8.go:21:27:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:21:12
./conv_invalid_utf8.go:21:27:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:21:27:     from ... argument (spill) at ./conv_invalid_utf8.go:21:12
./conv_invalid_utf8.go:21:27:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./conv_invalid_utf8.go:21:12
./conv_invalid_utf8.go:19:40: len(string(big)) escapes to heap:
./conv_invalid_utf8.go:19:40:   flow: {storage for ... argument} = &{storage for len(string(big))}:
./conv_invalid_utf8.go:19:40:     from len(string(big)) (spill) at ./conv_invalid_utf8.go:19:40
./conv_invalid_utf8.go:19:40:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:19:12
./conv_invalid_utf8.go:19:40:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:19:40:     from ... argument (spill) at ./conv_invalid_utf8.go:19:12
./conv_invalid_utf8.go:19:40:     from fmt.Printf("%q %d\n", ... argument...) (call parameter) at ./conv_invalid_utf8.go:19:12
./conv_invalid_utf8.go:19:30: string(big) escapes to heap:
./conv_invalid_utf8.go:19:30:   flow: {storage for ... argument} = &{storage for string(big)}:
./conv_invalid_utf8.go:19:30:     from string(big) (spill) at ./conv_invalid_utf8.go:19:30
./conv_invalid_utf8.go:19:30:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:19:12
./conv_invalid_utf8.go:19:30:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:19:30:     from ... argument (spill) at ./conv_invalid_utf8.go:19:12
./conv_invalid_utf8.go:19:30:     from fmt.Printf("%q %d\n", ... argument...) (call parameter) at ./conv_invalid_utf8.go:19:12
./conv_invalid_utf8.go:17:27: string([]rune{...}) escapes to heap:
./conv_invalid_utf8.go:17:27:   flow: {storage for ... argument} = &{storage for string([]rune{...})}:
./conv_invalid_utf8.go:17:27:     from string([]rune{...}) (spill) at ./conv_invalid_utf8.go:17:27
./conv_invalid_utf8.go:17:27:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:17:12
./conv_invalid_utf8.go:17:27:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:17:27:     from ... argument (spill) at ./conv_invalid_utf8.go:17:12
./conv_invalid_utf8.go:17:27:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./conv_invalid_utf8.go:17:12
./conv_invalid_utf8.go:14:27: string(b) escapes to heap:
./conv_invalid_utf8.go:14:27:   flow: {storage for ... argument} = &{storage for string(b)}:
./conv_invalid_utf8.go:14:27:     from string(b) (spill) at ./conv_invalid_utf8.go:14:27
./conv_invalid_utf8.go:14:27:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:14:12
./conv_invalid_utf8.go:14:27:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:14:27:     from ... argument (spill) at ./conv_invalid_utf8.go:14:12
./conv_invalid_utf8.go:14:27:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./conv_invalid_utf8.go:14:12
./conv_invalid_utf8.go:13:13: b escapes to heap:
./conv_invalid_utf8.go:13:13:   flow: {storage for ... argument} = &{storage for b}:
./conv_invalid_utf8.go:13:13:     from b (spill) at ./conv_invalid_utf8.go:13:13
./conv_invalid_utf8.go:13:13:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:13:13
./conv_invalid_utf8.go:13:13:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:13:13:     from ... argument (spill) at ./conv_invalid_utf8.go:13:13
./conv_invalid_utf8.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./conv_invalid_utf8.go:13:13
./conv_invalid_utf8.go:11:27: string(r) escapes to heap:
./conv_invalid_utf8.go:11:27:   flow: {storage for ... argument} = &{storage for string(r)}:
./conv_invalid_utf8.go:11:27:     from string(r) (spill) at ./conv_invalid_utf8.go:11:27
./conv_invalid_utf8.go:11:27:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:11:12
./conv_invalid_utf8.go:11:27:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:11:27:     from ... argument (spill) at ./conv_invalid_utf8.go:11:12
./conv_invalid_utf8.go:11:27:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./conv_invalid_utf8.go:11:12
./conv_invalid_utf8.go:10:27: r escapes to heap:
./conv_invalid_utf8.go:10:27:   flow: {storage for ... argument} = &{storage for r}:
./conv_invalid_utf8.go:10:27:     from r (spill) at ./conv_invalid_utf8.go:10:27
./conv_invalid_utf8.go:10:27:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:10:13
./conv_invalid_utf8.go:10:27:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:10:27:     from ... argument (spill) at ./conv_invalid_utf8.go:10:13
./conv_invalid_utf8.go:10:27:     from fmt.Println(... argument...) (call parameter) at ./conv_invalid_utf8.go:10:13
./conv_invalid_utf8.go:10:27: len(r) escapes to heap:
./conv_invalid_utf8.go:10:27:   flow: {storage for ... argument} = &{storage for len(r)}:
./conv_invalid_utf8.go:10:27:     from len(r) (spill) at ./conv_invalid_utf8.go:10:27
./conv_invalid_utf8.go:10:27:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:10:13
./conv_invalid_utf8.go:10:27:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:10:27:     from ... argument (spill) at ./conv_invalid_utf8.go:10:13
./conv_invalid_utf8.go:10:27:     from fmt.Println(... argument...) (call parameter) at ./conv_invalid_utf8.go:10:13
./conv_invalid_utf8.go:10:17: len(bad) escapes to heap:
./conv_invalid_utf8.go:10:17:   flow: {storage for ... argument} = &{storage for len(bad)}:
./conv_invalid_utf8.go:10:17:     from len(bad) (spill) at ./conv_invalid_utf8.go:10:17
./conv_invalid_utf8.go:10:17:     from ... argument (slice-literal-element) at ./conv_invalid_utf8.go:10:13
./conv_invalid_utf8.go:10:17:   flow: {heap} = {storage for ... argument}:
./conv_invalid_utf8.go:10:17:     from ... argument (spill) at ./conv_invalid_utf8.go:10:13
./conv_invalid_utf8.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./conv_invalid_utf8.go:10:13
./conv_invalid_utf8.go:28:49: []rune{...} escapes to heap:
./conv_invalid_utf8.go:28:49:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
./conv_invalid_utf8.go:28:49:     from []rune{...} (spill) at ./conv_invalid_utf8.go:28:49
./conv_invalid_utf8.go:28:49:     from []rune{...} (interface-converted) at ./conv_invalid_utf8.go:28:49
./conv_invalid_utf8.go:26:20: []rune{...} escapes to heap:
./conv_invalid_utf8.go:26:20:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
./conv_invalid_utf8.go:26:20:     from []rune{...} (spill) at ./conv_invalid_utf8.go:26:20
./conv_invalid_utf8.go:26:20:     from []rune{...} (interface-converted) at ./conv_invalid_utf8.go:26:20
./conv_invalid_utf8.go:24:20: []rune{...} escapes to heap:
./conv_invalid_utf8.go:24:20:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
./conv_invalid_utf8.go:24:20:     from []rune{...} (spill) at ./conv_invalid_utf8.go:24:20
./conv_invalid_utf8.go:24:20:     from []rune{...} (interface-converted) at ./conv_invalid_utf8.go:24:20
./conv_invalid_utf8.go:21:27: string(v) escapes to heap:
./conv_invalid_utf8.go:21:27:   flow: {storage for string(v)} = &{storage for string(v)}:
./conv_invalid_utf8.go:21:27:     from string(v) (spill) at ./conv_invalid_utf8.go:21:27
./conv_invalid_utf8.go:21:27:     from string(v) (interface-converted) at ./conv_invalid_utf8.go:21:27
./conv_invalid_utf8.go:19:30: string(big) escapes to heap:
./conv_invalid_utf8.go:19:30:   flow: {storage for string(big)} = &{storage for string(big)}:
./conv_invalid_utf8.go:19:30:     from string(big) (spill) at ./conv_invalid_utf8.go:19:30
./conv_invalid_utf8.go:19:30:     from string(big) (interface-converted) at ./conv_invalid_utf8.go:19:30
./conv_invalid_utf8.go:17:27: string([]rune{...}) escapes to heap:
./conv_invalid_utf8.go:17:27:   flow: {storage for string([]rune{...})} = &{storage for string([]rune{...})}:
./conv_invalid_utf8.go:17:27:     from string([]rune{...}) (spill) at ./conv_invalid_utf8.go:17:27
./conv_invalid_utf8.go:17:27:     from string([]rune{...}) (interface-converted) at ./conv_invalid_utf8.go:17:27
./conv_invalid_utf8.go:14:27: string(b) escapes to heap:
./conv_invalid_utf8.go:14:27:   flow: {storage for string(b)} = &{storage for string(b)}:
./conv_invalid_utf8.go:14:27:     from string(b) (spill) at ./conv_invalid_utf8.go:14:27
./conv_invalid_utf8.go:14:27:     from string(b) (interface-converted) at ./conv_invalid_utf8.go:14:27
./conv_invalid_utf8.go:12:13: ([]byte)(bad) escapes to heap:
./conv_invalid_utf8.go:12:13:   flow: b = &{storage for ([]byte)(bad)}:
./conv_invalid_utf8.go:12:13:     from ([]byte)(bad) (spill) at ./conv_invalid_utf8.go:12:13
./conv_invalid_utf8.go:12:13:     from b := ([]byte)(bad) (assign) at ./conv_invalid_utf8.go:12:4
./conv_invalid_utf8.go:12:13:   flow: {storage for b} = b:
./conv_invalid_utf8.go:12:13:     from b (interface-converted) at ./conv_invalid_utf8.go:13:13
./conv_invalid_utf8.go:11:27: string(r) escapes to heap:
./conv_invalid_utf8.go:11:27:   flow: {storage for string(r)} = &{storage for string(r)}:
./conv_invalid_utf8.go:11:27:     from string(r) (spill) at ./conv_invalid_utf8.go:11:27
./conv_invalid_utf8.go:11:27:     from string(r) (interface-converted) at ./conv_invalid_utf8.go:11:27
./conv_invalid_utf8.go:9:13: ([]rune)(bad) escapes to heap:
./conv_invalid_utf8.go:9:13:   flow: r = &{storage for ([]rune)(bad)}:
./conv_invalid_utf8.go:9:13:     from ([]rune)(bad) (spill) at ./conv_invalid_utf8.go:9:13
./conv_invalid_utf8.go:9:13:     from r := ([]rune)(bad) (assign) at ./conv_invalid_utf8.go:9:4
./conv_invalid_utf8.go:9:13:   flow: {storage for r} = r:
./conv_invalid_utf8.go:9:13:     from r (interface-converted) at ./conv_invalid_utf8.go:10:27
./conv_invalid_utf8.go:9:13: ([]rune)(bad) escapes to heap
./conv_invalid_utf8.go:10:13: ... argument does not escape
./conv_invalid_utf8.go:10:17: len(bad) escapes to heap
./conv_invalid_utf8.go:10:27: len(r) escapes to heap
./conv_invalid_utf8.go:10:27: r escapes to heap
./conv_invalid_utf8.go:11:12: ... argument does not escape
./conv_invalid_utf8.go:11:27: string(r) escapes to heap
./conv_invalid_utf8.go:11:27: string(r) escapes to heap
./conv_invalid_utf8.go:12:13: ([]byte)(bad) escapes to heap
./conv_invalid_utf8.go:13:13: ... argument does not escape
./conv_invalid_utf8.go:13:13: b escapes to heap
./conv_invalid_utf8.go:14:12: ... argument does not escape
./conv_invalid_utf8.go:14:27: string(b) escapes to heap
./conv_invalid_utf8.go:14:27: string(b) escapes to heap
./conv_invalid_utf8.go:17:12: ... argument does not escape
./conv_invalid_utf8.go:17:27: string([]rune{...}) escapes to heap
./conv_invalid_utf8.go:17:27: string([]rune{...}) escapes to heap
./conv_invalid_utf8.go:17:34: []rune{...} does not escape
./conv_invalid_utf8.go:19:12: ... argument does not escape
./conv_invalid_utf8.go:19:30: string(big) escapes to heap
./conv_invalid_utf8.go:19:30: string(big) escapes to heap
./conv_invalid_utf8.go:19:40: len(string(big)) escapes to heap
./conv_invalid_utf8.go:19:47: string(big) does not escape
./conv_invalid_utf8.go:21:12: ... argument does not escape
./conv_invalid_utf8.go:21:27: string(v) escapes to heap
./conv_invalid_utf8.go:21:27: string(v) escapes to heap
./conv_invalid_utf8.go:24:13: ... argument does not escape
./conv_invalid_utf8.go:24:20: []rune{...} escapes to heap
./conv_invalid_utf8.go:24:20: []rune{...} escapes to heap
./conv_invalid_utf8.go:26:13: ... argument does not escape
./conv_invalid_utf8.go:26:20: []rune{...} escapes to heap
./conv_invalid_utf8.go:26:20: []rune{...} escapes to heap
./conv_invalid_utf8.go:28:13: ... argument does not escape
./conv_invalid_utf8.go:28:17: len([]rune{...}) escapes to heap
./conv_invalid_utf8.go:28:24: []rune{...} does not escape
./conv_invalid_utf8.go:28:49: []rune{...} escapes to heap
./conv_invalid_utf8.go:28:49: []rune{...} escapes to heap
./conv_invalid_utf8.go:37:13: ... argument does not escape
./conv_invalid_utf8.go:37:13: n escapes to heap

./conv_string_runes.go:28:16: main ignoring self-assignment in in[i], in[j] = in[j], in[i]
./conv_string_runes.go:28:16: main ignoring self-assignment in in[i], in[j] = in[j], in[i]
./conv_string_runes.go:35:35: ([]byte)("abc") escapes to heap:
./conv_string_runes.go:35:35:   flow: {storage for ... argument} = &{storage for ([]byte)("abc")}:
./conv_string_runes.go:35:35:     from ([]byte)("abc") (spill) at ./conv_string_runes.go:35:35
./conv_string_runes.go:35:35:     from ... argument (slice-literal-element) at ./conv_string_runes.go:35:13
./conv_string_runes.go:35:35:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:35:35:     from ... argument (spill) at ./conv_string_runes.go:35:13
./conv_string_runes.go:35:35:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:35:13
./conv_string_runes.go:35:20: []rune{...} escapes to heap:
./conv_string_runes.go:35:20:   flow: {storage for ... argument} = &{storage for []rune{...}}:
./conv_string_runes.go:35:20:     from []rune{...} (spill) at ./conv_string_runes.go:35:20
./conv_string_runes.go:35:20:     from ... argument (slice-literal-element) at ./conv_string_runes.go:35:13
./conv_string_runes.go:35:20:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:35:20:     from ... argument (spill) at ./conv_string_runes.go:35:13
./conv_string_runes.go:35:20:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:35:13
./conv_string_runes.go:33:32: string(([]rune)(s)) == s escapes to heap:
./conv_string_runes.go:33:32:   flow: {storage for ... argument} = &{storage for string(([]rune)(s)) == s}:
./conv_string_runes.go:33:32:     from string(([]rune)(s)) == s (spill) at ./conv_string_runes.go:33:32
./conv_string_runes.go:33:32:     from ... argument (slice-literal-element) at ./conv_string_runes.go:33:13
./conv_string_runes.go:33:32:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:33:32:     from ... argument (spill) at ./conv_string_runes.go:33:13
./conv_string_runes.go:33:32:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:33:13
./conv_string_runes.go:30:20: string(in) escapes to heap:
./conv_string_runes.go:30:20:   flow: {storage for ... argument} = &{storage for string(in)}:
./conv_string_runes.go:30:20:     from string(in) (spill) at ./conv_string_runes.go:30:20
./conv_string_runes.go:30:20:     from ... argument (slice-literal-element) at ./conv_string_runes.go:30:13
./conv_string_runes.go:30:20:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:30:20:     from ... argument (spill) at ./conv_string_runes.go:30:13
./conv_string_runes.go:30:20:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:30:13
./conv_string_runes.go:23:60: string(rune(0x1F600)) escapes to heap:
./conv_string_runes.go:23:60:   flow: {storage for ... argument} = &{storage for string(rune(0x1F600))}:
./conv_string_runes.go:23:60:     from string(rune(0x1F600)) (spill) at ./conv_string_runes.go:23:60
./conv_string_runes.go:23:60:     from ... argument (slice-literal-element) at ./conv_string_runes.go:23:13
./conv_string_runes.go:23:60:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:23:60:     from ... argument (spill) at ./conv_string_runes.go:23:13
./conv_string_runes.go:23:60:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:23:13
./conv_string_runes.go:23:38: string(rune(0x4e16)) escapes to heap:
./conv_string_runes.go:23:38:   flow: {storage for ... argument} = &{storage for string(rune(0x4e16))}:
./conv_string_runes.go:23:38:     from string(rune(0x4e16)) (spill) at ./conv_string_runes.go:23:38
./conv_string_runes.go:23:38:     from ... argument (slice-literal-element) at ./conv_string_runes.go:23:13
./conv_string_runes.go:23:38:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:23:38:     from ... argument (spill) at ./conv_string_runes.go:23:13
./conv_string_runes.go:23:38:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:23:13
./conv_string_runes.go:23:20: string(rune(65)) escapes to heap:
./conv_string_runes.go:23:20:   flow: {storage for ... argument} = &{storage for string(rune(65))}:
./conv_string_runes.go:23:20:     from string(rune(65)) (spill) at ./conv_string_runes.go:23:20
./conv_string_runes.go:23:20:     from ... argument (slice-literal-element) at ./conv_string_runes.go:23:13
./conv_string_runes.go:23:20:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:23:20:     from ... argument (spill) at ./conv_string_runes.go:23:13
./conv_string_runes.go:23:20:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:23:13
./conv_string_runes.go:20:27: string(nr) escapes to heap:
./conv_string_runes.go:20:27:   flow: {storage for ... argument} = &{storage for string(nr)}:
./conv_string_runes.go:20:27:     from string(nr) (spill) at ./conv_string_runes.go:20:27
./conv_string_runes.go:20:27:     from ... argument (slice-literal-element) at ./conv_string_runes.go:20:12
./conv_string_runes.go:20:27:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:20:27:     from ... argument (spill) at ./conv_string_runes.go:20:12
./conv_string_runes.go:20:27:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./conv_string_runes.go:20:12
./conv_string_runes.go:18:41: len([]rune{}) escapes to heap:
./conv_string_runes.go:18:41:   flow: {storage for ... argument} = &{storage for len([]rune{})}:
./conv_string_runes.go:18:41:     from len([]rune{}) (spill) at ./conv_string_runes.go:18:41
./conv_string_runes.go:18:41:     from ... argument (slice-literal-element) at ./conv_string_runes.go:18:13
./conv_string_runes.go:18:41:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:18:41:     from ... argument (spill) at ./conv_string_runes.go:18:13
./conv_string_runes.go:18:41:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:18:13
./conv_string_runes.go:18:31: string([]rune{}) == "" escapes to heap:
./conv_string_runes.go:18:31:   flow: {storage for ... argument} = &{storage for string([]rune{}) == ""}:
./conv_string_runes.go:18:31:     from string([]rune{}) == "" (spill) at ./conv_string_runes.go:18:31
./conv_string_runes.go:18:31:     from ... argument (slice-literal-element) at ./conv_string_runes.go:18:13
./conv_string_runes.go:18:31:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:18:31:     from ... argument (spill) at ./conv_string_runes.go:18:13
./conv_string_runes.go:18:31:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:18:13
./conv_string_runes.go:16:20: s escapes to heap:
./conv_string_runes.go:16:20:   flow: {storage for ... argument} = &{storage for s}:
./conv_string_runes.go:16:20:     from s (spill) at ./conv_string_runes.go:16:20
./conv_string_runes.go:16:20:     from ... argument (slice-literal-element) at ./conv_string_runes.go:16:13
./conv_string_runes.go:16:20:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:16:20:     from ... argument (spill) at ./conv_string_runes.go:16:13
./conv_string_runes.go:16:20:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:16:13
./conv_string_runes.go:16:20: string(r) escapes to heap:
./conv_string_runes.go:16:20:   flow: {storage for ... argument} = &{storage for string(r)}:
./conv_string_runes.go:16:20:     from string(r) (spill) at ./conv_string_runes.go:16:20
./conv_string_runes.go:16:20:     from ... argument (slice-literal-element) at ./conv_string_runes.go:16:13
./conv_string_runes.go:16:20:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:16:20:     from ... argument (spill) at ./conv_string_runes.go:16:13
./conv_string_runes.go:16:20:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:16:13
./conv_string_runes.go:12:40: r[8] escapes to heap:
./conv_string_runes.go:12:40:   flow: {storage for ... argument} = &{storage for r[8]}:
./conv_string_runes.go:12:40:     from r[8] (spill) at ./conv_string_runes.go:12:40
./conv_string_runes.go:12:40:     from ... argument (slice-literal-element) at ./conv_string_runes.go:12:12
./conv_string_runes.go:12:40:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:12:40:     from ... argument (spill) at ./conv_string_runes.go:12:12
./conv_string_runes.go:12:40:     from fmt.Printf("%c %U %q\n", ... argument...) (call parameter) at ./conv_string_runes.go:12:12
./conv_string_runes.go:12:34: r[7] escapes to heap:
./conv_string_runes.go:12:34:   flow: {storage for ... argument} = &{storage for r[7]}:
./conv_string_runes.go:12:34:     from r[7] (spill) at ./conv_string_runes.go:12:34
./conv_string_runes.go:12:34:     from ... argument (slice-literal-element) at ./conv_string_runes.go:12:12
./conv_string_runes.go:12:34:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:12:34:     from ... argument (spill) at ./conv_string_runes.go:12:12
./conv_string_runes.go:12:34:     from fmt.Printf("%c %U %q\n", ... argument...) (call parameter) at ./conv_string_runes.go:12:12
./conv_string_runes.go:12:28: r[7] escapes to heap:
./conv_string_runes.go:12:28:   flow: {storage for ... argument} = &{storage for r[7]}:
./conv_string_runes.go:12:28:     from r[7] (spill) at ./conv_string_runes.go:12:28
./conv_string_runes.go:12:28:     from ... argument (slice-literal-element) at ./conv_string_runes.go:12:12
./conv_string_runes.go:12:28:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:12:28:     from ... argument (spill) at ./conv_string_runes.go:12:12
./conv_string_runes.go:12:28:     from fmt.Printf("%c %U %q\n", ... argument...) (call parameter) at ./conv_string_runes.go:12:12
./conv_string_runes.go:11:35: r[len(r) - 1] escapes to heap:
./conv_string_runes.go:11:35:   flow: {storage for ... argument} = &{storage for r[len(r) - 1]}:
./conv_string_runes.go:11:35:     from r[len(r) - 1] (spill) at ./conv_string_runes.go:11:35
./conv_string_runes.go:11:35:     from ... argument (slice-literal-element) at ./conv_string_runes.go:11:13
./conv_string_runes.go:11:35:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:11:35:     from ... argument (spill) at ./conv_string_runes.go:11:13
./conv_string_runes.go:11:35:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:11:13
./conv_string_runes.go:11:26: string(r[1]) escapes to heap:
./conv_string_runes.go:11:26:   flow: {storage for ... argument} = &{storage for string(r[1])}:
./conv_string_runes.go:11:26:     from string(r[1]) (spill) at ./conv_string_runes.go:11:26
./conv_string_runes.go:11:26:     from ... argument (slice-literal-element) at ./conv_string_runes.go:11:13
./conv_string_runes.go:11:26:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:11:26:     from ... argument (spill) at ./conv_string_runes.go:11:13
./conv_string_runes.go:11:26:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:11:13
./conv_string_runes.go:11:15: r[1] escapes to heap:
./conv_string_runes.go:11:15:   flow: {storage for ... argument} = &{storage for r[1]}:
./conv_string_runes.go:11:15:     from r[1] (spill) at ./conv_string_runes.go:11:15
./conv_string_runes.go:11:15:     from ... argument (slice-literal-element) at ./conv_string_runes.go:11:13
./conv_string_runes.go:11:15:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:11:15:     from ... argument (spill) at ./conv_string_runes.go:11:13
./conv_string_runes.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:11:13
./conv_string_runes.go:10:25: len(r) escapes to heap:
./conv_string_runes.go:10:25:   flow: {storage for ... argument} = &{storage for len(r)}:
./conv_string_runes.go:10:25:     from len(r) (spill) at ./conv_string_runes.go:10:25
./conv_string_runes.go:10:25:     from ... argument (slice-literal-element) at ./conv_string_runes.go:10:13
./conv_string_runes.go:10:25:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:10:25:     from ... argument (spill) at ./conv_string_runes.go:10:13
./conv_string_runes.go:10:25:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:10:13
./conv_string_runes.go:10:17: len(s) escapes to heap:
./conv_string_runes.go:10:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./conv_string_runes.go:10:17:     from len(s) (spill) at ./conv_string_runes.go:10:17
./conv_string_runes.go:10:17:     from ... argument (slice-literal-element) at ./conv_string_runes.go:10:13
./conv_string_runes.go:10:17:   flow: {heap} = {storage for ... argument}:
./conv_string_runes.go:10:17:     from ... argument (spill) at ./conv_string_runes.go:10:13
./conv_string_runes.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./conv_string_runes.go:10:13
./conv_string_runes.go:35:35: ([]byte)("abc") escapes to heap:
./conv_string_runes.go:35:35:   flow: {storage for ([]byte)("abc")} = &{storage for ([]byte)("abc")}:
./conv_string_runes.go:35:35:     from ([]byte)("abc") (spill) at ./conv_string_runes.go:35:35
./conv_string_runes.go:35:35:     from ([]byte)("abc") (interface-converted) at ./conv_string_runes.go:35:35
./conv_string_runes.go:35:20: []rune{...} escapes to heap:
./conv_string_runes.go:35:20:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
./conv_string_runes.go:35:20:     from []rune{...} (spill) at ./conv_string_runes.go:35:20
./conv_string_runes.go:35:20:     from []rune{...} (interface-converted) at ./conv_string_runes.go:35:20
./conv_string_runes.go:30:20: string(in) escapes to heap:
./conv_string_runes.go:30:20:   flow: {storage for string(in)} = &{storage for string(in)}:
./conv_string_runes.go:30:20:     from string(in) (spill) at ./conv_string_runes.go:30:20
./conv_string_runes.go:30:20:     from string(in) (interface-converted) at ./conv_string_runes.go:30:20
./conv_string_runes.go:20:27: string(nr) escapes to heap:
./conv_string_runes.go:20:27:   flow: {storage for string(nr)} = &{storage for string(nr)}:
./conv_string_runes.go:20:27:     from string(nr) (spill) at ./conv_string_runes.go:20:27
./conv_string_runes.go:20:27:     from string(nr) (interface-converted) at ./conv_string_runes.go:20:27
./conv_string_runes.go:16:20: string(r) escapes to heap:
./conv_string_runes.go:16:20:   flow: {storage for string(r)} = &{storage for string(r)}:
./conv_string_runes.go:16:20:     from string(r) (spill) at ./conv_string_runes.go:16:20
./conv_string_runes.go:16:20:     from string(r) (interface-converted) at ./conv_string_runes.go:16:20
./conv_string_runes.go:11:26: string(r[1]) escapes to heap:
./conv_string_runes.go:11:26:   flow: {storage for string(r[1])} = &{storage for string(r[1])}:
./conv_string_runes.go:11:26:     from string(r[1]) (spill) at ./conv_string_runes.go:11:26
./conv_string_runes.go:11:26:     from string(r[1]) (interface-converted) at ./conv_string_runes.go:11:26
./conv_string_runes.go:9:13: ([]rune)(s) does not escape
./conv_string_runes.go:10:13: ... argument does not escape
./conv_string_runes.go:10:17: len(s) escapes to heap
./conv_string_runes.go:10:25: len(r) escapes to heap
./conv_string_runes.go:11:13: ... argument does not escape
./conv_string_runes.go:11:15: r[1] escapes to heap
./conv_string_runes.go:11:26: string(r[1]) escapes to heap
./conv_string_runes.go:11:26: string(r[1]) escapes to heap
./conv_string_runes.go:11:35: r[len(r) - 1] escapes to heap
./conv_string_runes.go:12:12: ... argument does not escape
./conv_string_runes.go:12:28: r[7] escapes to heap
./conv_string_runes.go:12:34: r[7] escapes to heap
./conv_string_runes.go:12:40: r[8] escapes to heap
./conv_string_runes.go:16:13: ... argument does not escape
./conv_string_runes.go:16:20: string(r) escapes to heap
./conv_string_runes.go:16:20: string(r) escapes to heap
./conv_string_runes.go:16:20: s escapes to heap
./conv_string_runes.go:18:13: ... argument does not escape
./conv_string_runes.go:18:31: string([]rune{}) == "" escapes to heap
./conv_string_runes.go:18:20: string([]rune{}) does not escape
./conv_string_runes.go:18:27: []rune{} does not escape
./conv_string_runes.go:18:41: len([]rune{}) escapes to heap
./conv_string_runes.go:18:48: []rune{} does not escape
./conv_string_runes.go:20:12: ... argument does not escape
./conv_string_runes.go:20:27: string(nr) escapes to heap
./conv_string_runes.go:20:27: string(nr) escapes to heap
./conv_string_runes.go:23:13: ... argument does not escape
./conv_string_runes.go:23:20: string(rune(65)) escapes to heap
./conv_string_runes.go:23:38: string(rune(0x4e16)) escapes to heap
./conv_string_runes.go:23:60: string(rune(0x1F600)) escapes to heap
./conv_string_runes.go:26:14: []rune{...} does not escape
./conv_string_runes.go:30:13: ... argument does not escape
./conv_string_runes.go:30:20: string(in) escapes to heap
./conv_string_runes.go:30:20: string(in) escapes to heap
./conv_string_runes.go:33:13: ... argument does not escape
./conv_string_runes.go:33:32: string(([]rune)(s)) == s escapes to heap
./conv_string_runes.go:33:20: string(([]rune)(s)) does not escape
./conv_string_runes.go:33:27: ([]rune)(s) does not escape
./conv_string_runes.go:35:13: ... argument does not escape
./conv_string_runes.go:35:20: []rune{...} escapes to heap
./conv_string_runes.go:35:20: []rune{...} escapes to heap
./conv_string_runes.go:35:35: ([]byte)("abc") escapes to heap
./conv_string_runes.go:35:35: ([]byte)("abc") escapes to heap

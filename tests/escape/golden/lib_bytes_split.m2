./lib_bytes_split.go:11:34: " " escapes to heap:
./lib_bytes_split.go:11:34:   flow: {storage for ... argument} = &{storage for " "}:
./lib_bytes_split.go:11:34:     from " " (spill) at ./lib_bytes_split.go:11:34
./lib_bytes_split.go:11:34:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:11:12
./lib_bytes_split.go:11:34:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:11:34:     from ... argument (spill) at ./lib_bytes_split.go:11:12
./lib_bytes_split.go:11:34:     from fmt.Print(... argument...) (call parameter) at ./lib_bytes_split.go:11:12
./lib_bytes_split.go:11:29: cap(x) escapes to heap:
./lib_bytes_split.go:11:29:   flow: {storage for ... argument} = &{storage for cap(x)}:
./lib_bytes_split.go:11:29:     from cap(x) (spill) at ./lib_bytes_split.go:11:29
./lib_bytes_split.go:11:29:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:11:12
./lib_bytes_split.go:11:29:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:11:29:     from ... argument (spill) at ./lib_bytes_split.go:11:12
./lib_bytes_split.go:11:29:     from fmt.Print(... argument...) (call parameter) at ./lib_bytes_split.go:11:12
./lib_bytes_split.go:11:21: ":" escapes to heap:
./lib_bytes_split.go:11:21:   flow: {storage for ... argument} = &{storage for ":"}:
./lib_bytes_split.go:11:21:     from ":" (spill) at ./lib_bytes_split.go:11:21
./lib_bytes_split.go:11:21:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:11:12
./lib_bytes_split.go:11:21:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:11:21:     from ... argument (spill) at ./lib_bytes_split.go:11:12
./lib_bytes_split.go:11:21:     from fmt.Print(... argument...) (call parameter) at ./lib_bytes_split.go:11:12
./lib_bytes_split.go:11:16: len(x) escapes to heap:
./lib_bytes_split.go:11:16:   flow: {storage for ... argument} = &{storage for len(x)}:
./lib_bytes_split.go:11:16:     from len(x) (spill) at ./lib_bytes_split.go:11:16
./lib_bytes_split.go:11:16:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:11:12
./lib_bytes_split.go:11:16:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:11:16:     from ... argument (spill) at ./lib_bytes_split.go:11:12
./lib_bytes_split.go:11:16:     from fmt.Print(... argument...) (call parameter) at ./lib_bytes_split.go:11:12
./lib_bytes_split.go:9:63: v == nil escapes to heap:
./lib_bytes_split.go:9:63:   flow: {storage for ... argument} = &{storage for v == nil}:
./lib_bytes_split.go:9:63:     from v == nil (spill) at ./lib_bytes_split.go:9:63
./lib_bytes_split.go:9:63:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:9:12
./lib_bytes_split.go:9:63:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:9:63:     from ... argument (spill) at ./lib_bytes_split.go:9:12
./lib_bytes_split.go:9:63:     from fmt.Printf("%q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./lib_bytes_split.go:9:12
./lib_bytes_split.go:9:56: cap(v) escapes to heap:
./lib_bytes_split.go:9:56:   flow: {storage for ... argument} = &{storage for cap(v)}:
./lib_bytes_split.go:9:56:     from cap(v) (spill) at ./lib_bytes_split.go:9:56
./lib_bytes_split.go:9:56:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:9:12
./lib_bytes_split.go:9:56:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:9:56:     from ... argument (spill) at ./lib_bytes_split.go:9:12
./lib_bytes_split.go:9:56:     from fmt.Printf("%q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./lib_bytes_split.go:9:12
./lib_bytes_split.go:9:48: len(v) escapes to heap:
./lib_bytes_split.go:9:48:   flow: {storage for ... argument} = &{storage for len(v)}:
./lib_bytes_split.go:9:48:     from len(v) (spill) at ./lib_bytes_split.go:9:48
./lib_bytes_split.go:9:48:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:9:12
./lib_bytes_split.go:9:48:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:9:48:     from ... argument (spill) at ./lib_bytes_split.go:9:12
./lib_bytes_split.go:9:48:     from fmt.Printf("%q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./lib_bytes_split.go:9:12
./lib_bytes_split.go:9:13: v escapes to heap:
./lib_bytes_split.go:9:13:   flow: {storage for ... argument} = &{storage for v}:
./lib_bytes_split.go:9:13:     from v (spill) at ./lib_bytes_split.go:9:13
./lib_bytes_split.go:9:13:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:9:12
./lib_bytes_split.go:9:13:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:9:13:     from ... argument (spill) at ./lib_bytes_split.go:9:12
./lib_bytes_split.go:9:13:     from fmt.Printf("%q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./lib_bytes_split.go:9:12
./lib_bytes_split.go:8:11: parameter v leaks to {storage for v} with derefs=0:
./lib_bytes_split.go:8:11:   flow: {storage for v} = v:
./lib_bytes_split.go:8:11:     from v (interface-converted) at ./lib_bytes_split.go:9:13
./lib_bytes_split.go:8:11: leaking param: v
./lib_bytes_split.go:9:12: ... argument does not escape
./lib_bytes_split.go:9:13: v escapes to heap
./lib_bytes_split.go:9:48: len(v) escapes to heap
./lib_bytes_split.go:9:56: cap(v) escapes to heap
./lib_bytes_split.go:9:63: v == nil escapes to heap
./lib_bytes_split.go:11:12: ... argument does not escape
./lib_bytes_split.go:11:16: len(x) escapes to heap
./lib_bytes_split.go:11:21: ":" escapes to heap
./lib_bytes_split.go:11:29: cap(x) escapes to heap
./lib_bytes_split.go:11:34: " " escapes to heap
./lib_bytes_split.go:17:25: ([]byte)("a,b,c") escapes to heap:
./lib_bytes_split.go:17:25:   flow: {heap} = &{storage for ([]byte)("a,b,c")}:
./lib_bytes_split.go:17:25:     from ([]byte)("a,b,c") (spill) at ./lib_bytes_split.go:17:25
./lib_bytes_split.go:17:25:     from bytes.Split(([]byte)("a,b,c"), ([]byte)(",")) (call parameter) at ./lib_bytes_split.go:17:18
./lib_bytes_split.go:18:25: ([]byte)("a man a plan a canal panama") escapes to heap:
./lib_bytes_split.go:18:25:   flow: {heap} = &{storage for ([]byte)("a man a plan a canal panama")}:
./lib_bytes_split.go:18:25:     from ([]byte)("a man a plan a canal panama") (spill) at ./lib_bytes_split.go:18:25
./lib_bytes_split.go:18:25:     from bytes.Split(([]byte)("a man a plan a canal panama"), ([]byte)("a ")) (call parameter) at ./lib_bytes_split.go:18:18
./lib_bytes_split.go:19:25: ([]byte)(" xyz ") escapes to heap:
./lib_bytes_split.go:19:25:   flow: {heap} = &{storage for ([]byte)(" xyz ")}:
./lib_bytes_split.go:19:25:     from ([]byte)(" xyz ") (spill) at ./lib_bytes_split.go:19:25
./lib_bytes_split.go:19:25:     from bytes.Split(([]byte)(" xyz "), nil) (call parameter) at ./lib_bytes_split.go:19:18
./lib_bytes_split.go:21:25: ([]byte)("a\xffb") escapes to heap:
./lib_bytes_split.go:21:25:   flow: {heap} = &{storage for ([]byte)("a\xffb")}:
./lib_bytes_split.go:21:25:     from ([]byte)("a\xffb") (spill) at ./lib_bytes_split.go:21:25
./lib_bytes_split.go:21:25:     from bytes.Split(([]byte)("a\xffb"), []byte{}) (call parameter) at ./lib_bytes_split.go:21:18
./lib_bytes_split.go:22:26: ([]byte)("  foo bar  baz   ") escapes to heap:
./lib_bytes_split.go:22:26:   flow: {heap} = &{storage for ([]byte)("  foo bar  baz   ")}:
./lib_bytes_split.go:22:26:     from ([]byte)("  foo bar  baz   ") (spill) at ./lib_bytes_split.go:22:26
./lib_bytes_split.go:22:26:     from bytes.Fields(([]byte)("  foo bar  baz   ")) (call parameter) at ./lib_bytes_split.go:22:19
./lib_bytes_split.go:23:26: ([]byte)("   ") escapes to heap:
./lib_bytes_split.go:23:26:   flow: {heap} = &{storage for ([]byte)("   ")}:
./lib_bytes_split.go:23:26:     from ([]byte)("   ") (spill) at ./lib_bytes_split.go:23:26
./lib_bytes_split.go:23:26:     from bytes.Fields(([]byte)("   ")) (call parameter) at ./lib_bytes_split.go:23:19
./lib_bytes_split.go:24:26: ([]byte)("a\u2000b") escapes to heap:
./lib_bytes_split.go:24:26:   flow: {heap} = &{storage for ([]byte)("a\u2000b")}:
./lib_bytes_split.go:24:26:     from ([]byte)("a\u2000b") (spill) at ./lib_bytes_split.go:24:26
./lib_bytes_split.go:24:26:     from bytes.Fields(([]byte)("a\u2000b")) (call parameter) at ./lib_bytes_split.go:24:19
./lib_bytes_split.go:34:13: src escapes to heap:
./lib_bytes_split.go:34:13:   flow: {storage for ... argument} = &{storage for src}:
./lib_bytes_split.go:34:13:     from src (spill) at ./lib_bytes_split.go:34:13
./lib_bytes_split.go:34:13:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:34:12
./lib_bytes_split.go:34:13:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:34:13:     from ... argument (spill) at ./lib_bytes_split.go:34:12
./lib_bytes_split.go:34:13:     from fmt.Printf("%s\n", ... argument...) (call parameter) at ./lib_bytes_split.go:34:12
./lib_bytes_split.go:31:15: ([]byte)("x,y") escapes to heap:
./lib_bytes_split.go:31:15:   flow: src = &{storage for ([]byte)("x,y")}:
./lib_bytes_split.go:31:15:     from ([]byte)("x,y") (spill) at ./lib_bytes_split.go:31:15
./lib_bytes_split.go:31:15:     from src := ([]byte)("x,y") (assign) at ./lib_bytes_split.go:31:6
./lib_bytes_split.go:31:15:   flow: {heap} = src:
./lib_bytes_split.go:31:15:     from bytes.Split(src, ([]byte)(",")) (call parameter) at ./lib_bytes_split.go:32:22
./lib_bytes_split.go:30:41: cap(j) escapes to heap:
./lib_bytes_split.go:30:41:   flow: {storage for ... argument} = &{storage for cap(j)}:
./lib_bytes_split.go:30:41:     from cap(j) (spill) at ./lib_bytes_split.go:30:41
./lib_bytes_split.go:30:41:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:30:12
./lib_bytes_split.go:30:41:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:30:41:     from ... argument (spill) at ./lib_bytes_split.go:30:12
./lib_bytes_split.go:30:41:     from fmt.Printf("%s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_split.go:30:12
./lib_bytes_split.go:30:33: len(j) escapes to heap:
./lib_bytes_split.go:30:33:   flow: {storage for ... argument} = &{storage for len(j)}:
./lib_bytes_split.go:30:33:     from len(j) (spill) at ./lib_bytes_split.go:30:33
./lib_bytes_split.go:30:33:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:30:12
./lib_bytes_split.go:30:33:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:30:33:     from ... argument (spill) at ./lib_bytes_split.go:30:12
./lib_bytes_split.go:30:33:     from fmt.Printf("%s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_split.go:30:12
./lib_bytes_split.go:30:13: j escapes to heap:
./lib_bytes_split.go:30:13:   flow: {storage for ... argument} = &{storage for j}:
./lib_bytes_split.go:30:13:     from j (spill) at ./lib_bytes_split.go:30:13
./lib_bytes_split.go:30:13:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:30:12
./lib_bytes_split.go:30:13:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:30:13:     from ... argument (spill) at ./lib_bytes_split.go:30:12
./lib_bytes_split.go:30:13:     from fmt.Printf("%s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_split.go:30:12
./lib_bytes_split.go:28:35: cap(j) escapes to heap:
./lib_bytes_split.go:28:35:   flow: {storage for ... argument} = &{storage for cap(j)}:
./lib_bytes_split.go:28:35:     from cap(j) (spill) at ./lib_bytes_split.go:28:35
./lib_bytes_split.go:28:35:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:28:13
./lib_bytes_split.go:28:35:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:28:35:     from ... argument (spill) at ./lib_bytes_split.go:28:13
./lib_bytes_split.go:28:35:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_split.go:28:13
./lib_bytes_split.go:28:27: len(j) escapes to heap:
./lib_bytes_split.go:28:27:   flow: {storage for ... argument} = &{storage for len(j)}:
./lib_bytes_split.go:28:27:     from len(j) (spill) at ./lib_bytes_split.go:28:27
./lib_bytes_split.go:28:27:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:28:13
./lib_bytes_split.go:28:27:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:28:27:     from ... argument (spill) at ./lib_bytes_split.go:28:13
./lib_bytes_split.go:28:27:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_split.go:28:13
./lib_bytes_split.go:28:16: j == nil escapes to heap:
./lib_bytes_split.go:28:16:   flow: {storage for ... argument} = &{storage for j == nil}:
./lib_bytes_split.go:28:16:     from j == nil (spill) at ./lib_bytes_split.go:28:16
./lib_bytes_split.go:28:16:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:28:13
./lib_bytes_split.go:28:16:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:28:16:     from ... argument (spill) at ./lib_bytes_split.go:28:13
./lib_bytes_split.go:28:16:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_split.go:28:13
./lib_bytes_split.go:26:41: cap(j) escapes to heap:
./lib_bytes_split.go:26:41:   flow: {storage for ... argument} = &{storage for cap(j)}:
./lib_bytes_split.go:26:41:     from cap(j) (spill) at ./lib_bytes_split.go:26:41
./lib_bytes_split.go:26:41:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:26:12
./lib_bytes_split.go:26:41:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:26:41:     from ... argument (spill) at ./lib_bytes_split.go:26:12
./lib_bytes_split.go:26:41:     from fmt.Printf("%s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_split.go:26:12
./lib_bytes_split.go:26:33: len(j) escapes to heap:
./lib_bytes_split.go:26:33:   flow: {storage for ... argument} = &{storage for len(j)}:
./lib_bytes_split.go:26:33:     from len(j) (spill) at ./lib_bytes_split.go:26:33
./lib_bytes_split.go:26:33:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:26:12
./lib_bytes_split.go:26:33:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:26:33:     from ... argument (spill) at ./lib_bytes_split.go:26:12
./lib_bytes_split.go:26:33:     from fmt.Printf("%s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_split.go:26:12
./lib_bytes_split.go:26:13: j escapes to heap:
./lib_bytes_split.go:26:13:   flow: {storage for ... argument} = &{storage for j}:
./lib_bytes_split.go:26:13:     from j (spill) at ./lib_bytes_split.go:26:13
./lib_bytes_split.go:26:13:     from ... argument (slice-literal-element) at ./lib_bytes_split.go:26:12
./lib_bytes_split.go:26:13:   flow: {heap} = {storage for ... argument}:
./lib_bytes_split.go:26:13:     from ... argument (spill) at ./lib_bytes_split.go:26:12
./lib_bytes_split.go:26:13:     from fmt.Printf("%s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_split.go:26:12
./lib_bytes_split.go:17:25: ([]byte)("a,b,c") escapes to heap
./lib_bytes_split.go:17:42: ([]byte)(",") does not escape
./lib_bytes_split.go:18:25: ([]byte)("a man a plan a canal panama") escapes to heap
./lib_bytes_split.go:18:64: ([]byte)("a ") does not escape
./lib_bytes_split.go:19:25: ([]byte)(" xyz ") escapes to heap
./lib_bytes_split.go:20:30: ([]byte)(",") does not escape
./lib_bytes_split.go:21:25: ([]byte)("a\xffb") escapes to heap
./lib_bytes_split.go:21:43: []byte{} does not escape
./lib_bytes_split.go:22:26: ([]byte)("  foo bar  baz   ") escapes to heap
./lib_bytes_split.go:23:26: ([]byte)("   ") escapes to heap
./lib_bytes_split.go:24:26: ([]byte)("a\u2000b") escapes to heap
./lib_bytes_split.go:25:26: [][]byte{...} does not escape
./lib_bytes_split.go:25:33: ([]byte)("foo") does not escape
./lib_bytes_split.go:25:48: ([]byte)("bar") does not escape
./lib_bytes_split.go:25:63: ([]byte)("baz") does not escape
./lib_bytes_split.go:25:79: ([]byte)(", ") does not escape
./lib_bytes_split.go:26:12: ... argument does not escape
./lib_bytes_split.go:26:13: j escapes to heap
./lib_bytes_split.go:26:33: len(j) escapes to heap
./lib_bytes_split.go:26:41: cap(j) escapes to heap
./lib_bytes_split.go:27:28: ([]byte)(", ") does not escape
./lib_bytes_split.go:28:13: ... argument does not escape
./lib_bytes_split.go:28:16: j == nil escapes to heap
./lib_bytes_split.go:28:27: len(j) escapes to heap
./lib_bytes_split.go:28:35: cap(j) escapes to heap
./lib_bytes_split.go:29:25: [][]byte{...} does not escape
./lib_bytes_split.go:29:32: ([]byte)("hello") does not escape
./lib_bytes_split.go:29:50: ([]byte)(", ") does not escape
./lib_bytes_split.go:30:12: ... argument does not escape
./lib_bytes_split.go:30:13: j escapes to heap
./lib_bytes_split.go:30:33: len(j) escapes to heap
./lib_bytes_split.go:30:41: cap(j) escapes to heap
./lib_bytes_split.go:31:15: ([]byte)("x,y") escapes to heap
./lib_bytes_split.go:32:34: ([]byte)(",") does not escape
./lib_bytes_split.go:34:12: ... argument does not escape
./lib_bytes_split.go:34:13: src escapes to heap

./bytes_mirror_strings.go:10:75: b == nil escapes to heap:
./bytes_mirror_strings.go:10:75:   flow: {storage for ... argument} = &{storage for b == nil}:
./bytes_mirror_strings.go:10:75:     from b == nil (spill) at ./bytes_mirror_strings.go:10:75
./bytes_mirror_strings.go:10:75:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:75:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:10:75:     from ... argument (spill) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:75:     from fmt.Printf("%-14s %q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:68: cap(b) escapes to heap:
./bytes_mirror_strings.go:10:68:   flow: {storage for ... argument} = &{storage for cap(b)}:
./bytes_mirror_strings.go:10:68:     from cap(b) (spill) at ./bytes_mirror_strings.go:10:68
./bytes_mirror_strings.go:10:68:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:68:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:10:68:     from ... argument (spill) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:68:     from fmt.Printf("%-14s %q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:60: len(b) escapes to heap:
./bytes_mirror_strings.go:10:60:   flow: {storage for ... argument} = &{storage for len(b)}:
./bytes_mirror_strings.go:10:60:     from len(b) (spill) at ./bytes_mirror_strings.go:10:60
./bytes_mirror_strings.go:10:60:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:60:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:10:60:     from ... argument (spill) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:60:     from fmt.Printf("%-14s %q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:13: b escapes to heap:
./bytes_mirror_strings.go:10:13:   flow: {storage for ... argument} = &{storage for b}:
./bytes_mirror_strings.go:10:13:     from b (spill) at ./bytes_mirror_strings.go:10:13
./bytes_mirror_strings.go:10:13:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:13:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:10:13:     from ... argument (spill) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:13:     from fmt.Printf("%-14s %q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:13: name escapes to heap:
./bytes_mirror_strings.go:10:13:   flow: {storage for ... argument} = &{storage for name}:
./bytes_mirror_strings.go:10:13:     from name (spill) at ./bytes_mirror_strings.go:10:13
./bytes_mirror_strings.go:10:13:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:13:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:10:13:     from ... argument (spill) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:10:13:     from fmt.Printf("%-14s %q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./bytes_mirror_strings.go:10:12
./bytes_mirror_strings.go:9:24: parameter b leaks to {storage for b} with derefs=0:
./bytes_mirror_strings.go:9:24:   flow: {storage for b} = b:
./bytes_mirror_strings.go:9:24:     from b (interface-converted) at ./bytes_mirror_strings.go:10:13
./bytes_mirror_strings.go:9:11: parameter name leaks to {storage for name} with derefs=0:
./bytes_mirror_strings.go:9:11:   flow: {storage for name} = name:
./bytes_mirror_strings.go:9:11:     from name (interface-converted) at ./bytes_mirror_strings.go:10:13
./bytes_mirror_strings.go:9:11: leaking param: name
./bytes_mirror_strings.go:9:24: leaking param: b
./bytes_mirror_strings.go:10:12: ... argument does not escape
./bytes_mirror_strings.go:10:13: name escapes to heap
./bytes_mirror_strings.go:10:13: b escapes to heap
./bytes_mirror_strings.go:10:60: len(b) escapes to heap
./bytes_mirror_strings.go:10:68: cap(b) escapes to heap
./bytes_mirror_strings.go:10:75: b == nil escapes to heap
./bytes_mirror_strings.go:16:41: cap(b) escapes to heap:
./bytes_mirror_strings.go:16:41:   flow: {storage for ... argument} = &{storage for cap(b)}:
./bytes_mirror_strings.go:16:41:     from cap(b) (spill) at ./bytes_mirror_strings.go:16:41
./bytes_mirror_strings.go:16:41:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:16:13
./bytes_mirror_strings.go:16:41:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:16:41:     from ... argument (spill) at ./bytes_mirror_strings.go:16:13
./bytes_mirror_strings.go:16:41:     from fmt.Printf(" %q/%d/%d", ... argument...) (call parameter) at ./bytes_mirror_strings.go:16:13
./bytes_mirror_strings.go:16:33: len(b) escapes to heap:
./bytes_mirror_strings.go:16:33:   flow: {storage for ... argument} = &{storage for len(b)}:
./bytes_mirror_strings.go:16:33:     from len(b) (spill) at ./bytes_mirror_strings.go:16:33
./bytes_mirror_strings.go:16:33:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:16:13
./bytes_mirror_strings.go:16:33:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:16:33:     from ... argument (spill) at ./bytes_mirror_strings.go:16:13
./bytes_mirror_strings.go:16:33:     from fmt.Printf(" %q/%d/%d", ... argument...) (call parameter) at ./bytes_mirror_strings.go:16:13
./bytes_mirror_strings.go:16:14: b escapes to heap:
./bytes_mirror_strings.go:16:14:   flow: {storage for ... argument} = &{storage for b}:
./bytes_mirror_strings.go:16:14:     from b (spill) at ./bytes_mirror_strings.go:16:14
./bytes_mirror_strings.go:16:14:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:16:13
./bytes_mirror_strings.go:16:14:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:16:14:     from ... argument (spill) at ./bytes_mirror_strings.go:16:13
./bytes_mirror_strings.go:16:14:     from fmt.Printf(" %q/%d/%d", ... argument...) (call parameter) at ./bytes_mirror_strings.go:16:13
./bytes_mirror_strings.go:14:53: bs == nil escapes to heap:
./bytes_mirror_strings.go:14:53:   flow: {storage for ... argument} = &{storage for bs == nil}:
./bytes_mirror_strings.go:14:53:     from bs == nil (spill) at ./bytes_mirror_strings.go:14:53
./bytes_mirror_strings.go:14:53:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:14:12
./bytes_mirror_strings.go:14:53:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:14:53:     from ... argument (spill) at ./bytes_mirror_strings.go:14:12
./bytes_mirror_strings.go:14:53:     from fmt.Printf("%-14s n=%d nil=%v:", ... argument...) (call parameter) at ./bytes_mirror_strings.go:14:12
./bytes_mirror_strings.go:14:44: len(bs) escapes to heap:
./bytes_mirror_strings.go:14:44:   flow: {storage for ... argument} = &{storage for len(bs)}:
./bytes_mirror_strings.go:14:44:     from len(bs) (spill) at ./bytes_mirror_strings.go:14:44
./bytes_mirror_strings.go:14:44:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:14:12
./bytes_mirror_strings.go:14:44:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:14:44:     from ... argument (spill) at ./bytes_mirror_strings.go:14:12
./bytes_mirror_strings.go:14:44:     from fmt.Printf("%-14s n=%d nil=%v:", ... argument...) (call parameter) at ./bytes_mirror_strings.go:14:12
./bytes_mirror_strings.go:14:13: name escapes to heap:
./bytes_mirror_strings.go:14:13:   flow: {storage for ... argument} = &{storage for name}:
./bytes_mirror_strings.go:14:13:     from name (spill) at ./bytes_mirror_strings.go:14:13
./bytes_mirror_strings.go:14:13:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:14:12
./bytes_mirror_strings.go:14:13:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:14:13:     from ... argument (spill) at ./bytes_mirror_strings.go:14:12
./bytes_mirror_strings.go:14:13:     from fmt.Printf("%-14s n=%d nil=%v:", ... argument...) (call parameter) at ./bytes_mirror_strings.go:14:12
./bytes_mirror_strings.go:13:27: parameter bs leaks to {storage for b} with derefs=1:
./bytes_mirror_strings.go:13:27:   flow: {temp} = bs:
./bytes_mirror_strings.go:13:27:   flow: b = *{temp}:
./bytes_mirror_strings.go:13:27:     from for loop (range-deref) at ./bytes_mirror_strings.go:15:14
./bytes_mirror_strings.go:13:27:   flow: {storage for b} = b:
./bytes_mirror_strings.go:13:27:     from b (interface-converted) at ./bytes_mirror_strings.go:16:14
./bytes_mirror_strings.go:13:14: parameter name leaks to {storage for name} with derefs=0:
./bytes_mirror_strings.go:13:14:   flow: {storage for name} = name:
./bytes_mirror_strings.go:13:14:     from name (interface-converted) at ./bytes_mirror_strings.go:14:13
./bytes_mirror_strings.go:13:14: leaking param: name
./bytes_mirror_strings.go:13:27: leaking param content: bs
./bytes_mirror_strings.go:14:12: ... argument does not escape
./bytes_mirror_strings.go:14:13: name escapes to heap
./bytes_mirror_strings.go:14:44: len(bs) escapes to heap
./bytes_mirror_strings.go:14:53: bs == nil escapes to heap
./bytes_mirror_strings.go:16:13: ... argument does not escape
./bytes_mirror_strings.go:16:14: b escapes to heap
./bytes_mirror_strings.go:16:33: len(b) escapes to heap
./bytes_mirror_strings.go:16:41: cap(b) escapes to heap
./bytes_mirror_strings.go:49:40: ([]byte)("héj") escapes to heap:
./bytes_mirror_strings.go:49:40:   flow: {heap} = &{storage for ([]byte)("héj")}:
./bytes_mirror_strings.go:49:40:     from ([]byte)("héj") (spill) at ./bytes_mirror_strings.go:49:40
./bytes_mirror_strings.go:49:40:     from bytes.Split(([]byte)("héj"), nil) (call parameter) at ./bytes_mirror_strings.go:49:33
./bytes_mirror_strings.go:50:44: make([]byte, 0, 20) escapes to heap:
./bytes_mirror_strings.go:50:44:   flow: {heap} = &{storage for make([]byte, 0, 20)}:
./bytes_mirror_strings.go:50:44:     from make([]byte, 0, 20) (spill) at ./bytes_mirror_strings.go:50:44
./bytes_mirror_strings.go:50:44:     from append(make([]byte, 0, 20), " x  y "...) (call parameter) at ./bytes_mirror_strings.go:50:39
./bytes_mirror_strings.go:50:44:     from bytes.Fields(append(make([]byte, 0, 20), " x  y "...)) (call parameter) at ./bytes_mirror_strings.go:50:32
./bytes_mirror_strings.go:59:36: ([]byte)("xxx") escapes to heap:
./bytes_mirror_strings.go:59:36:   flow: {heap} = &{storage for ([]byte)("xxx")}:
./bytes_mirror_strings.go:59:36:     from ([]byte)("xxx") (spill) at ./bytes_mirror_strings.go:59:36
./bytes_mirror_strings.go:59:36:     from bytes.Trim(([]byte)("xxx"), "x") (call parameter) at ./bytes_mirror_strings.go:59:29
./bytes_mirror_strings.go:59:36:     from show("trim all", bytes.Trim(([]byte)("xxx"), "x")) (call parameter) at ./bytes_mirror_strings.go:59:6
./bytes_mirror_strings.go:60:38: []byte{} escapes to heap:
./bytes_mirror_strings.go:60:38:   flow: {heap} = &{storage for []byte{}}:
./bytes_mirror_strings.go:60:38:     from []byte{} (spill) at ./bytes_mirror_strings.go:60:38
./bytes_mirror_strings.go:60:38:     from bytes.Trim([]byte{}, "x") (call parameter) at ./bytes_mirror_strings.go:60:31
./bytes_mirror_strings.go:60:38:     from show("trim empty", bytes.Trim([]byte{}, "x")) (call parameter) at ./bytes_mirror_strings.go:60:6
./bytes_mirror_strings.go:63:44: ([]byte)("aa") escapes to heap:
./bytes_mirror_strings.go:63:44:   flow: {heap} = &{storage for ([]byte)("aa")}:
./bytes_mirror_strings.go:63:44:     from ([]byte)("aa") (spill) at ./bytes_mirror_strings.go:63:44
./bytes_mirror_strings.go:63:44:     from bytes.TrimLeft(([]byte)("aa"), "a") (call parameter) at ./bytes_mirror_strings.go:63:37
./bytes_mirror_strings.go:63:44:     from show("trimleft all", bytes.TrimLeft(([]byte)("aa"), "a")) (call parameter) at ./bytes_mirror_strings.go:63:6
./bytes_mirror_strings.go:65:46: ([]byte)("aa") escapes to heap:
./bytes_mirror_strings.go:65:46:   flow: {heap} = &{storage for ([]byte)("aa")}:
./bytes_mirror_strings.go:65:46:     from ([]byte)("aa") (spill) at ./bytes_mirror_strings.go:65:46
./bytes_mirror_strings.go:65:46:     from bytes.TrimRight(([]byte)("aa"), "a") (call parameter) at ./bytes_mirror_strings.go:65:39
./bytes_mirror_strings.go:65:46:     from show("trimright all", bytes.TrimRight(([]byte)("aa"), "a")) (call parameter) at ./bytes_mirror_strings.go:65:6
./bytes_mirror_strings.go:69:39: ([]byte)("ööaöö") escapes to heap:
./bytes_mirror_strings.go:69:39:   flow: {heap} = &{storage for ([]byte)("ööaöö")}:
./bytes_mirror_strings.go:69:39:     from ([]byte)("ööaöö") (spill) at ./bytes_mirror_strings.go:69:39
./bytes_mirror_strings.go:69:39:     from bytes.Trim(([]byte)("ööaöö"), "ö") (call parameter) at ./bytes_mirror_strings.go:69:32
./bytes_mirror_strings.go:69:39:     from show("trimunicode", bytes.Trim(([]byte)("ööaöö"), "ö")) (call parameter) at ./bytes_mirror_strings.go:69:6
./bytes_mirror_strings.go:83:44: ([]byte)("  ") escapes to heap:
./bytes_mirror_strings.go:83:44:   flow: {heap} = &{storage for ([]byte)("  ")}:
./bytes_mirror_strings.go:83:44:     from ([]byte)("  ") (spill) at ./bytes_mirror_strings.go:83:44
./bytes_mirror_strings.go:83:44:     from bytes.TrimFunc(([]byte)("  "), isSpace) (call parameter) at ./bytes_mirror_strings.go:83:37
./bytes_mirror_strings.go:83:44:     from show("trimfunc all", bytes.TrimFunc(([]byte)("  "), isSpace)) (call parameter) at ./bytes_mirror_strings.go:83:6
./bytes_mirror_strings.go:85:52: ([]byte)("!!") escapes to heap:
./bytes_mirror_strings.go:85:52:   flow: {heap} = &{storage for ([]byte)("!!")}:
./bytes_mirror_strings.go:85:52:     from ([]byte)("!!") (spill) at ./bytes_mirror_strings.go:85:52
./bytes_mirror_strings.go:85:52:     from bytes.TrimLeftFunc(([]byte)("!!"), isSpace) (call parameter) at ./bytes_mirror_strings.go:85:45
./bytes_mirror_strings.go:85:52:     from show("trimleftfunc all", bytes.TrimLeftFunc(([]byte)("!!"), isSpace)) (call parameter) at ./bytes_mirror_strings.go:85:6
./bytes_mirror_strings.go:87:54: ([]byte)("!!") escapes to heap:
./bytes_mirror_strings.go:87:54:   flow: {heap} = &{storage for ([]byte)("!!")}:
./bytes_mirror_strings.go:87:54:     from ([]byte)("!!") (spill) at ./bytes_mirror_strings.go:87:54
./bytes_mirror_strings.go:87:54:     from bytes.TrimRightFunc(([]byte)("!!"), isSpace) (call parameter) at ./bytes_mirror_strings.go:87:47
./bytes_mirror_strings.go:87:54:     from show("trimrightfunc all", bytes.TrimRightFunc(([]byte)("!!"), isSpace)) (call parameter) at ./bytes_mirror_strings.go:87:6
./bytes_mirror_strings.go:88:2: main capturing by ref: calls (addr=false assign=true width=8)
./bytes_mirror_strings.go:91:19: bytes.MinRead escapes to heap:
./bytes_mirror_strings.go:91:19:   flow: {storage for ... argument} = &{storage for bytes.MinRead}:
./bytes_mirror_strings.go:91:19:     from bytes.MinRead (spill) at ./bytes_mirror_strings.go:91:19
./bytes_mirror_strings.go:91:19:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:91:13
./bytes_mirror_strings.go:91:19:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:91:19:     from ... argument (spill) at ./bytes_mirror_strings.go:91:13
./bytes_mirror_strings.go:91:19:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:91:13
./bytes_mirror_strings.go:90:14: calls escapes to heap:
./bytes_mirror_strings.go:90:14:   flow: {storage for ... argument} = &{storage for calls}:
./bytes_mirror_strings.go:90:14:     from calls (spill) at ./bytes_mirror_strings.go:90:14
./bytes_mirror_strings.go:90:14:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:90:13
./bytes_mirror_strings.go:90:14:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:90:14:     from ... argument (spill) at ./bytes_mirror_strings.go:90:13
./bytes_mirror_strings.go:90:14:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:90:13
./bytes_mirror_strings.go:90:14: " calls" escapes to heap:
./bytes_mirror_strings.go:90:14:   flow: {storage for ... argument} = &{storage for " calls"}:
./bytes_mirror_strings.go:90:14:     from " calls" (spill) at ./bytes_mirror_strings.go:90:14
./bytes_mirror_strings.go:90:14:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:90:13
./bytes_mirror_strings.go:90:14:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:90:14:     from ... argument (spill) at ./bytes_mirror_strings.go:90:13
./bytes_mirror_strings.go:90:14:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:90:13
./bytes_mirror_strings.go:89:80: string(r) escapes to heap:
./bytes_mirror_strings.go:89:80:   flow: {storage for ... argument} = &{storage for string(r)}:
./bytes_mirror_strings.go:89:80:     from string(r) (spill) at ./bytes_mirror_strings.go:89:80
./bytes_mirror_strings.go:89:80:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:89:73
./bytes_mirror_strings.go:89:80:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:89:80:     from ... argument (spill) at ./bytes_mirror_strings.go:89:73
./bytes_mirror_strings.go:89:80:     from fmt.Print(... argument...) (call parameter) at ./bytes_mirror_strings.go:89:73
./bytes_mirror_strings.go:80:107: bytes.IndexFunc(s, unicode.IsDigit) escapes to heap:
./bytes_mirror_strings.go:80:107:   flow: {storage for ... argument} = &{storage for bytes.IndexFunc(s, unicode.IsDigit)}:
./bytes_mirror_strings.go:80:107:     from bytes.IndexFunc(s, unicode.IsDigit) (spill) at ./bytes_mirror_strings.go:80:107
./bytes_mirror_strings.go:80:107:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:80:13
./bytes_mirror_strings.go:80:107:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:80:107:     from ... argument (spill) at ./bytes_mirror_strings.go:80:13
./bytes_mirror_strings.go:80:107:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:80:13
./bytes_mirror_strings.go:80:70: bytes.LastIndexFunc(s, unicode.IsUpper) escapes to heap:
./bytes_mirror_strings.go:80:70:   flow: {storage for ... argument} = &{storage for bytes.LastIndexFunc(s, unicode.IsUpper)}:
./bytes_mirror_strings.go:80:70:     from bytes.LastIndexFunc(s, unicode.IsUpper) (spill) at ./bytes_mirror_strings.go:80:70
./bytes_mirror_strings.go:80:70:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:80:13
./bytes_mirror_strings.go:80:70:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:80:70:     from ... argument (spill) at ./bytes_mirror_strings.go:80:13
./bytes_mirror_strings.go:80:70:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:80:13
./bytes_mirror_strings.go:80:29: bytes.IndexFunc(s, unicode.IsUpper) escapes to heap:
./bytes_mirror_strings.go:80:29:   flow: {storage for ... argument} = &{storage for bytes.IndexFunc(s, unicode.IsUpper)}:
./bytes_mirror_strings.go:80:29:     from bytes.IndexFunc(s, unicode.IsUpper) (spill) at ./bytes_mirror_strings.go:80:29
./bytes_mirror_strings.go:80:29:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:80:13
./bytes_mirror_strings.go:80:29:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:80:29:     from ... argument (spill) at ./bytes_mirror_strings.go:80:13
./bytes_mirror_strings.go:80:29:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:80:13
./bytes_mirror_strings.go:22:13: ([]byte)("  Hello, Wörld! hello  ") escapes to heap:
./bytes_mirror_strings.go:22:13:   flow: s = &{storage for ([]byte)("  Hello, Wörld! hello  ")}:
./bytes_mirror_strings.go:22:13:     from ([]byte)("  Hello, Wörld! hello  ") (spill) at ./bytes_mirror_strings.go:22:13
./bytes_mirror_strings.go:22:13:     from s := ([]byte)("  Hello, Wörld! hello  ") (assign) at ./bytes_mirror_strings.go:22:4
./bytes_mirror_strings.go:22:13:   flow: {heap} = s:
./bytes_mirror_strings.go:22:13:     from bytes.Trim(s, " Hel") (call parameter) at ./bytes_mirror_strings.go:58:25
./bytes_mirror_strings.go:22:13:     from show("trim", bytes.Trim(s, " Hel")) (call parameter) at ./bytes_mirror_strings.go:58:6
./bytes_mirror_strings.go:23:15: make([]byte, 0, 40) escapes to heap:
./bytes_mirror_strings.go:23:15:   flow: spare = &{storage for make([]byte, 0, 40)}:
./bytes_mirror_strings.go:23:15:     from make([]byte, 0, 40) (spill) at ./bytes_mirror_strings.go:23:15
./bytes_mirror_strings.go:23:15:     from spare := make([]byte, 0, 40) (assign) at ./bytes_mirror_strings.go:23:8
./bytes_mirror_strings.go:23:15:   flow: {heap} = spare:
./bytes_mirror_strings.go:23:15:     from bytes.Split(spare, ([]byte)(",")) (call parameter) at ./bytes_mirror_strings.go:44:30
./bytes_mirror_strings.go:43:52: cap(bytes.Runes(([]byte)("abc"))) escapes to heap:
./bytes_mirror_strings.go:43:52:   flow: {storage for ... argument} = &{storage for cap(bytes.Runes(([]byte)("abc")))}:
./bytes_mirror_strings.go:43:52:     from cap(bytes.Runes(([]byte)("abc"))) (spill) at ./bytes_mirror_strings.go:43:52
./bytes_mirror_strings.go:43:52:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:43:13
./bytes_mirror_strings.go:43:52:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:43:52:     from ... argument (spill) at ./bytes_mirror_strings.go:43:13
./bytes_mirror_strings.go:43:52:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:43:13
./bytes_mirror_strings.go:43:25: bytes.Runes(([]byte)("héllo\xff")) escapes to heap:
./bytes_mirror_strings.go:43:25:   flow: {storage for ... argument} = &{storage for bytes.Runes(([]byte)("héllo\xff"))}:
./bytes_mirror_strings.go:43:25:     from bytes.Runes(([]byte)("héllo\xff")) (spill) at ./bytes_mirror_strings.go:43:25
./bytes_mirror_strings.go:43:25:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:43:13
./bytes_mirror_strings.go:43:25:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:43:25:     from ... argument (spill) at ./bytes_mirror_strings.go:43:13
./bytes_mirror_strings.go:43:25:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:43:13
./bytes_mirror_strings.go:36:13: found escapes to heap:
./bytes_mirror_strings.go:36:13:   flow: {storage for ... argument} = &{storage for found}:
./bytes_mirror_strings.go:36:13:     from found (spill) at ./bytes_mirror_strings.go:36:13
./bytes_mirror_strings.go:36:13:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:36:13
./bytes_mirror_strings.go:36:13:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:36:13:     from ... argument (spill) at ./bytes_mirror_strings.go:36:13
./bytes_mirror_strings.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:36:13
./bytes_mirror_strings.go:32:13: found escapes to heap:
./bytes_mirror_strings.go:32:13:   flow: {storage for ... argument} = &{storage for found}:
./bytes_mirror_strings.go:32:13:     from found (spill) at ./bytes_mirror_strings.go:32:13
./bytes_mirror_strings.go:32:13:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:32:13
./bytes_mirror_strings.go:32:13:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:32:13:     from ... argument (spill) at ./bytes_mirror_strings.go:32:13
./bytes_mirror_strings.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:32:13
./bytes_mirror_strings.go:28:131: bytes.EqualFold(nil, []byte{}) escapes to heap:
./bytes_mirror_strings.go:28:131:   flow: {storage for ... argument} = &{storage for bytes.EqualFold(nil, []byte{})}:
./bytes_mirror_strings.go:28:131:     from bytes.EqualFold(nil, []byte{}) (spill) at ./bytes_mirror_strings.go:28:131
./bytes_mirror_strings.go:28:131:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:28:13
./bytes_mirror_strings.go:28:131:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:28:131:     from ... argument (spill) at ./bytes_mirror_strings.go:28:13
./bytes_mirror_strings.go:28:131:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:28:13
./bytes_mirror_strings.go:28:84: bytes.EqualFold(([]byte)("Gö"), ([]byte)("GÖ")) escapes to heap:
./bytes_mirror_strings.go:28:84:   flow: {storage for ... argument} = &{storage for bytes.EqualFold(([]byte)("Gö"), ([]byte)("GÖ"))}:
./bytes_mirror_strings.go:28:84:     from bytes.EqualFold(([]byte)("Gö"), ([]byte)("GÖ")) (spill) at ./bytes_mirror_strings.go:28:84
./bytes_mirror_strings.go:28:84:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:28:13
./bytes_mirror_strings.go:28:84:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:28:84:     from ... argument (spill) at ./bytes_mirror_strings.go:28:13
./bytes_mirror_strings.go:28:84:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:28:13
./bytes_mirror_strings.go:28:29: bytes.EqualFold(([]byte)("Straße"), ([]byte)("STRASSE")) escapes to heap:
./bytes_mirror_strings.go:28:29:   flow: {storage for ... argument} = &{storage for bytes.EqualFold(([]byte)("Straße"), ([]byte)("STRASSE"))}:
./bytes_mirror_strings.go:28:29:     from bytes.EqualFold(([]byte)("Straße"), ([]byte)("STRASSE")) (spill) at ./bytes_mirror_strings.go:28:29
./bytes_mirror_strings.go:28:29:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:28:13
./bytes_mirror_strings.go:28:29:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:28:29:     from ... argument (spill) at ./bytes_mirror_strings.go:28:13
./bytes_mirror_strings.go:28:29:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:28:13
./bytes_mirror_strings.go:27:76: bytes.LastIndexAny(([]byte)("\xffab"), "\xff") escapes to heap:
./bytes_mirror_strings.go:27:76:   flow: {storage for ... argument} = &{storage for bytes.LastIndexAny(([]byte)("\xffab"), "\xff")}:
./bytes_mirror_strings.go:27:76:     from bytes.LastIndexAny(([]byte)("\xffab"), "\xff") (spill) at ./bytes_mirror_strings.go:27:76
./bytes_mirror_strings.go:27:76:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:27:13
./bytes_mirror_strings.go:27:76:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:27:76:     from ... argument (spill) at ./bytes_mirror_strings.go:27:13
./bytes_mirror_strings.go:27:76:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:27:13
./bytes_mirror_strings.go:27:28: bytes.IndexAny(([]byte)("a\xffb"), "\uFFFD") escapes to heap:
./bytes_mirror_strings.go:27:28:   flow: {storage for ... argument} = &{storage for bytes.IndexAny(([]byte)("a\xffb"), "\uFFFD")}:
./bytes_mirror_strings.go:27:28:     from bytes.IndexAny(([]byte)("a\xffb"), "\uFFFD") (spill) at ./bytes_mirror_strings.go:27:28
./bytes_mirror_strings.go:27:28:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:27:13
./bytes_mirror_strings.go:27:28:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:27:28:     from ... argument (spill) at ./bytes_mirror_strings.go:27:13
./bytes_mirror_strings.go:27:28:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:27:13
./bytes_mirror_strings.go:26:141: bytes.LastIndexByte(s, 'z') escapes to heap:
./bytes_mirror_strings.go:26:141:   flow: {storage for ... argument} = &{storage for bytes.LastIndexByte(s, 'z')}:
./bytes_mirror_strings.go:26:141:     from bytes.LastIndexByte(s, 'z') (spill) at ./bytes_mirror_strings.go:26:141
./bytes_mirror_strings.go:26:141:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:141:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:26:141:     from ... argument (spill) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:141:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:112: bytes.LastIndexByte(s, 'l') escapes to heap:
./bytes_mirror_strings.go:26:112:   flow: {storage for ... argument} = &{storage for bytes.LastIndexByte(s, 'l')}:
./bytes_mirror_strings.go:26:112:     from bytes.LastIndexByte(s, 'l') (spill) at ./bytes_mirror_strings.go:26:112
./bytes_mirror_strings.go:26:112:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:112:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:26:112:     from ... argument (spill) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:112:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:82: bytes.IndexAny(s, "ö") escapes to heap:
./bytes_mirror_strings.go:26:82:   flow: {storage for ... argument} = &{storage for bytes.IndexAny(s, "ö")}:
./bytes_mirror_strings.go:26:82:     from bytes.IndexAny(s, "ö") (spill) at ./bytes_mirror_strings.go:26:82
./bytes_mirror_strings.go:26:82:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:82:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:26:82:     from ... argument (spill) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:82:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:57: bytes.LastIndexAny(s, "lW") escapes to heap:
./bytes_mirror_strings.go:26:57:   flow: {storage for ... argument} = &{storage for bytes.LastIndexAny(s, "lW")}:
./bytes_mirror_strings.go:26:57:     from bytes.LastIndexAny(s, "lW") (spill) at ./bytes_mirror_strings.go:26:57
./bytes_mirror_strings.go:26:57:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:57:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:26:57:     from ... argument (spill) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:57:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:28: bytes.IndexAny(s, "lW") escapes to heap:
./bytes_mirror_strings.go:26:28:   flow: {storage for ... argument} = &{storage for bytes.IndexAny(s, "lW")}:
./bytes_mirror_strings.go:26:28:     from bytes.IndexAny(s, "lW") (spill) at ./bytes_mirror_strings.go:26:28
./bytes_mirror_strings.go:26:28:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:28:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:26:28:     from ... argument (spill) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:26:28:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:26:13
./bytes_mirror_strings.go:25:117: bytes.ContainsRune(nil, 'a') escapes to heap:
./bytes_mirror_strings.go:25:117:   flow: {storage for ... argument} = &{storage for bytes.ContainsRune(nil, 'a')}:
./bytes_mirror_strings.go:25:117:     from bytes.ContainsRune(nil, 'a') (spill) at ./bytes_mirror_strings.go:25:117
./bytes_mirror_strings.go:25:117:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:25:13
./bytes_mirror_strings.go:25:117:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:25:117:     from ... argument (spill) at ./bytes_mirror_strings.go:25:13
./bytes_mirror_strings.go:25:117:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:25:13
./bytes_mirror_strings.go:25:88: bytes.ContainsRune(s, 'ö') escapes to heap:
./bytes_mirror_strings.go:25:88:   flow: {storage for ... argument} = &{storage for bytes.ContainsRune(s, 'ö')}:
./bytes_mirror_strings.go:25:88:     from bytes.ContainsRune(s, 'ö') (spill) at ./bytes_mirror_strings.go:25:88
./bytes_mirror_strings.go:25:88:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:25:13
./bytes_mirror_strings.go:25:88:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:25:88:     from ... argument (spill) at ./bytes_mirror_strings.go:25:13
./bytes_mirror_strings.go:25:88:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:25:13
./bytes_mirror_strings.go:25:61: bytes.ContainsAny(s, "") escapes to heap:
./bytes_mirror_strings.go:25:61:   flow: {storage for ... argument} = &{storage for bytes.ContainsAny(s, "")}:
./bytes_mirror_strings.go:25:61:     from bytes.ContainsAny(s, "") (spill) at ./bytes_mirror_strings.go:25:61
./bytes_mirror_strings.go:25:61:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:25:13
./bytes_mirror_strings.go:25:61:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:25:61:     from ... argument (spill) at ./bytes_mirror_strings.go:25:13
./bytes_mirror_strings.go:25:61:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:25:13
./bytes_mirror_strings.go:25:31: bytes.ContainsAny(s, "xyz!") escapes to heap:
./bytes_mirror_strings.go:25:31:   flow: {storage for ... argument} = &{storage for bytes.ContainsAny(s, "xyz!")}:
./bytes_mirror_strings.go:25:31:     from bytes.ContainsAny(s, "xyz!") (spill) at ./bytes_mirror_strings.go:25:31
./bytes_mirror_strings.go:25:31:     from ... argument (slice-literal-element) at ./bytes_mirror_strings.go:25:13
./bytes_mirror_strings.go:25:31:   flow: {heap} = {storage for ... argument}:
./bytes_mirror_strings.go:25:31:     from ... argument (spill) at ./bytes_mirror_strings.go:25:13
./bytes_mirror_strings.go:25:31:     from fmt.Println(... argument...) (call parameter) at ./bytes_mirror_strings.go:25:13
./bytes_mirror_strings.go:89:80: string(r) escapes to heap:
./bytes_mirror_strings.go:89:80:   flow: {storage for string(r)} = &{storage for string(r)}:
./bytes_mirror_strings.go:89:80:     from string(r) (spill) at ./bytes_mirror_strings.go:89:80
./bytes_mirror_strings.go:89:80:     from string(r) (interface-converted) at ./bytes_mirror_strings.go:89:80
./bytes_mirror_strings.go:22:13: ([]byte)("  Hello, Wörld! hello  ") escapes to heap
./bytes_mirror_strings.go:23:15: make([]byte, 0, 40) escapes to heap
./bytes_mirror_strings.go:25:13: ... argument does not escape
./bytes_mirror_strings.go:25:31: bytes.ContainsAny(s, "xyz!") escapes to heap
./bytes_mirror_strings.go:25:61: bytes.ContainsAny(s, "") escapes to heap
./bytes_mirror_strings.go:25:88: bytes.ContainsRune(s, 'ö') escapes to heap
./bytes_mirror_strings.go:25:117: bytes.ContainsRune(nil, 'a') escapes to heap
./bytes_mirror_strings.go:26:13: ... argument does not escape
./bytes_mirror_strings.go:26:28: bytes.IndexAny(s, "lW") escapes to heap
./bytes_mirror_strings.go:26:57: bytes.LastIndexAny(s, "lW") escapes to heap
./bytes_mirror_strings.go:26:82: bytes.IndexAny(s, "ö") escapes to heap
./bytes_mirror_strings.go:26:112: bytes.LastIndexByte(s, 'l') escapes to heap
./bytes_mirror_strings.go:26:141: bytes.LastIndexByte(s, 'z') escapes to heap
./bytes_mirror_strings.go:27:13: ... argument does not escape
./bytes_mirror_strings.go:27:28: bytes.IndexAny(([]byte)("a\xffb"), "\uFFFD") escapes to heap
./bytes_mirror_strings.go:27:35: ([]byte)("a\xffb") does not escape
./bytes_mirror_strings.go:27:76: bytes.LastIndexAny(([]byte)("\xffab"), "\xff") escapes to heap
./bytes_mirror_strings.go:27:83: ([]byte)("\xffab") does not escape
./bytes_mirror_strings.go:28:13: ... argument does not escape
./bytes_mirror_strings.go:28:29: bytes.EqualFold(([]byte)("Straße"), ([]byte)("STRASSE")) escapes to heap
./bytes_mirror_strings.go:28:36: ([]byte)("Straße") does not escape
./bytes_mirror_strings.go:28:55: ([]byte)("STRASSE") does not escape
./bytes_mirror_strings.go:28:84: bytes.EqualFold(([]byte)("Gö"), ([]byte)("GÖ")) escapes to heap
./bytes_mirror_strings.go:28:91: ([]byte)("Gö") does not escape
./bytes_mirror_strings.go:28:106: ([]byte)("GÖ") does not escape
./bytes_mirror_strings.go:28:131: bytes.EqualFold(nil, []byte{}) escapes to heap
./bytes_mirror_strings.go:28:143: []byte{} does not escape
./bytes_mirror_strings.go:29:49: ([]byte)(",") does not escape
./bytes_mirror_strings.go:32:13: ... argument does not escape
./bytes_mirror_strings.go:32:13: found escapes to heap
./bytes_mirror_strings.go:33:48: ([]byte)("x") does not escape
./bytes_mirror_strings.go:36:13: ... argument does not escape
./bytes_mirror_strings.go:36:13: found escapes to heap
./bytes_mirror_strings.go:37:41: ([]byte)("l") does not escape
./bytes_mirror_strings.go:37:54: ([]byte)("L") does not escape
./bytes_mirror_strings.go:38:48: ([]byte)("hello") does not escape
./bytes_mirror_strings.go:38:65: ([]byte)("bye") does not escape
./bytes_mirror_strings.go:39:46: ([]byte)("zz") does not escape
./bytes_mirror_strings.go:39:60: ([]byte)("y") does not escape
./bytes_mirror_strings.go:40:41: ([]byte)("abc") does not escape
./bytes_mirror_strings.go:40:56: ([]byte)("b") does not escape
./bytes_mirror_strings.go:40:69: ([]byte)("x") does not escape
./bytes_mirror_strings.go:41:49: ([]byte)("a") does not escape
./bytes_mirror_strings.go:41:62: ([]byte)("b") does not escape
./bytes_mirror_strings.go:42:41: ([]byte)("ab") does not escape
./bytes_mirror_strings.go:42:60: ([]byte)("-") does not escape
./bytes_mirror_strings.go:43:13: ... argument does not escape
./bytes_mirror_strings.go:43:25: bytes.Runes(([]byte)("héllo\xff")) escapes to heap
./bytes_mirror_strings.go:43:32: ([]byte)("héllo\xff") does not escape
./bytes_mirror_strings.go:43:52: cap(bytes.Runes(([]byte)("abc"))) escapes to heap
./bytes_mirror_strings.go:43:71: ([]byte)("abc") does not escape
./bytes_mirror_strings.go:44:44: ([]byte)(",") does not escape
./bytes_mirror_strings.go:45:48: ([]byte)(",") does not escape
./bytes_mirror_strings.go:46:48: ([]byte)(",") does not escape
./bytes_mirror_strings.go:47:54: ([]byte)(",") does not escape
./bytes_mirror_strings.go:48:56: ([]byte)(",") does not escape
./bytes_mirror_strings.go:49:40: ([]byte)("héj") escapes to heap
./bytes_mirror_strings.go:50:44: make([]byte, 0, 20) escapes to heap
./bytes_mirror_strings.go:51:34: ([]byte)("hello wörld-foo bar_baz") does not escape
./bytes_mirror_strings.go:52:38: ([]byte)("ǆemal ß") does not escape
./bytes_mirror_strings.go:53:44: ([]byte)("abc") does not escape
./bytes_mirror_strings.go:54:38: ([]byte)("héllo") does not escape
./bytes_mirror_strings.go:55:40: ([]byte)("a\xff\xfeb\xc3(c") does not escape
./bytes_mirror_strings.go:55:68: ([]byte)("\uFFFD") does not escape
./bytes_mirror_strings.go:56:45: ([]byte)("ok") does not escape
./bytes_mirror_strings.go:56:59: ([]byte)("?") does not escape
./bytes_mirror_strings.go:57:45: ([]byte)("\xff\xff") does not escape
./bytes_mirror_strings.go:57:65: ([]byte)("<bad byte>") does not escape
./bytes_mirror_strings.go:59:36: ([]byte)("xxx") escapes to heap
./bytes_mirror_strings.go:60:38: []byte{} escapes to heap
./bytes_mirror_strings.go:63:44: ([]byte)("aa") escapes to heap
./bytes_mirror_strings.go:65:46: ([]byte)("aa") escapes to heap
./bytes_mirror_strings.go:67:51: ([]byte)("a,") does not escape
./bytes_mirror_strings.go:68:51: ([]byte)(",c") does not escape
./bytes_mirror_strings.go:69:39: ([]byte)("ööaöö") escapes to heap
./bytes_mirror_strings.go:70:11: func literal does not escape
./bytes_mirror_strings.go:76:37: ([]byte)("hello wörld") does not escape
./bytes_mirror_strings.go:77:29: func literal does not escape
./bytes_mirror_strings.go:77:70: ([]byte)("abc") does not escape
./bytes_mirror_strings.go:79:13: func literal does not escape
./bytes_mirror_strings.go:80:13: ... argument does not escape
./bytes_mirror_strings.go:80:29: bytes.IndexFunc(s, unicode.IsUpper) escapes to heap
./bytes_mirror_strings.go:80:70: bytes.LastIndexFunc(s, unicode.IsUpper) escapes to heap
./bytes_mirror_strings.go:80:107: bytes.IndexFunc(s, unicode.IsDigit) escapes to heap
./bytes_mirror_strings.go:83:44: ([]byte)("  ") escapes to heap
./bytes_mirror_strings.go:85:52: ([]byte)("!!") escapes to heap
./bytes_mirror_strings.go:87:54: ([]byte)("!!") escapes to heap
./bytes_mirror_strings.go:89:23: ([]byte)("ab  cd") does not escape
./bytes_mirror_strings.go:89:35: func literal does not escape
./bytes_mirror_strings.go:89:73: ... argument does not escape
./bytes_mirror_strings.go:89:80: string(r) escapes to heap
./bytes_mirror_strings.go:89:80: string(r) escapes to heap
./bytes_mirror_strings.go:90:13: ... argument does not escape
./bytes_mirror_strings.go:90:14: " calls" escapes to heap
./bytes_mirror_strings.go:90:14: calls escapes to heap
./bytes_mirror_strings.go:91:13: ... argument does not escape
./bytes_mirror_strings.go:91:19: bytes.MinRead escapes to heap

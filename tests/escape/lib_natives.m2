./lib_natives.go:17:15: b does not escape
./lib_natives.go:17:62: string(b) does not escape
./lib_natives.go:19:16: b does not escape
./lib_natives.go:19:67: string(b) does not escape
./lib_natives.go:21:58: string(b) escapes to heap:
./lib_natives.go:21:58:   flow: {heap} = &{storage for string(b)}:
./lib_natives.go:21:58:     from string(b) (spill) at ./lib_natives.go:21:58
./lib_natives.go:21:58:     from strings.TrimSpace(string(b)) (call parameter) at ./lib_natives.go:21:51
./lib_natives.go:21:58:     from sink = strings.TrimSpace(string(b)) (assign) at ./lib_natives.go:21:32
./lib_natives.go:21:15: b does not escape
./lib_natives.go:21:58: string(b) escapes to heap
./lib_natives.go:25:16: before + after escapes to heap:
./lib_natives.go:25:16:   flow: {heap} = &{storage for before + after}:
./lib_natives.go:25:16:     from before + after (spill) at ./lib_natives.go:25:16
./lib_natives.go:25:16:     from sink = before + after (assign) at ./lib_natives.go:25:7
./lib_natives.go:23:14: b does not escape
./lib_natives.go:24:40: string(b) does not escape
./lib_natives.go:25:16: before + after escapes to heap
./lib_natives.go:28:52: string(b) escapes to heap:
./lib_natives.go:28:52:   flow: {heap} = &{storage for string(b)}:
./lib_natives.go:28:52:     from string(b) (spill) at ./lib_natives.go:28:52
./lib_natives.go:28:52:     from strings.Split(string(b), ",") (call parameter) at ./lib_natives.go:28:45
./lib_natives.go:28:12: b does not escape
./lib_natives.go:28:52: string(b) escapes to heap
./lib_natives.go:30:65: string(b) escapes to heap:
./lib_natives.go:30:65:   flow: {heap} = &{storage for string(b)}:
./lib_natives.go:30:65:     from string(b) (spill) at ./lib_natives.go:30:65
./lib_natives.go:30:65:     from strings.Fields(string(b)) (call parameter) at ./lib_natives.go:30:58
./lib_natives.go:30:17: b does not escape
./lib_natives.go:30:65: string(b) escapes to heap
./lib_natives.go:32:14: parameter b leaks to {heap} with derefs=0:
./lib_natives.go:32:14:   flow: {storage for []string{...}} = b:
./lib_natives.go:32:14:     from []string{...} (slice-literal-element) at ./lib_natives.go:32:54
./lib_natives.go:32:14:   flow: {heap} = {storage for []string{...}}:
./lib_natives.go:32:14:     from []string{...} (spill) at ./lib_natives.go:32:54
./lib_natives.go:32:14:     from strings.Join([]string{...}, "-") (call parameter) at ./lib_natives.go:32:45
./lib_natives.go:32:14:     from sink = strings.Join([]string{...}, "-") (assign) at ./lib_natives.go:32:31
./lib_natives.go:32:11: parameter a leaks to {heap} with derefs=0:
./lib_natives.go:32:11:   flow: {storage for []string{...}} = a:
./lib_natives.go:32:11:     from []string{...} (slice-literal-element) at ./lib_natives.go:32:54
./lib_natives.go:32:11:   flow: {heap} = {storage for []string{...}}:
./lib_natives.go:32:11:     from []string{...} (spill) at ./lib_natives.go:32:54
./lib_natives.go:32:11:     from strings.Join([]string{...}, "-") (call parameter) at ./lib_natives.go:32:45
./lib_natives.go:32:11:     from sink = strings.Join([]string{...}, "-") (assign) at ./lib_natives.go:32:31
./lib_natives.go:32:11: leaking param: a
./lib_natives.go:32:14: leaking param: b
./lib_natives.go:32:54: []string{...} does not escape
./lib_natives.go:34:53: string(b) escapes to heap:
./lib_natives.go:34:53:   flow: {heap} = &{storage for string(b)}:
./lib_natives.go:34:53:     from string(b) (spill) at ./lib_natives.go:34:53
./lib_natives.go:34:53:     from strings.ToUpper(string(b)) (call parameter) at ./lib_natives.go:34:46
./lib_natives.go:34:53:     from sink = strings.ToUpper(string(b)) (assign) at ./lib_natives.go:34:29
./lib_natives.go:34:12: b does not escape
./lib_natives.go:34:53: string(b) escapes to heap
./lib_natives.go:37:31: string(b) escapes to heap:
./lib_natives.go:37:31:   flow: {heap} = &{storage for string(b)}:
./lib_natives.go:37:31:     from string(b) (spill) at ./lib_natives.go:37:31
./lib_natives.go:37:31:     from strconv.Atoi(string(b)) (call parameter) at ./lib_natives.go:37:24
./lib_natives.go:36:11: b does not escape
./lib_natives.go:37:31: string(b) escapes to heap
./lib_natives.go:42:50: string(b) escapes to heap:
./lib_natives.go:42:50:   flow: {heap} = &{storage for string(b)}:
./lib_natives.go:42:50:     from string(b) (spill) at ./lib_natives.go:42:50
./lib_natives.go:42:50:     from errors.New(string(b)) (call parameter) at ./lib_natives.go:42:43
./lib_natives.go:42:13: b does not escape
./lib_natives.go:42:50: string(b) escapes to heap
./lib_natives.go:44:57: make([]byte, 0, 8) escapes to heap:
./lib_natives.go:44:57:   flow: {heap} = &{storage for make([]byte, 0, 8)}:
./lib_natives.go:44:57:     from make([]byte, 0, 8) (spill) at ./lib_natives.go:44:57
./lib_natives.go:44:57:     from strconv.AppendInt(make([]byte, 0, 8), n, 10) (call parameter) at ./lib_natives.go:44:52
./lib_natives.go:44:57:     from sinkb = strconv.AppendInt(make([]byte, 0, 8), n, 10) (assign) at ./lib_natives.go:44:33
./lib_natives.go:44:57: make([]byte, 0, 8) escapes to heap
./lib_natives.go:46:58: ([]byte)(s) escapes to heap:
./lib_natives.go:46:58:   flow: {heap} = &{storage for ([]byte)(s)}:
./lib_natives.go:46:58:     from ([]byte)(s) (spill) at ./lib_natives.go:46:58
./lib_natives.go:46:58:     from bytes.TrimSpace(([]byte)(s)) (call parameter) at ./lib_natives.go:46:51
./lib_natives.go:46:58:     from sinkb = bytes.TrimSpace(([]byte)(s)) (assign) at ./lib_natives.go:46:34
./lib_natives.go:46:16: s does not escape
./lib_natives.go:46:58: ([]byte)(s) escapes to heap
./lib_natives.go:48:17: s does not escape
./lib_natives.go:48:20: t does not escape
./lib_natives.go:48:62: ([]byte)(s) does not escape
./lib_natives.go:48:73: ([]byte)(t) does not escape
./lib_natives.go:50:16: b does not escape
./lib_natives.go:50:68: string(b) does not escape
./lib_natives.go:52:55: make([]byte, 0, 4) escapes to heap:
./lib_natives.go:52:55:   flow: {heap} = &{storage for make([]byte, 0, 4)}:
./lib_natives.go:52:55:     from make([]byte, 0, 4) (spill) at ./lib_natives.go:52:55
./lib_natives.go:52:55:     from utf8.AppendRune(make([]byte, 0, 4), r) (call parameter) at ./lib_natives.go:52:50
./lib_natives.go:52:55:     from sinkb = utf8.AppendRune(make([]byte, 0, 4), r) (assign) at ./lib_natives.go:52:33
./lib_natives.go:52:55: make([]byte, 0, 4) escapes to heap
./lib_natives.go:54:12: b does not escape
./lib_natives.go:54:51: string(b) does not escape
./lib_natives.go:58:89: bytesEqual("a", "b") escapes to heap:
./lib_natives.go:58:89:   flow: {storage for ... argument} = &{storage for bytesEqual("a", "b")}:
./lib_natives.go:58:89:     from bytesEqual("a", "b") (spill) at ./lib_natives.go:58:89
./lib_natives.go:58:89:     from ... argument (slice-literal-element) at ./lib_natives.go:58:13
./lib_natives.go:58:89:   flow: {heap} = {storage for ... argument}:
./lib_natives.go:58:89:     from ... argument (spill) at ./lib_natives.go:58:13
./lib_natives.go:58:89:     from fmt.Println(... argument...) (call parameter) at ./lib_natives.go:58:13
./lib_natives.go:58:74: runeCount(b) escapes to heap:
./lib_natives.go:58:74:   flow: {storage for ... argument} = &{storage for runeCount(b)}:
./lib_natives.go:58:74:     from runeCount(b) (spill) at ./lib_natives.go:58:74
./lib_natives.go:58:74:     from ... argument (slice-literal-element) at ./lib_natives.go:58:13
./lib_natives.go:58:74:   flow: {heap} = {storage for ... argument}:
./lib_natives.go:58:74:     from ... argument (spill) at ./lib_natives.go:58:13
./lib_natives.go:58:74:     from fmt.Println(... argument...) (call parameter) at ./lib_natives.go:58:13
./lib_natives.go:58:60: atoi(b) escapes to heap:
./lib_natives.go:58:60:   flow: {storage for ... argument} = &{storage for atoi(b)}:
./lib_natives.go:58:60:     from atoi(b) (spill) at ./lib_natives.go:58:60
./lib_natives.go:58:60:     from ... argument (slice-literal-element) at ./lib_natives.go:58:13
./lib_natives.go:58:60:   flow: {heap} = {storage for ... argument}:
./lib_natives.go:58:60:     from ... argument (spill) at ./lib_natives.go:58:13
./lib_natives.go:58:60:     from fmt.Println(... argument...) (call parameter) at ./lib_natives.go:58:13
./lib_natives.go:58:51: splitLocal(b) escapes to heap:
./lib_natives.go:58:51:   flow: {storage for ... argument} = &{storage for splitLocal(b)}:
./lib_natives.go:58:51:     from splitLocal(b) (spill) at ./lib_natives.go:58:51
./lib_natives.go:58:51:     from ... argument (slice-literal-element) at ./lib_natives.go:58:13
./lib_natives.go:58:51:   flow: {heap} = {storage for ... argument}:
./lib_natives.go:58:51:     from ... argument (spill) at ./lib_natives.go:58:13
./lib_natives.go:58:51:     from fmt.Println(... argument...) (call parameter) at ./lib_natives.go:58:13
./lib_natives.go:58:36: trimLocal(b) escapes to heap:
./lib_natives.go:58:36:   flow: {storage for ... argument} = &{storage for trimLocal(b)}:
./lib_natives.go:58:36:     from trimLocal(b) (spill) at ./lib_natives.go:58:36
./lib_natives.go:58:36:     from ... argument (slice-literal-element) at ./lib_natives.go:58:13
./lib_natives.go:58:36:   flow: {heap} = {storage for ... argument}:
./lib_natives.go:58:36:     from ... argument (spill) at ./lib_natives.go:58:13
./lib_natives.go:58:36:     from fmt.Println(... argument...) (call parameter) at ./lib_natives.go:58:13
./lib_natives.go:58:22: contains(b) escapes to heap:
./lib_natives.go:58:22:   flow: {storage for ... argument} = &{storage for contains(b)}:
./lib_natives.go:58:22:     from contains(b) (spill) at ./lib_natives.go:58:22
./lib_natives.go:58:22:     from ... argument (slice-literal-element) at ./lib_natives.go:58:13
./lib_natives.go:58:22:   flow: {heap} = {storage for ... argument}:
./lib_natives.go:58:22:     from ... argument (spill) at ./lib_natives.go:58:13
./lib_natives.go:58:22:     from fmt.Println(... argument...) (call parameter) at ./lib_natives.go:58:13
./lib_natives.go:57:13: ([]byte)(" a,b = c ") does not escape
./lib_natives.go:58:13: ... argument does not escape
./lib_natives.go:58:22: contains(b) escapes to heap
./lib_natives.go:58:36: trimLocal(b) escapes to heap
./lib_natives.go:58:51: splitLocal(b) escapes to heap
./lib_natives.go:58:60: atoi(b) escapes to heap
./lib_natives.go:58:74: runeCount(b) escapes to heap
./lib_natives.go:58:89: bytesEqual("a", "b") escapes to heap

./strings_func_args.go:47:31: string(r) escapes to heap:
./strings_func_args.go:47:31:   flow: {heap} = &{storage for string(r)}:
./strings_func_args.go:47:31:     from string(r) (spill) at ./strings_func_args.go:47:31
./strings_func_args.go:47:31:     from append(calls, string(r)) (call parameter) at ./strings_func_args.go:47:17
./strings_func_args.go:45:6: main capturing by ref: calls (addr=false assign=true width=24)
./strings_func_args.go:74:13: string(b) escapes to heap:
./strings_func_args.go:74:13:   flow: s = &{storage for string(b)}:
./strings_func_args.go:74:13:     from string(b) (spill) at ./strings_func_args.go:74:13
./strings_func_args.go:74:13:     from s := string(b) (assign) at ./strings_func_args.go:74:4
./strings_func_args.go:74:13:   flow: {heap} = s:
./strings_func_args.go:74:13:     from strings.FieldsFunc(s, func literal) (call parameter) at ./strings_func_args.go:78:39
./strings_func_args.go:78:39: strings.FieldsFunc(s, func literal) escapes to heap:
./strings_func_args.go:78:39:   flow: {storage for ... argument} = &{storage for strings.FieldsFunc(s, func literal)}:
./strings_func_args.go:78:39:     from strings.FieldsFunc(s, func literal) (spill) at ./strings_func_args.go:78:39
./strings_func_args.go:78:39:     from ... argument (slice-literal-element) at ./strings_func_args.go:78:12
./strings_func_args.go:78:39:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:78:39:     from ... argument (spill) at ./strings_func_args.go:78:12
./strings_func_args.go:78:39:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./strings_func_args.go:78:12
./strings_func_args.go:75:25: strings.Map(func literal, s) escapes to heap:
./strings_func_args.go:75:25:   flow: {storage for ... argument} = &{storage for strings.Map(func literal, s)}:
./strings_func_args.go:75:25:     from strings.Map(func literal, s) (spill) at ./strings_func_args.go:75:25
./strings_func_args.go:75:25:     from ... argument (slice-literal-element) at ./strings_func_args.go:75:13
./strings_func_args.go:75:25:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:75:25:     from ... argument (spill) at ./strings_func_args.go:75:13
./strings_func_args.go:75:25:     from fmt.Println(... argument...) (call parameter) at ./strings_func_args.go:75:13
./strings_func_args.go:70:37: strings.TrimFunc("¡¡¡Hola!!!", func literal) escapes to heap:
./strings_func_args.go:70:37:   flow: {storage for ... argument} = &{storage for strings.TrimFunc("¡¡¡Hola!!!", func literal)}:
./strings_func_args.go:70:37:     from strings.TrimFunc("¡¡¡Hola!!!", func literal) (spill) at ./strings_func_args.go:70:37
./strings_func_args.go:70:37:     from ... argument (slice-literal-element) at ./strings_func_args.go:70:12
./strings_func_args.go:70:37:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:70:37:     from ... argument (spill) at ./strings_func_args.go:70:12
./strings_func_args.go:70:37:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./strings_func_args.go:70:12
./strings_func_args.go:69:40: calls escapes to heap:
./strings_func_args.go:69:40:   flow: {storage for ... argument} = &{storage for calls}:
./strings_func_args.go:69:40:     from calls (spill) at ./strings_func_args.go:69:40
./strings_func_args.go:69:40:     from ... argument (slice-literal-element) at ./strings_func_args.go:69:12
./strings_func_args.go:69:40:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:69:40:     from ... argument (spill) at ./strings_func_args.go:69:12
./strings_func_args.go:69:40:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./strings_func_args.go:69:12
./strings_func_args.go:69:40: strings.TrimFunc("12345", isDigit) escapes to heap:
./strings_func_args.go:69:40:   flow: {storage for ... argument} = &{storage for strings.TrimFunc("12345", isDigit)}:
./strings_func_args.go:69:40:     from strings.TrimFunc("12345", isDigit) (spill) at ./strings_func_args.go:69:40
./strings_func_args.go:69:40:     from ... argument (slice-literal-element) at ./strings_func_args.go:69:12
./strings_func_args.go:69:40:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:69:40:     from ... argument (spill) at ./strings_func_args.go:69:12
./strings_func_args.go:69:40:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./strings_func_args.go:69:12
./strings_func_args.go:67:45: calls escapes to heap:
./strings_func_args.go:67:45:   flow: {storage for ... argument} = &{storage for calls}:
./strings_func_args.go:67:45:     from calls (spill) at ./strings_func_args.go:67:45
./strings_func_args.go:67:45:     from ... argument (slice-literal-element) at ./strings_func_args.go:67:12
./strings_func_args.go:67:45:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:67:45:     from ... argument (spill) at ./strings_func_args.go:67:12
./strings_func_args.go:67:45:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./strings_func_args.go:67:12
./strings_func_args.go:67:45: strings.TrimRightFunc("123abc456", isDigit) escapes to heap:
./strings_func_args.go:67:45:   flow: {storage for ... argument} = &{storage for strings.TrimRightFunc("123abc456", isDigit)}:
./strings_func_args.go:67:45:     from strings.TrimRightFunc("123abc456", isDigit) (spill) at ./strings_func_args.go:67:45
./strings_func_args.go:67:45:     from ... argument (slice-literal-element) at ./strings_func_args.go:67:12
./strings_func_args.go:67:45:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:67:45:     from ... argument (spill) at ./strings_func_args.go:67:12
./strings_func_args.go:67:45:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./strings_func_args.go:67:12
./strings_func_args.go:65:44: calls escapes to heap:
./strings_func_args.go:65:44:   flow: {storage for ... argument} = &{storage for calls}:
./strings_func_args.go:65:44:     from calls (spill) at ./strings_func_args.go:65:44
./strings_func_args.go:65:44:     from ... argument (slice-literal-element) at ./strings_func_args.go:65:12
./strings_func_args.go:65:44:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:65:44:     from ... argument (spill) at ./strings_func_args.go:65:12
./strings_func_args.go:65:44:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./strings_func_args.go:65:12
./strings_func_args.go:65:44: strings.TrimLeftFunc("123abc456", isDigit) escapes to heap:
./strings_func_args.go:65:44:   flow: {storage for ... argument} = &{storage for strings.TrimLeftFunc("123abc456", isDigit)}:
./strings_func_args.go:65:44:     from strings.TrimLeftFunc("123abc456", isDigit) (spill) at ./strings_func_args.go:65:44
./strings_func_args.go:65:44:     from ... argument (slice-literal-element) at ./strings_func_args.go:65:12
./strings_func_args.go:65:44:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:65:44:     from ... argument (spill) at ./strings_func_args.go:65:12
./strings_func_args.go:65:44:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./strings_func_args.go:65:12
./strings_func_args.go:63:40: calls escapes to heap:
./strings_func_args.go:63:40:   flow: {storage for ... argument} = &{storage for calls}:
./strings_func_args.go:63:40:     from calls (spill) at ./strings_func_args.go:63:40
./strings_func_args.go:63:40:     from ... argument (slice-literal-element) at ./strings_func_args.go:63:12
./strings_func_args.go:63:40:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:63:40:     from ... argument (spill) at ./strings_func_args.go:63:12
./strings_func_args.go:63:40:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./strings_func_args.go:63:12
./strings_func_args.go:63:40: strings.TrimFunc("123abc456", isDigit) escapes to heap:
./strings_func_args.go:63:40:   flow: {storage for ... argument} = &{storage for strings.TrimFunc("123abc456", isDigit)}:
./strings_func_args.go:63:40:     from strings.TrimFunc("123abc456", isDigit) (spill) at ./strings_func_args.go:63:40
./strings_func_args.go:63:40:     from ... argument (slice-literal-element) at ./strings_func_args.go:63:12
./strings_func_args.go:63:40:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:63:40:     from ... argument (spill) at ./strings_func_args.go:63:12
./strings_func_args.go:63:40:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./strings_func_args.go:63:12
./strings_func_args.go:60:39: strings.FieldsFunc("    ", isSpace) escapes to heap:
./strings_func_args.go:60:39:   flow: {storage for ... argument} = &{storage for strings.FieldsFunc("    ", isSpace)}:
./strings_func_args.go:60:39:     from strings.FieldsFunc("    ", isSpace) (spill) at ./strings_func_args.go:60:39
./strings_func_args.go:60:39:     from ... argument (slice-literal-element) at ./strings_func_args.go:60:12
./strings_func_args.go:60:39:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:60:39:     from ... argument (spill) at ./strings_func_args.go:60:12
./strings_func_args.go:60:39:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./strings_func_args.go:60:12
./strings_func_args.go:59:39: strings.FieldsFunc("", isSpace) escapes to heap:
./strings_func_args.go:59:39:   flow: {storage for ... argument} = &{storage for strings.FieldsFunc("", isSpace)}:
./strings_func_args.go:59:39:     from strings.FieldsFunc("", isSpace) (spill) at ./strings_func_args.go:59:39
./strings_func_args.go:59:39:     from ... argument (slice-literal-element) at ./strings_func_args.go:59:12
./strings_func_args.go:59:39:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:59:39:     from ... argument (spill) at ./strings_func_args.go:59:12
./strings_func_args.go:59:39:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./strings_func_args.go:59:12
./strings_func_args.go:56:39: strings.FieldsFunc("  a,b;;c , d;", func literal) escapes to heap:
./strings_func_args.go:56:39:   flow: {storage for ... argument} = &{storage for strings.FieldsFunc("  a,b;;c , d;", func literal)}:
./strings_func_args.go:56:39:     from strings.FieldsFunc("  a,b;;c , d;", func literal) (spill) at ./strings_func_args.go:56:39
./strings_func_args.go:56:39:     from ... argument (slice-literal-element) at ./strings_func_args.go:56:12
./strings_func_args.go:56:39:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:56:39:     from ... argument (spill) at ./strings_func_args.go:56:12
./strings_func_args.go:56:39:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./strings_func_args.go:56:12
./strings_func_args.go:54:69: strings.IndexFunc("hÉllo", isUpper) escapes to heap:
./strings_func_args.go:54:69:   flow: {storage for ... argument} = &{storage for strings.IndexFunc("hÉllo", isUpper)}:
./strings_func_args.go:54:69:     from strings.IndexFunc("hÉllo", isUpper) (spill) at ./strings_func_args.go:54:69
./strings_func_args.go:54:69:     from ... argument (slice-literal-element) at ./strings_func_args.go:54:13
./strings_func_args.go:54:69:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:54:69:     from ... argument (spill) at ./strings_func_args.go:54:13
./strings_func_args.go:54:69:     from fmt.Println(... argument...) (call parameter) at ./strings_func_args.go:54:13
./strings_func_args.go:54:31: strings.IndexFunc("héllo", isUpper) escapes to heap:
./strings_func_args.go:54:31:   flow: {storage for ... argument} = &{storage for strings.IndexFunc("héllo", isUpper)}:
./strings_func_args.go:54:31:     from strings.IndexFunc("héllo", isUpper) (spill) at ./strings_func_args.go:54:31
./strings_func_args.go:54:31:     from ... argument (slice-literal-element) at ./strings_func_args.go:54:13
./strings_func_args.go:54:31:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:54:31:     from ... argument (spill) at ./strings_func_args.go:54:13
./strings_func_args.go:54:31:     from fmt.Println(... argument...) (call parameter) at ./strings_func_args.go:54:13
./strings_func_args.go:52:35: calls escapes to heap:
./strings_func_args.go:52:35:   flow: {storage for ... argument} = &{storage for calls}:
./strings_func_args.go:52:35:     from calls (spill) at ./strings_func_args.go:52:35
./strings_func_args.go:52:35:     from ... argument (slice-literal-element) at ./strings_func_args.go:52:13
./strings_func_args.go:52:35:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:52:35:     from ... argument (spill) at ./strings_func_args.go:52:13
./strings_func_args.go:52:35:     from fmt.Println(... argument...) (call parameter) at ./strings_func_args.go:52:13
./strings_func_args.go:52:35: strings.LastIndexFunc("abc123def", isDigit) escapes to heap:
./strings_func_args.go:52:35:   flow: {storage for ... argument} = &{storage for strings.LastIndexFunc("abc123def", isDigit)}:
./strings_func_args.go:52:35:     from strings.LastIndexFunc("abc123def", isDigit) (spill) at ./strings_func_args.go:52:35
./strings_func_args.go:52:35:     from ... argument (slice-literal-element) at ./strings_func_args.go:52:13
./strings_func_args.go:52:35:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:52:35:     from ... argument (spill) at ./strings_func_args.go:52:13
./strings_func_args.go:52:35:     from fmt.Println(... argument...) (call parameter) at ./strings_func_args.go:52:13
./strings_func_args.go:50:31: calls escapes to heap:
./strings_func_args.go:50:31:   flow: {storage for ... argument} = &{storage for calls}:
./strings_func_args.go:50:31:     from calls (spill) at ./strings_func_args.go:50:31
./strings_func_args.go:50:31:     from ... argument (slice-literal-element) at ./strings_func_args.go:50:13
./strings_func_args.go:50:31:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:50:31:     from ... argument (spill) at ./strings_func_args.go:50:13
./strings_func_args.go:50:31:     from fmt.Println(... argument...) (call parameter) at ./strings_func_args.go:50:13
./strings_func_args.go:50:31: strings.IndexFunc("abc123def", isDigit) escapes to heap:
./strings_func_args.go:50:31:   flow: {storage for ... argument} = &{storage for strings.IndexFunc("abc123def", isDigit)}:
./strings_func_args.go:50:31:     from strings.IndexFunc("abc123def", isDigit) (spill) at ./strings_func_args.go:50:31
./strings_func_args.go:50:31:     from ... argument (slice-literal-element) at ./strings_func_args.go:50:13
./strings_func_args.go:50:31:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:50:31:     from ... argument (spill) at ./strings_func_args.go:50:13
./strings_func_args.go:50:31:     from fmt.Println(... argument...) (call parameter) at ./strings_func_args.go:50:13
./strings_func_args.go:41:32: strings.Map(func literal, "a\xffb") escapes to heap:
./strings_func_args.go:41:32:   flow: {storage for ... argument} = &{storage for strings.Map(func literal, "a\xffb")}:
./strings_func_args.go:41:32:     from strings.Map(func literal, "a\xffb") (spill) at ./strings_func_args.go:41:32
./strings_func_args.go:41:32:     from ... argument (slice-literal-element) at ./strings_func_args.go:41:12
./strings_func_args.go:41:32:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:41:32:     from ... argument (spill) at ./strings_func_args.go:41:12
./strings_func_args.go:41:32:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./strings_func_args.go:41:12
./strings_func_args.go:40:64: strings.Map(func literal, same) == same escapes to heap:
./strings_func_args.go:40:64:   flow: {storage for ... argument} = &{storage for strings.Map(func literal, same) == same}:
./strings_func_args.go:40:64:     from strings.Map(func literal, same) == same (spill) at ./strings_func_args.go:40:64
./strings_func_args.go:40:64:     from ... argument (slice-literal-element) at ./strings_func_args.go:40:13
./strings_func_args.go:40:64:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:40:64:     from ... argument (spill) at ./strings_func_args.go:40:13
./strings_func_args.go:40:64:     from fmt.Println(... argument...) (call parameter) at ./strings_func_args.go:40:13
./strings_func_args.go:33:25: strings.Map(func literal, " a b\tc\n d ") escapes to heap:
./strings_func_args.go:33:25:   flow: {storage for ... argument} = &{storage for strings.Map(func literal, " a b\tc\n d ")}:
./strings_func_args.go:33:25:     from strings.Map(func literal, " a b\tc\n d ") (spill) at ./strings_func_args.go:33:25
./strings_func_args.go:33:25:     from ... argument (slice-literal-element) at ./strings_func_args.go:33:13
./strings_func_args.go:33:25:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:33:25:     from ... argument (spill) at ./strings_func_args.go:33:13
./strings_func_args.go:33:25:     from fmt.Println(... argument...) (call parameter) at ./strings_func_args.go:33:13
./strings_func_args.go:32:25: strings.Map(rot13, "Hello, Gophers! ünïcödé") escapes to heap:
./strings_func_args.go:32:25:   flow: {storage for ... argument} = &{storage for strings.Map(rot13, "Hello, Gophers! ünïcödé")}:
./strings_func_args.go:32:25:     from strings.Map(rot13, "Hello, Gophers! ünïcödé") (spill) at ./strings_func_args.go:32:25
./strings_func_args.go:32:25:     from ... argument (slice-literal-element) at ./strings_func_args.go:32:13
./strings_func_args.go:32:25:   flow: {heap} = {storage for ... argument}:
./strings_func_args.go:32:25:     from ... argument (spill) at ./strings_func_args.go:32:13
./strings_func_args.go:32:25:     from fmt.Println(... argument...) (call parameter) at ./strings_func_args.go:32:13
./strings_func_args.go:23:11: func literal does not escape
./strings_func_args.go:32:13: ... argument does not escape
./strings_func_args.go:32:25: strings.Map(rot13, "Hello, Gophers! ünïcödé") escapes to heap
./strings_func_args.go:33:13: ... argument does not escape
./strings_func_args.go:33:25: strings.Map(func literal, " a b\tc\n d ") escapes to heap
./strings_func_args.go:33:26: func literal does not escape
./strings_func_args.go:40:13: ... argument does not escape
./strings_func_args.go:40:64: strings.Map(func literal, same) == same escapes to heap
./strings_func_args.go:40:26: func literal does not escape
./strings_func_args.go:41:12: ... argument does not escape
./strings_func_args.go:41:32: strings.Map(func literal, "a\xffb") escapes to heap
./strings_func_args.go:41:33: func literal does not escape
./strings_func_args.go:43:13: func literal does not escape
./strings_func_args.go:44:13: func literal does not escape
./strings_func_args.go:46:13: func literal does not escape
./strings_func_args.go:47:31: string(r) escapes to heap
./strings_func_args.go:50:13: ... argument does not escape
./strings_func_args.go:50:31: strings.IndexFunc("abc123def", isDigit) escapes to heap
./strings_func_args.go:50:31: calls escapes to heap
./strings_func_args.go:52:13: ... argument does not escape
./strings_func_args.go:52:35: strings.LastIndexFunc("abc123def", isDigit) escapes to heap
./strings_func_args.go:52:35: calls escapes to heap
./strings_func_args.go:54:13: ... argument does not escape
./strings_func_args.go:54:31: strings.IndexFunc("héllo", isUpper) escapes to heap
./strings_func_args.go:54:69: strings.IndexFunc("hÉllo", isUpper) escapes to heap
./strings_func_args.go:56:12: ... argument does not escape
./strings_func_args.go:56:39: strings.FieldsFunc("  a,b;;c , d;", func literal) escapes to heap
./strings_func_args.go:56:57: func literal does not escape
./strings_func_args.go:59:12: ... argument does not escape
./strings_func_args.go:59:39: strings.FieldsFunc("", isSpace) escapes to heap
./strings_func_args.go:60:12: ... argument does not escape
./strings_func_args.go:60:39: strings.FieldsFunc("    ", isSpace) escapes to heap
./strings_func_args.go:63:12: ... argument does not escape
./strings_func_args.go:63:40: strings.TrimFunc("123abc456", isDigit) escapes to heap
./strings_func_args.go:63:40: calls escapes to heap
./strings_func_args.go:65:12: ... argument does not escape
./strings_func_args.go:65:44: strings.TrimLeftFunc("123abc456", isDigit) escapes to heap
./strings_func_args.go:65:44: calls escapes to heap
./strings_func_args.go:67:12: ... argument does not escape
./strings_func_args.go:67:45: strings.TrimRightFunc("123abc456", isDigit) escapes to heap
./strings_func_args.go:67:45: calls escapes to heap
./strings_func_args.go:69:12: ... argument does not escape
./strings_func_args.go:69:40: strings.TrimFunc("12345", isDigit) escapes to heap
./strings_func_args.go:69:40: calls escapes to heap
./strings_func_args.go:70:12: ... argument does not escape
./strings_func_args.go:70:37: strings.TrimFunc("¡¡¡Hola!!!", func literal) escapes to heap
./strings_func_args.go:70:55: func literal does not escape
./strings_func_args.go:73:13: ([]byte)("stack moves") does not escape
./strings_func_args.go:74:13: string(b) escapes to heap
./strings_func_args.go:75:13: ... argument does not escape
./strings_func_args.go:75:25: strings.Map(func literal, s) escapes to heap
./strings_func_args.go:75:26: func literal does not escape
./strings_func_args.go:78:12: ... argument does not escape
./strings_func_args.go:78:39: strings.FieldsFunc(s, func literal) escapes to heap
./strings_func_args.go:78:43: func literal does not escape

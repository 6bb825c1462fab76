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

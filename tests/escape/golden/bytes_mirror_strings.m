./bytes_mirror_strings.go:9:11: leaking param: name
./bytes_mirror_strings.go:9:24: leaking param: b
./bytes_mirror_strings.go:10:12: ... argument does not escape
./bytes_mirror_strings.go:10:13: name escapes to heap
./bytes_mirror_strings.go:10:13: b escapes to heap
./bytes_mirror_strings.go:10:60: len(b) escapes to heap
./bytes_mirror_strings.go:10:68: cap(b) escapes to heap
./bytes_mirror_strings.go:10:75: b == nil escapes to heap
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

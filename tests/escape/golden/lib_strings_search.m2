./lib_strings_search.go:19:109: strings.ContainsRune("", 'a') escapes to heap:
./lib_strings_search.go:19:109:   flow: {storage for ... argument} = &{storage for strings.ContainsRune("", 'a')}:
./lib_strings_search.go:19:109:     from strings.ContainsRune("", 'a') (spill) at ./lib_strings_search.go:19:109
./lib_strings_search.go:19:109:     from ... argument (slice-literal-element) at ./lib_strings_search.go:19:13
./lib_strings_search.go:19:109:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:19:109:     from ... argument (spill) at ./lib_strings_search.go:19:13
./lib_strings_search.go:19:109:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:19:13
./lib_strings_search.go:19:72: strings.ContainsRune("timeout", 97) escapes to heap:
./lib_strings_search.go:19:72:   flow: {storage for ... argument} = &{storage for strings.ContainsRune("timeout", 97)}:
./lib_strings_search.go:19:72:     from strings.ContainsRune("timeout", 97) (spill) at ./lib_strings_search.go:19:72
./lib_strings_search.go:19:72:     from ... argument (slice-literal-element) at ./lib_strings_search.go:19:13
./lib_strings_search.go:19:72:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:19:72:     from ... argument (spill) at ./lib_strings_search.go:19:13
./lib_strings_search.go:19:72:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:19:13
./lib_strings_search.go:19:34: strings.ContainsRune("aardvark", 97) escapes to heap:
./lib_strings_search.go:19:34:   flow: {storage for ... argument} = &{storage for strings.ContainsRune("aardvark", 97)}:
./lib_strings_search.go:19:34:     from strings.ContainsRune("aardvark", 97) (spill) at ./lib_strings_search.go:19:34
./lib_strings_search.go:19:34:     from ... argument (slice-literal-element) at ./lib_strings_search.go:19:13
./lib_strings_search.go:19:34:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:19:34:     from ... argument (spill) at ./lib_strings_search.go:19:13
./lib_strings_search.go:19:34:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:19:13
./lib_strings_search.go:18:137: strings.IndexRune("abc", 0x110000) escapes to heap:
./lib_strings_search.go:18:137:   flow: {storage for ... argument} = &{storage for strings.IndexRune("abc", 0x110000)}:
./lib_strings_search.go:18:137:     from strings.IndexRune("abc", 0x110000) (spill) at ./lib_strings_search.go:18:137
./lib_strings_search.go:18:137:     from ... argument (slice-literal-element) at ./lib_strings_search.go:18:13
./lib_strings_search.go:18:137:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:18:137:     from ... argument (spill) at ./lib_strings_search.go:18:13
./lib_strings_search.go:18:137:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:18:13
./lib_strings_search.go:18:107: strings.IndexRune("abc", -1) escapes to heap:
./lib_strings_search.go:18:107:   flow: {storage for ... argument} = &{storage for strings.IndexRune("abc", -1)}:
./lib_strings_search.go:18:107:     from strings.IndexRune("abc", -1) (spill) at ./lib_strings_search.go:18:107
./lib_strings_search.go:18:107:     from ... argument (slice-literal-element) at ./lib_strings_search.go:18:13
./lib_strings_search.go:18:107:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:18:107:     from ... argument (spill) at ./lib_strings_search.go:18:13
./lib_strings_search.go:18:107:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:18:13
./lib_strings_search.go:18:68: strings.IndexRune("a\uFFFDb", 0xFFFD) escapes to heap:
./lib_strings_search.go:18:68:   flow: {storage for ... argument} = &{storage for strings.IndexRune("a\uFFFDb", 0xFFFD)}:
./lib_strings_search.go:18:68:     from strings.IndexRune("a\uFFFDb", 0xFFFD) (spill) at ./lib_strings_search.go:18:68
./lib_strings_search.go:18:68:     from ... argument (slice-literal-element) at ./lib_strings_search.go:18:13
./lib_strings_search.go:18:68:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:18:68:     from ... argument (spill) at ./lib_strings_search.go:18:13
./lib_strings_search.go:18:68:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:18:13
./lib_strings_search.go:18:31: strings.IndexRune("a\xffb", 0xFFFD) escapes to heap:
./lib_strings_search.go:18:31:   flow: {storage for ... argument} = &{storage for strings.IndexRune("a\xffb", 0xFFFD)}:
./lib_strings_search.go:18:31:     from strings.IndexRune("a\xffb", 0xFFFD) (spill) at ./lib_strings_search.go:18:31
./lib_strings_search.go:18:31:     from ... argument (slice-literal-element) at ./lib_strings_search.go:18:13
./lib_strings_search.go:18:31:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:18:31:     from ... argument (spill) at ./lib_strings_search.go:18:13
./lib_strings_search.go:18:31:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:18:13
./lib_strings_search.go:17:101: strings.IndexRune("日本語", '語') escapes to heap:
./lib_strings_search.go:17:101:   flow: {storage for ... argument} = &{storage for strings.IndexRune("日本語", '語')}:
./lib_strings_search.go:17:101:     from strings.IndexRune("日本語", '語') (spill) at ./lib_strings_search.go:17:101
./lib_strings_search.go:17:101:     from ... argument (slice-literal-element) at ./lib_strings_search.go:17:13
./lib_strings_search.go:17:101:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:17:101:     from ... argument (spill) at ./lib_strings_search.go:17:13
./lib_strings_search.go:17:101:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:17:13
./lib_strings_search.go:17:66: strings.IndexRune("chicken", 'd') escapes to heap:
./lib_strings_search.go:17:66:   flow: {storage for ... argument} = &{storage for strings.IndexRune("chicken", 'd')}:
./lib_strings_search.go:17:66:     from strings.IndexRune("chicken", 'd') (spill) at ./lib_strings_search.go:17:66
./lib_strings_search.go:17:66:     from ... argument (slice-literal-element) at ./lib_strings_search.go:17:13
./lib_strings_search.go:17:66:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:17:66:     from ... argument (spill) at ./lib_strings_search.go:17:13
./lib_strings_search.go:17:66:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:17:13
./lib_strings_search.go:17:31: strings.IndexRune("chicken", 'k') escapes to heap:
./lib_strings_search.go:17:31:   flow: {storage for ... argument} = &{storage for strings.IndexRune("chicken", 'k')}:
./lib_strings_search.go:17:31:     from strings.IndexRune("chicken", 'k') (spill) at ./lib_strings_search.go:17:31
./lib_strings_search.go:17:31:     from ... argument (slice-literal-element) at ./lib_strings_search.go:17:13
./lib_strings_search.go:17:31:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:17:31:     from ... argument (spill) at ./lib_strings_search.go:17:13
./lib_strings_search.go:17:31:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:17:13
./lib_strings_search.go:16:103: strings.LastIndexByte("golang", 'g') escapes to heap:
./lib_strings_search.go:16:103:   flow: {storage for ... argument} = &{storage for strings.LastIndexByte("golang", 'g')}:
./lib_strings_search.go:16:103:     from strings.LastIndexByte("golang", 'g') (spill) at ./lib_strings_search.go:16:103
./lib_strings_search.go:16:103:     from ... argument (slice-literal-element) at ./lib_strings_search.go:16:13
./lib_strings_search.go:16:103:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:16:103:     from ... argument (spill) at ./lib_strings_search.go:16:13
./lib_strings_search.go:16:103:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:16:13
./lib_strings_search.go:16:65: strings.IndexByte("golang", 'x') escapes to heap:
./lib_strings_search.go:16:65:   flow: {storage for ... argument} = &{storage for strings.IndexByte("golang", 'x')}:
./lib_strings_search.go:16:65:     from strings.IndexByte("golang", 'x') (spill) at ./lib_strings_search.go:16:65
./lib_strings_search.go:16:65:     from ... argument (slice-literal-element) at ./lib_strings_search.go:16:13
./lib_strings_search.go:16:65:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:16:65:     from ... argument (spill) at ./lib_strings_search.go:16:13
./lib_strings_search.go:16:65:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:16:13
./lib_strings_search.go:16:31: strings.IndexByte("golang", 'l') escapes to heap:
./lib_strings_search.go:16:31:   flow: {storage for ... argument} = &{storage for strings.IndexByte("golang", 'l')}:
./lib_strings_search.go:16:31:     from strings.IndexByte("golang", 'l') (spill) at ./lib_strings_search.go:16:31
./lib_strings_search.go:16:31:     from ... argument (slice-literal-element) at ./lib_strings_search.go:16:13
./lib_strings_search.go:16:31:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:16:31:     from ... argument (spill) at ./lib_strings_search.go:16:13
./lib_strings_search.go:16:31:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:16:13
./lib_strings_search.go:15:86: strings.Count("\xff\xfe", "") escapes to heap:
./lib_strings_search.go:15:86:   flow: {storage for ... argument} = &{storage for strings.Count("\xff\xfe", "")}:
./lib_strings_search.go:15:86:     from strings.Count("\xff\xfe", "") (spill) at ./lib_strings_search.go:15:86
./lib_strings_search.go:15:86:     from ... argument (slice-literal-element) at ./lib_strings_search.go:15:13
./lib_strings_search.go:15:86:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:15:86:     from ... argument (spill) at ./lib_strings_search.go:15:13
./lib_strings_search.go:15:86:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:15:13
./lib_strings_search.go:15:54: strings.Count("日本語", "") escapes to heap:
./lib_strings_search.go:15:54:   flow: {storage for ... argument} = &{storage for strings.Count("日本語", "")}:
./lib_strings_search.go:15:54:     from strings.Count("日本語", "") (spill) at ./lib_strings_search.go:15:54
./lib_strings_search.go:15:54:     from ... argument (slice-literal-element) at ./lib_strings_search.go:15:13
./lib_strings_search.go:15:54:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:15:54:     from ... argument (spill) at ./lib_strings_search.go:15:13
./lib_strings_search.go:15:54:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:15:13
./lib_strings_search.go:15:27: strings.Count("five", "") escapes to heap:
./lib_strings_search.go:15:27:   flow: {storage for ... argument} = &{storage for strings.Count("five", "")}:
./lib_strings_search.go:15:27:     from strings.Count("five", "") (spill) at ./lib_strings_search.go:15:27
./lib_strings_search.go:15:27:     from ... argument (slice-literal-element) at ./lib_strings_search.go:15:13
./lib_strings_search.go:15:27:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:15:27:     from ... argument (spill) at ./lib_strings_search.go:15:13
./lib_strings_search.go:15:27:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:15:13
./lib_strings_search.go:13:79: strings.HasSuffix(c[0], c[1]) escapes to heap:
./lib_strings_search.go:13:79:   flow: {storage for ... argument} = &{storage for strings.HasSuffix(c[0], c[1])}:
./lib_strings_search.go:13:79:     from strings.HasSuffix(c[0], c[1]) (spill) at ./lib_strings_search.go:13:79
./lib_strings_search.go:13:79:     from ... argument (slice-literal-element) at ./lib_strings_search.go:12:14
./lib_strings_search.go:13:79:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:13:79:     from ... argument (spill) at ./lib_strings_search.go:12:14
./lib_strings_search.go:13:79:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:12:14
./lib_strings_search.go:13:48: strings.HasPrefix(c[0], c[1]) escapes to heap:
./lib_strings_search.go:13:48:   flow: {storage for ... argument} = &{storage for strings.HasPrefix(c[0], c[1])}:
./lib_strings_search.go:13:48:     from strings.HasPrefix(c[0], c[1]) (spill) at ./lib_strings_search.go:13:48
./lib_strings_search.go:13:48:     from ... argument (slice-literal-element) at ./lib_strings_search.go:12:14
./lib_strings_search.go:13:48:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:13:48:     from ... argument (spill) at ./lib_strings_search.go:12:14
./lib_strings_search.go:13:48:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:12:14
./lib_strings_search.go:13:17: strings.Count(c[0], c[1]) escapes to heap:
./lib_strings_search.go:13:17:   flow: {storage for ... argument} = &{storage for strings.Count(c[0], c[1])}:
./lib_strings_search.go:13:17:     from strings.Count(c[0], c[1]) (spill) at ./lib_strings_search.go:13:17
./lib_strings_search.go:13:17:     from ... argument (slice-literal-element) at ./lib_strings_search.go:12:14
./lib_strings_search.go:13:17:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:13:17:     from ... argument (spill) at ./lib_strings_search.go:12:14
./lib_strings_search.go:13:17:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:12:14
./lib_strings_search.go:12:89: strings.LastIndex(c[0], c[1]) escapes to heap:
./lib_strings_search.go:12:89:   flow: {storage for ... argument} = &{storage for strings.LastIndex(c[0], c[1])}:
./lib_strings_search.go:12:89:     from strings.LastIndex(c[0], c[1]) (spill) at ./lib_strings_search.go:12:89
./lib_strings_search.go:12:89:     from ... argument (slice-literal-element) at ./lib_strings_search.go:12:14
./lib_strings_search.go:12:89:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:12:89:     from ... argument (spill) at ./lib_strings_search.go:12:14
./lib_strings_search.go:12:89:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:12:14
./lib_strings_search.go:12:58: strings.Index(c[0], c[1]) escapes to heap:
./lib_strings_search.go:12:58:   flow: {storage for ... argument} = &{storage for strings.Index(c[0], c[1])}:
./lib_strings_search.go:12:58:     from strings.Index(c[0], c[1]) (spill) at ./lib_strings_search.go:12:58
./lib_strings_search.go:12:58:     from ... argument (slice-literal-element) at ./lib_strings_search.go:12:14
./lib_strings_search.go:12:58:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:12:58:     from ... argument (spill) at ./lib_strings_search.go:12:14
./lib_strings_search.go:12:58:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:12:14
./lib_strings_search.go:12:31: strings.Contains(c[0], c[1]) escapes to heap:
./lib_strings_search.go:12:31:   flow: {storage for ... argument} = &{storage for strings.Contains(c[0], c[1])}:
./lib_strings_search.go:12:31:     from strings.Contains(c[0], c[1]) (spill) at ./lib_strings_search.go:12:31
./lib_strings_search.go:12:31:     from ... argument (slice-literal-element) at ./lib_strings_search.go:12:14
./lib_strings_search.go:12:31:   flow: {heap} = {storage for ... argument}:
./lib_strings_search.go:12:31:     from ... argument (spill) at ./lib_strings_search.go:12:14
./lib_strings_search.go:12:31:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_search.go:12:14
./lib_strings_search.go:9:22: [][2]string{...} does not escape
./lib_strings_search.go:12:14: ... argument does not escape
./lib_strings_search.go:12:31: strings.Contains(c[0], c[1]) escapes to heap
./lib_strings_search.go:12:58: strings.Index(c[0], c[1]) escapes to heap
./lib_strings_search.go:12:89: strings.LastIndex(c[0], c[1]) escapes to heap
./lib_strings_search.go:13:17: strings.Count(c[0], c[1]) escapes to heap
./lib_strings_search.go:13:48: strings.HasPrefix(c[0], c[1]) escapes to heap
./lib_strings_search.go:13:79: strings.HasSuffix(c[0], c[1]) escapes to heap
./lib_strings_search.go:15:13: ... argument does not escape
./lib_strings_search.go:15:27: strings.Count("five", "") escapes to heap
./lib_strings_search.go:15:54: strings.Count("日本語", "") escapes to heap
./lib_strings_search.go:15:86: strings.Count("\xff\xfe", "") escapes to heap
./lib_strings_search.go:16:13: ... argument does not escape
./lib_strings_search.go:16:31: strings.IndexByte("golang", 'l') escapes to heap
./lib_strings_search.go:16:65: strings.IndexByte("golang", 'x') escapes to heap
./lib_strings_search.go:16:103: strings.LastIndexByte("golang", 'g') escapes to heap
./lib_strings_search.go:17:13: ... argument does not escape
./lib_strings_search.go:17:31: strings.IndexRune("chicken", 'k') escapes to heap
./lib_strings_search.go:17:66: strings.IndexRune("chicken", 'd') escapes to heap
./lib_strings_search.go:17:101: strings.IndexRune("日本語", '語') escapes to heap
./lib_strings_search.go:18:13: ... argument does not escape
./lib_strings_search.go:18:31: strings.IndexRune("a\xffb", 0xFFFD) escapes to heap
./lib_strings_search.go:18:68: strings.IndexRune("a\uFFFDb", 0xFFFD) escapes to heap
./lib_strings_search.go:18:107: strings.IndexRune("abc", -1) escapes to heap
./lib_strings_search.go:18:137: strings.IndexRune("abc", 0x110000) escapes to heap
./lib_strings_search.go:19:13: ... argument does not escape
./lib_strings_search.go:19:34: strings.ContainsRune("aardvark", 97) escapes to heap
./lib_strings_search.go:19:72: strings.ContainsRune("timeout", 97) escapes to heap
./lib_strings_search.go:19:109: strings.ContainsRune("", 'a') escapes to heap

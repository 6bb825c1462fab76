./lib_unicode_class.go:17:48: unicode.ReplacementChar escapes to heap:
./lib_unicode_class.go:17:48:   flow: {storage for ... argument} = &{storage for unicode.ReplacementChar}:
./lib_unicode_class.go:17:48:     from unicode.ReplacementChar (spill) at ./lib_unicode_class.go:17:48
./lib_unicode_class.go:17:48:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:17:12
./lib_unicode_class.go:17:48:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:17:48:     from ... argument (spill) at ./lib_unicode_class.go:17:12
./lib_unicode_class.go:17:48:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./lib_unicode_class.go:17:12
./lib_unicode_class.go:17:31: unicode.MaxRune escapes to heap:
./lib_unicode_class.go:17:31:   flow: {storage for ... argument} = &{storage for unicode.MaxRune}:
./lib_unicode_class.go:17:31:     from unicode.MaxRune (spill) at ./lib_unicode_class.go:17:31
./lib_unicode_class.go:17:31:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:17:12
./lib_unicode_class.go:17:31:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:17:31:     from ... argument (spill) at ./lib_unicode_class.go:17:12
./lib_unicode_class.go:17:31:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./lib_unicode_class.go:17:12
./lib_unicode_class.go:16:99: string(unicode.ReplacementChar) escapes to heap:
./lib_unicode_class.go:16:99:   flow: {storage for ... argument} = &{storage for string(unicode.ReplacementChar)}:
./lib_unicode_class.go:16:99:     from string(unicode.ReplacementChar) (spill) at ./lib_unicode_class.go:16:99
./lib_unicode_class.go:16:99:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:99:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:16:99:     from ... argument (spill) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:99:     from fmt.Println(... argument...) (call parameter) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:81: unicode.MaxLatin1 escapes to heap:
./lib_unicode_class.go:16:81:   flow: {storage for ... argument} = &{storage for unicode.MaxLatin1}:
./lib_unicode_class.go:16:81:     from unicode.MaxLatin1 (spill) at ./lib_unicode_class.go:16:81
./lib_unicode_class.go:16:81:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:81:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:16:81:     from ... argument (spill) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:81:     from fmt.Println(... argument...) (call parameter) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:63: unicode.MaxASCII escapes to heap:
./lib_unicode_class.go:16:63:   flow: {storage for ... argument} = &{storage for unicode.MaxASCII}:
./lib_unicode_class.go:16:63:     from unicode.MaxASCII (spill) at ./lib_unicode_class.go:16:63
./lib_unicode_class.go:16:63:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:63:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:16:63:     from ... argument (spill) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:63:     from fmt.Println(... argument...) (call parameter) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:38: unicode.ReplacementChar escapes to heap:
./lib_unicode_class.go:16:38:   flow: {storage for ... argument} = &{storage for unicode.ReplacementChar}:
./lib_unicode_class.go:16:38:     from unicode.ReplacementChar (spill) at ./lib_unicode_class.go:16:38
./lib_unicode_class.go:16:38:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:38:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:16:38:     from ... argument (spill) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:38:     from fmt.Println(... argument...) (call parameter) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:21: unicode.MaxRune escapes to heap:
./lib_unicode_class.go:16:21:   flow: {storage for ... argument} = &{storage for unicode.MaxRune}:
./lib_unicode_class.go:16:21:     from unicode.MaxRune (spill) at ./lib_unicode_class.go:16:21
./lib_unicode_class.go:16:21:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:21:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:16:21:     from ... argument (spill) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:16:21:     from fmt.Println(... argument...) (call parameter) at ./lib_unicode_class.go:16:13
./lib_unicode_class.go:14:39: unicode.IsSymbol(r) escapes to heap:
./lib_unicode_class.go:14:39:   flow: {storage for ... argument} = &{storage for unicode.IsSymbol(r)}:
./lib_unicode_class.go:14:39:     from unicode.IsSymbol(r) (spill) at ./lib_unicode_class.go:14:39
./lib_unicode_class.go:14:39:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:14:39:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:14:39:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:14:39:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:14:18: unicode.IsMark(r) escapes to heap:
./lib_unicode_class.go:14:18:   flow: {storage for ... argument} = &{storage for unicode.IsMark(r)}:
./lib_unicode_class.go:14:18:     from unicode.IsMark(r) (spill) at ./lib_unicode_class.go:14:18
./lib_unicode_class.go:14:18:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:14:18:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:14:18:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:14:18:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:143: unicode.IsGraphic(r) escapes to heap:
./lib_unicode_class.go:13:143:   flow: {storage for ... argument} = &{storage for unicode.IsGraphic(r)}:
./lib_unicode_class.go:13:143:     from unicode.IsGraphic(r) (spill) at ./lib_unicode_class.go:13:143
./lib_unicode_class.go:13:143:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:143:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:13:143:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:143:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:121: unicode.IsPrint(r) escapes to heap:
./lib_unicode_class.go:13:121:   flow: {storage for ... argument} = &{storage for unicode.IsPrint(r)}:
./lib_unicode_class.go:13:121:     from unicode.IsPrint(r) (spill) at ./lib_unicode_class.go:13:121
./lib_unicode_class.go:13:121:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:121:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:13:121:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:121:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:101: unicode.IsControl(r) escapes to heap:
./lib_unicode_class.go:13:101:   flow: {storage for ... argument} = &{storage for unicode.IsControl(r)}:
./lib_unicode_class.go:13:101:     from unicode.IsControl(r) (spill) at ./lib_unicode_class.go:13:101
./lib_unicode_class.go:13:101:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:101:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:13:101:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:101:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:79: unicode.IsPunct(r) escapes to heap:
./lib_unicode_class.go:13:79:   flow: {storage for ... argument} = &{storage for unicode.IsPunct(r)}:
./lib_unicode_class.go:13:79:     from unicode.IsPunct(r) (spill) at ./lib_unicode_class.go:13:79
./lib_unicode_class.go:13:79:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:79:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:13:79:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:79:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:59: unicode.IsTitle(r) escapes to heap:
./lib_unicode_class.go:13:59:   flow: {storage for ... argument} = &{storage for unicode.IsTitle(r)}:
./lib_unicode_class.go:13:59:     from unicode.IsTitle(r) (spill) at ./lib_unicode_class.go:13:59
./lib_unicode_class.go:13:59:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:59:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:13:59:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:59:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:39: unicode.IsLower(r) escapes to heap:
./lib_unicode_class.go:13:39:   flow: {storage for ... argument} = &{storage for unicode.IsLower(r)}:
./lib_unicode_class.go:13:39:     from unicode.IsLower(r) (spill) at ./lib_unicode_class.go:13:39
./lib_unicode_class.go:13:39:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:39:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:13:39:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:39:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:19: unicode.IsUpper(r) escapes to heap:
./lib_unicode_class.go:13:19:   flow: {storage for ... argument} = &{storage for unicode.IsUpper(r)}:
./lib_unicode_class.go:13:19:     from unicode.IsUpper(r) (spill) at ./lib_unicode_class.go:13:19
./lib_unicode_class.go:13:19:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:19:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:13:19:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:13:19:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:141: unicode.IsSpace(r) escapes to heap:
./lib_unicode_class.go:12:141:   flow: {storage for ... argument} = &{storage for unicode.IsSpace(r)}:
./lib_unicode_class.go:12:141:     from unicode.IsSpace(r) (spill) at ./lib_unicode_class.go:12:141
./lib_unicode_class.go:12:141:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:141:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:12:141:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:141:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:121: unicode.IsNumber(r) escapes to heap:
./lib_unicode_class.go:12:121:   flow: {storage for ... argument} = &{storage for unicode.IsNumber(r)}:
./lib_unicode_class.go:12:121:     from unicode.IsNumber(r) (spill) at ./lib_unicode_class.go:12:121
./lib_unicode_class.go:12:121:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:121:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:12:121:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:121:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:100: unicode.IsDigit(r) escapes to heap:
./lib_unicode_class.go:12:100:   flow: {storage for ... argument} = &{storage for unicode.IsDigit(r)}:
./lib_unicode_class.go:12:100:     from unicode.IsDigit(r) (spill) at ./lib_unicode_class.go:12:100
./lib_unicode_class.go:12:100:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:100:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:12:100:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:100:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:80: unicode.IsLetter(r) escapes to heap:
./lib_unicode_class.go:12:80:   flow: {storage for ... argument} = &{storage for unicode.IsLetter(r)}:
./lib_unicode_class.go:12:80:     from unicode.IsLetter(r) (spill) at ./lib_unicode_class.go:12:80
./lib_unicode_class.go:12:80:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:80:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:12:80:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:80:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:14: r escapes to heap:
./lib_unicode_class.go:12:14:   flow: {storage for ... argument} = &{storage for r}:
./lib_unicode_class.go:12:14:     from r (spill) at ./lib_unicode_class.go:12:14
./lib_unicode_class.go:12:14:     from ... argument (slice-literal-element) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:14:   flow: {heap} = {storage for ... argument}:
./lib_unicode_class.go:12:14:     from ... argument (spill) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:12:14:     from fmt.Printf("%U %v %v %v %v %v %v %v %v %v %v %v %v %v\n", ... argument...) (call parameter) at ./lib_unicode_class.go:12:13
./lib_unicode_class.go:9:14: []rune{...} does not escape
./lib_unicode_class.go:12:13: ... argument does not escape
./lib_unicode_class.go:12:14: r escapes to heap
./lib_unicode_class.go:12:80: unicode.IsLetter(r) escapes to heap
./lib_unicode_class.go:12:100: unicode.IsDigit(r) escapes to heap
./lib_unicode_class.go:12:121: unicode.IsNumber(r) escapes to heap
./lib_unicode_class.go:12:141: unicode.IsSpace(r) escapes to heap
./lib_unicode_class.go:13:19: unicode.IsUpper(r) escapes to heap
./lib_unicode_class.go:13:39: unicode.IsLower(r) escapes to heap
./lib_unicode_class.go:13:59: unicode.IsTitle(r) escapes to heap
./lib_unicode_class.go:13:79: unicode.IsPunct(r) escapes to heap
./lib_unicode_class.go:13:101: unicode.IsControl(r) escapes to heap
./lib_unicode_class.go:13:121: unicode.IsPrint(r) escapes to heap
./lib_unicode_class.go:13:143: unicode.IsGraphic(r) escapes to heap
./lib_unicode_class.go:14:18: unicode.IsMark(r) escapes to heap
./lib_unicode_class.go:14:39: unicode.IsSymbol(r) escapes to heap
./lib_unicode_class.go:16:13: ... argument does not escape
./lib_unicode_class.go:16:21: unicode.MaxRune escapes to heap
./lib_unicode_class.go:16:38: unicode.ReplacementChar escapes to heap
./lib_unicode_class.go:16:63: unicode.MaxASCII escapes to heap
./lib_unicode_class.go:16:81: unicode.MaxLatin1 escapes to heap
./lib_unicode_class.go:16:99: string(unicode.ReplacementChar) escapes to heap
./lib_unicode_class.go:17:12: ... argument does not escape
./lib_unicode_class.go:17:31: unicode.MaxRune escapes to heap
./lib_unicode_class.go:17:48: unicode.ReplacementChar escapes to heap

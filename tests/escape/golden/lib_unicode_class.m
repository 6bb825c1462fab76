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

./lib_unicode_case.go:9:14: []rune{...} does not escape
./lib_unicode_case.go:11:13: ... argument does not escape
./lib_unicode_case.go:11:14: r escapes to heap
./lib_unicode_case.go:11:52: unicode.ToUpper(r) escapes to heap
./lib_unicode_case.go:11:72: unicode.ToLower(r) escapes to heap
./lib_unicode_case.go:11:92: unicode.ToTitle(r) escapes to heap
./lib_unicode_case.go:11:115: unicode.SimpleFold(r) escapes to heap
./lib_unicode_case.go:19:13: ... argument does not escape
./lib_unicode_case.go:19:14: "letters" escapes to heap
./lib_unicode_case.go:19:14: n escapes to heap
./lib_unicode_case.go:27:13: ... argument does not escape
./lib_unicode_case.go:27:14: "sum" escapes to heap
./lib_unicode_case.go:27:14: sum escapes to heap

./lib_strings_any.go:9:13: ... argument does not escape
./lib_strings_any.go:9:30: strings.IndexAny("golang", "y") escapes to heap
./lib_strings_any.go:9:63: strings.IndexAny("golang", "ngl") escapes to heap
./lib_strings_any.go:9:98: strings.IndexAny("golang", "") escapes to heap
./lib_strings_any.go:10:13: ... argument does not escape
./lib_strings_any.go:10:34: strings.LastIndexAny("go gopher", "go") escapes to heap
./lib_strings_any.go:10:75: strings.LastIndexAny("go gopher", "rodent") escapes to heap
./lib_strings_any.go:10:120: strings.LastIndexAny("go gopher", "fail") escapes to heap
./lib_strings_any.go:11:13: ... argument does not escape
./lib_strings_any.go:11:33: strings.ContainsAny("team", "i") escapes to heap
./lib_strings_any.go:11:67: strings.ContainsAny("fail", "ui") escapes to heap
./lib_strings_any.go:11:102: strings.ContainsAny("ure", "ui") escapes to heap
./lib_strings_any.go:11:136: strings.ContainsAny("", "") escapes to heap
./lib_strings_any.go:11:165: strings.ContainsAny("failure", "") escapes to heap
./lib_strings_any.go:12:13: ... argument does not escape
./lib_strings_any.go:12:30: strings.IndexAny("x\xffy", "\xfe") escapes to heap
./lib_strings_any.go:12:66: strings.IndexAny("日本語", "語本") escapes to heap
./lib_strings_any.go:12:111: strings.LastIndexAny("日本語日", "日") escapes to heap
./lib_strings_any.go:13:13: ... argument does not escape
./lib_strings_any.go:13:30: strings.IndexAny("abc\uFFFD", "\xff") escapes to heap
./lib_strings_any.go:13:73: strings.LastIndexAny("\xffabc", "\uFFFD") escapes to heap
./lib_strings_any.go:13:116: strings.LastIndexAny("a", "a") escapes to heap
./lib_strings_any.go:13:148: strings.LastIndexAny("\xff", "\uFFFD") escapes to heap
./lib_strings_any.go:14:13: ... argument does not escape
./lib_strings_any.go:14:30: strings.IndexAny("abcdefghijklmnop", "pon") escapes to heap
./lib_strings_any.go:14:79: strings.LastIndexAny("abcdefghijklmnop", "abc") escapes to heap

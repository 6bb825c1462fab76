./lib_strings_repeat_overflow.go:9:13: ... argument does not escape
./lib_strings_repeat_overflow.go:9:17: len(strings.Repeat("abcd", 3)) escapes to heap
./lib_strings_repeat_overflow.go:11:13: ... argument does not escape
./lib_strings_repeat_overflow.go:11:28: strings.Repeat("abcd", n) escapes to heap

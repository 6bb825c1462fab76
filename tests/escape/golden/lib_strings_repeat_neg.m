./lib_strings_repeat_neg.go:9:13: ... argument does not escape
./lib_strings_repeat_neg.go:9:28: strings.Repeat("ab", 2) escapes to heap
./lib_strings_repeat_neg.go:11:13: ... argument does not escape
./lib_strings_repeat_neg.go:11:28: strings.Repeat("ab", n) escapes to heap

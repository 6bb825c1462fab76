./lib_strings_repeat_overflow.go:11:28: strings.Repeat("abcd", n) escapes to heap:
./lib_strings_repeat_overflow.go:11:28:   flow: {storage for ... argument} = &{storage for strings.Repeat("abcd", n)}:
./lib_strings_repeat_overflow.go:11:28:     from strings.Repeat("abcd", n) (spill) at ./lib_strings_repeat_overflow.go:11:28
./lib_strings_repeat_overflow.go:11:28:     from ... argument (slice-literal-element) at ./lib_strings_repeat_overflow.go:11:13
./lib_strings_repeat_overflow.go:11:28:   flow: {heap} = {storage for ... argument}:
./lib_strings_repeat_overflow.go:11:28:     from ... argument (spill) at ./lib_strings_repeat_overflow.go:11:13
./lib_strings_repeat_overflow.go:11:28:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_repeat_overflow.go:11:13
./lib_strings_repeat_overflow.go:9:17: len(strings.Repeat("abcd", 3)) escapes to heap:
./lib_strings_repeat_overflow.go:9:17:   flow: {storage for ... argument} = &{storage for len(strings.Repeat("abcd", 3))}:
./lib_strings_repeat_overflow.go:9:17:     from len(strings.Repeat("abcd", 3)) (spill) at ./lib_strings_repeat_overflow.go:9:17
./lib_strings_repeat_overflow.go:9:17:     from ... argument (slice-literal-element) at ./lib_strings_repeat_overflow.go:9:13
./lib_strings_repeat_overflow.go:9:17:   flow: {heap} = {storage for ... argument}:
./lib_strings_repeat_overflow.go:9:17:     from ... argument (spill) at ./lib_strings_repeat_overflow.go:9:13
./lib_strings_repeat_overflow.go:9:17:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_repeat_overflow.go:9:13
./lib_strings_repeat_overflow.go:9:13: ... argument does not escape
./lib_strings_repeat_overflow.go:9:17: len(strings.Repeat("abcd", 3)) escapes to heap
./lib_strings_repeat_overflow.go:11:13: ... argument does not escape
./lib_strings_repeat_overflow.go:11:28: strings.Repeat("abcd", n) escapes to heap

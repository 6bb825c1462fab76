./lib_strings_repeat_neg.go:11:28: strings.Repeat("ab", n) escapes to heap:
./lib_strings_repeat_neg.go:11:28:   flow: {storage for ... argument} = &{storage for strings.Repeat("ab", n)}:
./lib_strings_repeat_neg.go:11:28:     from strings.Repeat("ab", n) (spill) at ./lib_strings_repeat_neg.go:11:28
./lib_strings_repeat_neg.go:11:28:     from ... argument (slice-literal-element) at ./lib_strings_repeat_neg.go:11:13
./lib_strings_repeat_neg.go:11:28:   flow: {heap} = {storage for ... argument}:
./lib_strings_repeat_neg.go:11:28:     from ... argument (spill) at ./lib_strings_repeat_neg.go:11:13
./lib_strings_repeat_neg.go:11:28:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_repeat_neg.go:11:13
./lib_strings_repeat_neg.go:9:28: strings.Repeat("ab", 2) escapes to heap:
./lib_strings_repeat_neg.go:9:28:   flow: {storage for ... argument} = &{storage for strings.Repeat("ab", 2)}:
./lib_strings_repeat_neg.go:9:28:     from strings.Repeat("ab", 2) (spill) at ./lib_strings_repeat_neg.go:9:28
./lib_strings_repeat_neg.go:9:28:     from ... argument (slice-literal-element) at ./lib_strings_repeat_neg.go:9:13
./lib_strings_repeat_neg.go:9:28:   flow: {heap} = {storage for ... argument}:
./lib_strings_repeat_neg.go:9:28:     from ... argument (spill) at ./lib_strings_repeat_neg.go:9:13
./lib_strings_repeat_neg.go:9:28:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_repeat_neg.go:9:13
./lib_strings_repeat_neg.go:9:13: ... argument does not escape
./lib_strings_repeat_neg.go:9:28: strings.Repeat("ab", 2) escapes to heap
./lib_strings_repeat_neg.go:11:13: ... argument does not escape
./lib_strings_repeat_neg.go:11:28: strings.Repeat("ab", n) escapes to heap

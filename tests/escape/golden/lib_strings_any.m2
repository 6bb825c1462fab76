./lib_strings_any.go:14:79: strings.LastIndexAny("abcdefghijklmnop", "abc") escapes to heap:
./lib_strings_any.go:14:79:   flow: {storage for ... argument} = &{storage for strings.LastIndexAny("abcdefghijklmnop", "abc")}:
./lib_strings_any.go:14:79:     from strings.LastIndexAny("abcdefghijklmnop", "abc") (spill) at ./lib_strings_any.go:14:79
./lib_strings_any.go:14:79:     from ... argument (slice-literal-element) at ./lib_strings_any.go:14:13
./lib_strings_any.go:14:79:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:14:79:     from ... argument (spill) at ./lib_strings_any.go:14:13
./lib_strings_any.go:14:79:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:14:13
./lib_strings_any.go:14:30: strings.IndexAny("abcdefghijklmnop", "pon") escapes to heap:
./lib_strings_any.go:14:30:   flow: {storage for ... argument} = &{storage for strings.IndexAny("abcdefghijklmnop", "pon")}:
./lib_strings_any.go:14:30:     from strings.IndexAny("abcdefghijklmnop", "pon") (spill) at ./lib_strings_any.go:14:30
./lib_strings_any.go:14:30:     from ... argument (slice-literal-element) at ./lib_strings_any.go:14:13
./lib_strings_any.go:14:30:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:14:30:     from ... argument (spill) at ./lib_strings_any.go:14:13
./lib_strings_any.go:14:30:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:14:13
./lib_strings_any.go:13:148: strings.LastIndexAny("\xff", "\uFFFD") escapes to heap:
./lib_strings_any.go:13:148:   flow: {storage for ... argument} = &{storage for strings.LastIndexAny("\xff", "\uFFFD")}:
./lib_strings_any.go:13:148:     from strings.LastIndexAny("\xff", "\uFFFD") (spill) at ./lib_strings_any.go:13:148
./lib_strings_any.go:13:148:     from ... argument (slice-literal-element) at ./lib_strings_any.go:13:13
./lib_strings_any.go:13:148:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:13:148:     from ... argument (spill) at ./lib_strings_any.go:13:13
./lib_strings_any.go:13:148:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:13:13
./lib_strings_any.go:13:116: strings.LastIndexAny("a", "a") escapes to heap:
./lib_strings_any.go:13:116:   flow: {storage for ... argument} = &{storage for strings.LastIndexAny("a", "a")}:
./lib_strings_any.go:13:116:     from strings.LastIndexAny("a", "a") (spill) at ./lib_strings_any.go:13:116
./lib_strings_any.go:13:116:     from ... argument (slice-literal-element) at ./lib_strings_any.go:13:13
./lib_strings_any.go:13:116:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:13:116:     from ... argument (spill) at ./lib_strings_any.go:13:13
./lib_strings_any.go:13:116:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:13:13
./lib_strings_any.go:13:73: strings.LastIndexAny("\xffabc", "\uFFFD") escapes to heap:
./lib_strings_any.go:13:73:   flow: {storage for ... argument} = &{storage for strings.LastIndexAny("\xffabc", "\uFFFD")}:
./lib_strings_any.go:13:73:     from strings.LastIndexAny("\xffabc", "\uFFFD") (spill) at ./lib_strings_any.go:13:73
./lib_strings_any.go:13:73:     from ... argument (slice-literal-element) at ./lib_strings_any.go:13:13
./lib_strings_any.go:13:73:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:13:73:     from ... argument (spill) at ./lib_strings_any.go:13:13
./lib_strings_any.go:13:73:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:13:13
./lib_strings_any.go:13:30: strings.IndexAny("abc\uFFFD", "\xff") escapes to heap:
./lib_strings_any.go:13:30:   flow: {storage for ... argument} = &{storage for strings.IndexAny("abc\uFFFD", "\xff")}:
./lib_strings_any.go:13:30:     from strings.IndexAny("abc\uFFFD", "\xff") (spill) at ./lib_strings_any.go:13:30
./lib_strings_any.go:13:30:     from ... argument (slice-literal-element) at ./lib_strings_any.go:13:13
./lib_strings_any.go:13:30:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:13:30:     from ... argument (spill) at ./lib_strings_any.go:13:13
./lib_strings_any.go:13:30:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:13:13
./lib_strings_any.go:12:111: strings.LastIndexAny("日本語日", "日") escapes to heap:
./lib_strings_any.go:12:111:   flow: {storage for ... argument} = &{storage for strings.LastIndexAny("日本語日", "日")}:
./lib_strings_any.go:12:111:     from strings.LastIndexAny("日本語日", "日") (spill) at ./lib_strings_any.go:12:111
./lib_strings_any.go:12:111:     from ... argument (slice-literal-element) at ./lib_strings_any.go:12:13
./lib_strings_any.go:12:111:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:12:111:     from ... argument (spill) at ./lib_strings_any.go:12:13
./lib_strings_any.go:12:111:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:12:13
./lib_strings_any.go:12:66: strings.IndexAny("日本語", "語本") escapes to heap:
./lib_strings_any.go:12:66:   flow: {storage for ... argument} = &{storage for strings.IndexAny("日本語", "語本")}:
./lib_strings_any.go:12:66:     from strings.IndexAny("日本語", "語本") (spill) at ./lib_strings_any.go:12:66
./lib_strings_any.go:12:66:     from ... argument (slice-literal-element) at ./lib_strings_any.go:12:13
./lib_strings_any.go:12:66:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:12:66:     from ... argument (spill) at ./lib_strings_any.go:12:13
./lib_strings_any.go:12:66:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:12:13
./lib_strings_any.go:12:30: strings.IndexAny("x\xffy", "\xfe") escapes to heap:
./lib_strings_any.go:12:30:   flow: {storage for ... argument} = &{storage for strings.IndexAny("x\xffy", "\xfe")}:
./lib_strings_any.go:12:30:     from strings.IndexAny("x\xffy", "\xfe") (spill) at ./lib_strings_any.go:12:30
./lib_strings_any.go:12:30:     from ... argument (slice-literal-element) at ./lib_strings_any.go:12:13
./lib_strings_any.go:12:30:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:12:30:     from ... argument (spill) at ./lib_strings_any.go:12:13
./lib_strings_any.go:12:30:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:12:13
./lib_strings_any.go:11:165: strings.ContainsAny("failure", "") escapes to heap:
./lib_strings_any.go:11:165:   flow: {storage for ... argument} = &{storage for strings.ContainsAny("failure", "")}:
./lib_strings_any.go:11:165:     from strings.ContainsAny("failure", "") (spill) at ./lib_strings_any.go:11:165
./lib_strings_any.go:11:165:     from ... argument (slice-literal-element) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:165:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:11:165:     from ... argument (spill) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:165:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:136: strings.ContainsAny("", "") escapes to heap:
./lib_strings_any.go:11:136:   flow: {storage for ... argument} = &{storage for strings.ContainsAny("", "")}:
./lib_strings_any.go:11:136:     from strings.ContainsAny("", "") (spill) at ./lib_strings_any.go:11:136
./lib_strings_any.go:11:136:     from ... argument (slice-literal-element) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:136:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:11:136:     from ... argument (spill) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:136:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:102: strings.ContainsAny("ure", "ui") escapes to heap:
./lib_strings_any.go:11:102:   flow: {storage for ... argument} = &{storage for strings.ContainsAny("ure", "ui")}:
./lib_strings_any.go:11:102:     from strings.ContainsAny("ure", "ui") (spill) at ./lib_strings_any.go:11:102
./lib_strings_any.go:11:102:     from ... argument (slice-literal-element) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:102:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:11:102:     from ... argument (spill) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:102:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:67: strings.ContainsAny("fail", "ui") escapes to heap:
./lib_strings_any.go:11:67:   flow: {storage for ... argument} = &{storage for strings.ContainsAny("fail", "ui")}:
./lib_strings_any.go:11:67:     from strings.ContainsAny("fail", "ui") (spill) at ./lib_strings_any.go:11:67
./lib_strings_any.go:11:67:     from ... argument (slice-literal-element) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:67:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:11:67:     from ... argument (spill) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:67:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:33: strings.ContainsAny("team", "i") escapes to heap:
./lib_strings_any.go:11:33:   flow: {storage for ... argument} = &{storage for strings.ContainsAny("team", "i")}:
./lib_strings_any.go:11:33:     from strings.ContainsAny("team", "i") (spill) at ./lib_strings_any.go:11:33
./lib_strings_any.go:11:33:     from ... argument (slice-literal-element) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:33:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:11:33:     from ... argument (spill) at ./lib_strings_any.go:11:13
./lib_strings_any.go:11:33:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:11:13
./lib_strings_any.go:10:120: strings.LastIndexAny("go gopher", "fail") escapes to heap:
./lib_strings_any.go:10:120:   flow: {storage for ... argument} = &{storage for strings.LastIndexAny("go gopher", "fail")}:
./lib_strings_any.go:10:120:     from strings.LastIndexAny("go gopher", "fail") (spill) at ./lib_strings_any.go:10:120
./lib_strings_any.go:10:120:     from ... argument (slice-literal-element) at ./lib_strings_any.go:10:13
./lib_strings_any.go:10:120:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:10:120:     from ... argument (spill) at ./lib_strings_any.go:10:13
./lib_strings_any.go:10:120:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:10:13
./lib_strings_any.go:10:75: strings.LastIndexAny("go gopher", "rodent") escapes to heap:
./lib_strings_any.go:10:75:   flow: {storage for ... argument} = &{storage for strings.LastIndexAny("go gopher", "rodent")}:
./lib_strings_any.go:10:75:     from strings.LastIndexAny("go gopher", "rodent") (spill) at ./lib_strings_any.go:10:75
./lib_strings_any.go:10:75:     from ... argument (slice-literal-element) at ./lib_strings_any.go:10:13
./lib_strings_any.go:10:75:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:10:75:     from ... argument (spill) at ./lib_strings_any.go:10:13
./lib_strings_any.go:10:75:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:10:13
./lib_strings_any.go:10:34: strings.LastIndexAny("go gopher", "go") escapes to heap:
./lib_strings_any.go:10:34:   flow: {storage for ... argument} = &{storage for strings.LastIndexAny("go gopher", "go")}:
./lib_strings_any.go:10:34:     from strings.LastIndexAny("go gopher", "go") (spill) at ./lib_strings_any.go:10:34
./lib_strings_any.go:10:34:     from ... argument (slice-literal-element) at ./lib_strings_any.go:10:13
./lib_strings_any.go:10:34:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:10:34:     from ... argument (spill) at ./lib_strings_any.go:10:13
./lib_strings_any.go:10:34:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:10:13
./lib_strings_any.go:9:98: strings.IndexAny("golang", "") escapes to heap:
./lib_strings_any.go:9:98:   flow: {storage for ... argument} = &{storage for strings.IndexAny("golang", "")}:
./lib_strings_any.go:9:98:     from strings.IndexAny("golang", "") (spill) at ./lib_strings_any.go:9:98
./lib_strings_any.go:9:98:     from ... argument (slice-literal-element) at ./lib_strings_any.go:9:13
./lib_strings_any.go:9:98:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:9:98:     from ... argument (spill) at ./lib_strings_any.go:9:13
./lib_strings_any.go:9:98:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:9:13
./lib_strings_any.go:9:63: strings.IndexAny("golang", "ngl") escapes to heap:
./lib_strings_any.go:9:63:   flow: {storage for ... argument} = &{storage for strings.IndexAny("golang", "ngl")}:
./lib_strings_any.go:9:63:     from strings.IndexAny("golang", "ngl") (spill) at ./lib_strings_any.go:9:63
./lib_strings_any.go:9:63:     from ... argument (slice-literal-element) at ./lib_strings_any.go:9:13
./lib_strings_any.go:9:63:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:9:63:     from ... argument (spill) at ./lib_strings_any.go:9:13
./lib_strings_any.go:9:63:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:9:13
./lib_strings_any.go:9:30: strings.IndexAny("golang", "y") escapes to heap:
./lib_strings_any.go:9:30:   flow: {storage for ... argument} = &{storage for strings.IndexAny("golang", "y")}:
./lib_strings_any.go:9:30:     from strings.IndexAny("golang", "y") (spill) at ./lib_strings_any.go:9:30
./lib_strings_any.go:9:30:     from ... argument (slice-literal-element) at ./lib_strings_any.go:9:13
./lib_strings_any.go:9:30:   flow: {heap} = {storage for ... argument}:
./lib_strings_any.go:9:30:     from ... argument (spill) at ./lib_strings_any.go:9:13
./lib_strings_any.go:9:30:     from fmt.Println(... argument...) (call parameter) at ./lib_strings_any.go:9:13
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

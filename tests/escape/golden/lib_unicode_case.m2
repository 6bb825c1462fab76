./lib_unicode_case.go:27:14: sum escapes to heap:
./lib_unicode_case.go:27:14:   flow: {storage for ... argument} = &{storage for sum}:
./lib_unicode_case.go:27:14:     from sum (spill) at ./lib_unicode_case.go:27:14
./lib_unicode_case.go:27:14:     from ... argument (slice-literal-element) at ./lib_unicode_case.go:27:13
./lib_unicode_case.go:27:14:   flow: {heap} = {storage for ... argument}:
./lib_unicode_case.go:27:14:     from ... argument (spill) at ./lib_unicode_case.go:27:13
./lib_unicode_case.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./lib_unicode_case.go:27:13
./lib_unicode_case.go:27:14: "sum" escapes to heap:
./lib_unicode_case.go:27:14:   flow: {storage for ... argument} = &{storage for "sum"}:
./lib_unicode_case.go:27:14:     from "sum" (spill) at ./lib_unicode_case.go:27:14
./lib_unicode_case.go:27:14:     from ... argument (slice-literal-element) at ./lib_unicode_case.go:27:13
./lib_unicode_case.go:27:14:   flow: {heap} = {storage for ... argument}:
./lib_unicode_case.go:27:14:     from ... argument (spill) at ./lib_unicode_case.go:27:13
./lib_unicode_case.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./lib_unicode_case.go:27:13
./lib_unicode_case.go:19:14: n escapes to heap:
./lib_unicode_case.go:19:14:   flow: {storage for ... argument} = &{storage for n}:
./lib_unicode_case.go:19:14:     from n (spill) at ./lib_unicode_case.go:19:14
./lib_unicode_case.go:19:14:     from ... argument (slice-literal-element) at ./lib_unicode_case.go:19:13
./lib_unicode_case.go:19:14:   flow: {heap} = {storage for ... argument}:
./lib_unicode_case.go:19:14:     from ... argument (spill) at ./lib_unicode_case.go:19:13
./lib_unicode_case.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./lib_unicode_case.go:19:13
./lib_unicode_case.go:19:14: "letters" escapes to heap:
./lib_unicode_case.go:19:14:   flow: {storage for ... argument} = &{storage for "letters"}:
./lib_unicode_case.go:19:14:     from "letters" (spill) at ./lib_unicode_case.go:19:14
./lib_unicode_case.go:19:14:     from ... argument (slice-literal-element) at ./lib_unicode_case.go:19:13
./lib_unicode_case.go:19:14:   flow: {heap} = {storage for ... argument}:
./lib_unicode_case.go:19:14:     from ... argument (spill) at ./lib_unicode_case.go:19:13
./lib_unicode_case.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./lib_unicode_case.go:19:13
./lib_unicode_case.go:11:115: unicode.SimpleFold(r) escapes to heap:
./lib_unicode_case.go:11:115:   flow: {storage for ... argument} = &{storage for unicode.SimpleFold(r)}:
./lib_unicode_case.go:11:115:     from unicode.SimpleFold(r) (spill) at ./lib_unicode_case.go:11:115
./lib_unicode_case.go:11:115:     from ... argument (slice-literal-element) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:115:   flow: {heap} = {storage for ... argument}:
./lib_unicode_case.go:11:115:     from ... argument (spill) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:115:     from fmt.Printf("%U %U %U %U %U\n", ... argument...) (call parameter) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:92: unicode.ToTitle(r) escapes to heap:
./lib_unicode_case.go:11:92:   flow: {storage for ... argument} = &{storage for unicode.ToTitle(r)}:
./lib_unicode_case.go:11:92:     from unicode.ToTitle(r) (spill) at ./lib_unicode_case.go:11:92
./lib_unicode_case.go:11:92:     from ... argument (slice-literal-element) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:92:   flow: {heap} = {storage for ... argument}:
./lib_unicode_case.go:11:92:     from ... argument (spill) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:92:     from fmt.Printf("%U %U %U %U %U\n", ... argument...) (call parameter) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:72: unicode.ToLower(r) escapes to heap:
./lib_unicode_case.go:11:72:   flow: {storage for ... argument} = &{storage for unicode.ToLower(r)}:
./lib_unicode_case.go:11:72:     from unicode.ToLower(r) (spill) at ./lib_unicode_case.go:11:72
./lib_unicode_case.go:11:72:     from ... argument (slice-literal-element) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:72:   flow: {heap} = {storage for ... argument}:
./lib_unicode_case.go:11:72:     from ... argument (spill) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:72:     from fmt.Printf("%U %U %U %U %U\n", ... argument...) (call parameter) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:52: unicode.ToUpper(r) escapes to heap:
./lib_unicode_case.go:11:52:   flow: {storage for ... argument} = &{storage for unicode.ToUpper(r)}:
./lib_unicode_case.go:11:52:     from unicode.ToUpper(r) (spill) at ./lib_unicode_case.go:11:52
./lib_unicode_case.go:11:52:     from ... argument (slice-literal-element) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:52:   flow: {heap} = {storage for ... argument}:
./lib_unicode_case.go:11:52:     from ... argument (spill) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:52:     from fmt.Printf("%U %U %U %U %U\n", ... argument...) (call parameter) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:14: r escapes to heap:
./lib_unicode_case.go:11:14:   flow: {storage for ... argument} = &{storage for r}:
./lib_unicode_case.go:11:14:     from r (spill) at ./lib_unicode_case.go:11:14
./lib_unicode_case.go:11:14:     from ... argument (slice-literal-element) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:14:   flow: {heap} = {storage for ... argument}:
./lib_unicode_case.go:11:14:     from ... argument (spill) at ./lib_unicode_case.go:11:13
./lib_unicode_case.go:11:14:     from fmt.Printf("%U %U %U %U %U\n", ... argument...) (call parameter) at ./lib_unicode_case.go:11:13
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

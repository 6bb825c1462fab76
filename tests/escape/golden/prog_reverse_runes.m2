./prog_reverse_runes.go:10:19: string(r) + out escapes to heap:
./prog_reverse_runes.go:10:19:   flow: out = &{storage for string(r) + out}:
./prog_reverse_runes.go:10:19:     from string(r) + out (spill) at ./prog_reverse_runes.go:10:19
./prog_reverse_runes.go:10:19:     from out = string(r) + out (assign) at ./prog_reverse_runes.go:10:7
./prog_reverse_runes.go:7:14: s does not escape
./prog_reverse_runes.go:10:19: string(r) + out escapes to heap
./prog_reverse_runes.go:10:15: string(r) does not escape
./prog_reverse_runes.go:15:19: parameter s leaks to ~r0 with derefs=0:
./prog_reverse_runes.go:15:19:   flow: out = s:
./prog_reverse_runes.go:15:19:     from s[i:i + 1] (slice) at ./prog_reverse_runes.go:18:11
./prog_reverse_runes.go:15:19:     from out += s[i:i + 1] (assign) at ./prog_reverse_runes.go:18:7
./prog_reverse_runes.go:15:19:   flow: ~r0 = out:
./prog_reverse_runes.go:15:19:     from return out (return) at ./prog_reverse_runes.go:20:2
./prog_reverse_runes.go:15:19: leaking param: s to result ~r0 level=0
./prog_reverse_runes.go:23:16: s does not escape
./prog_reverse_runes.go:38:19: string(r) escapes to heap:
./prog_reverse_runes.go:38:19:   flow: clean = &{storage for string(r)}:
./prog_reverse_runes.go:38:19:     from string(r) (spill) at ./prog_reverse_runes.go:38:19
./prog_reverse_runes.go:38:19:     from clean += string(r) (assign) at ./prog_reverse_runes.go:38:10
./prog_reverse_runes.go:31:19: s does not escape
./prog_reverse_runes.go:38:19: string(r) escapes to heap
./prog_reverse_runes.go:51:48: reverse("ab") escapes to heap:
./prog_reverse_runes.go:51:48:   flow: {storage for ... argument} = &{storage for reverse("ab")}:
./prog_reverse_runes.go:51:48:     from reverse("ab") (spill) at ./prog_reverse_runes.go:51:48
./prog_reverse_runes.go:51:48:     from ... argument (slice-literal-element) at ./prog_reverse_runes.go:51:13
./prog_reverse_runes.go:51:48:   flow: {heap} = {storage for ... argument}:
./prog_reverse_runes.go:51:48:     from ... argument (spill) at ./prog_reverse_runes.go:51:13
./prog_reverse_runes.go:51:48:     from fmt.Println(... argument...) (call parameter) at ./prog_reverse_runes.go:51:13
./prog_reverse_runes.go:51:34: reverse("x") escapes to heap:
./prog_reverse_runes.go:51:34:   flow: {storage for ... argument} = &{storage for reverse("x")}:
./prog_reverse_runes.go:51:34:     from reverse("x") (spill) at ./prog_reverse_runes.go:51:34
./prog_reverse_runes.go:51:34:     from ... argument (slice-literal-element) at ./prog_reverse_runes.go:51:13
./prog_reverse_runes.go:51:34:   flow: {heap} = {storage for ... argument}:
./prog_reverse_runes.go:51:34:     from ... argument (spill) at ./prog_reverse_runes.go:51:13
./prog_reverse_runes.go:51:34:     from fmt.Println(... argument...) (call parameter) at ./prog_reverse_runes.go:51:13
./prog_reverse_runes.go:51:21: reverse("") escapes to heap:
./prog_reverse_runes.go:51:21:   flow: {storage for ... argument} = &{storage for reverse("")}:
./prog_reverse_runes.go:51:21:     from reverse("") (spill) at ./prog_reverse_runes.go:51:21
./prog_reverse_runes.go:51:21:     from ... argument (slice-literal-element) at ./prog_reverse_runes.go:51:13
./prog_reverse_runes.go:51:21:   flow: {heap} = {storage for ... argument}:
./prog_reverse_runes.go:51:21:     from ... argument (spill) at ./prog_reverse_runes.go:51:13
./prog_reverse_runes.go:51:21:     from fmt.Println(... argument...) (call parameter) at ./prog_reverse_runes.go:51:13
./prog_reverse_runes.go:50:74: isPalindrome("Go gopher") escapes to heap:
./prog_reverse_runes.go:50:74:   flow: {storage for ... argument} = &{storage for isPalindrome("Go gopher")}:
./prog_reverse_runes.go:50:74:     from isPalindrome("Go gopher") (spill) at ./prog_reverse_runes.go:50:74
./prog_reverse_runes.go:50:74:     from ... argument (slice-literal-element) at ./prog_reverse_runes.go:50:13
./prog_reverse_runes.go:50:74:   flow: {heap} = {storage for ... argument}:
./prog_reverse_runes.go:50:74:     from ... argument (spill) at ./prog_reverse_runes.go:50:13
./prog_reverse_runes.go:50:74:     from fmt.Println(... argument...) (call parameter) at ./prog_reverse_runes.go:50:13
./prog_reverse_runes.go:50:26: isPalindrome("A man, a plan, a canal: Panama") escapes to heap:
./prog_reverse_runes.go:50:26:   flow: {storage for ... argument} = &{storage for isPalindrome("A man, a plan, a canal: Panama")}:
./prog_reverse_runes.go:50:26:     from isPalindrome("A man, a plan, a canal: Panama") (spill) at ./prog_reverse_runes.go:50:26
./prog_reverse_runes.go:50:26:     from ... argument (slice-literal-element) at ./prog_reverse_runes.go:50:13
./prog_reverse_runes.go:50:26:   flow: {heap} = {storage for ... argument}:
./prog_reverse_runes.go:50:26:     from ... argument (spill) at ./prog_reverse_runes.go:50:13
./prog_reverse_runes.go:50:26:     from fmt.Println(... argument...) (call parameter) at ./prog_reverse_runes.go:50:13
./prog_reverse_runes.go:49:35: runeCount(words) escapes to heap:
./prog_reverse_runes.go:49:35:   flow: {storage for ... argument} = &{storage for runeCount(words)}:
./prog_reverse_runes.go:49:35:     from runeCount(words) (spill) at ./prog_reverse_runes.go:49:35
./prog_reverse_runes.go:49:35:     from ... argument (slice-literal-element) at ./prog_reverse_runes.go:49:13
./prog_reverse_runes.go:49:35:   flow: {heap} = {storage for ... argument}:
./prog_reverse_runes.go:49:35:     from ... argument (spill) at ./prog_reverse_runes.go:49:13
./prog_reverse_runes.go:49:35:     from fmt.Println(... argument...) (call parameter) at ./prog_reverse_runes.go:49:13
./prog_reverse_runes.go:49:17: len(words) escapes to heap:
./prog_reverse_runes.go:49:17:   flow: {storage for ... argument} = &{storage for len(words)}:
./prog_reverse_runes.go:49:17:     from len(words) (spill) at ./prog_reverse_runes.go:49:17
./prog_reverse_runes.go:49:17:     from ... argument (slice-literal-element) at ./prog_reverse_runes.go:49:13
./prog_reverse_runes.go:49:17:   flow: {heap} = {storage for ... argument}:
./prog_reverse_runes.go:49:17:     from ... argument (spill) at ./prog_reverse_runes.go:49:13
./prog_reverse_runes.go:49:17:     from fmt.Println(... argument...) (call parameter) at ./prog_reverse_runes.go:49:13
./prog_reverse_runes.go:48:33: reverseBytes("añb") escapes to heap:
./prog_reverse_runes.go:48:33:   flow: {storage for ... argument} = &{storage for reverseBytes("añb")}:
./prog_reverse_runes.go:48:33:     from reverseBytes("añb") (spill) at ./prog_reverse_runes.go:48:33
./prog_reverse_runes.go:48:33:     from ... argument (slice-literal-element) at ./prog_reverse_runes.go:48:12
./prog_reverse_runes.go:48:33:   flow: {heap} = {storage for ... argument}:
./prog_reverse_runes.go:48:33:     from ... argument (spill) at ./prog_reverse_runes.go:48:12
./prog_reverse_runes.go:48:33:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./prog_reverse_runes.go:48:12
./prog_reverse_runes.go:47:38: reverse(reverse(words)) == words escapes to heap:
./prog_reverse_runes.go:47:38:   flow: {storage for ... argument} = &{storage for reverse(reverse(words)) == words}:
./prog_reverse_runes.go:47:38:     from reverse(reverse(words)) == words (spill) at ./prog_reverse_runes.go:47:38
./prog_reverse_runes.go:47:38:     from ... argument (slice-literal-element) at ./prog_reverse_runes.go:47:13
./prog_reverse_runes.go:47:38:   flow: {heap} = {storage for ... argument}:
./prog_reverse_runes.go:47:38:     from ... argument (spill) at ./prog_reverse_runes.go:47:13
./prog_reverse_runes.go:47:38:     from fmt.Println(... argument...) (call parameter) at ./prog_reverse_runes.go:47:13
./prog_reverse_runes.go:46:21: reverse(words) escapes to heap:
./prog_reverse_runes.go:46:21:   flow: {storage for ... argument} = &{storage for reverse(words)}:
./prog_reverse_runes.go:46:21:     from reverse(words) (spill) at ./prog_reverse_runes.go:46:21
./prog_reverse_runes.go:46:21:     from ... argument (slice-literal-element) at ./prog_reverse_runes.go:46:13
./prog_reverse_runes.go:46:21:   flow: {heap} = {storage for ... argument}:
./prog_reverse_runes.go:46:21:     from ... argument (spill) at ./prog_reverse_runes.go:46:13
./prog_reverse_runes.go:46:21:     from fmt.Println(... argument...) (call parameter) at ./prog_reverse_runes.go:46:13
./prog_reverse_runes.go:46:13: ... argument does not escape
./prog_reverse_runes.go:46:21: reverse(words) escapes to heap
./prog_reverse_runes.go:47:13: ... argument does not escape
./prog_reverse_runes.go:47:38: reverse(reverse(words)) == words escapes to heap
./prog_reverse_runes.go:48:12: ... argument does not escape
./prog_reverse_runes.go:48:33: reverseBytes("añb") escapes to heap
./prog_reverse_runes.go:49:13: ... argument does not escape
./prog_reverse_runes.go:49:17: len(words) escapes to heap
./prog_reverse_runes.go:49:35: runeCount(words) escapes to heap
./prog_reverse_runes.go:50:13: ... argument does not escape
./prog_reverse_runes.go:50:26: isPalindrome("A man, a plan, a canal: Panama") escapes to heap
./prog_reverse_runes.go:50:74: isPalindrome("Go gopher") escapes to heap
./prog_reverse_runes.go:51:13: ... argument does not escape
./prog_reverse_runes.go:51:21: reverse("") escapes to heap
./prog_reverse_runes.go:51:34: reverse("x") escapes to heap
./prog_reverse_runes.go:51:48: reverse("ab") escapes to heap

./prog_reverse_runes.go:7:14: s does not escape
./prog_reverse_runes.go:10:19: string(r) + out escapes to heap
./prog_reverse_runes.go:10:15: string(r) does not escape
./prog_reverse_runes.go:15:19: leaking param: s to result ~r0 level=0
./prog_reverse_runes.go:23:16: s does not escape
./prog_reverse_runes.go:31:19: s does not escape
./prog_reverse_runes.go:38:19: string(r) escapes to heap
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

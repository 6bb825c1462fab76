./lib_utf8.go:9:26: []rune{...} does not escape
./lib_utf8.go:10:14: ... argument does not escape
./lib_utf8.go:10:14: r escapes to heap
./lib_utf8.go:10:30: utf8.RuneLen(r) escapes to heap
./lib_utf8.go:10:49: utf8.ValidRune(r) escapes to heap
./lib_utf8.go:12:28: []string{...} does not escape
./lib_utf8.go:15:35: ([]byte)(s) does not escape
./lib_utf8.go:16:41: ([]byte)(s) does not escape
./lib_utf8.go:17:13: ... argument does not escape
./lib_utf8.go:17:14: s escapes to heap
./lib_utf8.go:17:14: r escapes to heap
./lib_utf8.go:17:14: n escapes to heap
./lib_utf8.go:17:14: lr escapes to heap
./lib_utf8.go:17:14: ln escapes to heap
./lib_utf8.go:17:14: br escapes to heap
./lib_utf8.go:17:14: bn escapes to heap
./lib_utf8.go:17:14: blr escapes to heap
./lib_utf8.go:17:14: bln escapes to heap
./lib_utf8.go:17:115: utf8.RuneCountInString(s) escapes to heap
./lib_utf8.go:17:134: utf8.RuneCount(([]byte)(s)) escapes to heap
./lib_utf8.go:17:141: ([]byte)(s) does not escape
./lib_utf8.go:17:163: utf8.ValidString(s) escapes to heap
./lib_utf8.go:17:178: utf8.Valid(([]byte)(s)) escapes to heap
./lib_utf8.go:17:185: ([]byte)(s) does not escape
./lib_utf8.go:19:13: make([]byte, 4) escapes to heap
./lib_utf8.go:20:26: []rune{...} does not escape
./lib_utf8.go:22:14: ... argument does not escape
./lib_utf8.go:22:14: n escapes to heap
./lib_utf8.go:22:21: buf[:n] escapes to heap
./lib_utf8.go:29:12: ... argument does not escape
./lib_utf8.go:29:13: b escapes to heap
./lib_utf8.go:29:30: len(b) escapes to heap
./lib_utf8.go:30:13: ... argument does not escape
./lib_utf8.go:30:18: utf8.RuneError escapes to heap
./lib_utf8.go:30:34: utf8.RuneSelf escapes to heap
./lib_utf8.go:30:49: utf8.MaxRune escapes to heap
./lib_utf8.go:30:63: utf8.UTFMax escapes to heap
./lib_utf8.go:31:12: ... argument does not escape
./lib_utf8.go:31:34: utf8.RuneError escapes to heap
./lib_utf8.go:31:50: utf8.RuneSelf escapes to heap
./lib_utf8.go:31:65: utf8.MaxRune escapes to heap
./lib_utf8.go:31:79: utf8.UTFMax escapes to heap

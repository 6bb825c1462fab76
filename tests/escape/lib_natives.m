./lib_natives.go:17:15: b does not escape
./lib_natives.go:17:62: string(b) does not escape
./lib_natives.go:19:16: b does not escape
./lib_natives.go:19:67: string(b) does not escape
./lib_natives.go:21:15: b does not escape
./lib_natives.go:21:58: string(b) escapes to heap
./lib_natives.go:23:14: b does not escape
./lib_natives.go:24:40: string(b) does not escape
./lib_natives.go:25:16: before + after escapes to heap
./lib_natives.go:28:12: b does not escape
./lib_natives.go:28:52: string(b) escapes to heap
./lib_natives.go:30:17: b does not escape
./lib_natives.go:30:65: string(b) escapes to heap
./lib_natives.go:32:11: leaking param: a
./lib_natives.go:32:14: leaking param: b
./lib_natives.go:32:54: []string{...} does not escape
./lib_natives.go:34:12: b does not escape
./lib_natives.go:34:53: string(b) escapes to heap
./lib_natives.go:36:11: b does not escape
./lib_natives.go:37:31: string(b) escapes to heap
./lib_natives.go:42:13: b does not escape
./lib_natives.go:42:50: string(b) escapes to heap
./lib_natives.go:44:57: make([]byte, 0, 8) escapes to heap
./lib_natives.go:46:16: s does not escape
./lib_natives.go:46:58: ([]byte)(s) escapes to heap
./lib_natives.go:48:17: s does not escape
./lib_natives.go:48:20: t does not escape
./lib_natives.go:48:62: ([]byte)(s) does not escape
./lib_natives.go:48:73: ([]byte)(t) does not escape
./lib_natives.go:50:16: b does not escape
./lib_natives.go:50:68: string(b) does not escape
./lib_natives.go:52:55: make([]byte, 0, 4) escapes to heap
./lib_natives.go:54:12: b does not escape
./lib_natives.go:54:51: string(b) does not escape
./lib_natives.go:57:13: ([]byte)(" a,b = c ") does not escape
./lib_natives.go:58:13: ... argument does not escape
./lib_natives.go:58:22: contains(b) escapes to heap
./lib_natives.go:58:36: trimLocal(b) escapes to heap
./lib_natives.go:58:51: splitLocal(b) escapes to heap
./lib_natives.go:58:60: atoi(b) escapes to heap
./lib_natives.go:58:74: runeCount(b) escapes to heap
./lib_natives.go:58:89: bytesEqual("a", "b") escapes to heap

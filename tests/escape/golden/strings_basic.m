./strings_basic.go:9:13: ... argument does not escape
./strings_basic.go:9:17: len(s) escapes to heap
./strings_basic.go:9:23: s[0] escapes to heap
./strings_basic.go:9:29: s[7] escapes to heap
./strings_basic.go:9:35: s[len(s) - 1] escapes to heap
./strings_basic.go:10:13: ... argument does not escape
./strings_basic.go:10:15: s[0:5] escapes to heap
./strings_basic.go:10:23: s[7:10] escapes to heap
./strings_basic.go:10:32: s[:5] escapes to heap
./strings_basic.go:10:39: s[7:] escapes to heap
./strings_basic.go:10:46: s[:] escapes to heap
./strings_basic.go:10:58: s[5:5] == "" escapes to heap
./strings_basic.go:11:12: ... argument does not escape
./strings_basic.go:11:31: s[0] escapes to heap
./strings_basic.go:11:37: s[1:2] escapes to heap
./strings_basic.go:11:45: s[1] escapes to heap
./strings_basic.go:11:51: s[1] escapes to heap
./strings_basic.go:12:13: ... argument does not escape
./strings_basic.go:12:27: string(s[7]) == "\xe4" escapes to heap
./strings_basic.go:12:20: string(s[7]) does not escape
./strings_basic.go:12:45: s[7:8] == "\xe4" escapes to heap
./strings_basic.go:16:13: ... argument does not escape
./strings_basic.go:16:13: s escapes to heap
./strings_basic.go:17:13: ... argument does not escape
./strings_basic.go:17:13: t escapes to heap
./strings_basic.go:20:13: ... argument does not escape
./strings_basic.go:20:17: len(e) escapes to heap
./strings_basic.go:20:24: e == "" escapes to heap
./strings_basic.go:20:35: (e + e) == e escapes to heap
./strings_basic.go:20:32: e + e does not escape
./strings_basic.go:24:13: ... argument does not escape
./strings_basic.go:24:13: b escapes to heap
./strings_basic.go:24:23: string(rune(b)) escapes to heap
./strings_basic.go:24:23: string(rune(b)) escapes to heap
./strings_basic.go:30:13: ... argument does not escape
./strings_basic.go:30:15: s[i8] escapes to heap
./strings_basic.go:30:22: s[u] escapes to heap
./strings_basic.go:30:28: s[i64] escapes to heap
./strings_basic.go:30:36: s[i8:u] escapes to heap
./strings_basic.go:30:45: s[u:i64] escapes to heap
./strings_basic.go:35:14: string(rune('a' + i)) escapes to heap
./strings_basic.go:37:13: ... argument does not escape
./strings_basic.go:37:13: r escapes to heap
./strings_basic.go:37:20: len(r) escapes to heap
./strings_basic.go:42:13: ... argument does not escape
./strings_basic.go:42:13: acc escapes to heap
./strings_basic.go:48:13: ... argument does not escape
./strings_basic.go:48:13: y escapes to heap
./strings_basic.go:48:13: z escapes to heap
./strings_basic.go:48:23: len(y) escapes to heap
./strings_basic.go:48:31: len(z) escapes to heap
./strings_basic.go:48:37: z[0] escapes to heap
./strings_basic.go:50:13: ... argument does not escape
./strings_basic.go:50:15: c[2] escapes to heap
./strings_basic.go:50:21: c[1:4] escapes to heap
./strings_basic.go:50:31: len(c) escapes to heap
./strings_basic.go:51:13: ... argument does not escape
./strings_basic.go:51:23: "literal"[3] escapes to heap
./strings_basic.go:51:37: "literal"[1:3] escapes to heap
./strings_basic.go:51:47: len("日本") escapes to heap
./strings_basic.go:56:13: ... argument does not escape
./strings_basic.go:56:13: raw escapes to heap
./strings_basic.go:56:22: len(raw) escapes to heap

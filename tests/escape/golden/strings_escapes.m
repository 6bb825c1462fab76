./strings_escapes.go:10:12: ... argument does not escape
./strings_escapes.go:10:14: s[i] escapes to heap
./strings_escapes.go:10:19: " " escapes to heap
./strings_escapes.go:12:13: ... argument does not escape
./strings_escapes.go:12:17: len(s) escapes to heap
./strings_escapes.go:13:13: ... argument does not escape
./strings_escapes.go:13:17: len("\x41\101\u0041\U00000041") escapes to heap
./strings_escapes.go:13:47: "\x41\101\u0041\U00000041" escapes to heap
./strings_escapes.go:14:13: ... argument does not escape
./strings_escapes.go:14:29: "\xe4\xb8\x96" == "世" escapes to heap
./strings_escapes.go:14:48: "\u4e16" == "世" escapes to heap
./strings_escapes.go:14:71: "\U0001F600" == "😀" escapes to heap
./strings_escapes.go:15:13: ... argument does not escape
./strings_escapes.go:15:17: len("\377") escapes to heap
./strings_escapes.go:15:33: "\377"[0] escapes to heap
./strings_escapes.go:15:41: len("\u00ff") escapes to heap
./strings_escapes.go:16:13: ... argument does not escape
./strings_escapes.go:16:14: `raw \n \t \x41` escapes to heap
./strings_escapes.go:16:35: len(`\n`) escapes to heap
./strings_escapes.go:17:13: ... argument does not escape
./strings_escapes.go:17:14: `multi
line` escapes to heap
./strings_escapes.go:19:13: ... argument does not escape
./strings_escapes.go:19:14: 'a' escapes to heap
./strings_escapes.go:19:19: '\n' escapes to heap
./strings_escapes.go:19:25: '\'' escapes to heap
./strings_escapes.go:19:31: '\\' escapes to heap
./strings_escapes.go:19:37: '\x7f' escapes to heap
./strings_escapes.go:19:45: '\177' escapes to heap
./strings_escapes.go:19:53: '\u00e9' escapes to heap
./strings_escapes.go:19:63: '\U0001F600' escapes to heap
./strings_escapes.go:19:77: '世' escapes to heap
./strings_escapes.go:20:12: ... argument does not escape
./strings_escapes.go:20:21: "\a\b\f\n\r\t\v\\\"'\x00\x7f\u00a0\u2028\ufeff\U0001F600\xff" escapes to heap
./strings_escapes.go:21:12: ... argument does not escape
./strings_escapes.go:21:22: "日本\t語" escapes to heap
./strings_escapes.go:22:12: ... argument does not escape
./strings_escapes.go:22:26: "back`quote" escapes to heap
./strings_escapes.go:22:40: "plain" escapes to heap

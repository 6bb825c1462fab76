./conv_string_runes.go:28:16: main ignoring self-assignment in in[i], in[j] = in[j], in[i]
./conv_string_runes.go:28:16: main ignoring self-assignment in in[i], in[j] = in[j], in[i]
./conv_string_runes.go:9:13: ([]rune)(s) does not escape
./conv_string_runes.go:10:13: ... argument does not escape
./conv_string_runes.go:10:17: len(s) escapes to heap
./conv_string_runes.go:10:25: len(r) escapes to heap
./conv_string_runes.go:11:13: ... argument does not escape
./conv_string_runes.go:11:15: r[1] escapes to heap
./conv_string_runes.go:11:26: string(r[1]) escapes to heap
./conv_string_runes.go:11:26: string(r[1]) escapes to heap
./conv_string_runes.go:11:35: r[len(r) - 1] escapes to heap
./conv_string_runes.go:12:12: ... argument does not escape
./conv_string_runes.go:12:28: r[7] escapes to heap
./conv_string_runes.go:12:34: r[7] escapes to heap
./conv_string_runes.go:12:40: r[8] escapes to heap
./conv_string_runes.go:16:13: ... argument does not escape
./conv_string_runes.go:16:20: string(r) escapes to heap
./conv_string_runes.go:16:20: string(r) escapes to heap
./conv_string_runes.go:16:20: s escapes to heap
./conv_string_runes.go:18:13: ... argument does not escape
./conv_string_runes.go:18:31: string([]rune{}) == "" escapes to heap
./conv_string_runes.go:18:20: string([]rune{}) does not escape
./conv_string_runes.go:18:27: []rune{} does not escape
./conv_string_runes.go:18:41: len([]rune{}) escapes to heap
./conv_string_runes.go:18:48: []rune{} does not escape
./conv_string_runes.go:20:12: ... argument does not escape
./conv_string_runes.go:20:27: string(nr) escapes to heap
./conv_string_runes.go:20:27: string(nr) escapes to heap
./conv_string_runes.go:23:13: ... argument does not escape
./conv_string_runes.go:23:20: string(rune(65)) escapes to heap
./conv_string_runes.go:23:38: string(rune(0x4e16)) escapes to heap
./conv_string_runes.go:23:60: string(rune(0x1F600)) escapes to heap
./conv_string_runes.go:26:14: []rune{...} does not escape
./conv_string_runes.go:30:13: ... argument does not escape
./conv_string_runes.go:30:20: string(in) escapes to heap
./conv_string_runes.go:30:20: string(in) escapes to heap
./conv_string_runes.go:33:13: ... argument does not escape
./conv_string_runes.go:33:32: string(([]rune)(s)) == s escapes to heap
./conv_string_runes.go:33:20: string(([]rune)(s)) does not escape
./conv_string_runes.go:33:27: ([]rune)(s) does not escape
./conv_string_runes.go:35:13: ... argument does not escape
./conv_string_runes.go:35:20: []rune{...} escapes to heap
./conv_string_runes.go:35:20: []rune{...} escapes to heap
./conv_string_runes.go:35:35: ([]byte)("abc") escapes to heap
./conv_string_runes.go:35:35: ([]byte)("abc") escapes to heap

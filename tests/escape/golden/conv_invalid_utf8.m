./conv_invalid_utf8.go:9:13: ([]rune)(bad) escapes to heap
./conv_invalid_utf8.go:10:13: ... argument does not escape
./conv_invalid_utf8.go:10:17: len(bad) escapes to heap
./conv_invalid_utf8.go:10:27: len(r) escapes to heap
./conv_invalid_utf8.go:10:27: r escapes to heap
./conv_invalid_utf8.go:11:12: ... argument does not escape
./conv_invalid_utf8.go:11:27: string(r) escapes to heap
./conv_invalid_utf8.go:11:27: string(r) escapes to heap
./conv_invalid_utf8.go:12:13: ([]byte)(bad) escapes to heap
./conv_invalid_utf8.go:13:13: ... argument does not escape
./conv_invalid_utf8.go:13:13: b escapes to heap
./conv_invalid_utf8.go:14:12: ... argument does not escape
./conv_invalid_utf8.go:14:27: string(b) escapes to heap
./conv_invalid_utf8.go:14:27: string(b) escapes to heap
./conv_invalid_utf8.go:17:12: ... argument does not escape
./conv_invalid_utf8.go:17:27: string([]rune{...}) escapes to heap
./conv_invalid_utf8.go:17:27: string([]rune{...}) escapes to heap
./conv_invalid_utf8.go:17:34: []rune{...} does not escape
./conv_invalid_utf8.go:19:12: ... argument does not escape
./conv_invalid_utf8.go:19:30: string(big) escapes to heap
./conv_invalid_utf8.go:19:30: string(big) escapes to heap
./conv_invalid_utf8.go:19:40: len(string(big)) escapes to heap
./conv_invalid_utf8.go:19:47: string(big) does not escape
./conv_invalid_utf8.go:21:12: ... argument does not escape
./conv_invalid_utf8.go:21:27: string(v) escapes to heap
./conv_invalid_utf8.go:21:27: string(v) escapes to heap
./conv_invalid_utf8.go:24:13: ... argument does not escape
./conv_invalid_utf8.go:24:20: []rune{...} escapes to heap
./conv_invalid_utf8.go:24:20: []rune{...} escapes to heap
./conv_invalid_utf8.go:26:13: ... argument does not escape
./conv_invalid_utf8.go:26:20: []rune{...} escapes to heap
./conv_invalid_utf8.go:26:20: []rune{...} escapes to heap
./conv_invalid_utf8.go:28:13: ... argument does not escape
./conv_invalid_utf8.go:28:17: len([]rune{...}) escapes to heap
./conv_invalid_utf8.go:28:24: []rune{...} does not escape
./conv_invalid_utf8.go:28:49: []rune{...} escapes to heap
./conv_invalid_utf8.go:28:49: []rune{...} escapes to heap
./conv_invalid_utf8.go:37:13: ... argument does not escape
./conv_invalid_utf8.go:37:13: n escapes to heap

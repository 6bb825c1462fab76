./conv_named_slices.go:13:12: Bytes("abc") escapes to heap
./conv_named_slices.go:14:13: ... argument does not escape
./conv_named_slices.go:14:13: b escapes to heap
./conv_named_slices.go:14:23: string(b) escapes to heap
./conv_named_slices.go:14:23: string(b) escapes to heap
./conv_named_slices.go:14:31: len(b) escapes to heap
./conv_named_slices.go:16:12: Runes{...} escapes to heap
./conv_named_slices.go:17:13: ... argument does not escape
./conv_named_slices.go:17:17: len(r) escapes to heap
./conv_named_slices.go:17:28: string(r) escapes to heap
./conv_named_slices.go:17:28: string(r) escapes to heap
./conv_named_slices.go:19:14: []int{...} escapes to heap
./conv_named_slices.go:22:13: ... argument does not escape
./conv_named_slices.go:22:13: raw escapes to heap
./conv_named_slices.go:22:13: n escapes to heap
./conv_named_slices.go:26:13: ... argument does not escape
./conv_named_slices.go:26:13: n escapes to heap
./conv_named_slices.go:29:13: ... argument does not escape
./conv_named_slices.go:29:20: ([]byte)(ms) escapes to heap
./conv_named_slices.go:29:20: ([]byte)(ms) escapes to heap
./conv_named_slices.go:29:32: ([]rune)(ms) escapes to heap
./conv_named_slices.go:29:32: ([]rune)(ms) escapes to heap
./conv_named_slices.go:30:13: ... argument does not escape
./conv_named_slices.go:30:22: MyString(b) escapes to heap
./conv_named_slices.go:30:22: MyString(b) escapes to heap
./conv_named_slices.go:30:33: string(Runes{...}) escapes to heap
./conv_named_slices.go:30:33: string(Runes{...}) escapes to heap
./conv_named_slices.go:30:39: Runes{...} does not escape
./conv_named_slices.go:31:12: ... argument does not escape
./conv_named_slices.go:31:13: b escapes to heap
./conv_named_slices.go:31:13: r escapes to heap
./conv_named_slices.go:31:13: ms escapes to heap

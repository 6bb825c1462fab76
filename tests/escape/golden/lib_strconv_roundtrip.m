./lib_strconv_roundtrip.go:26:15: ... argument does not escape
./lib_strconv_roundtrip.go:26:15: s escapes to heap
./lib_strconv_roundtrip.go:26:38: strconv.FormatFloat(f, 'e', 5, 64) escapes to heap
./lib_strconv_roundtrip.go:26:74: strconv.FormatFloat(float64(float32(f)), 'g', -1, 32) escapes to heap
./lib_strconv_roundtrip.go:34:28: string(rune(x % 0x11000)) does not escape
./lib_strconv_roundtrip.go:36:31: string(rune(x % 0x11000)) does not escape
./lib_strconv_roundtrip.go:40:13: ... argument does not escape
./lib_strconv_roundtrip.go:40:14: "bad" escapes to heap
./lib_strconv_roundtrip.go:40:14: bad escapes to heap

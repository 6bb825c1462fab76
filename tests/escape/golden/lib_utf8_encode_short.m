./lib_utf8_encode_short.go:9:13: make([]byte, 2) escapes to heap
./lib_utf8_encode_short.go:10:13: ... argument does not escape
./lib_utf8_encode_short.go:10:29: utf8.EncodeRune(buf, 'é') escapes to heap
./lib_utf8_encode_short.go:10:29: buf escapes to heap
./lib_utf8_encode_short.go:11:13: ... argument does not escape
./lib_utf8_encode_short.go:11:29: utf8.EncodeRune(buf, '€') escapes to heap

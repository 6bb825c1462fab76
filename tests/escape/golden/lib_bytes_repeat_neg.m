./lib_bytes_repeat_neg.go:10:13: ... argument does not escape
./lib_bytes_repeat_neg.go:10:26: bytes.Repeat(([]byte)("x"), n) escapes to heap
./lib_bytes_repeat_neg.go:10:33: ([]byte)("x") does not escape

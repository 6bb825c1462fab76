./lib_bytes_repeat_neg.go:10:26: bytes.Repeat(([]byte)("x"), n) escapes to heap:
./lib_bytes_repeat_neg.go:10:26:   flow: {storage for ... argument} = &{storage for bytes.Repeat(([]byte)("x"), n)}:
./lib_bytes_repeat_neg.go:10:26:     from bytes.Repeat(([]byte)("x"), n) (spill) at ./lib_bytes_repeat_neg.go:10:26
./lib_bytes_repeat_neg.go:10:26:     from ... argument (slice-literal-element) at ./lib_bytes_repeat_neg.go:10:13
./lib_bytes_repeat_neg.go:10:26:   flow: {heap} = {storage for ... argument}:
./lib_bytes_repeat_neg.go:10:26:     from ... argument (spill) at ./lib_bytes_repeat_neg.go:10:13
./lib_bytes_repeat_neg.go:10:26:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_repeat_neg.go:10:13
./lib_bytes_repeat_neg.go:10:13: ... argument does not escape
./lib_bytes_repeat_neg.go:10:26: bytes.Repeat(([]byte)("x"), n) escapes to heap
./lib_bytes_repeat_neg.go:10:33: ([]byte)("x") does not escape

./lib_strconv_append.go:13:14: ... argument does not escape
./lib_strconv_append.go:13:18: len(b) escapes to heap
./lib_strconv_append.go:13:26: cap(b) escapes to heap
./lib_strconv_append.go:15:13: ... argument does not escape
./lib_strconv_append.go:15:20: string(b) escapes to heap
./lib_strconv_append.go:15:20: string(b) escapes to heap
./lib_strconv_append.go:16:13: make([]byte, 0, 64) does not escape
./lib_strconv_append.go:18:13: ... argument does not escape
./lib_strconv_append.go:18:20: string(out) escapes to heap
./lib_strconv_append.go:18:20: string(out) escapes to heap
./lib_strconv_append.go:18:30: len(out) escapes to heap
./lib_strconv_append.go:18:40: cap(out) escapes to heap
./lib_strconv_append.go:18:59: &buf[:1][0] == &out[0] escapes to heap
./lib_strconv_append.go:20:13: ... argument does not escape
./lib_strconv_append.go:20:20: string(q) escapes to heap
./lib_strconv_append.go:20:20: string(q) escapes to heap
./lib_strconv_append.go:20:28: len(q) escapes to heap
./lib_strconv_append.go:20:36: cap(q) escapes to heap
./lib_strconv_append.go:22:13: ... argument does not escape
./lib_strconv_append.go:22:20: string(q) escapes to heap
./lib_strconv_append.go:22:20: string(q) escapes to heap
./lib_strconv_append.go:22:28: len(q) escapes to heap
./lib_strconv_append.go:22:36: cap(q) escapes to heap

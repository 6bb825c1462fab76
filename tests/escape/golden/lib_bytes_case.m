./lib_bytes_case.go:8:11: leaking param: b
./lib_bytes_case.go:9:12: ... argument does not escape
./lib_bytes_case.go:9:13: b escapes to heap
./lib_bytes_case.go:9:48: len(b) escapes to heap
./lib_bytes_case.go:9:56: cap(b) escapes to heap
./lib_bytes_case.go:9:63: b == nil escapes to heap
./lib_bytes_case.go:14:27: []byte{} does not escape
./lib_bytes_case.go:15:27: ([]byte)("abc") does not escape
./lib_bytes_case.go:16:27: ([]byte)("ABC") does not escape
./lib_bytes_case.go:17:27: ([]byte)("ABC") does not escape
./lib_bytes_case.go:18:27: ([]byte)("héllo") does not escape
./lib_bytes_case.go:19:27: ([]byte)("ǆǆǆ") does not escape
./lib_bytes_case.go:20:27: ([]byte)("ȺȺȺȺȺȺȺȺ") does not escape
./lib_bytes_case.go:21:27: ([]byte)("ɐɐɐɐ") does not escape
./lib_bytes_case.go:22:27: ([]byte)("a\xffb") does not escape
./lib_bytes_case.go:23:27: ([]byte)("ÀÉÎ already lower é") does not escape

./lib_bytes_split.go:8:11: leaking param: v
./lib_bytes_split.go:9:12: ... argument does not escape
./lib_bytes_split.go:9:13: v escapes to heap
./lib_bytes_split.go:9:48: len(v) escapes to heap
./lib_bytes_split.go:9:56: cap(v) escapes to heap
./lib_bytes_split.go:9:63: v == nil escapes to heap
./lib_bytes_split.go:11:12: ... argument does not escape
./lib_bytes_split.go:11:16: len(x) escapes to heap
./lib_bytes_split.go:11:21: ":" escapes to heap
./lib_bytes_split.go:11:29: cap(x) escapes to heap
./lib_bytes_split.go:11:34: " " escapes to heap
./lib_bytes_split.go:17:25: ([]byte)("a,b,c") escapes to heap
./lib_bytes_split.go:17:42: ([]byte)(",") does not escape
./lib_bytes_split.go:18:25: ([]byte)("a man a plan a canal panama") escapes to heap
./lib_bytes_split.go:18:64: ([]byte)("a ") does not escape
./lib_bytes_split.go:19:25: ([]byte)(" xyz ") escapes to heap
./lib_bytes_split.go:20:30: ([]byte)(",") does not escape
./lib_bytes_split.go:21:25: ([]byte)("a\xffb") escapes to heap
./lib_bytes_split.go:21:43: []byte{} does not escape
./lib_bytes_split.go:22:26: ([]byte)("  foo bar  baz   ") escapes to heap
./lib_bytes_split.go:23:26: ([]byte)("   ") escapes to heap
./lib_bytes_split.go:24:26: ([]byte)("a\u2000b") escapes to heap
./lib_bytes_split.go:25:26: [][]byte{...} does not escape
./lib_bytes_split.go:25:33: ([]byte)("foo") does not escape
./lib_bytes_split.go:25:48: ([]byte)("bar") does not escape
./lib_bytes_split.go:25:63: ([]byte)("baz") does not escape
./lib_bytes_split.go:25:79: ([]byte)(", ") does not escape
./lib_bytes_split.go:26:12: ... argument does not escape
./lib_bytes_split.go:26:13: j escapes to heap
./lib_bytes_split.go:26:33: len(j) escapes to heap
./lib_bytes_split.go:26:41: cap(j) escapes to heap
./lib_bytes_split.go:27:28: ([]byte)(", ") does not escape
./lib_bytes_split.go:28:13: ... argument does not escape
./lib_bytes_split.go:28:16: j == nil escapes to heap
./lib_bytes_split.go:28:27: len(j) escapes to heap
./lib_bytes_split.go:28:35: cap(j) escapes to heap
./lib_bytes_split.go:29:25: [][]byte{...} does not escape
./lib_bytes_split.go:29:32: ([]byte)("hello") does not escape
./lib_bytes_split.go:29:50: ([]byte)(", ") does not escape
./lib_bytes_split.go:30:12: ... argument does not escape
./lib_bytes_split.go:30:13: j escapes to heap
./lib_bytes_split.go:30:33: len(j) escapes to heap
./lib_bytes_split.go:30:41: cap(j) escapes to heap
./lib_bytes_split.go:31:15: ([]byte)("x,y") escapes to heap
./lib_bytes_split.go:32:34: ([]byte)(",") does not escape
./lib_bytes_split.go:34:12: ... argument does not escape
./lib_bytes_split.go:34:13: src escapes to heap

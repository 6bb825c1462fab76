./lib_bytes_basic.go:9:16: ([]byte)("seafood") does not escape
./lib_bytes_basic.go:9:35: ([]byte)("foo") does not escape
./lib_bytes_basic.go:10:13: ... argument does not escape
./lib_bytes_basic.go:10:28: bytes.Contains(a, b) escapes to heap
./lib_bytes_basic.go:10:50: bytes.Contains(a, ([]byte)("bar")) escapes to heap
./lib_bytes_basic.go:10:60: ([]byte)("bar") does not escape
./lib_bytes_basic.go:10:84: bytes.Contains(a, nil) escapes to heap
./lib_bytes_basic.go:10:108: bytes.Contains(nil, nil) escapes to heap
./lib_bytes_basic.go:11:13: ... argument does not escape
./lib_bytes_basic.go:11:25: bytes.Equal(a, ([]byte)("seafood")) escapes to heap
./lib_bytes_basic.go:11:35: ([]byte)("seafood") does not escape
./lib_bytes_basic.go:11:60: bytes.Equal(nil, []byte{}) escapes to heap
./lib_bytes_basic.go:11:72: []byte{} does not escape
./lib_bytes_basic.go:11:88: bytes.Equal(a, b) escapes to heap
./lib_bytes_basic.go:12:13: ... argument does not escape
./lib_bytes_basic.go:12:27: bytes.Compare(a, b) escapes to heap
./lib_bytes_basic.go:12:48: bytes.Compare(b, a) escapes to heap
./lib_bytes_basic.go:12:69: bytes.Compare(nil, nil) escapes to heap
./lib_bytes_basic.go:12:94: bytes.Compare(([]byte)("a"), ([]byte)("ab")) escapes to heap
./lib_bytes_basic.go:12:101: ([]byte)("a") does not escape
./lib_bytes_basic.go:12:114: ([]byte)("ab") does not escape
./lib_bytes_basic.go:13:13: ... argument does not escape
./lib_bytes_basic.go:13:25: bytes.Index(a, b) escapes to heap
./lib_bytes_basic.go:13:44: bytes.Index(a, ([]byte)("x")) escapes to heap
./lib_bytes_basic.go:13:54: ([]byte)("x") does not escape
./lib_bytes_basic.go:13:77: bytes.LastIndex(([]byte)("go gopher"), ([]byte)("go")) escapes to heap
./lib_bytes_basic.go:13:84: ([]byte)("go gopher") does not escape
./lib_bytes_basic.go:13:105: ([]byte)("go") does not escape
./lib_bytes_basic.go:13:125: bytes.Count(([]byte)("cheese"), ([]byte)("e")) escapes to heap
./lib_bytes_basic.go:13:132: ([]byte)("cheese") does not escape
./lib_bytes_basic.go:13:150: ([]byte)("e") does not escape
./lib_bytes_basic.go:13:169: bytes.Count(([]byte)("five"), nil) escapes to heap
./lib_bytes_basic.go:13:176: ([]byte)("five") does not escape
./lib_bytes_basic.go:14:13: ... argument does not escape
./lib_bytes_basic.go:14:29: bytes.HasPrefix(a, ([]byte)("sea")) escapes to heap
./lib_bytes_basic.go:14:39: ([]byte)("sea") does not escape
./lib_bytes_basic.go:14:64: bytes.HasSuffix(a, ([]byte)("food")) escapes to heap
./lib_bytes_basic.go:14:74: ([]byte)("food") does not escape
./lib_bytes_basic.go:14:100: bytes.HasPrefix(a, nil) escapes to heap
./lib_bytes_basic.go:14:125: bytes.IndexRune(([]byte)("chicken"), 'k') escapes to heap
./lib_bytes_basic.go:14:132: ([]byte)("chicken") does not escape
./lib_bytes_basic.go:15:26: ([]byte)("ab") does not escape
./lib_bytes_basic.go:16:12: ... argument does not escape
./lib_bytes_basic.go:16:13: r escapes to heap
./lib_bytes_basic.go:16:33: len(r) escapes to heap
./lib_bytes_basic.go:16:41: cap(r) escapes to heap
./lib_bytes_basic.go:17:26: ([]byte)("ab") does not escape
./lib_bytes_basic.go:18:13: ... argument does not escape
./lib_bytes_basic.go:18:16: z == nil escapes to heap
./lib_bytes_basic.go:18:27: len(z) escapes to heap
./lib_bytes_basic.go:18:35: cap(z) escapes to heap
./lib_bytes_basic.go:19:27: ([]byte)("hello wörld") does not escape
./lib_bytes_basic.go:20:27: ([]byte)("HELLO") does not escape
./lib_bytes_basic.go:21:27: ([]byte)("ALREADY") does not escape
./lib_bytes_basic.go:22:12: ... argument does not escape
./lib_bytes_basic.go:22:13: u escapes to heap
./lib_bytes_basic.go:22:13: l escapes to heap
./lib_bytes_basic.go:22:13: s escapes to heap
./lib_bytes_basic.go:22:45: len(s) escapes to heap
./lib_bytes_basic.go:22:53: cap(s) escapes to heap
./lib_bytes_basic.go:23:12: ... argument does not escape
./lib_bytes_basic.go:23:34: bytes.ToUpper(([]byte)("a\xffb")) escapes to heap
./lib_bytes_basic.go:23:41: ([]byte)("a\xffb") does not escape
./lib_bytes_basic.go:24:29: ([]byte)("  \t hi there \n") escapes to heap
./lib_bytes_basic.go:25:12: ... argument does not escape
./lib_bytes_basic.go:25:13: t escapes to heap
./lib_bytes_basic.go:25:33: len(t) escapes to heap
./lib_bytes_basic.go:25:41: cap(t) escapes to heap
./lib_bytes_basic.go:26:29: ([]byte)("   ") does not escape
./lib_bytes_basic.go:27:13: ... argument does not escape
./lib_bytes_basic.go:27:16: e == nil escapes to heap
./lib_bytes_basic.go:27:27: len(e) escapes to heap

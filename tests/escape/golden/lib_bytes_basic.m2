./lib_bytes_basic.go:27:27: len(e) escapes to heap:
./lib_bytes_basic.go:27:27:   flow: {storage for ... argument} = &{storage for len(e)}:
./lib_bytes_basic.go:27:27:     from len(e) (spill) at ./lib_bytes_basic.go:27:27
./lib_bytes_basic.go:27:27:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:27:13
./lib_bytes_basic.go:27:27:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:27:27:     from ... argument (spill) at ./lib_bytes_basic.go:27:13
./lib_bytes_basic.go:27:27:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:27:13
./lib_bytes_basic.go:27:16: e == nil escapes to heap:
./lib_bytes_basic.go:27:16:   flow: {storage for ... argument} = &{storage for e == nil}:
./lib_bytes_basic.go:27:16:     from e == nil (spill) at ./lib_bytes_basic.go:27:16
./lib_bytes_basic.go:27:16:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:27:13
./lib_bytes_basic.go:27:16:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:27:16:     from ... argument (spill) at ./lib_bytes_basic.go:27:13
./lib_bytes_basic.go:27:16:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:27:13
./lib_bytes_basic.go:25:41: cap(t) escapes to heap:
./lib_bytes_basic.go:25:41:   flow: {storage for ... argument} = &{storage for cap(t)}:
./lib_bytes_basic.go:25:41:     from cap(t) (spill) at ./lib_bytes_basic.go:25:41
./lib_bytes_basic.go:25:41:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:25:12
./lib_bytes_basic.go:25:41:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:25:41:     from ... argument (spill) at ./lib_bytes_basic.go:25:12
./lib_bytes_basic.go:25:41:     from fmt.Printf("%q %d %d\n", ... argument...) (call parameter) at ./lib_bytes_basic.go:25:12
./lib_bytes_basic.go:25:33: len(t) escapes to heap:
./lib_bytes_basic.go:25:33:   flow: {storage for ... argument} = &{storage for len(t)}:
./lib_bytes_basic.go:25:33:     from len(t) (spill) at ./lib_bytes_basic.go:25:33
./lib_bytes_basic.go:25:33:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:25:12
./lib_bytes_basic.go:25:33:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:25:33:     from ... argument (spill) at ./lib_bytes_basic.go:25:12
./lib_bytes_basic.go:25:33:     from fmt.Printf("%q %d %d\n", ... argument...) (call parameter) at ./lib_bytes_basic.go:25:12
./lib_bytes_basic.go:25:13: t escapes to heap:
./lib_bytes_basic.go:25:13:   flow: {storage for ... argument} = &{storage for t}:
./lib_bytes_basic.go:25:13:     from t (spill) at ./lib_bytes_basic.go:25:13
./lib_bytes_basic.go:25:13:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:25:12
./lib_bytes_basic.go:25:13:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:25:13:     from ... argument (spill) at ./lib_bytes_basic.go:25:12
./lib_bytes_basic.go:25:13:     from fmt.Printf("%q %d %d\n", ... argument...) (call parameter) at ./lib_bytes_basic.go:25:12
./lib_bytes_basic.go:23:34: bytes.ToUpper(([]byte)("a\xffb")) escapes to heap:
./lib_bytes_basic.go:23:34:   flow: {storage for ... argument} = &{storage for bytes.ToUpper(([]byte)("a\xffb"))}:
./lib_bytes_basic.go:23:34:     from bytes.ToUpper(([]byte)("a\xffb")) (spill) at ./lib_bytes_basic.go:23:34
./lib_bytes_basic.go:23:34:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:23:12
./lib_bytes_basic.go:23:34:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:23:34:     from ... argument (spill) at ./lib_bytes_basic.go:23:12
./lib_bytes_basic.go:23:34:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./lib_bytes_basic.go:23:12
./lib_bytes_basic.go:22:53: cap(s) escapes to heap:
./lib_bytes_basic.go:22:53:   flow: {storage for ... argument} = &{storage for cap(s)}:
./lib_bytes_basic.go:22:53:     from cap(s) (spill) at ./lib_bytes_basic.go:22:53
./lib_bytes_basic.go:22:53:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:53:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:22:53:     from ... argument (spill) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:53:     from fmt.Printf("%s %s %s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:45: len(s) escapes to heap:
./lib_bytes_basic.go:22:45:   flow: {storage for ... argument} = &{storage for len(s)}:
./lib_bytes_basic.go:22:45:     from len(s) (spill) at ./lib_bytes_basic.go:22:45
./lib_bytes_basic.go:22:45:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:45:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:22:45:     from ... argument (spill) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:45:     from fmt.Printf("%s %s %s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:13: s escapes to heap:
./lib_bytes_basic.go:22:13:   flow: {storage for ... argument} = &{storage for s}:
./lib_bytes_basic.go:22:13:     from s (spill) at ./lib_bytes_basic.go:22:13
./lib_bytes_basic.go:22:13:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:13:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:22:13:     from ... argument (spill) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:13:     from fmt.Printf("%s %s %s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:13: l escapes to heap:
./lib_bytes_basic.go:22:13:   flow: {storage for ... argument} = &{storage for l}:
./lib_bytes_basic.go:22:13:     from l (spill) at ./lib_bytes_basic.go:22:13
./lib_bytes_basic.go:22:13:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:13:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:22:13:     from ... argument (spill) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:13:     from fmt.Printf("%s %s %s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:13: u escapes to heap:
./lib_bytes_basic.go:22:13:   flow: {storage for ... argument} = &{storage for u}:
./lib_bytes_basic.go:22:13:     from u (spill) at ./lib_bytes_basic.go:22:13
./lib_bytes_basic.go:22:13:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:13:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:22:13:     from ... argument (spill) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:22:13:     from fmt.Printf("%s %s %s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_basic.go:22:12
./lib_bytes_basic.go:18:35: cap(z) escapes to heap:
./lib_bytes_basic.go:18:35:   flow: {storage for ... argument} = &{storage for cap(z)}:
./lib_bytes_basic.go:18:35:     from cap(z) (spill) at ./lib_bytes_basic.go:18:35
./lib_bytes_basic.go:18:35:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:18:13
./lib_bytes_basic.go:18:35:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:18:35:     from ... argument (spill) at ./lib_bytes_basic.go:18:13
./lib_bytes_basic.go:18:35:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:18:13
./lib_bytes_basic.go:18:27: len(z) escapes to heap:
./lib_bytes_basic.go:18:27:   flow: {storage for ... argument} = &{storage for len(z)}:
./lib_bytes_basic.go:18:27:     from len(z) (spill) at ./lib_bytes_basic.go:18:27
./lib_bytes_basic.go:18:27:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:18:13
./lib_bytes_basic.go:18:27:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:18:27:     from ... argument (spill) at ./lib_bytes_basic.go:18:13
./lib_bytes_basic.go:18:27:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:18:13
./lib_bytes_basic.go:18:16: z == nil escapes to heap:
./lib_bytes_basic.go:18:16:   flow: {storage for ... argument} = &{storage for z == nil}:
./lib_bytes_basic.go:18:16:     from z == nil (spill) at ./lib_bytes_basic.go:18:16
./lib_bytes_basic.go:18:16:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:18:13
./lib_bytes_basic.go:18:16:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:18:16:     from ... argument (spill) at ./lib_bytes_basic.go:18:13
./lib_bytes_basic.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:18:13
./lib_bytes_basic.go:16:41: cap(r) escapes to heap:
./lib_bytes_basic.go:16:41:   flow: {storage for ... argument} = &{storage for cap(r)}:
./lib_bytes_basic.go:16:41:     from cap(r) (spill) at ./lib_bytes_basic.go:16:41
./lib_bytes_basic.go:16:41:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:16:12
./lib_bytes_basic.go:16:41:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:16:41:     from ... argument (spill) at ./lib_bytes_basic.go:16:12
./lib_bytes_basic.go:16:41:     from fmt.Printf("%s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_basic.go:16:12
./lib_bytes_basic.go:16:33: len(r) escapes to heap:
./lib_bytes_basic.go:16:33:   flow: {storage for ... argument} = &{storage for len(r)}:
./lib_bytes_basic.go:16:33:     from len(r) (spill) at ./lib_bytes_basic.go:16:33
./lib_bytes_basic.go:16:33:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:16:12
./lib_bytes_basic.go:16:33:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:16:33:     from ... argument (spill) at ./lib_bytes_basic.go:16:12
./lib_bytes_basic.go:16:33:     from fmt.Printf("%s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_basic.go:16:12
./lib_bytes_basic.go:16:13: r escapes to heap:
./lib_bytes_basic.go:16:13:   flow: {storage for ... argument} = &{storage for r}:
./lib_bytes_basic.go:16:13:     from r (spill) at ./lib_bytes_basic.go:16:13
./lib_bytes_basic.go:16:13:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:16:12
./lib_bytes_basic.go:16:13:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:16:13:     from ... argument (spill) at ./lib_bytes_basic.go:16:12
./lib_bytes_basic.go:16:13:     from fmt.Printf("%s %d %d\n", ... argument...) (call parameter) at ./lib_bytes_basic.go:16:12
./lib_bytes_basic.go:14:125: bytes.IndexRune(([]byte)("chicken"), 'k') escapes to heap:
./lib_bytes_basic.go:14:125:   flow: {storage for ... argument} = &{storage for bytes.IndexRune(([]byte)("chicken"), 'k')}:
./lib_bytes_basic.go:14:125:     from bytes.IndexRune(([]byte)("chicken"), 'k') (spill) at ./lib_bytes_basic.go:14:125
./lib_bytes_basic.go:14:125:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:14:13
./lib_bytes_basic.go:14:125:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:14:125:     from ... argument (spill) at ./lib_bytes_basic.go:14:13
./lib_bytes_basic.go:14:125:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:14:13
./lib_bytes_basic.go:14:100: bytes.HasPrefix(a, nil) escapes to heap:
./lib_bytes_basic.go:14:100:   flow: {storage for ... argument} = &{storage for bytes.HasPrefix(a, nil)}:
./lib_bytes_basic.go:14:100:     from bytes.HasPrefix(a, nil) (spill) at ./lib_bytes_basic.go:14:100
./lib_bytes_basic.go:14:100:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:14:13
./lib_bytes_basic.go:14:100:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:14:100:     from ... argument (spill) at ./lib_bytes_basic.go:14:13
./lib_bytes_basic.go:14:100:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:14:13
./lib_bytes_basic.go:14:64: bytes.HasSuffix(a, ([]byte)("food")) escapes to heap:
./lib_bytes_basic.go:14:64:   flow: {storage for ... argument} = &{storage for bytes.HasSuffix(a, ([]byte)("food"))}:
./lib_bytes_basic.go:14:64:     from bytes.HasSuffix(a, ([]byte)("food")) (spill) at ./lib_bytes_basic.go:14:64
./lib_bytes_basic.go:14:64:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:14:13
./lib_bytes_basic.go:14:64:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:14:64:     from ... argument (spill) at ./lib_bytes_basic.go:14:13
./lib_bytes_basic.go:14:64:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:14:13
./lib_bytes_basic.go:14:29: bytes.HasPrefix(a, ([]byte)("sea")) escapes to heap:
./lib_bytes_basic.go:14:29:   flow: {storage for ... argument} = &{storage for bytes.HasPrefix(a, ([]byte)("sea"))}:
./lib_bytes_basic.go:14:29:     from bytes.HasPrefix(a, ([]byte)("sea")) (spill) at ./lib_bytes_basic.go:14:29
./lib_bytes_basic.go:14:29:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:14:13
./lib_bytes_basic.go:14:29:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:14:29:     from ... argument (spill) at ./lib_bytes_basic.go:14:13
./lib_bytes_basic.go:14:29:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:14:13
./lib_bytes_basic.go:13:169: bytes.Count(([]byte)("five"), nil) escapes to heap:
./lib_bytes_basic.go:13:169:   flow: {storage for ... argument} = &{storage for bytes.Count(([]byte)("five"), nil)}:
./lib_bytes_basic.go:13:169:     from bytes.Count(([]byte)("five"), nil) (spill) at ./lib_bytes_basic.go:13:169
./lib_bytes_basic.go:13:169:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:169:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:13:169:     from ... argument (spill) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:169:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:125: bytes.Count(([]byte)("cheese"), ([]byte)("e")) escapes to heap:
./lib_bytes_basic.go:13:125:   flow: {storage for ... argument} = &{storage for bytes.Count(([]byte)("cheese"), ([]byte)("e"))}:
./lib_bytes_basic.go:13:125:     from bytes.Count(([]byte)("cheese"), ([]byte)("e")) (spill) at ./lib_bytes_basic.go:13:125
./lib_bytes_basic.go:13:125:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:125:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:13:125:     from ... argument (spill) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:125:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:77: bytes.LastIndex(([]byte)("go gopher"), ([]byte)("go")) escapes to heap:
./lib_bytes_basic.go:13:77:   flow: {storage for ... argument} = &{storage for bytes.LastIndex(([]byte)("go gopher"), ([]byte)("go"))}:
./lib_bytes_basic.go:13:77:     from bytes.LastIndex(([]byte)("go gopher"), ([]byte)("go")) (spill) at ./lib_bytes_basic.go:13:77
./lib_bytes_basic.go:13:77:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:77:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:13:77:     from ... argument (spill) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:77:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:44: bytes.Index(a, ([]byte)("x")) escapes to heap:
./lib_bytes_basic.go:13:44:   flow: {storage for ... argument} = &{storage for bytes.Index(a, ([]byte)("x"))}:
./lib_bytes_basic.go:13:44:     from bytes.Index(a, ([]byte)("x")) (spill) at ./lib_bytes_basic.go:13:44
./lib_bytes_basic.go:13:44:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:44:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:13:44:     from ... argument (spill) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:44:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:25: bytes.Index(a, b) escapes to heap:
./lib_bytes_basic.go:13:25:   flow: {storage for ... argument} = &{storage for bytes.Index(a, b)}:
./lib_bytes_basic.go:13:25:     from bytes.Index(a, b) (spill) at ./lib_bytes_basic.go:13:25
./lib_bytes_basic.go:13:25:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:25:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:13:25:     from ... argument (spill) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:13:25:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:13:13
./lib_bytes_basic.go:12:94: bytes.Compare(([]byte)("a"), ([]byte)("ab")) escapes to heap:
./lib_bytes_basic.go:12:94:   flow: {storage for ... argument} = &{storage for bytes.Compare(([]byte)("a"), ([]byte)("ab"))}:
./lib_bytes_basic.go:12:94:     from bytes.Compare(([]byte)("a"), ([]byte)("ab")) (spill) at ./lib_bytes_basic.go:12:94
./lib_bytes_basic.go:12:94:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:12:13
./lib_bytes_basic.go:12:94:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:12:94:     from ... argument (spill) at ./lib_bytes_basic.go:12:13
./lib_bytes_basic.go:12:94:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:12:13
./lib_bytes_basic.go:12:69: bytes.Compare(nil, nil) escapes to heap:
./lib_bytes_basic.go:12:69:   flow: {storage for ... argument} = &{storage for bytes.Compare(nil, nil)}:
./lib_bytes_basic.go:12:69:     from bytes.Compare(nil, nil) (spill) at ./lib_bytes_basic.go:12:69
./lib_bytes_basic.go:12:69:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:12:13
./lib_bytes_basic.go:12:69:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:12:69:     from ... argument (spill) at ./lib_bytes_basic.go:12:13
./lib_bytes_basic.go:12:69:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:12:13
./lib_bytes_basic.go:12:48: bytes.Compare(b, a) escapes to heap:
./lib_bytes_basic.go:12:48:   flow: {storage for ... argument} = &{storage for bytes.Compare(b, a)}:
./lib_bytes_basic.go:12:48:     from bytes.Compare(b, a) (spill) at ./lib_bytes_basic.go:12:48
./lib_bytes_basic.go:12:48:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:12:13
./lib_bytes_basic.go:12:48:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:12:48:     from ... argument (spill) at ./lib_bytes_basic.go:12:13
./lib_bytes_basic.go:12:48:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:12:13
./lib_bytes_basic.go:12:27: bytes.Compare(a, b) escapes to heap:
./lib_bytes_basic.go:12:27:   flow: {storage for ... argument} = &{storage for bytes.Compare(a, b)}:
./lib_bytes_basic.go:12:27:     from bytes.Compare(a, b) (spill) at ./lib_bytes_basic.go:12:27
./lib_bytes_basic.go:12:27:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:12:13
./lib_bytes_basic.go:12:27:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:12:27:     from ... argument (spill) at ./lib_bytes_basic.go:12:13
./lib_bytes_basic.go:12:27:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:12:13
./lib_bytes_basic.go:11:88: bytes.Equal(a, b) escapes to heap:
./lib_bytes_basic.go:11:88:   flow: {storage for ... argument} = &{storage for bytes.Equal(a, b)}:
./lib_bytes_basic.go:11:88:     from bytes.Equal(a, b) (spill) at ./lib_bytes_basic.go:11:88
./lib_bytes_basic.go:11:88:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:11:13
./lib_bytes_basic.go:11:88:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:11:88:     from ... argument (spill) at ./lib_bytes_basic.go:11:13
./lib_bytes_basic.go:11:88:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:11:13
./lib_bytes_basic.go:11:60: bytes.Equal(nil, []byte{}) escapes to heap:
./lib_bytes_basic.go:11:60:   flow: {storage for ... argument} = &{storage for bytes.Equal(nil, []byte{})}:
./lib_bytes_basic.go:11:60:     from bytes.Equal(nil, []byte{}) (spill) at ./lib_bytes_basic.go:11:60
./lib_bytes_basic.go:11:60:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:11:13
./lib_bytes_basic.go:11:60:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:11:60:     from ... argument (spill) at ./lib_bytes_basic.go:11:13
./lib_bytes_basic.go:11:60:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:11:13
./lib_bytes_basic.go:11:25: bytes.Equal(a, ([]byte)("seafood")) escapes to heap:
./lib_bytes_basic.go:11:25:   flow: {storage for ... argument} = &{storage for bytes.Equal(a, ([]byte)("seafood"))}:
./lib_bytes_basic.go:11:25:     from bytes.Equal(a, ([]byte)("seafood")) (spill) at ./lib_bytes_basic.go:11:25
./lib_bytes_basic.go:11:25:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:11:13
./lib_bytes_basic.go:11:25:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:11:25:     from ... argument (spill) at ./lib_bytes_basic.go:11:13
./lib_bytes_basic.go:11:25:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:11:13
./lib_bytes_basic.go:10:108: bytes.Contains(nil, nil) escapes to heap:
./lib_bytes_basic.go:10:108:   flow: {storage for ... argument} = &{storage for bytes.Contains(nil, nil)}:
./lib_bytes_basic.go:10:108:     from bytes.Contains(nil, nil) (spill) at ./lib_bytes_basic.go:10:108
./lib_bytes_basic.go:10:108:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:10:13
./lib_bytes_basic.go:10:108:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:10:108:     from ... argument (spill) at ./lib_bytes_basic.go:10:13
./lib_bytes_basic.go:10:108:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:10:13
./lib_bytes_basic.go:10:84: bytes.Contains(a, nil) escapes to heap:
./lib_bytes_basic.go:10:84:   flow: {storage for ... argument} = &{storage for bytes.Contains(a, nil)}:
./lib_bytes_basic.go:10:84:     from bytes.Contains(a, nil) (spill) at ./lib_bytes_basic.go:10:84
./lib_bytes_basic.go:10:84:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:10:13
./lib_bytes_basic.go:10:84:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:10:84:     from ... argument (spill) at ./lib_bytes_basic.go:10:13
./lib_bytes_basic.go:10:84:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:10:13
./lib_bytes_basic.go:10:50: bytes.Contains(a, ([]byte)("bar")) escapes to heap:
./lib_bytes_basic.go:10:50:   flow: {storage for ... argument} = &{storage for bytes.Contains(a, ([]byte)("bar"))}:
./lib_bytes_basic.go:10:50:     from bytes.Contains(a, ([]byte)("bar")) (spill) at ./lib_bytes_basic.go:10:50
./lib_bytes_basic.go:10:50:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:10:13
./lib_bytes_basic.go:10:50:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:10:50:     from ... argument (spill) at ./lib_bytes_basic.go:10:13
./lib_bytes_basic.go:10:50:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:10:13
./lib_bytes_basic.go:10:28: bytes.Contains(a, b) escapes to heap:
./lib_bytes_basic.go:10:28:   flow: {storage for ... argument} = &{storage for bytes.Contains(a, b)}:
./lib_bytes_basic.go:10:28:     from bytes.Contains(a, b) (spill) at ./lib_bytes_basic.go:10:28
./lib_bytes_basic.go:10:28:     from ... argument (slice-literal-element) at ./lib_bytes_basic.go:10:13
./lib_bytes_basic.go:10:28:   flow: {heap} = {storage for ... argument}:
./lib_bytes_basic.go:10:28:     from ... argument (spill) at ./lib_bytes_basic.go:10:13
./lib_bytes_basic.go:10:28:     from fmt.Println(... argument...) (call parameter) at ./lib_bytes_basic.go:10:13
./lib_bytes_basic.go:24:29: ([]byte)("  \t hi there \n") escapes to heap:
./lib_bytes_basic.go:24:29:   flow: t = &{storage for ([]byte)("  \t hi there \n")}:
./lib_bytes_basic.go:24:29:     from ([]byte)("  \t hi there \n") (spill) at ./lib_bytes_basic.go:24:29
./lib_bytes_basic.go:24:29:     from bytes.TrimSpace(([]byte)("  \t hi there \n")) (call parameter) at ./lib_bytes_basic.go:24:22
./lib_bytes_basic.go:24:29:     from t := bytes.TrimSpace(([]byte)("  \t hi there \n")) (assign) at ./lib_bytes_basic.go:24:4
./lib_bytes_basic.go:24:29:   flow: {storage for t} = t:
./lib_bytes_basic.go:24:29:     from t (interface-converted) at ./lib_bytes_basic.go:25:13
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

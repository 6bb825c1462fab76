./method_auto_addr.go:9:7: t does not escape
./method_auto_addr.go:11:7: t does not escape
./method_auto_addr.go:22:13: ... argument does not escape
./method_auto_addr.go:22:19: T.Get(v) escapes to heap
./method_auto_addr.go:22:29: (*T).PGet(v) escapes to heap
./method_auto_addr.go:25:13: ... argument does not escape
./method_auto_addr.go:25:19: T.Get(p) escapes to heap
./method_auto_addr.go:27:13: ... argument does not escape
./method_auto_addr.go:27:15: v.n escapes to heap
./method_auto_addr.go:29:10: []T{...} escapes to heap
./method_auto_addr.go:33:13: ... argument does not escape
./method_auto_addr.go:33:13: s escapes to heap
./method_auto_addr.go:37:13: ... argument does not escape
./method_auto_addr.go:37:13: arr escapes to heap
./method_auto_addr.go:43:13: ... argument does not escape
./method_auto_addr.go:43:25: T.Get(w.inner) escapes to heap
./method_auto_addr.go:43:42: (*T).PGet(w.arr[0]) escapes to heap
./method_auto_addr.go:48:13: ... argument does not escape
./method_auto_addr.go:48:21: w.inner.n escapes to heap
./method_auto_addr.go:48:33: w.arr[1].n escapes to heap
./method_auto_addr.go:54:13: ... argument does not escape
./method_auto_addr.go:54:13: s escapes to heap
./method_auto_addr.go:58:13: ... argument does not escape
./method_auto_addr.go:58:13: s escapes to heap
./method_auto_addr.go:62:13: ... argument does not escape
./method_auto_addr.go:62:15: v.n escapes to heap

./pointer_basic.go:7:10: p does not escape
./pointer_basic.go:11:10: p does not escape
./pointer_basic.go:11:21: leaking param: v
./pointer_basic.go:16:2: moved to heap: n
./pointer_basic.go:24:13: ... argument does not escape
./pointer_basic.go:24:13: x escapes to heap
./pointer_basic.go:24:17: *p escapes to heap
./pointer_basic.go:27:13: ... argument does not escape
./pointer_basic.go:27:13: x escapes to heap
./pointer_basic.go:31:13: ... argument does not escape
./pointer_basic.go:31:13: s escapes to heap
./pointer_basic.go:37:13: ... argument does not escape
./pointer_basic.go:37:14: *c1 escapes to heap
./pointer_basic.go:37:19: *c2 escapes to heap
./pointer_basic.go:37:27: c1 != c2 escapes to heap
./pointer_basic.go:42:13: ... argument does not escape
./pointer_basic.go:42:13: f escapes to heap
./pointer_basic.go:47:13: ... argument does not escape
./pointer_basic.go:47:13: b escapes to heap
./pointer_basic.go:53:13: ... argument does not escape
./pointer_basic.go:53:13: z escapes to heap
./pointer_basic.go:56:13: ... argument does not escape
./pointer_basic.go:56:17: np == nil escapes to heap
./pointer_basic.go:56:27: p != nil escapes to heap
./pointer_basic.go:58:13: ... argument does not escape
./pointer_basic.go:58:14: *np escapes to heap
./pointer_basic.go:58:22: np == p escapes to heap

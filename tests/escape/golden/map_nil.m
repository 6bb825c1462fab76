./map_nil.go:7:13: m does not escape
./map_nil.go:7:31: k does not escape
./map_nil.go:11:13: ... argument does not escape
./map_nil.go:11:16: m == nil escapes to heap
./map_nil.go:11:27: len(m) escapes to heap
./map_nil.go:11:33: m["a"] escapes to heap
./map_nil.go:11:46: lookup(nil, "b") escapes to heap
./map_nil.go:13:13: ... argument does not escape
./map_nil.go:13:13: v escapes to heap
./map_nil.go:13:13: ok escapes to heap
./map_nil.go:15:14: ... argument does not escape
./map_nil.go:15:15: "never" escapes to heap
./map_nil.go:15:15: k escapes to heap
./map_nil.go:15:15: v escapes to heap
./map_nil.go:18:13: ... argument does not escape
./map_nil.go:19:12: ... argument does not escape
./map_nil.go:22:13: ... argument does not escape
./map_nil.go:22:20: ms[1] == nil escapes to heap
./map_nil.go:22:31: len(ms[1]) escapes to heap
./map_nil.go:25:13: ... argument does not escape
./map_nil.go:25:21: mm["a"]["b"] escapes to heap
./map_nil.go:27:20: map[string]int{} escapes to heap
./map_nil.go:29:13: ... argument does not escape
./map_nil.go:29:19: m == nil escapes to heap
./map_nil.go:31:13: ... argument does not escape
./map_nil.go:31:17: len(m) escapes to heap

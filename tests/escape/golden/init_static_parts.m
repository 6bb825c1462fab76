./init_static_parts.go:16:18: moved to heap: x
./init_static_parts.go:27:13: ... argument does not escape
./init_static_parts.go:27:14: *a[0] escapes to heap
./init_static_parts.go:27:21: *b.p escapes to heap
./init_static_parts.go:27:30: len(c.xs) escapes to heap
./init_static_parts.go:27:39: d[1] escapes to heap
./init_static_parts.go:27:46: e != nil escapes to heap
./init_static_parts.go:27:57: len(f) escapes to heap
./init_static_parts.go:27:62: *g.a escapes to heap
./init_static_parts.go:18:25: new(int) escapes to heap
./init_static_parts.go:19:37: map[string]int{...} escapes to heap
./init_static_parts.go:19:70: ... argument does not escape
./init_static_parts.go:19:71: 1 escapes to heap
./init_static_parts.go:19:89: ... argument does not escape
./init_static_parts.go:19:90: 2 escapes to heap
./init_static_parts.go:20:18: new(int) escapes to heap
./init_static_parts.go:21:30: make([]int, 3) escapes to heap
./init_static_parts.go:22:40: map[string]int{} escapes to heap
./init_static_parts.go:23:36: ... argument does not escape
./init_static_parts.go:23:37: 3 escapes to heap

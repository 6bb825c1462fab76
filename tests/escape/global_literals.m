./global_literals.go:16:13: ... argument does not escape
./global_literals.go:16:19: names["a"] escapes to heap
./global_literals.go:16:29: ptr.v escapes to heap
./global_literals.go:16:35: fn() escapes to heap
./global_literals.go:16:42: len(list) escapes to heap
./global_literals.go:7:27: map[string]int{...} escapes to heap

./map_lit.go:4:21: map[string]int{...} does not escape
./map_lit.go:9:23: map[string]int{...} escapes to heap
./map_lit.go:13:11: make(map[int]int) does not escape
./map_lit.go:19:2: moved to heap: x
./map_lit.go:20:22: map[string]*int{...} does not escape

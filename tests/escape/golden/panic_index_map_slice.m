./panic_index_map_slice.go:7:23: map[string][]int{...} does not escape
./panic_index_map_slice.go:7:29: []int{...} escapes to heap
./panic_index_map_slice.go:9:13: ... argument does not escape
./panic_index_map_slice.go:9:20: m["a"][k] escapes to heap
./panic_index_map_slice.go:10:13: ... argument does not escape
./panic_index_map_slice.go:10:20: m["b"][k] escapes to heap

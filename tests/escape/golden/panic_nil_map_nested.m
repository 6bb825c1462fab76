./panic_nil_map_nested.go:7:32: map[string]map[string]int{...} escapes to heap
./panic_nil_map_nested.go:7:38: map[string]int{} escapes to heap
./panic_nil_map_nested.go:9:13: ... argument does not escape
./panic_nil_map_nested.go:11:13: ... argument does not escape

./panic_in_method_nil_map.go:8:7: r does not escape
./panic_in_method_nil_map.go:8:29: leaking param: k
./panic_in_method_nil_map.go:11:8: &Registry{...} does not escape
./panic_in_method_nil_map.go:11:35: map[string]int{} escapes to heap
./panic_in_method_nil_map.go:13:13: ... argument does not escape

./fmt_nested_struct.go:25:18: []Addr{...} escapes to heap
./fmt_nested_struct.go:26:27: map[string]Addr{...} escapes to heap
./fmt_nested_struct.go:28:19: [][]int{...} escapes to heap
./fmt_nested_struct.go:28:20: []int{...} escapes to heap
./fmt_nested_struct.go:28:33: []int{} escapes to heap
./fmt_nested_struct.go:30:12: ... argument does not escape
./fmt_nested_struct.go:30:13: p escapes to heap
./fmt_nested_struct.go:31:12: ... argument does not escape
./fmt_nested_struct.go:31:13: p escapes to heap
./fmt_nested_struct.go:32:12: ... argument does not escape
./fmt_nested_struct.go:32:13: p escapes to heap
./fmt_nested_struct.go:35:12: ... argument does not escape
./fmt_nested_struct.go:35:13: e escapes to heap
./fmt_nested_struct.go:35:13: e escapes to heap
./fmt_nested_struct.go:35:13: e escapes to heap
./fmt_nested_struct.go:42:12: ... argument does not escape
./fmt_nested_struct.go:42:13: anon escapes to heap
./fmt_nested_struct.go:42:13: anon escapes to heap
./fmt_nested_struct.go:42:13: anon escapes to heap

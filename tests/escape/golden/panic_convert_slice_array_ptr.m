./panic_convert_slice_array_ptr.go:8:12: []int{...} escapes to heap
./panic_convert_slice_array_ptr.go:11:13: ... argument does not escape
./panic_convert_slice_array_ptr.go:11:15: s[0] escapes to heap
./panic_convert_slice_array_ptr.go:11:23: len(p) escapes to heap
./panic_convert_slice_array_ptr.go:14:13: ... argument does not escape

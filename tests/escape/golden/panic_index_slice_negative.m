./panic_index_slice_negative.go:8:12: []int{...} does not escape
./panic_index_slice_negative.go:10:13: ... argument does not escape
./panic_index_slice_negative.go:10:15: s[k + 2] escapes to heap
./panic_index_slice_negative.go:11:13: ... argument does not escape
./panic_index_slice_negative.go:11:15: s[k] escapes to heap

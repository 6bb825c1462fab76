./panic_index_slice_write.go:7:15: []string{...} escapes to heap
./panic_index_slice_write.go:10:14: ... argument does not escape
./panic_index_slice_write.go:10:14: s escapes to heap

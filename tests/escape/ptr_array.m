./ptr_array.go:8:10: &T{...} escapes to heap

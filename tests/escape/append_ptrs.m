./append_ptrs.go:8:21: &Point{...} escapes to heap

./for_range.go:6:11: []T{...} escapes to heap

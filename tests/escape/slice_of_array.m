./slice_of_array.go:12:6: moved to heap: b

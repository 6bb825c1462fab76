./switch_alloc.go:9:7: &T{...} escapes to heap
./switch_alloc.go:11:10: new(T) escapes to heap
./switch_alloc.go:19:8: &T{...} does not escape

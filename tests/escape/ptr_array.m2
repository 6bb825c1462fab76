./ptr_array.go:8:10: &T{...} escapes to heap:
./ptr_array.go:8:10:   flow: a = &{storage for &T{...}}:
./ptr_array.go:8:10:     from &T{...} (spill) at ./ptr_array.go:8:10
./ptr_array.go:8:10:     from a[i] = &T{...} (assign) at ./ptr_array.go:8:8
./ptr_array.go:8:10:   flow: {temp} = a:
./ptr_array.go:8:10: &T{...} escapes to heap

./panic_slice_array_ptr.go:6:13: leaking param: p to result ~r0 level=0
./panic_slice_array_ptr.go:9:2: moved to heap: arr
./panic_slice_array_ptr.go:10:13: ... argument does not escape
./panic_slice_array_ptr.go:10:20: window(&arr, 1, 3) escapes to heap
./panic_slice_array_ptr.go:11:13: ... argument does not escape
./panic_slice_array_ptr.go:11:20: window(&arr, 2, 7) escapes to heap

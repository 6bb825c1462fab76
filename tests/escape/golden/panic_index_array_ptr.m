./panic_index_array_ptr.go:6:10: p does not escape
./panic_index_array_ptr.go:12:14: ... argument does not escape
./panic_index_array_ptr.go:12:21: string(buf[:]) escapes to heap
./panic_index_array_ptr.go:12:21: string(buf[:]) escapes to heap

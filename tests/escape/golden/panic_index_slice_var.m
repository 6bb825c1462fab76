./panic_index_slice_var.go:7:10: s does not escape
./panic_index_slice_var.go:10:11: make([]int, 3, 10) does not escape
./panic_index_slice_var.go:11:13: ... argument does not escape
./panic_index_slice_var.go:11:17: get(s, 2) escapes to heap
./panic_index_slice_var.go:11:28: cap(s) escapes to heap
./panic_index_slice_var.go:12:13: ... argument does not escape
./panic_index_slice_var.go:12:17: get(s, 3) escapes to heap

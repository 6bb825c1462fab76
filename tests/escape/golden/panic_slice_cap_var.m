./panic_slice_cap_var.go:8:12: []int{...} escapes to heap
./panic_slice_cap_var.go:10:13: ... argument does not escape
./panic_slice_cap_var.go:10:15: s[:n] escapes to heap
./panic_slice_cap_var.go:12:13: ... argument does not escape
./panic_slice_cap_var.go:12:15: s[:n] escapes to heap

./panic_slice_low_var.go:8:11: make([]int, 3, 8) escapes to heap
./panic_slice_low_var.go:10:13: ... argument does not escape
./panic_slice_low_var.go:10:15: s[lo:] escapes to heap
./panic_slice_low_var.go:10:25: len(s[lo:]) escapes to heap
./panic_slice_low_var.go:12:13: ... argument does not escape
./panic_slice_low_var.go:12:15: s[lo:] escapes to heap

./panic_slice_inverted_var.go:8:12: []int{...} escapes to heap
./panic_slice_inverted_var.go:10:13: ... argument does not escape
./panic_slice_inverted_var.go:10:15: s[hi:lo] escapes to heap
./panic_slice_inverted_var.go:11:13: ... argument does not escape
./panic_slice_inverted_var.go:11:15: s[lo:hi] escapes to heap

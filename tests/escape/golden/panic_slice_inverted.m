./panic_slice_inverted.go:10:13: ... argument does not escape
./panic_slice_inverted.go:10:15: s[hi:lo] escapes to heap
./panic_slice_inverted.go:11:13: ... argument does not escape
./panic_slice_inverted.go:11:15: s[lo:hi] escapes to heap

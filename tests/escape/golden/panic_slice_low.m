./panic_slice_low.go:10:13: ... argument does not escape
./panic_slice_low.go:10:15: s[5:] escapes to heap
./panic_slice_low.go:11:13: ... argument does not escape
./panic_slice_low.go:11:15: s[lo:] escapes to heap

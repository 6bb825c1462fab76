./panic_slice_bounds.go:10:13: ... argument does not escape
./panic_slice_bounds.go:10:15: s[1:3] escapes to heap
./panic_slice_bounds.go:11:13: ... argument does not escape
./panic_slice_bounds.go:11:15: s[1:hi] escapes to heap

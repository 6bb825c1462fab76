./panic_slice_nil.go:9:13: ... argument does not escape
./panic_slice_nil.go:9:20: s[:0] == nil escapes to heap
./panic_slice_nil.go:11:13: ... argument does not escape
./panic_slice_nil.go:11:15: s[:n] escapes to heap

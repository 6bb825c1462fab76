./panic_nil_array_ptr.go:9:13: ... argument does not escape
./panic_nil_array_ptr.go:9:17: len(p) escapes to heap
./panic_nil_array_ptr.go:11:13: ... argument does not escape
./panic_nil_array_ptr.go:11:15: p[i] escapes to heap

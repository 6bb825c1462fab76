./panic_index_nil_slice.go:8:13: ... argument does not escape
./panic_index_nil_slice.go:8:17: len(s) escapes to heap
./panic_index_nil_slice.go:8:24: s == nil escapes to heap
./panic_index_nil_slice.go:11:13: ... argument does not escape
./panic_index_nil_slice.go:11:14: "unreachable" escapes to heap

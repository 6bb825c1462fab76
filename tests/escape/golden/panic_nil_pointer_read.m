./panic_nil_pointer_read.go:10:13: ... argument does not escape
./panic_nil_pointer_read.go:10:16: p == nil escapes to heap
./panic_nil_pointer_read.go:11:13: ... argument does not escape
./panic_nil_pointer_read.go:11:14: *p escapes to heap

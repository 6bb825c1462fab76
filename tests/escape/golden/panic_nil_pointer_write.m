./panic_nil_pointer_write.go:6:10: p does not escape
./panic_nil_pointer_write.go:11:13: ... argument does not escape
./panic_nil_pointer_write.go:11:13: x escapes to heap
./panic_nil_pointer_write.go:13:13: ... argument does not escape
./panic_nil_pointer_write.go:13:14: "unreachable" escapes to heap

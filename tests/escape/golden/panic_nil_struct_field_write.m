./panic_nil_struct_field_write.go:12:7: &Node{...} does not escape
./panic_nil_struct_field_write.go:13:11: &Node{...} escapes to heap
./panic_nil_struct_field_write.go:15:14: ... argument does not escape
./panic_nil_struct_field_write.go:15:16: p.Val escapes to heap

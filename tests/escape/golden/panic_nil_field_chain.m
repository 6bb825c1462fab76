./panic_nil_field_chain.go:13:10: &Node{...} does not escape
./panic_nil_field_chain.go:13:21: &Node{...} escapes to heap
./panic_nil_field_chain.go:13:32: &Node{...} escapes to heap
./panic_nil_field_chain.go:16:14: ... argument does not escape
./panic_nil_field_chain.go:16:16: n.Name escapes to heap

./mem_nil_field_write.go:11:7: &Node{...} does not escape
./mem_nil_field_write.go:12:11: &Node{...} escapes to heap
./mem_nil_field_write.go:13:13: ... argument does not escape
./mem_nil_field_write.go:13:15: n.Val escapes to heap
./mem_nil_field_write.go:13:27: n.Next.Val escapes to heap
./mem_nil_field_write.go:15:13: ... argument does not escape
./mem_nil_field_write.go:15:14: "unreachable" escapes to heap

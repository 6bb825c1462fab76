./panic_nil_struct_field_write.go:13:11: &Node{...} escapes to heap:
./panic_nil_struct_field_write.go:13:11:   flow: {heap} = &{storage for &Node{...}}:
./panic_nil_struct_field_write.go:13:11:     from &Node{...} (spill) at ./panic_nil_struct_field_write.go:13:11
./panic_nil_struct_field_write.go:13:11:     from n.Next = &Node{...} (assign) at ./panic_nil_struct_field_write.go:13:9
./panic_nil_struct_field_write.go:15:16: p.Val escapes to heap:
./panic_nil_struct_field_write.go:15:16:   flow: {storage for ... argument} = &{storage for p.Val}:
./panic_nil_struct_field_write.go:15:16:     from p.Val (spill) at ./panic_nil_struct_field_write.go:15:16
./panic_nil_struct_field_write.go:15:16:     from ... argument (slice-literal-element) at ./panic_nil_struct_field_write.go:15:14
./panic_nil_struct_field_write.go:15:16:   flow: {heap} = {storage for ... argument}:
./panic_nil_struct_field_write.go:15:16:     from ... argument (spill) at ./panic_nil_struct_field_write.go:15:14
./panic_nil_struct_field_write.go:15:16:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_struct_field_write.go:15:14
./panic_nil_struct_field_write.go:12:7: &Node{...} does not escape
./panic_nil_struct_field_write.go:13:11: &Node{...} escapes to heap
./panic_nil_struct_field_write.go:15:14: ... argument does not escape
./panic_nil_struct_field_write.go:15:16: p.Val escapes to heap

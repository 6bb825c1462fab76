./mem_nil_field_write.go:12:11: &Node{...} escapes to heap:
./mem_nil_field_write.go:12:11:   flow: {heap} = &{storage for &Node{...}}:
./mem_nil_field_write.go:12:11:     from &Node{...} (spill) at ./mem_nil_field_write.go:12:11
./mem_nil_field_write.go:12:11:     from n.Next = &Node{...} (assign) at ./mem_nil_field_write.go:12:9
./mem_nil_field_write.go:15:14: "unreachable" escapes to heap:
./mem_nil_field_write.go:15:14:   flow: {storage for ... argument} = &{storage for "unreachable"}:
./mem_nil_field_write.go:15:14:     from "unreachable" (spill) at ./mem_nil_field_write.go:15:14
./mem_nil_field_write.go:15:14:     from ... argument (slice-literal-element) at ./mem_nil_field_write.go:15:13
./mem_nil_field_write.go:15:14:   flow: {heap} = {storage for ... argument}:
./mem_nil_field_write.go:15:14:     from ... argument (spill) at ./mem_nil_field_write.go:15:13
./mem_nil_field_write.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./mem_nil_field_write.go:15:13
./mem_nil_field_write.go:13:27: n.Next.Val escapes to heap:
./mem_nil_field_write.go:13:27:   flow: {storage for ... argument} = &{storage for n.Next.Val}:
./mem_nil_field_write.go:13:27:     from n.Next.Val (spill) at ./mem_nil_field_write.go:13:27
./mem_nil_field_write.go:13:27:     from ... argument (slice-literal-element) at ./mem_nil_field_write.go:13:13
./mem_nil_field_write.go:13:27:   flow: {heap} = {storage for ... argument}:
./mem_nil_field_write.go:13:27:     from ... argument (spill) at ./mem_nil_field_write.go:13:13
./mem_nil_field_write.go:13:27:     from fmt.Println(... argument...) (call parameter) at ./mem_nil_field_write.go:13:13
./mem_nil_field_write.go:13:15: n.Val escapes to heap:
./mem_nil_field_write.go:13:15:   flow: {storage for ... argument} = &{storage for n.Val}:
./mem_nil_field_write.go:13:15:     from n.Val (spill) at ./mem_nil_field_write.go:13:15
./mem_nil_field_write.go:13:15:     from ... argument (slice-literal-element) at ./mem_nil_field_write.go:13:13
./mem_nil_field_write.go:13:15:   flow: {heap} = {storage for ... argument}:
./mem_nil_field_write.go:13:15:     from ... argument (spill) at ./mem_nil_field_write.go:13:13
./mem_nil_field_write.go:13:15:     from fmt.Println(... argument...) (call parameter) at ./mem_nil_field_write.go:13:13
./mem_nil_field_write.go:11:7: &Node{...} does not escape
./mem_nil_field_write.go:12:11: &Node{...} escapes to heap
./mem_nil_field_write.go:13:13: ... argument does not escape
./mem_nil_field_write.go:13:15: n.Val escapes to heap
./mem_nil_field_write.go:13:27: n.Next.Val escapes to heap
./mem_nil_field_write.go:15:13: ... argument does not escape
./mem_nil_field_write.go:15:14: "unreachable" escapes to heap

./panic_nil_pointer_write.go:6:10: p does not escape
./panic_nil_pointer_write.go:13:14: "unreachable" escapes to heap:
./panic_nil_pointer_write.go:13:14:   flow: {storage for ... argument} = &{storage for "unreachable"}:
./panic_nil_pointer_write.go:13:14:     from "unreachable" (spill) at ./panic_nil_pointer_write.go:13:14
./panic_nil_pointer_write.go:13:14:     from ... argument (slice-literal-element) at ./panic_nil_pointer_write.go:13:13
./panic_nil_pointer_write.go:13:14:   flow: {heap} = {storage for ... argument}:
./panic_nil_pointer_write.go:13:14:     from ... argument (spill) at ./panic_nil_pointer_write.go:13:13
./panic_nil_pointer_write.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_pointer_write.go:13:13
./panic_nil_pointer_write.go:11:13: x escapes to heap:
./panic_nil_pointer_write.go:11:13:   flow: {storage for ... argument} = &{storage for x}:
./panic_nil_pointer_write.go:11:13:     from x (spill) at ./panic_nil_pointer_write.go:11:13
./panic_nil_pointer_write.go:11:13:     from ... argument (slice-literal-element) at ./panic_nil_pointer_write.go:11:13
./panic_nil_pointer_write.go:11:13:   flow: {heap} = {storage for ... argument}:
./panic_nil_pointer_write.go:11:13:     from ... argument (spill) at ./panic_nil_pointer_write.go:11:13
./panic_nil_pointer_write.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_pointer_write.go:11:13
./panic_nil_pointer_write.go:11:13: ... argument does not escape
./panic_nil_pointer_write.go:11:13: x escapes to heap
./panic_nil_pointer_write.go:13:13: ... argument does not escape
./panic_nil_pointer_write.go:13:14: "unreachable" escapes to heap

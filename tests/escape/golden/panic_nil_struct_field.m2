./panic_nil_struct_field.go:12:11: p does not escape
./panic_nil_struct_field.go:17:18: getY(p) escapes to heap:
./panic_nil_struct_field.go:17:18:   flow: {storage for ... argument} = &{storage for getY(p)}:
./panic_nil_struct_field.go:17:18:     from getY(p) (spill) at ./panic_nil_struct_field.go:17:18
./panic_nil_struct_field.go:17:18:     from ... argument (slice-literal-element) at ./panic_nil_struct_field.go:17:13
./panic_nil_struct_field.go:17:18:   flow: {heap} = {storage for ... argument}:
./panic_nil_struct_field.go:17:18:     from ... argument (spill) at ./panic_nil_struct_field.go:17:13
./panic_nil_struct_field.go:17:18:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_struct_field.go:17:13
./panic_nil_struct_field.go:15:18: getY(&Point{...}) escapes to heap:
./panic_nil_struct_field.go:15:18:   flow: {storage for ... argument} = &{storage for getY(&Point{...})}:
./panic_nil_struct_field.go:15:18:     from getY(&Point{...}) (spill) at ./panic_nil_struct_field.go:15:18
./panic_nil_struct_field.go:15:18:     from ... argument (slice-literal-element) at ./panic_nil_struct_field.go:15:13
./panic_nil_struct_field.go:15:18:   flow: {heap} = {storage for ... argument}:
./panic_nil_struct_field.go:15:18:     from ... argument (spill) at ./panic_nil_struct_field.go:15:13
./panic_nil_struct_field.go:15:18:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_struct_field.go:15:13
./panic_nil_struct_field.go:15:13: ... argument does not escape
./panic_nil_struct_field.go:15:18: getY(&Point{...}) escapes to heap
./panic_nil_struct_field.go:15:19: &Point{...} does not escape
./panic_nil_struct_field.go:17:13: ... argument does not escape
./panic_nil_struct_field.go:17:18: getY(p) escapes to heap

./panic_nil_struct_field.go:12:11: p does not escape
./panic_nil_struct_field.go:15:13: ... argument does not escape
./panic_nil_struct_field.go:15:18: getY(&Point{...}) escapes to heap
./panic_nil_struct_field.go:15:19: &Point{...} does not escape
./panic_nil_struct_field.go:17:13: ... argument does not escape
./panic_nil_struct_field.go:17:18: getY(p) escapes to heap

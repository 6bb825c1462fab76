./op_assign.go:14:13: ... argument does not escape
./op_assign.go:14:13: i escapes to heap
./op_assign.go:22:13: ... argument does not escape
./op_assign.go:22:13: i escapes to heap
./op_assign.go:26:13: ... argument does not escape
./op_assign.go:26:13: i escapes to heap
./op_assign.go:30:13: ... argument does not escape
./op_assign.go:30:13: u8 escapes to heap
./op_assign.go:32:13: ... argument does not escape
./op_assign.go:32:13: u8 escapes to heap
./op_assign.go:34:13: ... argument does not escape
./op_assign.go:34:13: u8 escapes to heap
./op_assign.go:36:13: ... argument does not escape
./op_assign.go:36:13: u8 escapes to heap
./op_assign.go:39:13: ... argument does not escape
./op_assign.go:39:13: i8 escapes to heap
./op_assign.go:42:13: ... argument does not escape
./op_assign.go:42:13: i8 escapes to heap
./op_assign.go:44:13: ... argument does not escape
./op_assign.go:44:13: i8 escapes to heap
./op_assign.go:50:13: ... argument does not escape
./op_assign.go:50:13: f escapes to heap
./op_assign.go:54:13: ... argument does not escape
./op_assign.go:54:13: f32 escapes to heap
./op_assign.go:60:13: ... argument does not escape
./op_assign.go:60:13: s escapes to heap
./op_assign.go:60:20: len(s) escapes to heap
./op_assign.go:65:13: ... argument does not escape
./op_assign.go:65:13: r escapes to heap
./op_assign.go:65:23: string(r) escapes to heap
./op_assign.go:65:23: string(r) escapes to heap
./op_assign.go:71:13: ... argument does not escape
./op_assign.go:71:13: n escapes to heap

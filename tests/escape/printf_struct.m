./printf_struct.go:7:48: ... argument does not escape
./printf_struct.go:7:59: p.X escapes to heap
./printf_struct.go:10:2: moved to heap: p
./printf_struct.go:11:13: ... argument does not escape
./printf_struct.go:11:13: p escapes to heap
./printf_struct.go:12:12: ... argument does not escape
./printf_struct.go:12:13: p escapes to heap
./printf_struct.go:13:7: &P{...} escapes to heap
./printf_struct.go:14:13: ... argument does not escape

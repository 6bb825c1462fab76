./struct_with_array.go:13:7: r does not escape
./struct_with_array.go:23:13: make([]int, 0, r.n) escapes to heap
./struct_with_array.go:38:14: ... argument does not escape
./struct_with_array.go:38:22: Ring.Items(r) escapes to heap
./struct_with_array.go:38:27: r.buf escapes to heap
./struct_with_array.go:44:13: ... argument does not escape
./struct_with_array.go:44:13: a escapes to heap
./struct_with_array.go:44:13: b escapes to heap
./struct_with_array.go:44:22: a == b escapes to heap
./struct_with_array.go:46:13: ... argument does not escape
./struct_with_array.go:46:16: a == b escapes to heap
./struct_with_array.go:50:13: ... argument does not escape
./struct_with_array.go:50:24: Ring.Items(snap) escapes to heap
./struct_with_array.go:50:35: Ring.Items(r) escapes to heap

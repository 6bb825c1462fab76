./recursive_struct.go:8:13: leaking param: t
./recursive_struct.go:10:10: &Tree{...} escapes to heap
./recursive_struct.go:20:10: t does not escape
./recursive_struct.go:29:25: []int{...} does not escape

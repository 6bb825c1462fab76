./struct_lit.go:5:41: &Point{...} escapes to heap
./struct_lit.go:8:7: &Point{...} does not escape

./struct_lit.go:5:41: &Point{...} escapes to heap:
./struct_lit.go:5:41:   flow: ~r0 = &{storage for &Point{...}}:
./struct_lit.go:5:41:     from &Point{...} (spill) at ./struct_lit.go:5:41
./struct_lit.go:5:41:     from return &Point{...} (return) at ./struct_lit.go:5:34
./struct_lit.go:5:41: &Point{...} escapes to heap
./struct_lit.go:8:7: &Point{...} does not escape

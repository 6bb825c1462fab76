./slice_lit.go:4:12: []int{...} does not escape
./slice_lit.go:9:14: []int{...} escapes to heap
./slice_lit.go:14:13: []*int{...} does not escape
./slice_lit.go:21:2: moved to heap: c
./slice_lit.go:22:15: []*int{...} escapes to heap

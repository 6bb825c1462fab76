./slice_lit.go:4:12: []int{...} does not escape
./slice_lit.go:9:14: []int{...} escapes to heap:
./slice_lit.go:9:14:   flow: ~r0 = &{storage for []int{...}}:
./slice_lit.go:9:14:     from []int{...} (spill) at ./slice_lit.go:9:14
./slice_lit.go:9:14:     from return []int{...} (return) at ./slice_lit.go:9:2
./slice_lit.go:9:14: []int{...} escapes to heap
./slice_lit.go:14:13: []*int{...} does not escape
./slice_lit.go:22:15: []*int{...} escapes to heap:
./slice_lit.go:22:15:   flow: {heap} = &{storage for []*int{...}}:
./slice_lit.go:22:15:     from []*int{...} (spill) at ./slice_lit.go:22:15
./slice_lit.go:22:15:     from keep = []*int{...} (assign) at ./slice_lit.go:22:7
./slice_lit.go:21:2: c escapes to heap:
./slice_lit.go:21:2:   flow: {storage for []*int{...}} = &c:
./slice_lit.go:21:2:     from &c (address-of) at ./slice_lit.go:22:16
./slice_lit.go:21:2:     from []*int{...} (slice-literal-element) at ./slice_lit.go:22:15
./slice_lit.go:21:2: moved to heap: c
./slice_lit.go:22:15: []*int{...} escapes to heap

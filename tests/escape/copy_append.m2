./copy_append.go:5:11: make([]int, len(a)) escapes to heap:
./copy_append.go:5:11:   flow: {heap} = &{storage for make([]int, len(a))}:
./copy_append.go:5:11:     from make([]int, len(a)) (non-constant size) at ./copy_append.go:5:11
./copy_append.go:10:2: x escapes to heap:
./copy_append.go:10:2:   flow: {storage for []*int{...}} = &x:
./copy_append.go:10:2:     from &x (address-of) at ./copy_append.go:11:15
./copy_append.go:10:2:     from []*int{...} (slice-literal-element) at ./copy_append.go:11:14
./copy_append.go:10:2:   flow: ps = &{storage for []*int{...}}:
./copy_append.go:10:2:     from []*int{...} (spill) at ./copy_append.go:11:14
./copy_append.go:10:2:     from ps := []*int{...} (assign) at ./copy_append.go:11:5
./copy_append.go:10:2:   flow: {heap} = *ps:
./copy_append.go:10:2:     from copy(qs, ps) (call parameter) at ./copy_append.go:13:6
./copy_append.go:10:2:     from copy(qs, ps) (copied slice) at ./copy_append.go:13:6
./copy_append.go:10:2: moved to heap: x
./copy_append.go:4:12: []int{...} does not escape
./copy_append.go:5:11: make([]int, len(a)) escapes to heap
./copy_append.go:11:14: []*int{...} does not escape
./copy_append.go:12:12: make([]*int, 1) does not escape

./copy_append.go:10:2: moved to heap: x
./copy_append.go:4:12: []int{...} does not escape
./copy_append.go:5:11: make([]int, len(a)) escapes to heap
./copy_append.go:11:14: []*int{...} does not escape
./copy_append.go:12:12: make([]*int, 1) does not escape

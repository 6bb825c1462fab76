./big_alloc.go:6:10: new(Big) escapes to heap:
./big_alloc.go:6:10:   flow: {heap} = &{storage for new(Big)}:
./big_alloc.go:6:10:     from new(Big) (too large for stack) at ./big_alloc.go:6:10
./big_alloc.go:11:14: make([]int, 8193) escapes to heap:
./big_alloc.go:11:14:   flow: {heap} = &{storage for make([]int, 8193)}:
./big_alloc.go:11:14:     from make([]int, 8193) (too large for stack) at ./big_alloc.go:11:14
./big_alloc.go:6:10: new(Big) escapes to heap
./big_alloc.go:10:13: make([]int, 8192) does not escape
./big_alloc.go:11:14: make([]int, 8193) escapes to heap

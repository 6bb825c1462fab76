./make_slice.go:4:11: make([]int, 10) does not escape
./make_slice.go:10:11: make([]int, n) escapes to heap:
./make_slice.go:10:11:   flow: {heap} = &{storage for make([]int, n)}:
./make_slice.go:10:11:     from make([]int, n) (non-constant size) at ./make_slice.go:10:11
./make_slice.go:10:11: make([]int, n) escapes to heap
./make_slice.go:15:13: make([]int, 3) escapes to heap:
./make_slice.go:15:13:   flow: ~r0 = &{storage for make([]int, 3)}:
./make_slice.go:15:13:     from make([]int, 3) (spill) at ./make_slice.go:15:13
./make_slice.go:15:13:     from return make([]int, 3) (return) at ./make_slice.go:15:2
./make_slice.go:15:13: make([]int, 3) escapes to heap
./make_slice.go:19:11: make([]byte, 100000) escapes to heap:
./make_slice.go:19:11:   flow: {heap} = &{storage for make([]byte, 100000)}:
./make_slice.go:19:11:     from make([]byte, 100000) (too large for stack) at ./make_slice.go:19:11
./make_slice.go:19:11: make([]byte, 100000) escapes to heap
./make_slice.go:24:11: make([]int, 0, 8) does not escape

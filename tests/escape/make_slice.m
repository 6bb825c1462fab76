./make_slice.go:4:11: make([]int, 10) does not escape
./make_slice.go:10:11: make([]int, n) escapes to heap
./make_slice.go:15:13: make([]int, 3) escapes to heap
./make_slice.go:19:11: make([]byte, 100000) escapes to heap
./make_slice.go:24:11: make([]int, 0, 8) does not escape

./big_alloc.go:6:10: new(Big) escapes to heap
./big_alloc.go:10:13: make([]int, 8192) does not escape
./big_alloc.go:11:14: make([]int, 8193) escapes to heap

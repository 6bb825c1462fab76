./init_func.go:7:2: moved to heap: x
./init_func.go:6:14: make(map[int]*int) escapes to heap

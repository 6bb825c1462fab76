./init_func.go:6:14: make(map[int]*int) escapes to heap:
./init_func.go:6:14:   flow: {heap} = &{storage for make(map[int]*int)}:
./init_func.go:6:14:     from make(map[int]*int) (spill) at ./init_func.go:6:14
./init_func.go:6:14:     from cache = make(map[int]*int) (assign) at ./init_func.go:6:8
./init_func.go:7:2: x escapes to heap:
./init_func.go:7:2:   flow: {heap} = &x:
./init_func.go:7:2:     from &x (address-of) at ./init_func.go:8:13
./init_func.go:7:2:     from cache[1] = &x (assign) at ./init_func.go:8:11
./init_func.go:7:2: moved to heap: x
./init_func.go:6:14: make(map[int]*int) escapes to heap

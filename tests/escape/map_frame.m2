./map_frame.go:9:11: make(map[int]int) does not escape
./map_frame.go:10:11: make(map[int]int, n) does not escape
./map_frame.go:11:11: make(map[int]int, 100) does not escape
./map_frame.go:12:21: map[string]int{...} does not escape
./map_frame.go:18:14: x escapes to heap:
./map_frame.go:18:14:   flow: {heap} = &x:
./map_frame.go:18:14:     from &x (address-of) at ./map_frame.go:20:4
./map_frame.go:18:14:     from m[&x] (key of map put) at ./map_frame.go:20:3
./map_frame.go:18:17: y escapes to heap:
./map_frame.go:18:17:   flow: {heap} = &y:
./map_frame.go:18:17:     from &y (address-of) at ./map_frame.go:20:10
./map_frame.go:18:17:     from m[&x] = &y (assign) at ./map_frame.go:20:8
./map_frame.go:18:14: moved to heap: x
./map_frame.go:18:17: moved to heap: y
./map_frame.go:19:20: map[*int]*int{} does not escape
./map_frame.go:26:20: map[int]int{} escapes to heap:
./map_frame.go:26:20:   flow: {heap} = &{storage for map[int]int{}}:
./map_frame.go:26:20:     from map[int]int{} (spill) at ./map_frame.go:26:20
./map_frame.go:26:20:     from sink = map[int]int{} (assign) at ./map_frame.go:26:7
./map_frame.go:28:17: make(map[int]int) escapes to heap:
./map_frame.go:28:17:   flow: {heap} = &{storage for make(map[int]int)}:
./map_frame.go:28:17:     from make(map[int]int) (spill) at ./map_frame.go:28:17
./map_frame.go:28:17:     from outer[0] = make(map[int]int) (assign) at ./map_frame.go:28:11
./map_frame.go:29:13: make(map[int]int, len(outer)) escapes to heap:
./map_frame.go:29:13:   flow: ~r0 = &{storage for make(map[int]int, len(outer))}:
./map_frame.go:29:13:     from make(map[int]int, len(outer)) (spill) at ./map_frame.go:29:13
./map_frame.go:29:13:     from return make(map[int]int, len(outer)) (return) at ./map_frame.go:29:2
./map_frame.go:26:20: map[int]int{} escapes to heap
./map_frame.go:27:30: map[int]map[int]int{} does not escape
./map_frame.go:28:17: make(map[int]int) escapes to heap
./map_frame.go:29:13: make(map[int]int, len(outer)) escapes to heap
./map_frame.go:36:19: map[int]int{...} escapes to heap:
./map_frame.go:36:19:   flow: m = &{storage for map[int]int{...}}:
./map_frame.go:36:19:     from map[int]int{...} (spill) at ./map_frame.go:36:19
./map_frame.go:36:19:     from m := map[int]int{...} (assign) at ./map_frame.go:36:5
./map_frame.go:36:19:   flow: last = m:
./map_frame.go:36:19:     from last = m (assign) at ./map_frame.go:37:8
./map_frame.go:36:19: map[int]int{...} escapes to heap

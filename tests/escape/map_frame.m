./map_frame.go:9:11: make(map[int]int) does not escape
./map_frame.go:10:11: make(map[int]int, n) does not escape
./map_frame.go:11:11: make(map[int]int, 100) does not escape
./map_frame.go:12:21: map[string]int{...} does not escape
./map_frame.go:18:14: moved to heap: x
./map_frame.go:18:17: moved to heap: y
./map_frame.go:19:20: map[*int]*int{} does not escape
./map_frame.go:26:20: map[int]int{} escapes to heap
./map_frame.go:27:30: map[int]map[int]int{} does not escape
./map_frame.go:28:17: make(map[int]int) escapes to heap
./map_frame.go:29:13: make(map[int]int, len(outer)) escapes to heap
./map_frame.go:36:19: map[int]int{...} escapes to heap

./map_ops.go:5:2: moved to heap: x
./map_ops.go:8:2: moved to heap: y
./map_ops.go:4:11: make(map[string]*int) does not escape

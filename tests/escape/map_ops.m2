./map_ops.go:5:2: x escapes to heap:
./map_ops.go:5:2:   flow: {heap} = &x:
./map_ops.go:5:2:     from &x (address-of) at ./map_ops.go:6:11
./map_ops.go:5:2:     from m["a"] = &x (assign) at ./map_ops.go:6:9
./map_ops.go:8:2: y escapes to heap:
./map_ops.go:8:2:   flow: {heap} = &y:
./map_ops.go:8:2:     from &y (address-of) at ./map_ops.go:9:9
./map_ops.go:8:2:     from m[k] = &y (assign) at ./map_ops.go:9:7
./map_ops.go:5:2: moved to heap: x
./map_ops.go:8:2: moved to heap: y
./map_ops.go:4:11: make(map[string]*int) does not escape

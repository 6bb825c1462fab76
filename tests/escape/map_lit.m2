./map_lit.go:4:21: map[string]int{...} does not escape
./map_lit.go:9:23: map[string]int{...} escapes to heap:
./map_lit.go:9:23:   flow: ~r0 = &{storage for map[string]int{...}}:
./map_lit.go:9:23:     from map[string]int{...} (spill) at ./map_lit.go:9:23
./map_lit.go:9:23:     from return map[string]int{...} (return) at ./map_lit.go:9:2
./map_lit.go:9:23: map[string]int{...} escapes to heap
./map_lit.go:13:11: make(map[int]int) does not escape
./map_lit.go:19:2: x escapes to heap:
./map_lit.go:19:2:   flow: {heap} = &x:
./map_lit.go:19:2:     from &x (address-of) at ./map_lit.go:20:28
./map_lit.go:19:2:     from map[string]*int{...} (map literal value) at ./map_lit.go:20:22
./map_lit.go:19:2: moved to heap: x
./map_lit.go:20:22: map[string]*int{...} does not escape

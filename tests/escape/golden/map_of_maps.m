./map_of_maps.go:7:10: m does not escape
./map_of_maps.go:7:39: leaking param: a
./map_of_maps.go:7:42: leaking param: b
./map_of_maps.go:10:15: make(map[string]int) escapes to heap
./map_of_maps.go:17:32: map[string]map[string]int{} escapes to heap
./map_of_maps.go:22:13: ... argument does not escape
./map_of_maps.go:22:20: len(m) escapes to heap
./map_of_maps.go:22:28: len(m["x"]) escapes to heap
./map_of_maps.go:23:13: ... argument does not escape
./map_of_maps.go:23:20: m["z"]["anything"] escapes to heap
./map_of_maps.go:23:41: m["z"] == nil escapes to heap
./map_of_maps.go:27:13: ... argument does not escape
./map_of_maps.go:30:13: ... argument does not escape
./map_of_maps.go:32:30: map[int]map[int]bool{} escapes to heap
./map_of_maps.go:34:25: map[int]bool{} escapes to heap
./map_of_maps.go:43:13: ... argument does not escape
./map_of_maps.go:43:13: total escapes to heap

./range_map_delete.go:8:11: make(map[int]string) does not escape
./range_map_delete.go:17:13: ... argument does not escape
./range_map_delete.go:17:17: len(m) escapes to heap
./range_map_delete.go:24:13: ... argument does not escape
./range_map_delete.go:24:13: odd escapes to heap
./range_map_delete.go:34:13: ... argument does not escape
./range_map_delete.go:34:13: seen escapes to heap
./range_map_delete.go:34:23: len(m) escapes to heap
./range_map_delete.go:38:18: map[int]int{} does not escape
./range_map_delete.go:47:13: ... argument does not escape
./range_map_delete.go:47:13: visited escapes to heap
./range_map_delete.go:47:26: len(p) escapes to heap

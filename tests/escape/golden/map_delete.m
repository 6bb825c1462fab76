./map_delete.go:8:21: map[string]int{...} escapes to heap
./map_delete.go:10:13: ... argument does not escape
./map_delete.go:10:17: len(m) escapes to heap
./map_delete.go:12:13: ... argument does not escape
./map_delete.go:12:17: len(m) escapes to heap
./map_delete.go:14:13: ... argument does not escape
./map_delete.go:14:13: ok escapes to heap
./map_delete.go:17:13: ... argument does not escape
./map_delete.go:21:13: ... argument does not escape
./map_delete.go:21:17: len(nilMap) escapes to heap
./map_delete.go:23:13: make(map[int]int) escapes to heap
./map_delete.go:34:13: ... argument does not escape
./map_delete.go:34:17: len(big) escapes to heap
./map_delete.go:34:17: sum escapes to heap
./map_delete.go:38:13: ... argument does not escape
./map_delete.go:38:17: len(big) escapes to heap
./map_delete.go:41:15: []string{...} does not escape
./map_delete.go:45:13: ... argument does not escape

./map_array_keys.go:8:24: map[[3]int]string{} does not escape
./map_array_keys.go:11:13: ... argument does not escape
./map_array_keys.go:11:15: m[a] escapes to heap
./map_array_keys.go:11:23: len(m) escapes to heap
./map_array_keys.go:14:13: ... argument does not escape
./map_array_keys.go:14:13: ok escapes to heap
./map_array_keys.go:16:28: map[[2]string]int{...} does not escape
./map_array_keys.go:17:13: ... argument does not escape
./map_array_keys.go:17:19: names[[2]string{...}] escapes to heap
./map_array_keys.go:17:51: names[[2]string{...}] escapes to heap
./map_array_keys.go:19:26: map[[2]int]bool{} does not escape
./map_array_keys.go:24:13: ... argument does not escape
./map_array_keys.go:24:17: len(alive) escapes to heap
./map_array_keys.go:34:14: ... argument does not escape
./map_array_keys.go:34:14: line escapes to heap
./map_array_keys.go:36:13: ... argument does not escape
./map_array_keys.go:36:28: map[[2]int]int{...} escapes to heap

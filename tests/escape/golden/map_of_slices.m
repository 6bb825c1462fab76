./map_of_slices.go:8:28: map[int][]string{} escapes to heap
./map_of_slices.go:9:19: []string{...} does not escape
./map_of_slices.go:13:13: ... argument does not escape
./map_of_slices.go:14:13: ... argument does not escape
./map_of_slices.go:14:17: len(groups[2]) escapes to heap
./map_of_slices.go:14:40: groups[4] == nil escapes to heap
./map_of_slices.go:18:13: ... argument does not escape
./map_of_slices.go:18:20: groups[3] escapes to heap
./map_of_slices.go:20:13: ... argument does not escape
./map_of_slices.go:20:17: len(groups[3]) escapes to heap
./map_of_slices.go:20:33: len(s) escapes to heap
./map_of_slices.go:22:13: ... argument does not escape
./map_of_slices.go:22:20: groups[3] escapes to heap
./map_of_slices.go:24:28: map[string][]string{} escapes to heap
./map_of_slices.go:25:22: [][2]string{...} does not escape
./map_of_slices.go:29:13: ... argument does not escape
./map_of_slices.go:29:22: len(adj["a"]) escapes to heap
./map_of_slices.go:33:13: ... argument does not escape
./map_of_slices.go:33:17: adj["a"] escapes to heap

./range_map_sorted_keys.go:10:17: sortStrings ignoring self-assignment in a[j], a[j - 1] = a[j - 1], a[j]
./range_map_sorted_keys.go:10:17: sortStrings ignoring self-assignment in a[j], a[j - 1] = a[j - 1], a[j]
./range_map_sorted_keys.go:7:18: a does not escape
./range_map_sorted_keys.go:18:17: sortInts ignoring self-assignment in a[j], a[j - 1] = a[j - 1], a[j]
./range_map_sorted_keys.go:18:17: sortInts ignoring self-assignment in a[j], a[j - 1] = a[j - 1], a[j]
./range_map_sorted_keys.go:15:15: a does not escape
./range_map_sorted_keys.go:24:24: map[string]int{...} does not escape
./range_map_sorted_keys.go:31:13: ... argument does not escape
./range_map_sorted_keys.go:31:14: name escapes to heap
./range_map_sorted_keys.go:31:37: ages[name] escapes to heap
./range_map_sorted_keys.go:34:15: make(map[int]string) does not escape
./range_map_sorted_keys.go:38:14: make([]int, 0, len(byAge)) escapes to heap
./range_map_sorted_keys.go:43:13: ... argument does not escape
./range_map_sorted_keys.go:43:13: keys escapes to heap
./range_map_sorted_keys.go:45:12: ... argument does not escape
./range_map_sorted_keys.go:45:18: byAge[k] escapes to heap
./range_map_sorted_keys.go:45:23: " " escapes to heap

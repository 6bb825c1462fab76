./map_range_random.go:10:19: map[int]bool{} escapes to heap
./map_range_random.go:18:22: map[int]int{} does not escape
./map_range_random.go:20:19: string(rune('0' + k)) escapes to heap
./map_range_random.go:25:16: ... argument does not escape
./map_range_random.go:25:17: "key" escapes to heap
./map_range_random.go:25:17: k escapes to heap
./map_range_random.go:25:27: "seen" escapes to heap
./map_range_random.go:25:39: seen[k] escapes to heap
./map_range_random.go:25:44: "times" escapes to heap
./map_range_random.go:34:13: ... argument does not escape
./map_range_random.go:34:14: "orders differ:" escapes to heap
./map_range_random.go:34:14: differs escapes to heap
./map_range_random.go:35:13: ... argument does not escape
./map_range_random.go:35:14: "len:" escapes to heap
./map_range_random.go:35:25: len(first) escapes to heap
./map_range_random.go:38:23: map[string]int{...} does not escape
./map_range_random.go:43:13: ... argument does not escape
./map_range_random.go:43:13: n escapes to heap

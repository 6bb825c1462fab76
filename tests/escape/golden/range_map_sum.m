./range_map_sum.go:8:21: map[string]int{...} does not escape
./range_map_sum.go:16:13: ... argument does not escape
./range_map_sum.go:16:17: ks == "" escapes to heap
./range_map_sum.go:16:17: keyLen escapes to heap
./range_map_sum.go:16:17: vs escapes to heap
./range_map_sum.go:16:17: n escapes to heap
./range_map_sum.go:22:13: ... argument does not escape
./range_map_sum.go:22:13: keys escapes to heap
./range_map_sum.go:28:13: ... argument does not escape
./range_map_sum.go:28:13: cnt escapes to heap
./range_map_sum.go:30:12: make(map[int]int) does not escape
./range_map_sum.go:44:13: ... argument does not escape
./range_map_sum.go:44:13: min escapes to heap
./range_map_sum.go:44:13: max escapes to heap
./range_map_sum.go:44:13: sum escapes to heap
./range_map_sum.go:44:32: len(sq) escapes to heap
./range_map_sum.go:56:13: ... argument does not escape
./range_map_sum.go:56:13: zero escapes to heap
./range_map_sum.go:60:22: map[string]acc{...} does not escape
./range_map_sum.go:64:13: ... argument does not escape
./range_map_sum.go:64:21: am["x"].n escapes to heap
./range_map_sum.go:64:32: am["y"].n escapes to heap

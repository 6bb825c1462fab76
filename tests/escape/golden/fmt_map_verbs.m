./fmt_map_verbs.go:10:21: map[string]int{...} escapes to heap
./fmt_map_verbs.go:11:20: map[string]P{...} escapes to heap
./fmt_map_verbs.go:12:24: map[int][]string{...} escapes to heap
./fmt_map_verbs.go:12:28: []string{...} escapes to heap
./fmt_map_verbs.go:13:31: map[string]map[int]bool{...} escapes to heap
./fmt_map_verbs.go:13:37: map[int]bool{...} escapes to heap
./fmt_map_verbs.go:15:22: map[string]int{} escapes to heap
./fmt_map_verbs.go:17:12: ... argument does not escape
./fmt_map_verbs.go:18:12: ... argument does not escape
./fmt_map_verbs.go:19:12: ... argument does not escape
./fmt_map_verbs.go:20:12: ... argument does not escape
./fmt_map_verbs.go:21:12: ... argument does not escape
./fmt_map_verbs.go:22:13: ... argument does not escape
./fmt_map_verbs.go:23:12: ... argument does not escape
./fmt_map_verbs.go:23:33: map[P]string{...} escapes to heap
./fmt_map_verbs.go:24:12: ... argument does not escape
./fmt_map_verbs.go:24:34: map[P]string{...} escapes to heap
./fmt_map_verbs.go:25:12: ... argument does not escape
./fmt_map_verbs.go:25:39: map[[2]string]int{...} escapes to heap
./fmt_map_verbs.go:26:12: ... argument does not escape
./fmt_map_verbs.go:26:38: map[float64]bool{...} escapes to heap
./fmt_map_verbs.go:27:12: ... argument does not escape

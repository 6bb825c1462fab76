./map_fmt_print.go:14:13: ... argument does not escape
./map_fmt_print.go:14:28: map[string]int{...} escapes to heap
./map_fmt_print.go:15:13: ... argument does not escape
./map_fmt_print.go:15:28: map[int]string{...} escapes to heap
./map_fmt_print.go:16:13: ... argument does not escape
./map_fmt_print.go:16:28: map[uint8]bool{...} escapes to heap
./map_fmt_print.go:17:13: ... argument does not escape
./map_fmt_print.go:17:26: map[bool]int{...} escapes to heap
./map_fmt_print.go:22:13: ... argument does not escape
./map_fmt_print.go:22:32: map[float64]string{...} escapes to heap
./map_fmt_print.go:23:13: ... argument does not escape
./map_fmt_print.go:23:29: map[float64]int{...} escapes to heap
./map_fmt_print.go:24:13: ... argument does not escape
./map_fmt_print.go:24:23: map[K]int{...} escapes to heap
./map_fmt_print.go:25:13: ... argument does not escape
./map_fmt_print.go:25:31: map[[2]int]string{...} escapes to heap
./map_fmt_print.go:26:13: ... argument does not escape
./map_fmt_print.go:26:26: map[rune]int{...} escapes to heap
./map_fmt_print.go:27:12: ... argument does not escape
./map_fmt_print.go:27:43: map[string]K{...} escapes to heap
./map_fmt_print.go:27:72: map[string]K{...} escapes to heap
./map_fmt_print.go:27:101: map[string]K{...} escapes to heap
./map_fmt_print.go:28:12: ... argument does not escape
./map_fmt_print.go:28:36: map[int]string{...} escapes to heap
./map_fmt_print.go:29:12: ... argument does not escape
./map_fmt_print.go:29:41: map[string]int{...} escapes to heap
./map_fmt_print.go:29:75: map[string]int{...} escapes to heap
./map_fmt_print.go:29:113: map[string]string{...} escapes to heap
./map_fmt_print.go:30:13: ... argument does not escape
./map_fmt_print.go:30:30: map[string][]int{...} escapes to heap
./map_fmt_print.go:30:36: []int{...} escapes to heap
./map_fmt_print.go:31:13: ... argument does not escape
./map_fmt_print.go:31:39: map[string]map[string]int{...} escapes to heap
./map_fmt_print.go:31:45: map[string]int{...} escapes to heap
./map_fmt_print.go:32:17: ... argument does not escape
./map_fmt_print.go:32:29: map[int]int{...} escapes to heap
./map_fmt_print.go:33:13: ... argument does not escape
./map_fmt_print.go:33:13: s escapes to heap
./map_fmt_print.go:33:20: len(s) escapes to heap

./slice_literals.go:10:12: []int{...} escapes to heap
./slice_literals.go:11:13: ... argument does not escape
./slice_literals.go:11:13: a escapes to heap
./slice_literals.go:11:20: len(a) escapes to heap
./slice_literals.go:11:28: cap(a) escapes to heap
./slice_literals.go:13:12: []int{} escapes to heap
./slice_literals.go:14:13: ... argument does not escape
./slice_literals.go:14:13: e escapes to heap
./slice_literals.go:14:20: len(e) escapes to heap
./slice_literals.go:14:28: cap(e) escapes to heap
./slice_literals.go:14:35: e == nil escapes to heap
./slice_literals.go:16:12: []int{...} escapes to heap
./slice_literals.go:17:13: ... argument does not escape
./slice_literals.go:17:13: k escapes to heap
./slice_literals.go:17:20: len(k) escapes to heap
./slice_literals.go:17:28: cap(k) escapes to heap
./slice_literals.go:19:14: [][]int{...} escapes to heap
./slice_literals.go:19:15: []int{...} escapes to heap
./slice_literals.go:19:20: []int{...} escapes to heap
./slice_literals.go:19:28: []int{} escapes to heap
./slice_literals.go:20:13: ... argument does not escape
./slice_literals.go:20:13: n escapes to heap
./slice_literals.go:20:20: len(n) escapes to heap
./slice_literals.go:20:28: len(n[1]) escapes to heap
./slice_literals.go:20:41: n[3] == nil escapes to heap
./slice_literals.go:22:11: []P{...} escapes to heap
./slice_literals.go:23:13: ... argument does not escape
./slice_literals.go:23:13: ps escapes to heap
./slice_literals.go:24:12: ... argument does not escape
./slice_literals.go:24:13: ps escapes to heap
./slice_literals.go:26:16: []string{...} escapes to heap
./slice_literals.go:27:12: ... argument does not escape
./slice_literals.go:27:13: ss escapes to heap
./slice_literals.go:27:31: len(ss) escapes to heap
./slice_literals.go:29:18: [][2]int{...} escapes to heap
./slice_literals.go:30:13: ... argument does not escape
./slice_literals.go:30:13: arrs escapes to heap
./slice_literals.go:32:24: []map[string]int{...} escapes to heap
./slice_literals.go:32:25: map[string]int{...} escapes to heap
./slice_literals.go:32:35: map[string]int{} escapes to heap
./slice_literals.go:33:13: ... argument does not escape
./slice_literals.go:33:13: ms escapes to heap
./slice_literals.go:33:21: len(ms[1]) escapes to heap
./slice_literals.go:35:17: []float64{...} escapes to heap
./slice_literals.go:36:13: ... argument does not escape
./slice_literals.go:36:13: fs escapes to heap
./slice_literals.go:41:13: []int{...} escapes to heap
./slice_literals.go:45:13: ... argument does not escape
./slice_literals.go:45:13: saved escapes to heap

./fmt_width_composites.go:13:12: ... argument does not escape
./fmt_width_composites.go:13:29: []int{...} escapes to heap
./fmt_width_composites.go:13:29: []int{...} escapes to heap
./fmt_width_composites.go:14:12: ... argument does not escape
./fmt_width_composites.go:14:30: []int{...} escapes to heap
./fmt_width_composites.go:14:30: []int{...} escapes to heap
./fmt_width_composites.go:15:12: ... argument does not escape
./fmt_width_composites.go:15:30: []int{...} escapes to heap
./fmt_width_composites.go:15:30: []int{...} escapes to heap
./fmt_width_composites.go:16:12: ... argument does not escape
./fmt_width_composites.go:16:25: P{...} escapes to heap
./fmt_width_composites.go:17:12: ... argument does not escape
./fmt_width_composites.go:17:26: P{...} escapes to heap
./fmt_width_composites.go:18:12: ... argument does not escape
./fmt_width_composites.go:18:26: P{...} escapes to heap
./fmt_width_composites.go:19:12: ... argument does not escape
./fmt_width_composites.go:19:35: []float64{...} escapes to heap
./fmt_width_composites.go:19:35: []float64{...} escapes to heap
./fmt_width_composites.go:20:12: ... argument does not escape
./fmt_width_composites.go:20:38: map[string]int{...} escapes to heap
./fmt_width_composites.go:21:12: ... argument does not escape
./fmt_width_composites.go:21:31: [2]bool{...} escapes to heap
./fmt_width_composites.go:22:12: ... argument does not escape
./fmt_width_composites.go:22:31: [][]int{...} escapes to heap
./fmt_width_composites.go:22:31: [][]int{...} escapes to heap
./fmt_width_composites.go:22:32: []int{...} escapes to heap
./fmt_width_composites.go:22:37: []int{...} escapes to heap
./fmt_width_composites.go:23:12: ... argument does not escape
./fmt_width_composites.go:23:24: P{...} escapes to heap
./fmt_width_composites.go:24:12: ... argument does not escape
./fmt_width_composites.go:24:47: struct { X float64; Y float64 }{...} escapes to heap
./fmt_width_composites.go:25:12: ... argument does not escape
./fmt_width_composites.go:25:36: [2]float64{...} escapes to heap
./fmt_width_composites.go:26:12: ... argument does not escape
./fmt_width_composites.go:26:24: 4 escapes to heap
./fmt_width_composites.go:26:32: []int{...} escapes to heap
./fmt_width_composites.go:26:32: []int{...} escapes to heap
./fmt_width_composites.go:27:12: ... argument does not escape
./fmt_width_composites.go:27:25: 3 escapes to heap
./fmt_width_composites.go:27:36: []string{...} escapes to heap
./fmt_width_composites.go:27:36: []string{...} escapes to heap

./fmt_d_slice.go:8:12: []int{...} escapes to heap
./fmt_d_slice.go:9:12: ... argument does not escape
./fmt_d_slice.go:9:13: s escapes to heap
./fmt_d_slice.go:10:12: ... argument does not escape
./fmt_d_slice.go:10:13: s escapes to heap
./fmt_d_slice.go:11:12: ... argument does not escape
./fmt_d_slice.go:11:13: s escapes to heap
./fmt_d_slice.go:12:12: ... argument does not escape
./fmt_d_slice.go:12:13: s escapes to heap
./fmt_d_slice.go:13:12: ... argument does not escape
./fmt_d_slice.go:13:13: s escapes to heap
./fmt_d_slice.go:14:12: ... argument does not escape
./fmt_d_slice.go:14:13: s escapes to heap
./fmt_d_slice.go:14:13: s escapes to heap
./fmt_d_slice.go:14:13: s escapes to heap
./fmt_d_slice.go:14:44: []int{...} escapes to heap
./fmt_d_slice.go:14:44: []int{...} escapes to heap
./fmt_d_slice.go:15:12: ... argument does not escape
./fmt_d_slice.go:15:27: []int{...} escapes to heap
./fmt_d_slice.go:15:27: []int{...} escapes to heap
./fmt_d_slice.go:16:12: ... argument does not escape
./fmt_d_slice.go:16:27: []rune{...} escapes to heap
./fmt_d_slice.go:16:27: []rune{...} escapes to heap
./fmt_d_slice.go:17:12: ... argument does not escape
./fmt_d_slice.go:17:27: []rune{...} escapes to heap
./fmt_d_slice.go:17:27: []rune{...} escapes to heap
./fmt_d_slice.go:18:12: ... argument does not escape
./fmt_d_slice.go:18:27: []rune{...} escapes to heap
./fmt_d_slice.go:18:27: []rune{...} escapes to heap
./fmt_d_slice.go:19:12: ... argument does not escape
./fmt_d_slice.go:19:29: [3]uint8{...} escapes to heap
./fmt_d_slice.go:20:12: ... argument does not escape
./fmt_d_slice.go:20:29: []uint64{...} escapes to heap
./fmt_d_slice.go:20:29: []uint64{...} escapes to heap
./fmt_d_slice.go:21:12: ... argument does not escape
./fmt_d_slice.go:21:28: [][]int{...} escapes to heap
./fmt_d_slice.go:21:28: [][]int{...} escapes to heap
./fmt_d_slice.go:21:29: []int{...} escapes to heap
./fmt_d_slice.go:21:37: []int{...} escapes to heap
./fmt_d_slice.go:22:12: ... argument does not escape
./fmt_d_slice.go:22:36: map[string]int{...} escapes to heap
./fmt_d_slice.go:23:12: ... argument does not escape
./fmt_d_slice.go:23:30: []float64{...} escapes to heap
./fmt_d_slice.go:23:30: []float64{...} escapes to heap
./fmt_d_slice.go:24:12: ... argument does not escape
./fmt_d_slice.go:24:33: []float64{...} escapes to heap
./fmt_d_slice.go:24:33: []float64{...} escapes to heap
./fmt_d_slice.go:24:60: []float32{...} escapes to heap
./fmt_d_slice.go:24:60: []float32{...} escapes to heap
./fmt_d_slice.go:25:12: ... argument does not escape
./fmt_d_slice.go:25:34: []float64{...} escapes to heap
./fmt_d_slice.go:25:34: []float64{...} escapes to heap
./fmt_d_slice.go:26:12: ... argument does not escape
./fmt_d_slice.go:26:30: []bool{...} escapes to heap
./fmt_d_slice.go:26:30: []bool{...} escapes to heap
./fmt_d_slice.go:26:44: []bool{} escapes to heap
./fmt_d_slice.go:26:44: []bool{} escapes to heap
./fmt_d_slice.go:27:12: ... argument does not escape
./fmt_d_slice.go:27:26: []int{} escapes to heap
./fmt_d_slice.go:27:26: []int{} escapes to heap
./fmt_d_slice.go:28:12: ... argument does not escape
./fmt_d_slice.go:28:29: ([]int)(nil) escapes to heap
./fmt_d_slice.go:28:42: [0]int{} escapes to heap
./fmt_d_slice.go:29:12: ... argument does not escape
./fmt_d_slice.go:29:27: []int8{...} escapes to heap
./fmt_d_slice.go:29:27: []int8{...} escapes to heap
./fmt_d_slice.go:30:12: ... argument does not escape
./fmt_d_slice.go:30:26: []int{...} escapes to heap
./fmt_d_slice.go:30:26: []int{...} escapes to heap

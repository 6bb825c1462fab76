./fmt_slice_verbs.go:10:15: []int{...} escapes to heap
./fmt_slice_verbs.go:11:18: []string{...} escapes to heap
./fmt_slice_verbs.go:12:18: []float64{...} escapes to heap
./fmt_slice_verbs.go:13:15: []bool{...} escapes to heap
./fmt_slice_verbs.go:14:19: [][]int{...} escapes to heap
./fmt_slice_verbs.go:14:20: []int{...} escapes to heap
./fmt_slice_verbs.go:14:25: []int{...} escapes to heap
./fmt_slice_verbs.go:14:33: []int{} escapes to heap
./fmt_slice_verbs.go:15:11: []P{...} escapes to heap
./fmt_slice_verbs.go:17:19: []string{} escapes to heap
./fmt_slice_verbs.go:19:12: ... argument does not escape
./fmt_slice_verbs.go:19:13: ints escapes to heap
./fmt_slice_verbs.go:19:13: strs escapes to heap
./fmt_slice_verbs.go:19:13: fls escapes to heap
./fmt_slice_verbs.go:19:13: bls escapes to heap
./fmt_slice_verbs.go:19:13: nested escapes to heap
./fmt_slice_verbs.go:20:12: ... argument does not escape
./fmt_slice_verbs.go:20:13: ints escapes to heap
./fmt_slice_verbs.go:20:13: ps escapes to heap
./fmt_slice_verbs.go:20:13: nested escapes to heap
./fmt_slice_verbs.go:21:12: ... argument does not escape
./fmt_slice_verbs.go:21:13: ints escapes to heap
./fmt_slice_verbs.go:21:13: strs escapes to heap
./fmt_slice_verbs.go:21:13: fls escapes to heap
./fmt_slice_verbs.go:21:13: bls escapes to heap
./fmt_slice_verbs.go:21:13: nested escapes to heap
./fmt_slice_verbs.go:22:12: ... argument does not escape
./fmt_slice_verbs.go:22:13: ps escapes to heap
./fmt_slice_verbs.go:22:34: ([]*P)(nil) escapes to heap
./fmt_slice_verbs.go:23:12: ... argument does not escape
./fmt_slice_verbs.go:23:13: nilInts escapes to heap
./fmt_slice_verbs.go:23:13: nilInts escapes to heap
./fmt_slice_verbs.go:23:13: empty escapes to heap
./fmt_slice_verbs.go:23:13: empty escapes to heap
./fmt_slice_verbs.go:24:13: ... argument does not escape
./fmt_slice_verbs.go:24:13: ints escapes to heap
./fmt_slice_verbs.go:24:13: strs escapes to heap
./fmt_slice_verbs.go:24:13: nilInts escapes to heap
./fmt_slice_verbs.go:24:13: empty escapes to heap
./fmt_slice_verbs.go:25:13: ... argument does not escape
./fmt_slice_verbs.go:25:17: len(fmt.Sprint(... argument...)) escapes to heap
./fmt_slice_verbs.go:25:28: ... argument does not escape
./fmt_slice_verbs.go:25:28: strs escapes to heap
./fmt_slice_verbs.go:25:47: fmt.Sprint(... argument...) escapes to heap
./fmt_slice_verbs.go:25:47: ... argument does not escape
./fmt_slice_verbs.go:25:47: strs escapes to heap
./fmt_slice_verbs.go:26:12: ... argument does not escape
./fmt_slice_verbs.go:26:27: []rune{...} escapes to heap
./fmt_slice_verbs.go:26:27: []rune{...} escapes to heap
./fmt_slice_verbs.go:27:12: ... argument does not escape
./fmt_slice_verbs.go:27:28: []rune{...} escapes to heap
./fmt_slice_verbs.go:27:28: []rune{...} escapes to heap
./fmt_slice_verbs.go:28:12: ... argument does not escape
./fmt_slice_verbs.go:28:32: []uint8{...} escapes to heap
./fmt_slice_verbs.go:28:32: []uint8{...} escapes to heap
./fmt_slice_verbs.go:28:47: []uint8{...} escapes to heap
./fmt_slice_verbs.go:28:47: []uint8{...} escapes to heap
./fmt_slice_verbs.go:29:12: ... argument does not escape
./fmt_slice_verbs.go:29:31: []int8{...} escapes to heap
./fmt_slice_verbs.go:29:31: []int8{...} escapes to heap
./fmt_slice_verbs.go:29:48: []uint16{...} escapes to heap
./fmt_slice_verbs.go:29:48: []uint16{...} escapes to heap
./fmt_slice_verbs.go:30:12: ... argument does not escape
./fmt_slice_verbs.go:30:30: []float32{...} escapes to heap
./fmt_slice_verbs.go:30:30: []float32{...} escapes to heap
./fmt_slice_verbs.go:31:12: ... argument does not escape
./fmt_slice_verbs.go:31:32: fls[:2] escapes to heap
./fmt_slice_verbs.go:31:47: []float64{...} escapes to heap
./fmt_slice_verbs.go:31:47: []float64{...} escapes to heap
./fmt_slice_verbs.go:32:12: ... argument does not escape
./fmt_slice_verbs.go:32:13: bls escapes to heap
./fmt_slice_verbs.go:33:12: ... argument does not escape
./fmt_slice_verbs.go:33:31: [][]string{...} escapes to heap
./fmt_slice_verbs.go:33:31: [][]string{...} escapes to heap
./fmt_slice_verbs.go:33:32: []string{...} escapes to heap
./fmt_slice_verbs.go:33:39: []string{} escapes to heap
./fmt_slice_verbs.go:34:12: ... argument does not escape
./fmt_slice_verbs.go:34:32: [][]string{...} escapes to heap
./fmt_slice_verbs.go:34:32: [][]string{...} escapes to heap
./fmt_slice_verbs.go:34:33: []string{...} escapes to heap

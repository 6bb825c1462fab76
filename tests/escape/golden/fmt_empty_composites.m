./fmt_empty_composites.go:18:13: ... argument does not escape
./fmt_empty_composites.go:18:22: struct {}{} escapes to heap
./fmt_empty_composites.go:18:27: E{} escapes to heap
./fmt_empty_composites.go:18:37: [0]int{} escapes to heap
./fmt_empty_composites.go:18:46: []int{} escapes to heap
./fmt_empty_composites.go:18:46: []int{} escapes to heap
./fmt_empty_composites.go:18:61: map[int]int{} escapes to heap
./fmt_empty_composites.go:19:12: ... argument does not escape
./fmt_empty_composites.go:19:30: E{} escapes to heap
./fmt_empty_composites.go:19:35: E{} escapes to heap
./fmt_empty_composites.go:19:40: E{} escapes to heap
./fmt_empty_composites.go:20:12: ... argument does not escape
./fmt_empty_composites.go:20:34: struct {}{} escapes to heap
./fmt_empty_composites.go:20:47: [0]string{} escapes to heap
./fmt_empty_composites.go:22:12: ... argument does not escape
./fmt_empty_composites.go:22:13: z escapes to heap
./fmt_empty_composites.go:22:13: z escapes to heap
./fmt_empty_composites.go:22:13: z escapes to heap
./fmt_empty_composites.go:23:13: ... argument does not escape
./fmt_empty_composites.go:23:13: z escapes to heap
./fmt_empty_composites.go:24:12: ... argument does not escape
./fmt_empty_composites.go:24:32: [][]int{...} escapes to heap
./fmt_empty_composites.go:24:32: [][]int{...} escapes to heap
./fmt_empty_composites.go:24:52: []map[int]int{...} escapes to heap
./fmt_empty_composites.go:24:52: []map[int]int{...} escapes to heap
./fmt_empty_composites.go:25:12: ... argument does not escape
./fmt_empty_composites.go:25:30: [1][]int{} escapes to heap
./fmt_empty_composites.go:26:12: ... argument does not escape
./fmt_empty_composites.go:26:35: []string{} escapes to heap
./fmt_empty_composites.go:26:35: []string{} escapes to heap
./fmt_empty_composites.go:26:44: []int{} escapes to heap
./fmt_empty_composites.go:26:44: []int{} escapes to heap
./fmt_empty_composites.go:26:54: []byte{} escapes to heap
./fmt_empty_composites.go:26:54: []byte{} escapes to heap

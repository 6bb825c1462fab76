./fmt_type_composite.go:29:36: s does not escape
./fmt_type_composite.go:14:12: ... argument does not escape
./fmt_type_composite.go:14:27: [3]int{} escapes to heap
./fmt_type_composite.go:15:12: ... argument does not escape
./fmt_type_composite.go:15:29: []string{} escapes to heap
./fmt_type_composite.go:15:29: []string{} escapes to heap
./fmt_type_composite.go:16:12: ... argument does not escape
./fmt_type_composite.go:16:35: map[string]int{} escapes to heap
./fmt_type_composite.go:17:12: ... argument does not escape
./fmt_type_composite.go:17:39: map[Point][]*Point{} escapes to heap
./fmt_type_composite.go:18:12: ... argument does not escape
./fmt_type_composite.go:18:21: &Point{} escapes to heap
./fmt_type_composite.go:19:12: ... argument does not escape
./fmt_type_composite.go:19:26: Point{} escapes to heap
./fmt_type_composite.go:20:12: ... argument does not escape
./fmt_type_composite.go:20:31: [][]string{} escapes to heap
./fmt_type_composite.go:20:31: [][]string{} escapes to heap
./fmt_type_composite.go:21:12: ... argument does not escape
./fmt_type_composite.go:21:31: [2][3]bool{} escapes to heap
./fmt_type_composite.go:22:12: ... argument does not escape
./fmt_type_composite.go:22:36: struct { A int }{} escapes to heap
./fmt_type_composite.go:23:12: ... argument does not escape
./fmt_type_composite.go:26:3: struct { A int; B []string }{} escapes to heap
./fmt_type_composite.go:27:12: ... argument does not escape
./fmt_type_composite.go:27:29: struct {}{} escapes to heap
./fmt_type_composite.go:28:12: ... argument does not escape
./fmt_type_composite.go:28:21: func literal escapes to heap
./fmt_type_composite.go:29:12: ... argument does not escape
./fmt_type_composite.go:29:21: func literal escapes to heap
./fmt_type_composite.go:30:12: ... argument does not escape
./fmt_type_composite.go:30:21: func literal escapes to heap
./fmt_type_composite.go:31:12: ... argument does not escape
./fmt_type_composite.go:31:25: List{} escapes to heap
./fmt_type_composite.go:31:25: List{} escapes to heap
./fmt_type_composite.go:32:12: ... argument does not escape
./fmt_type_composite.go:32:27: Lookup{} escapes to heap
./fmt_type_composite.go:33:12: ... argument does not escape
./fmt_type_composite.go:34:12: ... argument does not escape
./fmt_type_composite.go:34:24: new(*int) escapes to heap
./fmt_type_composite.go:35:12: ... argument does not escape
./fmt_type_composite.go:35:21: &[]map[int]string{} escapes to heap
./fmt_type_composite.go:35:38: []map[int]string{} escapes to heap
./fmt_type_composite.go:36:12: ... argument does not escape
./fmt_type_composite.go:36:27: ([]byte)("x") escapes to heap
./fmt_type_composite.go:36:27: ([]byte)("x") escapes to heap
./fmt_type_composite.go:37:12: ... argument does not escape
./fmt_type_composite.go:37:27: []rune{...} escapes to heap
./fmt_type_composite.go:37:27: []rune{...} escapes to heap
./fmt_type_composite.go:38:12: ... argument does not escape
./fmt_type_composite.go:38:41: map[[2]uint8]float32{} escapes to heap
./fmt_type_composite.go:39:12: ... argument does not escape
./fmt_type_composite.go:39:32: [0]struct {}{} escapes to heap
./fmt_type_composite.go:40:12: ... argument does not escape
./fmt_type_composite.go:40:32: []func(){} escapes to heap
./fmt_type_composite.go:40:32: []func(){} escapes to heap
./fmt_type_composite.go:40:60: map[string]func(int) int{} escapes to heap
./fmt_type_composite.go:42:12: ... argument does not escape
./fmt_type_composite.go:42:36: []*Point{...} escapes to heap
./fmt_type_composite.go:42:36: []*Point{...} escapes to heap
./fmt_type_composite.go:43:13: ... argument does not escape
./fmt_type_composite.go:43:40: fmt.Sprintf("%T", ... argument...) == "main.List" escapes to heap
./fmt_type_composite.go:43:25: ... argument does not escape
./fmt_type_composite.go:43:36: List{} escapes to heap
./fmt_type_composite.go:43:36: List{} escapes to heap

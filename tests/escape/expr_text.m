./expr_text.go:20:13: ... argument does not escape
./expr_text.go:20:14: ! (!yes) escapes to heap
./expr_text.go:20:21: - (-x) escapes to heap
./expr_text.go:20:27: -(^x) escapes to heap
./expr_text.go:20:32: ^(-x) escapes to heap
./expr_text.go:21:7: &Node{...} does not escape
./expr_text.go:21:27: &Node{...} does not escape
./expr_text.go:22:13: ... argument does not escape
./expr_text.go:22:23: (*n).Next.Val escapes to heap
./expr_text.go:22:41: (*(*n).Next).Val escapes to heap
./expr_text.go:22:47: *(&n.Val) escapes to heap
./expr_text.go:23:13: ... argument does not escape
./expr_text.go:23:20: []rune{...} escapes to heap
./expr_text.go:23:20: []rune{...} escapes to heap
./expr_text.go:23:38: []rune{} escapes to heap
./expr_text.go:23:38: []rune{} escapes to heap
./expr_text.go:23:49: Runes{...} escapes to heap
./expr_text.go:23:49: Runes{...} escapes to heap
./expr_text.go:23:63: ([]byte)("hi") escapes to heap
./expr_text.go:23:63: ([]byte)("hi") escapes to heap
./expr_text.go:24:20: map[struct { A string; B string }]int{...} does not escape
./expr_text.go:25:13: ... argument does not escape
./expr_text.go:25:16: am[struct { A string; B string }{...}] escapes to heap
./expr_text.go:25:42: [2]int{...} escapes to heap
./expr_text.go:25:70: []struct { X int; Y int }{...} escapes to heap
./expr_text.go:25:70: []struct { X int; Y int }{...} escapes to heap
./expr_text.go:26:37: struct { A int }{...} escapes to heap
./expr_text.go:27:13: ... argument does not escape

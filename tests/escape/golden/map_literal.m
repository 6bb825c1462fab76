./map_literal.go:10:21: map[string]int{...} escapes to heap
./map_literal.go:11:13: ... argument does not escape
./map_literal.go:11:20: len(m) escapes to heap
./map_literal.go:13:25: map[string]Point{...} escapes to heap
./map_literal.go:18:13: ... argument does not escape
./map_literal.go:20:26: map[Point]string{...} does not escape
./map_literal.go:21:13: ... argument does not escape
./map_literal.go:21:18: byPt[Point{...}] escapes to heap
./map_literal.go:21:37: byPt[Point{}] escapes to heap
./map_literal.go:21:51: len(byPt) escapes to heap
./map_literal.go:23:37: map[string]map[string]int{...} escapes to heap
./map_literal.go:24:8: map[string]int{...} escapes to heap
./map_literal.go:25:8: map[string]int{...} escapes to heap
./map_literal.go:27:13: ... argument does not escape
./map_literal.go:27:33: nested["b"]["z"] escapes to heap
./map_literal.go:29:27: map[int][]string{...} escapes to heap
./map_literal.go:29:31: []string{...} escapes to heap
./map_literal.go:29:41: []string{...} escapes to heap
./map_literal.go:30:13: ... argument does not escape
./map_literal.go:32:25: map[[2]int]bool{...} escapes to heap
./map_literal.go:33:13: ... argument does not escape
./map_literal.go:35:26: map[string]bool{} escapes to heap
./map_literal.go:36:13: ... argument does not escape
./map_literal.go:36:24: len(empty) escapes to heap
./map_literal.go:36:39: empty == nil escapes to heap
./map_literal.go:38:24: map[int]string{...} escapes to heap
./map_literal.go:39:13: ... argument does not escape

./map_comma_ok.go:8:21: map[string]int{...} does not escape
./map_comma_ok.go:10:13: ... argument does not escape
./map_comma_ok.go:10:13: v escapes to heap
./map_comma_ok.go:10:13: ok escapes to heap
./map_comma_ok.go:12:13: ... argument does not escape
./map_comma_ok.go:12:13: v escapes to heap
./map_comma_ok.go:12:13: ok escapes to heap
./map_comma_ok.go:15:14: ... argument does not escape
./map_comma_ok.go:15:15: "found" escapes to heap
./map_comma_ok.go:15:15: n escapes to heap
./map_comma_ok.go:18:14: ... argument does not escape
./map_comma_ok.go:18:15: "two missing" escapes to heap
./map_comma_ok.go:22:13: ... argument does not escape
./map_comma_ok.go:22:13: present escapes to heap
./map_comma_ok.go:25:17: map[int]S{...} does not escape
./map_comma_ok.go:25:27: []int{...} escapes to heap
./map_comma_ok.go:27:13: ... argument does not escape
./map_comma_ok.go:27:18: s.A == nil escapes to heap
./map_comma_ok.go:27:18: ok escapes to heap
./map_comma_ok.go:29:13: ... argument does not escape
./map_comma_ok.go:29:15: s.A escapes to heap
./map_comma_ok.go:29:15: ok escapes to heap
./map_comma_ok.go:33:13: ... argument does not escape
./map_comma_ok.go:33:13: b escapes to heap
./map_comma_ok.go:33:13: ok escapes to heap
./map_comma_ok.go:37:13: ... argument does not escape
./map_comma_ok.go:37:13: total escapes to heap
./map_comma_ok.go:39:24: map[rune]int{} does not escape
./map_comma_ok.go:46:13: ... argument does not escape
./map_comma_ok.go:46:17: len(counts) escapes to heap
./map_comma_ok.go:46:33: counts['l'] escapes to heap
./map_comma_ok.go:46:46: counts['o'] escapes to heap
./map_comma_ok.go:46:59: counts[' '] escapes to heap

./map_struct_keys.go:17:25: map[Point]int{} escapes to heap
./map_struct_keys.go:18:17: []Point{...} does not escape
./map_struct_keys.go:22:13: ... argument does not escape
./map_struct_keys.go:22:17: len(visits) escapes to heap
./map_struct_keys.go:22:33: visits[Point{...}] escapes to heap
./map_struct_keys.go:22:54: visits[Point{...}] escapes to heap
./map_struct_keys.go:22:75: visits[Point{...}] escapes to heap
./map_struct_keys.go:23:13: ... argument does not escape
./map_struct_keys.go:25:21: map[Key]string{} does not escape
./map_struct_keys.go:32:13: ... argument does not escape
./map_struct_keys.go:32:17: len(m) escapes to heap
./map_struct_keys.go:32:23: m[k1] escapes to heap
./map_struct_keys.go:32:30: m[k2] escapes to heap
./map_struct_keys.go:34:13: ... argument does not escape
./map_struct_keys.go:34:13: ok escapes to heap
./map_struct_keys.go:37:20: map[struct { A string; B string }]int{...} escapes to heap
./map_struct_keys.go:38:13: ... argument does not escape
./map_struct_keys.go:38:16: am[struct { A string; B string }{...}] escapes to heap
./map_struct_keys.go:38:37: len(am) escapes to heap
./map_struct_keys.go:39:13: ... argument does not escape

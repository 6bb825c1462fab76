./fmt_stringer_map_keys.go:15:50: ... argument does not escape
./fmt_stringer_map_keys.go:15:62: 'z' - k.A escapes to heap
./fmt_stringer_map_keys.go:15:69: k.B escapes to heap
./fmt_stringer_map_keys.go:19:7: n does not escape
./fmt_stringer_map_keys.go:19:44: "~" + string(n) escapes to heap
./fmt_stringer_map_keys.go:22:20: map[Month]int{...} escapes to heap
./fmt_stringer_map_keys.go:23:13: ... argument does not escape
./fmt_stringer_map_keys.go:24:12: ... argument does not escape
./fmt_stringer_map_keys.go:25:20: map[Key]Month{...} escapes to heap
./fmt_stringer_map_keys.go:26:13: ... argument does not escape
./fmt_stringer_map_keys.go:27:23: map[Name][]Month{...} escapes to heap
./fmt_stringer_map_keys.go:27:29: []Month{...} escapes to heap
./fmt_stringer_map_keys.go:27:42: []Month{...} escapes to heap
./fmt_stringer_map_keys.go:28:13: ... argument does not escape
./fmt_stringer_map_keys.go:29:36: map[Month]Name{...} escapes to heap
./fmt_stringer_map_keys.go:30:13: ... argument does not escape

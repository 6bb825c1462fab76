./map_reference.go:7:11: m does not escape
./map_reference.go:9:15: ... argument does not escape
./map_reference.go:9:16: "k" escapes to heap
./map_reference.go:9:16: i escapes to heap
./map_reference.go:13:12: m does not escape
./map_reference.go:14:20: map[string]int{} does not escape
./map_reference.go:23:21: map[string]int{} escapes to heap
./map_reference.go:26:13: ... argument does not escape
./map_reference.go:26:15: a["x"] escapes to heap
./map_reference.go:26:25: len(a) escapes to heap
./map_reference.go:29:13: ... argument does not escape
./map_reference.go:29:17: len(a) escapes to heap
./map_reference.go:29:25: len(b) escapes to heap
./map_reference.go:32:13: ... argument does not escape
./map_reference.go:32:17: len(a) escapes to heap
./map_reference.go:32:23: a["new"] escapes to heap
./map_reference.go:34:39: map[string]int{} does not escape
./map_reference.go:37:13: ... argument does not escape
./map_reference.go:37:23: r1.byName["shared"] escapes to heap
./map_reference.go:39:23: []map[int]int{...} escapes to heap
./map_reference.go:39:24: map[int]int{} escapes to heap
./map_reference.go:39:28: map[int]int{} escapes to heap
./map_reference.go:42:13: ... argument does not escape
./map_reference.go:42:13: maps escapes to heap

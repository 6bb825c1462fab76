./map_basic.go:8:11: make(map[string]int) escapes to heap
./map_basic.go:9:13: ... argument does not escape
./map_basic.go:9:17: len(m) escapes to heap
./map_basic.go:9:23: m["missing"] escapes to heap
./map_basic.go:13:13: ... argument does not escape
./map_basic.go:13:17: len(m) escapes to heap
./map_basic.go:13:23: m["a"] escapes to heap
./map_basic.go:13:31: m["b"] escapes to heap
./map_basic.go:18:13: ... argument does not escape
./map_basic.go:18:15: m["c"] escapes to heap
./map_basic.go:18:23: m["b"] escapes to heap
./map_basic.go:18:33: len(m) escapes to heap
./map_basic.go:20:15: make(map[int]bool, 100) does not escape
./map_basic.go:21:13: ... argument does not escape
./map_basic.go:21:17: len(sized) escapes to heap
./map_basic.go:25:13: ... argument does not escape
./map_basic.go:25:17: len(sized) escapes to heap
./map_basic.go:25:31: sized[16] escapes to heap
./map_basic.go:25:42: sized[25] escapes to heap
./map_basic.go:25:53: sized[2] escapes to heap
./map_basic.go:27:26: map[string]float64{} does not escape
./map_basic.go:29:13: ... argument does not escape
./map_basic.go:29:16: fl["pi"] escapes to heap
./map_basic.go:29:26: fl["e"] escapes to heap
./map_basic.go:31:25: map[string]string{} does not escape
./map_basic.go:32:12: ... argument does not escape
./map_basic.go:32:23: ss["nothing"] escapes to heap
./map_basic.go:34:13: ... argument does not escape
./map_basic.go:34:16: ss[""] escapes to heap
./map_basic.go:34:25: len(ss) escapes to heap
./map_basic.go:38:11: k1 + "y" escapes to heap
./map_basic.go:40:13: ... argument does not escape
./map_basic.go:40:15: m["key"] escapes to heap
./map_basic.go:41:13: ... argument does not escape

./map_large.go:8:11: make(map[int]int) does not escape
./map_large.go:13:13: ... argument does not escape
./map_large.go:13:17: len(m) escapes to heap
./map_large.go:21:13: ... argument does not escape
./map_large.go:21:13: missing escapes to heap
./map_large.go:26:13: ... argument does not escape
./map_large.go:26:17: len(m) escapes to heap
./map_large.go:33:13: ... argument does not escape
./map_large.go:33:13: keySum escapes to heap
./map_large.go:34:13: ... argument does not escape
./map_large.go:34:21: valSum > 0 escapes to heap
./map_large.go:39:13: ... argument does not escape
./map_large.go:39:17: len(m) escapes to heap
./map_large.go:41:24: map[string]int{} does not escape
./map_large.go:43:19: ... argument does not escape
./map_large.go:43:31: i % 2500 escapes to heap
./map_large.go:51:13: ... argument does not escape
./map_large.go:51:17: len(strs) escapes to heap
./map_large.go:51:17: twos escapes to heap

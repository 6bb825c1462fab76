./heapstats.go:11:41: &Point{...} escapes to heap
./heapstats.go:22:13: make([]*Point, 0, 1000) does not escape
./heapstats.go:28:12: ... argument does not escape
./heapstats.go:28:63: after - before escapes to heap
./heapstats.go:29:13: ... argument does not escape
./heapstats.go:29:14: "kept alive:" escapes to heap
./heapstats.go:29:32: len(pts) escapes to heap

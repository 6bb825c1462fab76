./seed_heapstats.go:11:41: &Point{...} escapes to heap
./seed_heapstats.go:22:12: make([]*Point, 0, 1000) does not escape
./seed_heapstats.go:28:11: ... argument does not escape
./seed_heapstats.go:28:62: after - before escapes to heap
./seed_heapstats.go:29:12: ... argument does not escape
./seed_heapstats.go:29:13: "kept alive:" escapes to heap
./seed_heapstats.go:29:31: len(pts) escapes to heap

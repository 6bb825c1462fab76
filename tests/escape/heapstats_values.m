./heapstats_values.go:18:13: make([]Point, 0, 1000) does not escape
./heapstats_values.go:23:12: ... argument does not escape
./heapstats_values.go:23:63: after - before escapes to heap
./heapstats_values.go:24:13: ... argument does not escape
./heapstats_values.go:24:14: "kept alive:" escapes to heap
./heapstats_values.go:24:32: len(pts) escapes to heap

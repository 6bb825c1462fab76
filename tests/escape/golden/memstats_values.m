./memstats_values.go:24:13: make([]Point, 0, 1000) does not escape
./memstats_values.go:30:13: ... argument does not escape
./memstats_values.go:30:14: "fewer than 10 heap objects:" escapes to heap
./memstats_values.go:30:58: after - before < 10 escapes to heap
./memstats_values.go:31:13: ... argument does not escape
./memstats_values.go:31:14: "kept alive:" escapes to heap
./memstats_values.go:31:32: len(pts) escapes to heap
./memstats_values.go:36:13: ... argument does not escape
./memstats_values.go:36:14: "sum:" escapes to heap
./memstats_values.go:36:14: sum escapes to heap

./memstats_mallocs.go:19:10: &Node{...} escapes to heap
./memstats_mallocs.go:30:13: ... argument does not escape
./memstats_mallocs.go:30:14: "Mallocs grew by >= 500:" escapes to heap
./memstats_mallocs.go:30:70: after.Mallocs - before.Mallocs >= 500 escapes to heap
./memstats_mallocs.go:31:13: ... argument does not escape
./memstats_mallocs.go:31:14: "TotalAlloc grew by >= 500*16:" escapes to heap
./memstats_mallocs.go:31:82: after.TotalAlloc - before.TotalAlloc >= 500 * 16 escapes to heap
./memstats_mallocs.go:32:13: ... argument does not escape
./memstats_mallocs.go:32:14: "Mallocs monotonic:" escapes to heap
./memstats_mallocs.go:32:50: after.Mallocs >= before.Mallocs escapes to heap
./memstats_mallocs.go:33:13: ... argument does not escape
./memstats_mallocs.go:33:14: "Frees monotonic:" escapes to heap
./memstats_mallocs.go:33:46: after.Frees >= before.Frees escapes to heap
./memstats_mallocs.go:34:13: ... argument does not escape
./memstats_mallocs.go:34:14: "TotalAlloc monotonic:" escapes to heap
./memstats_mallocs.go:34:56: after.TotalAlloc >= before.TotalAlloc escapes to heap
./memstats_mallocs.go:35:13: ... argument does not escape
./memstats_mallocs.go:35:14: "NumGC monotonic:" escapes to heap
./memstats_mallocs.go:35:46: after.NumGC >= before.NumGC escapes to heap
./memstats_mallocs.go:41:13: ... argument does not escape
./memstats_mallocs.go:41:14: "list length:" escapes to heap
./memstats_mallocs.go:41:14: n escapes to heap

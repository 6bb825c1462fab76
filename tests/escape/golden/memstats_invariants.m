./memstats_invariants.go:15:27: make([]byte, 64 + i) escapes to heap
./memstats_invariants.go:19:13: ... argument does not escape
./memstats_invariants.go:19:14: "HeapObjects == Mallocs-Frees:" escapes to heap
./memstats_invariants.go:19:61: m.HeapObjects == m.Mallocs - m.Frees escapes to heap
./memstats_invariants.go:20:13: ... argument does not escape
./memstats_invariants.go:20:14: "Frees <= Mallocs:" escapes to heap
./memstats_invariants.go:20:43: m.Frees <= m.Mallocs escapes to heap
./memstats_invariants.go:21:13: ... argument does not escape
./memstats_invariants.go:21:14: "HeapAlloc <= TotalAlloc:" escapes to heap
./memstats_invariants.go:21:54: m.HeapAlloc <= m.TotalAlloc escapes to heap
./memstats_invariants.go:22:13: ... argument does not escape
./memstats_invariants.go:22:14: "HeapObjects > 0:" escapes to heap
./memstats_invariants.go:22:48: m.HeapObjects > 0 escapes to heap
./memstats_invariants.go:23:13: ... argument does not escape
./memstats_invariants.go:23:14: "HeapAlloc > 0:" escapes to heap
./memstats_invariants.go:23:44: m.HeapAlloc > 0 escapes to heap
./memstats_invariants.go:24:13: ... argument does not escape
./memstats_invariants.go:24:14: "TotalAlloc >= 100*64:" escapes to heap
./memstats_invariants.go:24:52: m.TotalAlloc >= 100 * 64 escapes to heap
./memstats_invariants.go:25:13: ... argument does not escape
./memstats_invariants.go:25:14: "NumGC >= 0:" escapes to heap
./memstats_invariants.go:25:37: m.NumGC >= 0 escapes to heap
./memstats_invariants.go:26:13: ... argument does not escape
./memstats_invariants.go:26:14: "kept:" escapes to heap
./memstats_invariants.go:26:26: len(keep) escapes to heap
./memstats_invariants.go:26:37: len(keep[99]) escapes to heap
./memstats_invariants.go:27:12: ... argument does not escape
./memstats_invariants.go:27:28: m.Mallocs escapes to heap
./memstats_invariants.go:27:39: m.NumGC escapes to heap
./memstats_invariants.go:27:48: m.HeapAlloc escapes to heap

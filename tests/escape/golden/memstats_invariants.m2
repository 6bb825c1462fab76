./memstats_invariants.go:15:27: make([]byte, 64 + i) escapes to heap:
./memstats_invariants.go:15:27:   flow: {heap} = &{storage for make([]byte, 64 + i)}:
./memstats_invariants.go:15:27:     from make([]byte, 64 + i) (spill) at ./memstats_invariants.go:15:27
./memstats_invariants.go:15:27:     from append(keep, make([]byte, 64 + i)) (call parameter) at ./memstats_invariants.go:15:16
./memstats_invariants.go:15:27: make([]byte, 64 + i) escapes to heap:
./memstats_invariants.go:15:27:   flow: {heap} = &{storage for make([]byte, 64 + i)}:
./memstats_invariants.go:15:27:     from make([]byte, 64 + i) (non-constant size) at ./memstats_invariants.go:15:27
./memstats_invariants.go:27:48: m.HeapAlloc escapes to heap:
./memstats_invariants.go:27:48:   flow: {storage for ... argument} = &{storage for m.HeapAlloc}:
./memstats_invariants.go:27:48:     from m.HeapAlloc (spill) at ./memstats_invariants.go:27:48
./memstats_invariants.go:27:48:     from ... argument (slice-literal-element) at ./memstats_invariants.go:27:12
./memstats_invariants.go:27:48:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:27:48:     from ... argument (spill) at ./memstats_invariants.go:27:12
./memstats_invariants.go:27:48:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./memstats_invariants.go:27:12
./memstats_invariants.go:27:39: m.NumGC escapes to heap:
./memstats_invariants.go:27:39:   flow: {storage for ... argument} = &{storage for m.NumGC}:
./memstats_invariants.go:27:39:     from m.NumGC (spill) at ./memstats_invariants.go:27:39
./memstats_invariants.go:27:39:     from ... argument (slice-literal-element) at ./memstats_invariants.go:27:12
./memstats_invariants.go:27:39:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:27:39:     from ... argument (spill) at ./memstats_invariants.go:27:12
./memstats_invariants.go:27:39:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./memstats_invariants.go:27:12
./memstats_invariants.go:27:28: m.Mallocs escapes to heap:
./memstats_invariants.go:27:28:   flow: {storage for ... argument} = &{storage for m.Mallocs}:
./memstats_invariants.go:27:28:     from m.Mallocs (spill) at ./memstats_invariants.go:27:28
./memstats_invariants.go:27:28:     from ... argument (slice-literal-element) at ./memstats_invariants.go:27:12
./memstats_invariants.go:27:28:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:27:28:     from ... argument (spill) at ./memstats_invariants.go:27:12
./memstats_invariants.go:27:28:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./memstats_invariants.go:27:12
./memstats_invariants.go:26:37: len(keep[99]) escapes to heap:
./memstats_invariants.go:26:37:   flow: {storage for ... argument} = &{storage for len(keep[99])}:
./memstats_invariants.go:26:37:     from len(keep[99]) (spill) at ./memstats_invariants.go:26:37
./memstats_invariants.go:26:37:     from ... argument (slice-literal-element) at ./memstats_invariants.go:26:13
./memstats_invariants.go:26:37:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:26:37:     from ... argument (spill) at ./memstats_invariants.go:26:13
./memstats_invariants.go:26:37:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:26:13
./memstats_invariants.go:26:26: len(keep) escapes to heap:
./memstats_invariants.go:26:26:   flow: {storage for ... argument} = &{storage for len(keep)}:
./memstats_invariants.go:26:26:     from len(keep) (spill) at ./memstats_invariants.go:26:26
./memstats_invariants.go:26:26:     from ... argument (slice-literal-element) at ./memstats_invariants.go:26:13
./memstats_invariants.go:26:26:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:26:26:     from ... argument (spill) at ./memstats_invariants.go:26:13
./memstats_invariants.go:26:26:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:26:13
./memstats_invariants.go:26:14: "kept:" escapes to heap:
./memstats_invariants.go:26:14:   flow: {storage for ... argument} = &{storage for "kept:"}:
./memstats_invariants.go:26:14:     from "kept:" (spill) at ./memstats_invariants.go:26:14
./memstats_invariants.go:26:14:     from ... argument (slice-literal-element) at ./memstats_invariants.go:26:13
./memstats_invariants.go:26:14:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:26:14:     from ... argument (spill) at ./memstats_invariants.go:26:13
./memstats_invariants.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:26:13
./memstats_invariants.go:25:37: m.NumGC >= 0 escapes to heap:
./memstats_invariants.go:25:37:   flow: {storage for ... argument} = &{storage for m.NumGC >= 0}:
./memstats_invariants.go:25:37:     from m.NumGC >= 0 (spill) at ./memstats_invariants.go:25:37
./memstats_invariants.go:25:37:     from ... argument (slice-literal-element) at ./memstats_invariants.go:25:13
./memstats_invariants.go:25:37:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:25:37:     from ... argument (spill) at ./memstats_invariants.go:25:13
./memstats_invariants.go:25:37:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:25:13
./memstats_invariants.go:25:14: "NumGC >= 0:" escapes to heap:
./memstats_invariants.go:25:14:   flow: {storage for ... argument} = &{storage for "NumGC >= 0:"}:
./memstats_invariants.go:25:14:     from "NumGC >= 0:" (spill) at ./memstats_invariants.go:25:14
./memstats_invariants.go:25:14:     from ... argument (slice-literal-element) at ./memstats_invariants.go:25:13
./memstats_invariants.go:25:14:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:25:14:     from ... argument (spill) at ./memstats_invariants.go:25:13
./memstats_invariants.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:25:13
./memstats_invariants.go:24:52: m.TotalAlloc >= 100 * 64 escapes to heap:
./memstats_invariants.go:24:52:   flow: {storage for ... argument} = &{storage for m.TotalAlloc >= 100 * 64}:
./memstats_invariants.go:24:52:     from m.TotalAlloc >= 100 * 64 (spill) at ./memstats_invariants.go:24:52
./memstats_invariants.go:24:52:     from ... argument (slice-literal-element) at ./memstats_invariants.go:24:13
./memstats_invariants.go:24:52:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:24:52:     from ... argument (spill) at ./memstats_invariants.go:24:13
./memstats_invariants.go:24:52:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:24:13
./memstats_invariants.go:24:14: "TotalAlloc >= 100*64:" escapes to heap:
./memstats_invariants.go:24:14:   flow: {storage for ... argument} = &{storage for "TotalAlloc >= 100*64:"}:
./memstats_invariants.go:24:14:     from "TotalAlloc >= 100*64:" (spill) at ./memstats_invariants.go:24:14
./memstats_invariants.go:24:14:     from ... argument (slice-literal-element) at ./memstats_invariants.go:24:13
./memstats_invariants.go:24:14:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:24:14:     from ... argument (spill) at ./memstats_invariants.go:24:13
./memstats_invariants.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:24:13
./memstats_invariants.go:23:44: m.HeapAlloc > 0 escapes to heap:
./memstats_invariants.go:23:44:   flow: {storage for ... argument} = &{storage for m.HeapAlloc > 0}:
./memstats_invariants.go:23:44:     from m.HeapAlloc > 0 (spill) at ./memstats_invariants.go:23:44
./memstats_invariants.go:23:44:     from ... argument (slice-literal-element) at ./memstats_invariants.go:23:13
./memstats_invariants.go:23:44:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:23:44:     from ... argument (spill) at ./memstats_invariants.go:23:13
./memstats_invariants.go:23:44:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:23:13
./memstats_invariants.go:23:14: "HeapAlloc > 0:" escapes to heap:
./memstats_invariants.go:23:14:   flow: {storage for ... argument} = &{storage for "HeapAlloc > 0:"}:
./memstats_invariants.go:23:14:     from "HeapAlloc > 0:" (spill) at ./memstats_invariants.go:23:14
./memstats_invariants.go:23:14:     from ... argument (slice-literal-element) at ./memstats_invariants.go:23:13
./memstats_invariants.go:23:14:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:23:14:     from ... argument (spill) at ./memstats_invariants.go:23:13
./memstats_invariants.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:23:13
./memstats_invariants.go:22:48: m.HeapObjects > 0 escapes to heap:
./memstats_invariants.go:22:48:   flow: {storage for ... argument} = &{storage for m.HeapObjects > 0}:
./memstats_invariants.go:22:48:     from m.HeapObjects > 0 (spill) at ./memstats_invariants.go:22:48
./memstats_invariants.go:22:48:     from ... argument (slice-literal-element) at ./memstats_invariants.go:22:13
./memstats_invariants.go:22:48:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:22:48:     from ... argument (spill) at ./memstats_invariants.go:22:13
./memstats_invariants.go:22:48:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:22:13
./memstats_invariants.go:22:14: "HeapObjects > 0:" escapes to heap:
./memstats_invariants.go:22:14:   flow: {storage for ... argument} = &{storage for "HeapObjects > 0:"}:
./memstats_invariants.go:22:14:     from "HeapObjects > 0:" (spill) at ./memstats_invariants.go:22:14
./memstats_invariants.go:22:14:     from ... argument (slice-literal-element) at ./memstats_invariants.go:22:13
./memstats_invariants.go:22:14:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:22:14:     from ... argument (spill) at ./memstats_invariants.go:22:13
./memstats_invariants.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:22:13
./memstats_invariants.go:21:54: m.HeapAlloc <= m.TotalAlloc escapes to heap:
./memstats_invariants.go:21:54:   flow: {storage for ... argument} = &{storage for m.HeapAlloc <= m.TotalAlloc}:
./memstats_invariants.go:21:54:     from m.HeapAlloc <= m.TotalAlloc (spill) at ./memstats_invariants.go:21:54
./memstats_invariants.go:21:54:     from ... argument (slice-literal-element) at ./memstats_invariants.go:21:13
./memstats_invariants.go:21:54:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:21:54:     from ... argument (spill) at ./memstats_invariants.go:21:13
./memstats_invariants.go:21:54:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:21:13
./memstats_invariants.go:21:14: "HeapAlloc <= TotalAlloc:" escapes to heap:
./memstats_invariants.go:21:14:   flow: {storage for ... argument} = &{storage for "HeapAlloc <= TotalAlloc:"}:
./memstats_invariants.go:21:14:     from "HeapAlloc <= TotalAlloc:" (spill) at ./memstats_invariants.go:21:14
./memstats_invariants.go:21:14:     from ... argument (slice-literal-element) at ./memstats_invariants.go:21:13
./memstats_invariants.go:21:14:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:21:14:     from ... argument (spill) at ./memstats_invariants.go:21:13
./memstats_invariants.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:21:13
./memstats_invariants.go:20:43: m.Frees <= m.Mallocs escapes to heap:
./memstats_invariants.go:20:43:   flow: {storage for ... argument} = &{storage for m.Frees <= m.Mallocs}:
./memstats_invariants.go:20:43:     from m.Frees <= m.Mallocs (spill) at ./memstats_invariants.go:20:43
./memstats_invariants.go:20:43:     from ... argument (slice-literal-element) at ./memstats_invariants.go:20:13
./memstats_invariants.go:20:43:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:20:43:     from ... argument (spill) at ./memstats_invariants.go:20:13
./memstats_invariants.go:20:43:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:20:13
./memstats_invariants.go:20:14: "Frees <= Mallocs:" escapes to heap:
./memstats_invariants.go:20:14:   flow: {storage for ... argument} = &{storage for "Frees <= Mallocs:"}:
./memstats_invariants.go:20:14:     from "Frees <= Mallocs:" (spill) at ./memstats_invariants.go:20:14
./memstats_invariants.go:20:14:     from ... argument (slice-literal-element) at ./memstats_invariants.go:20:13
./memstats_invariants.go:20:14:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:20:14:     from ... argument (spill) at ./memstats_invariants.go:20:13
./memstats_invariants.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:20:13
./memstats_invariants.go:19:61: m.HeapObjects == m.Mallocs - m.Frees escapes to heap:
./memstats_invariants.go:19:61:   flow: {storage for ... argument} = &{storage for m.HeapObjects == m.Mallocs - m.Frees}:
./memstats_invariants.go:19:61:     from m.HeapObjects == m.Mallocs - m.Frees (spill) at ./memstats_invariants.go:19:61
./memstats_invariants.go:19:61:     from ... argument (slice-literal-element) at ./memstats_invariants.go:19:13
./memstats_invariants.go:19:61:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:19:61:     from ... argument (spill) at ./memstats_invariants.go:19:13
./memstats_invariants.go:19:61:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:19:13
./memstats_invariants.go:19:14: "HeapObjects == Mallocs-Frees:" escapes to heap:
./memstats_invariants.go:19:14:   flow: {storage for ... argument} = &{storage for "HeapObjects == Mallocs-Frees:"}:
./memstats_invariants.go:19:14:     from "HeapObjects == Mallocs-Frees:" (spill) at ./memstats_invariants.go:19:14
./memstats_invariants.go:19:14:     from ... argument (slice-literal-element) at ./memstats_invariants.go:19:13
./memstats_invariants.go:19:14:   flow: {heap} = {storage for ... argument}:
./memstats_invariants.go:19:14:     from ... argument (spill) at ./memstats_invariants.go:19:13
./memstats_invariants.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_invariants.go:19:13
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

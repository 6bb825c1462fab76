./memstats_mallocs.go:19:10: &Node{...} escapes to heap:
./memstats_mallocs.go:19:10:   flow: head = &{storage for &Node{...}}:
./memstats_mallocs.go:19:10:     from &Node{...} (spill) at ./memstats_mallocs.go:19:10
./memstats_mallocs.go:19:10:     from head = &Node{...} (assign) at ./memstats_mallocs.go:19:8
./memstats_mallocs.go:19:10: &Node{...} escapes to heap
./memstats_mallocs.go:41:14: n escapes to heap:
./memstats_mallocs.go:41:14:   flow: {storage for ... argument} = &{storage for n}:
./memstats_mallocs.go:41:14:     from n (spill) at ./memstats_mallocs.go:41:14
./memstats_mallocs.go:41:14:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:41:13
./memstats_mallocs.go:41:14:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:41:14:     from ... argument (spill) at ./memstats_mallocs.go:41:13
./memstats_mallocs.go:41:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:41:13
./memstats_mallocs.go:41:14: "list length:" escapes to heap:
./memstats_mallocs.go:41:14:   flow: {storage for ... argument} = &{storage for "list length:"}:
./memstats_mallocs.go:41:14:     from "list length:" (spill) at ./memstats_mallocs.go:41:14
./memstats_mallocs.go:41:14:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:41:13
./memstats_mallocs.go:41:14:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:41:14:     from ... argument (spill) at ./memstats_mallocs.go:41:13
./memstats_mallocs.go:41:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:41:13
./memstats_mallocs.go:35:46: after.NumGC >= before.NumGC escapes to heap:
./memstats_mallocs.go:35:46:   flow: {storage for ... argument} = &{storage for after.NumGC >= before.NumGC}:
./memstats_mallocs.go:35:46:     from after.NumGC >= before.NumGC (spill) at ./memstats_mallocs.go:35:46
./memstats_mallocs.go:35:46:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:35:13
./memstats_mallocs.go:35:46:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:35:46:     from ... argument (spill) at ./memstats_mallocs.go:35:13
./memstats_mallocs.go:35:46:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:35:13
./memstats_mallocs.go:35:14: "NumGC monotonic:" escapes to heap:
./memstats_mallocs.go:35:14:   flow: {storage for ... argument} = &{storage for "NumGC monotonic:"}:
./memstats_mallocs.go:35:14:     from "NumGC monotonic:" (spill) at ./memstats_mallocs.go:35:14
./memstats_mallocs.go:35:14:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:35:13
./memstats_mallocs.go:35:14:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:35:14:     from ... argument (spill) at ./memstats_mallocs.go:35:13
./memstats_mallocs.go:35:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:35:13
./memstats_mallocs.go:34:56: after.TotalAlloc >= before.TotalAlloc escapes to heap:
./memstats_mallocs.go:34:56:   flow: {storage for ... argument} = &{storage for after.TotalAlloc >= before.TotalAlloc}:
./memstats_mallocs.go:34:56:     from after.TotalAlloc >= before.TotalAlloc (spill) at ./memstats_mallocs.go:34:56
./memstats_mallocs.go:34:56:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:34:13
./memstats_mallocs.go:34:56:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:34:56:     from ... argument (spill) at ./memstats_mallocs.go:34:13
./memstats_mallocs.go:34:56:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:34:13
./memstats_mallocs.go:34:14: "TotalAlloc monotonic:" escapes to heap:
./memstats_mallocs.go:34:14:   flow: {storage for ... argument} = &{storage for "TotalAlloc monotonic:"}:
./memstats_mallocs.go:34:14:     from "TotalAlloc monotonic:" (spill) at ./memstats_mallocs.go:34:14
./memstats_mallocs.go:34:14:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:34:13
./memstats_mallocs.go:34:14:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:34:14:     from ... argument (spill) at ./memstats_mallocs.go:34:13
./memstats_mallocs.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:34:13
./memstats_mallocs.go:33:46: after.Frees >= before.Frees escapes to heap:
./memstats_mallocs.go:33:46:   flow: {storage for ... argument} = &{storage for after.Frees >= before.Frees}:
./memstats_mallocs.go:33:46:     from after.Frees >= before.Frees (spill) at ./memstats_mallocs.go:33:46
./memstats_mallocs.go:33:46:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:33:13
./memstats_mallocs.go:33:46:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:33:46:     from ... argument (spill) at ./memstats_mallocs.go:33:13
./memstats_mallocs.go:33:46:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:33:13
./memstats_mallocs.go:33:14: "Frees monotonic:" escapes to heap:
./memstats_mallocs.go:33:14:   flow: {storage for ... argument} = &{storage for "Frees monotonic:"}:
./memstats_mallocs.go:33:14:     from "Frees monotonic:" (spill) at ./memstats_mallocs.go:33:14
./memstats_mallocs.go:33:14:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:33:13
./memstats_mallocs.go:33:14:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:33:14:     from ... argument (spill) at ./memstats_mallocs.go:33:13
./memstats_mallocs.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:33:13
./memstats_mallocs.go:32:50: after.Mallocs >= before.Mallocs escapes to heap:
./memstats_mallocs.go:32:50:   flow: {storage for ... argument} = &{storage for after.Mallocs >= before.Mallocs}:
./memstats_mallocs.go:32:50:     from after.Mallocs >= before.Mallocs (spill) at ./memstats_mallocs.go:32:50
./memstats_mallocs.go:32:50:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:32:13
./memstats_mallocs.go:32:50:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:32:50:     from ... argument (spill) at ./memstats_mallocs.go:32:13
./memstats_mallocs.go:32:50:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:32:13
./memstats_mallocs.go:32:14: "Mallocs monotonic:" escapes to heap:
./memstats_mallocs.go:32:14:   flow: {storage for ... argument} = &{storage for "Mallocs monotonic:"}:
./memstats_mallocs.go:32:14:     from "Mallocs monotonic:" (spill) at ./memstats_mallocs.go:32:14
./memstats_mallocs.go:32:14:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:32:13
./memstats_mallocs.go:32:14:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:32:14:     from ... argument (spill) at ./memstats_mallocs.go:32:13
./memstats_mallocs.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:32:13
./memstats_mallocs.go:31:82: after.TotalAlloc - before.TotalAlloc >= 500 * 16 escapes to heap:
./memstats_mallocs.go:31:82:   flow: {storage for ... argument} = &{storage for after.TotalAlloc - before.TotalAlloc >= 500 * 16}:
./memstats_mallocs.go:31:82:     from after.TotalAlloc - before.TotalAlloc >= 500 * 16 (spill) at ./memstats_mallocs.go:31:82
./memstats_mallocs.go:31:82:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:31:13
./memstats_mallocs.go:31:82:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:31:82:     from ... argument (spill) at ./memstats_mallocs.go:31:13
./memstats_mallocs.go:31:82:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:31:13
./memstats_mallocs.go:31:14: "TotalAlloc grew by >= 500*16:" escapes to heap:
./memstats_mallocs.go:31:14:   flow: {storage for ... argument} = &{storage for "TotalAlloc grew by >= 500*16:"}:
./memstats_mallocs.go:31:14:     from "TotalAlloc grew by >= 500*16:" (spill) at ./memstats_mallocs.go:31:14
./memstats_mallocs.go:31:14:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:31:13
./memstats_mallocs.go:31:14:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:31:14:     from ... argument (spill) at ./memstats_mallocs.go:31:13
./memstats_mallocs.go:31:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:31:13
./memstats_mallocs.go:30:70: after.Mallocs - before.Mallocs >= 500 escapes to heap:
./memstats_mallocs.go:30:70:   flow: {storage for ... argument} = &{storage for after.Mallocs - before.Mallocs >= 500}:
./memstats_mallocs.go:30:70:     from after.Mallocs - before.Mallocs >= 500 (spill) at ./memstats_mallocs.go:30:70
./memstats_mallocs.go:30:70:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:30:13
./memstats_mallocs.go:30:70:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:30:70:     from ... argument (spill) at ./memstats_mallocs.go:30:13
./memstats_mallocs.go:30:70:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:30:13
./memstats_mallocs.go:30:14: "Mallocs grew by >= 500:" escapes to heap:
./memstats_mallocs.go:30:14:   flow: {storage for ... argument} = &{storage for "Mallocs grew by >= 500:"}:
./memstats_mallocs.go:30:14:     from "Mallocs grew by >= 500:" (spill) at ./memstats_mallocs.go:30:14
./memstats_mallocs.go:30:14:     from ... argument (slice-literal-element) at ./memstats_mallocs.go:30:13
./memstats_mallocs.go:30:14:   flow: {heap} = {storage for ... argument}:
./memstats_mallocs.go:30:14:     from ... argument (spill) at ./memstats_mallocs.go:30:13
./memstats_mallocs.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_mallocs.go:30:13
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

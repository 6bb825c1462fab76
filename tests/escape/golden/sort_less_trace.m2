./sort_less_trace.go:16:13: xs escapes to heap:
./sort_less_trace.go:16:13:   flow: {heap} = &{storage for xs}:
./sort_less_trace.go:16:13:     from xs (spill) at ./sort_less_trace.go:16:13
./sort_less_trace.go:16:13:     from sort.Slice(xs, func literal) (call parameter) at ./sort_less_trace.go:16:13
./sort_less_trace.go:35:12: kvs escapes to heap:
./sort_less_trace.go:35:12:   flow: {heap} = &{storage for kvs}:
./sort_less_trace.go:35:12:     from kvs (spill) at ./sort_less_trace.go:35:12
./sort_less_trace.go:35:12:     from sort.Slice(kvs, func literal) (call parameter) at ./sort_less_trace.go:35:12
./sort_less_trace.go:42:12: ws escapes to heap:
./sort_less_trace.go:42:12:   flow: {heap} = &{storage for ws}:
./sort_less_trace.go:42:12:     from ws (spill) at ./sort_less_trace.go:42:12
./sort_less_trace.go:42:12:     from sort.Slice(ws, func literal) (call parameter) at ./sort_less_trace.go:42:12
./sort_less_trace.go:44:18: ws escapes to heap:
./sort_less_trace.go:44:18:   flow: {heap} = &{storage for ws}:
./sort_less_trace.go:44:18:     from ws (spill) at ./sort_less_trace.go:44:18
./sort_less_trace.go:44:18:     from sort.SliceStable(ws, func literal) (call parameter) at ./sort_less_trace.go:44:18
./sort_less_trace.go:15:7: main capturing by ref: trace (addr=false assign=true width=24)
./sort_less_trace.go:11:3: main capturing by value: xs (addr=false assign=false width=24)
./sort_less_trace.go:34:2: main capturing by ref: calls (addr=false assign=true width=8)
./sort_less_trace.go:30:6: main capturing by value: kvs (addr=false assign=false width=24)
./sort_less_trace.go:38:2: main capturing by value: ws (addr=false assign=false width=24)
./sort_less_trace.go:38:2: main capturing by value: ws (addr=false assign=false width=24)
./sort_less_trace.go:11:13: make([]int, n) escapes to heap:
./sort_less_trace.go:11:13:   flow: {heap} = &{storage for make([]int, n)}:
./sort_less_trace.go:11:13:     from make([]int, n) (non-constant size) at ./sort_less_trace.go:11:13
./sort_less_trace.go:45:16: ws[:10] escapes to heap:
./sort_less_trace.go:45:16:   flow: {storage for ... argument} = &{storage for ws[:10]}:
./sort_less_trace.go:45:16:     from ws[:10] (spill) at ./sort_less_trace.go:45:16
./sort_less_trace.go:45:16:     from ... argument (slice-literal-element) at ./sort_less_trace.go:45:13
./sort_less_trace.go:45:16:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:45:16:     from ... argument (spill) at ./sort_less_trace.go:45:13
./sort_less_trace.go:45:16:     from fmt.Println(... argument...) (call parameter) at ./sort_less_trace.go:45:13
./sort_less_trace.go:43:13: ws escapes to heap:
./sort_less_trace.go:43:13:   flow: {storage for ... argument} = &{storage for ws}:
./sort_less_trace.go:43:13:     from ws (spill) at ./sort_less_trace.go:43:13
./sort_less_trace.go:43:13:     from ... argument (slice-literal-element) at ./sort_less_trace.go:43:13
./sort_less_trace.go:43:13:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:43:13:     from ... argument (spill) at ./sort_less_trace.go:43:13
./sort_less_trace.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./sort_less_trace.go:43:13
./sort_less_trace.go:40:31: i escapes to heap:
./sort_less_trace.go:40:31:   flow: {storage for ... argument} = &{storage for i}:
./sort_less_trace.go:40:31:     from i (spill) at ./sort_less_trace.go:40:31
./sort_less_trace.go:40:31:     from ... argument (slice-literal-element) at ./sort_less_trace.go:40:31
./sort_less_trace.go:40:31:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:40:31:     from ... argument (spill) at ./sort_less_trace.go:40:31
./sort_less_trace.go:40:31:     from fmt.Sprint(... argument...) (call parameter) at ./sort_less_trace.go:40:31
./sort_less_trace.go:36:13: kvs escapes to heap:
./sort_less_trace.go:36:13:   flow: {storage for ... argument} = &{storage for kvs}:
./sort_less_trace.go:36:13:     from kvs (spill) at ./sort_less_trace.go:36:13
./sort_less_trace.go:36:13:     from ... argument (slice-literal-element) at ./sort_less_trace.go:36:13
./sort_less_trace.go:36:13:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:36:13:     from ... argument (spill) at ./sort_less_trace.go:36:13
./sort_less_trace.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./sort_less_trace.go:36:13
./sort_less_trace.go:36:13: calls escapes to heap:
./sort_less_trace.go:36:13:   flow: {storage for ... argument} = &{storage for calls}:
./sort_less_trace.go:36:13:     from calls (spill) at ./sort_less_trace.go:36:13
./sort_less_trace.go:36:13:     from ... argument (slice-literal-element) at ./sort_less_trace.go:36:13
./sort_less_trace.go:36:13:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:36:13:     from ... argument (spill) at ./sort_less_trace.go:36:13
./sort_less_trace.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./sort_less_trace.go:36:13
./sort_less_trace.go:32:50: i escapes to heap:
./sort_less_trace.go:32:50:   flow: {storage for ... argument} = &{storage for i}:
./sort_less_trace.go:32:50:     from i (spill) at ./sort_less_trace.go:32:50
./sort_less_trace.go:32:50:     from ... argument (slice-literal-element) at ./sort_less_trace.go:32:49
./sort_less_trace.go:32:50:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:32:50:     from ... argument (spill) at ./sort_less_trace.go:32:49
./sort_less_trace.go:32:50:     from fmt.Sprint(... argument...) (call parameter) at ./sort_less_trace.go:32:49
./sort_less_trace.go:32:50: "v" escapes to heap:
./sort_less_trace.go:32:50:   flow: {storage for ... argument} = &{storage for "v"}:
./sort_less_trace.go:32:50:     from "v" (spill) at ./sort_less_trace.go:32:50
./sort_less_trace.go:32:50:     from ... argument (slice-literal-element) at ./sort_less_trace.go:32:49
./sort_less_trace.go:32:50:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:32:50:     from ... argument (spill) at ./sort_less_trace.go:32:49
./sort_less_trace.go:32:50:     from fmt.Sprint(... argument...) (call parameter) at ./sort_less_trace.go:32:49
./sort_less_trace.go:22:15: trace escapes to heap:
./sort_less_trace.go:22:15:   flow: {storage for ... argument} = &{storage for trace}:
./sort_less_trace.go:22:15:     from trace (spill) at ./sort_less_trace.go:22:15
./sort_less_trace.go:22:15:     from ... argument (slice-literal-element) at ./sort_less_trace.go:22:15
./sort_less_trace.go:22:15:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:22:15:     from ... argument (spill) at ./sort_less_trace.go:22:15
./sort_less_trace.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./sort_less_trace.go:22:15
./sort_less_trace.go:20:21: xs escapes to heap:
./sort_less_trace.go:20:21:   flow: {storage for ... argument} = &{storage for xs}:
./sort_less_trace.go:20:21:     from xs (spill) at ./sort_less_trace.go:20:21
./sort_less_trace.go:20:21:     from ... argument (slice-literal-element) at ./sort_less_trace.go:20:14
./sort_less_trace.go:20:21:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:20:21:     from ... argument (spill) at ./sort_less_trace.go:20:14
./sort_less_trace.go:20:21:     from fmt.Println(... argument...) (call parameter) at ./sort_less_trace.go:20:14
./sort_less_trace.go:20:21: len(trace) escapes to heap:
./sort_less_trace.go:20:21:   flow: {storage for ... argument} = &{storage for len(trace)}:
./sort_less_trace.go:20:21:     from len(trace) (spill) at ./sort_less_trace.go:20:21
./sort_less_trace.go:20:21:     from ... argument (slice-literal-element) at ./sort_less_trace.go:20:14
./sort_less_trace.go:20:21:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:20:21:     from ... argument (spill) at ./sort_less_trace.go:20:14
./sort_less_trace.go:20:21:     from fmt.Println(... argument...) (call parameter) at ./sort_less_trace.go:20:14
./sort_less_trace.go:20:14: n escapes to heap:
./sort_less_trace.go:20:14:   flow: {storage for ... argument} = &{storage for n}:
./sort_less_trace.go:20:14:     from n (spill) at ./sort_less_trace.go:20:14
./sort_less_trace.go:20:14:     from ... argument (slice-literal-element) at ./sort_less_trace.go:20:14
./sort_less_trace.go:20:14:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:20:14:     from ... argument (spill) at ./sort_less_trace.go:20:14
./sort_less_trace.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./sort_less_trace.go:20:14
./sort_less_trace.go:17:40: j escapes to heap:
./sort_less_trace.go:17:40:   flow: {storage for ... argument} = &{storage for j}:
./sort_less_trace.go:17:40:     from j (spill) at ./sort_less_trace.go:17:40
./sort_less_trace.go:17:40:     from ... argument (slice-literal-element) at ./sort_less_trace.go:17:36
./sort_less_trace.go:17:40:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:17:40:     from ... argument (spill) at ./sort_less_trace.go:17:36
./sort_less_trace.go:17:40:     from fmt.Sprint(... argument...) (call parameter) at ./sort_less_trace.go:17:36
./sort_less_trace.go:17:40: "<" escapes to heap:
./sort_less_trace.go:17:40:   flow: {storage for ... argument} = &{storage for "<"}:
./sort_less_trace.go:17:40:     from "<" (spill) at ./sort_less_trace.go:17:40
./sort_less_trace.go:17:40:     from ... argument (slice-literal-element) at ./sort_less_trace.go:17:36
./sort_less_trace.go:17:40:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:17:40:     from ... argument (spill) at ./sort_less_trace.go:17:36
./sort_less_trace.go:17:40:     from fmt.Sprint(... argument...) (call parameter) at ./sort_less_trace.go:17:36
./sort_less_trace.go:17:36: i escapes to heap:
./sort_less_trace.go:17:36:   flow: {storage for ... argument} = &{storage for i}:
./sort_less_trace.go:17:36:     from i (spill) at ./sort_less_trace.go:17:36
./sort_less_trace.go:17:36:     from ... argument (slice-literal-element) at ./sort_less_trace.go:17:36
./sort_less_trace.go:17:36:   flow: {heap} = {storage for ... argument}:
./sort_less_trace.go:17:36:     from ... argument (spill) at ./sort_less_trace.go:17:36
./sort_less_trace.go:17:36:     from fmt.Sprint(... argument...) (call parameter) at ./sort_less_trace.go:17:36
./sort_less_trace.go:38:12: make([]kv, 100) escapes to heap:
./sort_less_trace.go:38:12:   flow: ws = &{storage for make([]kv, 100)}:
./sort_less_trace.go:38:12:     from make([]kv, 100) (spill) at ./sort_less_trace.go:38:12
./sort_less_trace.go:38:12:     from ws := make([]kv, 100) (assign) at ./sort_less_trace.go:38:5
./sort_less_trace.go:38:12:   flow: {storage for ws[:10]} = ws:
./sort_less_trace.go:38:12:     from ws[:10] (slice) at ./sort_less_trace.go:45:16
./sort_less_trace.go:38:12:     from ws[:10] (interface-converted) at ./sort_less_trace.go:45:16
./sort_less_trace.go:10:25: []int{...} does not escape
./sort_less_trace.go:11:13: make([]int, n) escapes to heap
./sort_less_trace.go:16:13: xs escapes to heap
./sort_less_trace.go:16:18: func literal does not escape
./sort_less_trace.go:17:36: ... argument does not escape
./sort_less_trace.go:17:36: i escapes to heap
./sort_less_trace.go:17:40: "<" escapes to heap
./sort_less_trace.go:17:40: j escapes to heap
./sort_less_trace.go:20:14: ... argument does not escape
./sort_less_trace.go:20:14: n escapes to heap
./sort_less_trace.go:20:21: len(trace) escapes to heap
./sort_less_trace.go:20:21: xs escapes to heap
./sort_less_trace.go:22:15: ... argument does not escape
./sort_less_trace.go:22:15: trace escapes to heap
./sort_less_trace.go:32:49: ... argument does not escape
./sort_less_trace.go:32:50: "v" escapes to heap
./sort_less_trace.go:32:50: i escapes to heap
./sort_less_trace.go:35:12: kvs escapes to heap
./sort_less_trace.go:35:18: func literal does not escape
./sort_less_trace.go:36:13: ... argument does not escape
./sort_less_trace.go:36:13: calls escapes to heap
./sort_less_trace.go:36:13: kvs escapes to heap
./sort_less_trace.go:38:12: make([]kv, 100) escapes to heap
./sort_less_trace.go:40:31: ... argument does not escape
./sort_less_trace.go:40:31: i escapes to heap
./sort_less_trace.go:42:12: ws escapes to heap
./sort_less_trace.go:42:17: func literal does not escape
./sort_less_trace.go:43:13: ... argument does not escape
./sort_less_trace.go:43:13: ws escapes to heap
./sort_less_trace.go:44:18: ws escapes to heap
./sort_less_trace.go:44:23: func literal does not escape
./sort_less_trace.go:45:13: ... argument does not escape
./sort_less_trace.go:45:16: ws[:10] escapes to heap

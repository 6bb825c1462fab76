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

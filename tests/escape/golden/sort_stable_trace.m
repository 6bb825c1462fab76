./sort_stable_trace.go:11:25: []int{...} does not escape
./sort_stable_trace.go:12:13: make([]rec, n) escapes to heap
./sort_stable_trace.go:17:19: xs escapes to heap
./sort_stable_trace.go:17:24: func literal does not escape
./sort_stable_trace.go:18:27: xs escapes to heap
./sort_stable_trace.go:18:32: func literal does not escape
./sort_stable_trace.go:21:14: ... argument does not escape
./sort_stable_trace.go:21:14: n escapes to heap
./sort_stable_trace.go:21:14: less escapes to heap
./sort_stable_trace.go:21:14: ok escapes to heap
./sort_stable_trace.go:21:30: xs[:7] escapes to heap
./sort_stable_trace.go:24:13: []int{...} escapes to heap
./sort_stable_trace.go:25:18: ys escapes to heap
./sort_stable_trace.go:25:23: func literal does not escape
./sort_stable_trace.go:26:36: ... argument does not escape
./sort_stable_trace.go:26:37: i escapes to heap
./sort_stable_trace.go:26:37: j escapes to heap
./sort_stable_trace.go:29:13: ... argument does not escape
./sort_stable_trace.go:29:13: ys escapes to heap
./sort_stable_trace.go:29:21: len(trace) escapes to heap
./sort_stable_trace.go:30:13: ... argument does not escape
./sort_stable_trace.go:30:19: trace[len(trace) - 20:] escapes to heap

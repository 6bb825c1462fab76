./sort_stable_trace.go:17:19: xs escapes to heap:
./sort_stable_trace.go:17:19:   flow: {heap} = &{storage for xs}:
./sort_stable_trace.go:17:19:     from xs (spill) at ./sort_stable_trace.go:17:19
./sort_stable_trace.go:17:19:     from sort.SliceStable(xs, func literal) (call parameter) at ./sort_stable_trace.go:17:19
./sort_stable_trace.go:18:27: xs escapes to heap:
./sort_stable_trace.go:18:27:   flow: {heap} = &{storage for xs}:
./sort_stable_trace.go:18:27:     from xs (spill) at ./sort_stable_trace.go:18:27
./sort_stable_trace.go:18:27:     from sort.SliceIsSorted(xs, func literal) (call parameter) at ./sort_stable_trace.go:18:27
./sort_stable_trace.go:25:18: ys escapes to heap:
./sort_stable_trace.go:25:18:   flow: {heap} = &{storage for ys}:
./sort_stable_trace.go:25:18:     from ys (spill) at ./sort_stable_trace.go:25:18
./sort_stable_trace.go:25:18:     from sort.SliceStable(ys, func literal) (call parameter) at ./sort_stable_trace.go:25:18
./sort_stable_trace.go:16:3: main capturing by ref: less (addr=false assign=true width=8)
./sort_stable_trace.go:12:3: main capturing by value: xs (addr=false assign=false width=24)
./sort_stable_trace.go:12:3: main capturing by value: xs (addr=false assign=false width=24)
./sort_stable_trace.go:23:6: main capturing by ref: trace (addr=false assign=true width=24)
./sort_stable_trace.go:24:2: main capturing by value: ys (addr=false assign=false width=24)
./sort_stable_trace.go:12:13: make([]rec, n) escapes to heap:
./sort_stable_trace.go:12:13:   flow: {heap} = &{storage for make([]rec, n)}:
./sort_stable_trace.go:12:13:     from make([]rec, n) (non-constant size) at ./sort_stable_trace.go:12:13
./sort_stable_trace.go:30:19: trace[len(trace) - 20:] escapes to heap:
./sort_stable_trace.go:30:19:   flow: {storage for ... argument} = &{storage for trace[len(trace) - 20:]}:
./sort_stable_trace.go:30:19:     from trace[len(trace) - 20:] (spill) at ./sort_stable_trace.go:30:19
./sort_stable_trace.go:30:19:     from ... argument (slice-literal-element) at ./sort_stable_trace.go:30:13
./sort_stable_trace.go:30:19:   flow: {heap} = {storage for ... argument}:
./sort_stable_trace.go:30:19:     from ... argument (spill) at ./sort_stable_trace.go:30:13
./sort_stable_trace.go:30:19:     from fmt.Println(... argument...) (call parameter) at ./sort_stable_trace.go:30:13
./sort_stable_trace.go:29:21: len(trace) escapes to heap:
./sort_stable_trace.go:29:21:   flow: {storage for ... argument} = &{storage for len(trace)}:
./sort_stable_trace.go:29:21:     from len(trace) (spill) at ./sort_stable_trace.go:29:21
./sort_stable_trace.go:29:21:     from ... argument (slice-literal-element) at ./sort_stable_trace.go:29:13
./sort_stable_trace.go:29:21:   flow: {heap} = {storage for ... argument}:
./sort_stable_trace.go:29:21:     from ... argument (spill) at ./sort_stable_trace.go:29:13
./sort_stable_trace.go:29:21:     from fmt.Println(... argument...) (call parameter) at ./sort_stable_trace.go:29:13
./sort_stable_trace.go:29:13: ys escapes to heap:
./sort_stable_trace.go:29:13:   flow: {storage for ... argument} = &{storage for ys}:
./sort_stable_trace.go:29:13:     from ys (spill) at ./sort_stable_trace.go:29:13
./sort_stable_trace.go:29:13:     from ... argument (slice-literal-element) at ./sort_stable_trace.go:29:13
./sort_stable_trace.go:29:13:   flow: {heap} = {storage for ... argument}:
./sort_stable_trace.go:29:13:     from ... argument (spill) at ./sort_stable_trace.go:29:13
./sort_stable_trace.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./sort_stable_trace.go:29:13
./sort_stable_trace.go:26:37: j escapes to heap:
./sort_stable_trace.go:26:37:   flow: {storage for ... argument} = &{storage for j}:
./sort_stable_trace.go:26:37:     from j (spill) at ./sort_stable_trace.go:26:37
./sort_stable_trace.go:26:37:     from ... argument (slice-literal-element) at ./sort_stable_trace.go:26:36
./sort_stable_trace.go:26:37:   flow: {heap} = {storage for ... argument}:
./sort_stable_trace.go:26:37:     from ... argument (spill) at ./sort_stable_trace.go:26:36
./sort_stable_trace.go:26:37:     from fmt.Sprintf("%d%d", ... argument...) (call parameter) at ./sort_stable_trace.go:26:36
./sort_stable_trace.go:26:37: i escapes to heap:
./sort_stable_trace.go:26:37:   flow: {storage for ... argument} = &{storage for i}:
./sort_stable_trace.go:26:37:     from i (spill) at ./sort_stable_trace.go:26:37
./sort_stable_trace.go:26:37:     from ... argument (slice-literal-element) at ./sort_stable_trace.go:26:36
./sort_stable_trace.go:26:37:   flow: {heap} = {storage for ... argument}:
./sort_stable_trace.go:26:37:     from ... argument (spill) at ./sort_stable_trace.go:26:36
./sort_stable_trace.go:26:37:     from fmt.Sprintf("%d%d", ... argument...) (call parameter) at ./sort_stable_trace.go:26:36
./sort_stable_trace.go:21:30: xs[:7] escapes to heap:
./sort_stable_trace.go:21:30:   flow: {storage for ... argument} = &{storage for xs[:7]}:
./sort_stable_trace.go:21:30:     from xs[:7] (spill) at ./sort_stable_trace.go:21:30
./sort_stable_trace.go:21:30:     from ... argument (slice-literal-element) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:30:   flow: {heap} = {storage for ... argument}:
./sort_stable_trace.go:21:30:     from ... argument (spill) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:30:     from fmt.Println(... argument...) (call parameter) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:14: ok escapes to heap:
./sort_stable_trace.go:21:14:   flow: {storage for ... argument} = &{storage for ok}:
./sort_stable_trace.go:21:14:     from ok (spill) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:14:     from ... argument (slice-literal-element) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:14:   flow: {heap} = {storage for ... argument}:
./sort_stable_trace.go:21:14:     from ... argument (spill) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:14: less escapes to heap:
./sort_stable_trace.go:21:14:   flow: {storage for ... argument} = &{storage for less}:
./sort_stable_trace.go:21:14:     from less (spill) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:14:     from ... argument (slice-literal-element) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:14:   flow: {heap} = {storage for ... argument}:
./sort_stable_trace.go:21:14:     from ... argument (spill) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:14: n escapes to heap:
./sort_stable_trace.go:21:14:   flow: {storage for ... argument} = &{storage for n}:
./sort_stable_trace.go:21:14:     from n (spill) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:14:     from ... argument (slice-literal-element) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:14:   flow: {heap} = {storage for ... argument}:
./sort_stable_trace.go:21:14:     from ... argument (spill) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./sort_stable_trace.go:21:14
./sort_stable_trace.go:24:13: []int{...} escapes to heap:
./sort_stable_trace.go:24:13:   flow: ys = &{storage for []int{...}}:
./sort_stable_trace.go:24:13:     from []int{...} (spill) at ./sort_stable_trace.go:24:13
./sort_stable_trace.go:24:13:     from ys := []int{...} (assign) at ./sort_stable_trace.go:24:5
./sort_stable_trace.go:24:13:   flow: {storage for ys} = ys:
./sort_stable_trace.go:24:13:     from ys (interface-converted) at ./sort_stable_trace.go:29:13
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

./sort_slice_funcs.go:15:12: xs escapes to heap:
./sort_slice_funcs.go:15:12:   flow: {heap} = &{storage for xs}:
./sort_slice_funcs.go:15:12:     from xs (spill) at ./sort_slice_funcs.go:15:12
./sort_slice_funcs.go:15:12:     from sort.Slice(xs, func literal) (call parameter) at ./sort_slice_funcs.go:15:12
./sort_slice_funcs.go:19:12: ps escapes to heap:
./sort_slice_funcs.go:19:12:   flow: {heap} = &{storage for ps}:
./sort_slice_funcs.go:19:12:     from ps (spill) at ./sort_slice_funcs.go:19:12
./sort_slice_funcs.go:19:12:     from sort.Slice(ps, func literal) (call parameter) at ./sort_slice_funcs.go:19:12
./sort_slice_funcs.go:21:18: ps escapes to heap:
./sort_slice_funcs.go:21:18:   flow: {heap} = &{storage for ps}:
./sort_slice_funcs.go:21:18:     from ps (spill) at ./sort_slice_funcs.go:21:18
./sort_slice_funcs.go:21:18:     from sort.SliceStable(ps, func literal) (call parameter) at ./sort_slice_funcs.go:21:18
./sort_slice_funcs.go:23:32: ps escapes to heap:
./sort_slice_funcs.go:23:32:   flow: {heap} = &{storage for ps}:
./sort_slice_funcs.go:23:32:     from ps (spill) at ./sort_slice_funcs.go:23:32
./sort_slice_funcs.go:23:32:     from sort.SliceIsSorted(ps, func literal) (call parameter) at ./sort_slice_funcs.go:23:32
./sort_slice_funcs.go:36:12: big escapes to heap:
./sort_slice_funcs.go:36:12:   flow: {heap} = &{storage for big}:
./sort_slice_funcs.go:36:12:     from big (spill) at ./sort_slice_funcs.go:36:12
./sort_slice_funcs.go:36:12:     from sort.Slice(big, func literal) (call parameter) at ./sort_slice_funcs.go:36:12
./sort_slice_funcs.go:14:2: main capturing by value: xs (addr=false assign=false width=24)
./sort_slice_funcs.go:18:2: main capturing by ref: calls (addr=false assign=true width=8)
./sort_slice_funcs.go:17:2: main capturing by value: ps (addr=false assign=false width=24)
./sort_slice_funcs.go:17:2: main capturing by value: ps (addr=false assign=false width=24)
./sort_slice_funcs.go:17:2: main capturing by value: ps (addr=false assign=false width=24)
./sort_slice_funcs.go:35:2: main capturing by ref: n (addr=false assign=true width=8)
./sort_slice_funcs.go:31:2: main capturing by value: big (addr=false assign=false width=24)
./sort_slice_funcs.go:37:17: n escapes to heap:
./sort_slice_funcs.go:37:17:   flow: {storage for ... argument} = &{storage for n}:
./sort_slice_funcs.go:37:17:     from n (spill) at ./sort_slice_funcs.go:37:17
./sort_slice_funcs.go:37:17:     from ... argument (slice-literal-element) at ./sort_slice_funcs.go:37:13
./sort_slice_funcs.go:37:17:   flow: {heap} = {storage for ... argument}:
./sort_slice_funcs.go:37:17:     from ... argument (spill) at ./sort_slice_funcs.go:37:13
./sort_slice_funcs.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_funcs.go:37:13
./sort_slice_funcs.go:37:17: big[:20] escapes to heap:
./sort_slice_funcs.go:37:17:   flow: {storage for ... argument} = &{storage for big[:20]}:
./sort_slice_funcs.go:37:17:     from big[:20] (spill) at ./sort_slice_funcs.go:37:17
./sort_slice_funcs.go:37:17:     from ... argument (slice-literal-element) at ./sort_slice_funcs.go:37:13
./sort_slice_funcs.go:37:17:   flow: {heap} = {storage for ... argument}:
./sort_slice_funcs.go:37:17:     from ... argument (spill) at ./sort_slice_funcs.go:37:13
./sort_slice_funcs.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_funcs.go:37:13
./sort_slice_funcs.go:30:25: sort.Search(100, func literal) escapes to heap:
./sort_slice_funcs.go:30:25:   flow: {storage for ... argument} = &{storage for sort.Search(100, func literal)}:
./sort_slice_funcs.go:30:25:     from sort.Search(100, func literal) (spill) at ./sort_slice_funcs.go:30:25
./sort_slice_funcs.go:30:25:     from ... argument (slice-literal-element) at ./sort_slice_funcs.go:30:13
./sort_slice_funcs.go:30:25:   flow: {heap} = {storage for ... argument}:
./sort_slice_funcs.go:30:25:     from ... argument (spill) at ./sort_slice_funcs.go:30:13
./sort_slice_funcs.go:30:25:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_funcs.go:30:13
./sort_slice_funcs.go:29:62: sort.SearchInts(xs, 7) escapes to heap:
./sort_slice_funcs.go:29:62:   flow: {storage for ... argument} = &{storage for sort.SearchInts(xs, 7)}:
./sort_slice_funcs.go:29:62:     from sort.SearchInts(xs, 7) (spill) at ./sort_slice_funcs.go:29:62
./sort_slice_funcs.go:29:62:     from ... argument (slice-literal-element) at ./sort_slice_funcs.go:29:13
./sort_slice_funcs.go:29:62:   flow: {heap} = {storage for ... argument}:
./sort_slice_funcs.go:29:62:     from ... argument (spill) at ./sort_slice_funcs.go:29:13
./sort_slice_funcs.go:29:62:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_funcs.go:29:13
./sort_slice_funcs.go:29:36: sort.SearchStrings(ss, "b") escapes to heap:
./sort_slice_funcs.go:29:36:   flow: {storage for ... argument} = &{storage for sort.SearchStrings(ss, "b")}:
./sort_slice_funcs.go:29:36:     from sort.SearchStrings(ss, "b") (spill) at ./sort_slice_funcs.go:29:36
./sort_slice_funcs.go:29:36:     from ... argument (slice-literal-element) at ./sort_slice_funcs.go:29:13
./sort_slice_funcs.go:29:36:   flow: {heap} = {storage for ... argument}:
./sort_slice_funcs.go:29:36:     from ... argument (spill) at ./sort_slice_funcs.go:29:13
./sort_slice_funcs.go:29:36:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_funcs.go:29:13
./sort_slice_funcs.go:29:13: ss escapes to heap:
./sort_slice_funcs.go:29:13:   flow: {storage for ... argument} = &{storage for ss}:
./sort_slice_funcs.go:29:13:     from ss (spill) at ./sort_slice_funcs.go:29:13
./sort_slice_funcs.go:29:13:     from ... argument (slice-literal-element) at ./sort_slice_funcs.go:29:13
./sort_slice_funcs.go:29:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_funcs.go:29:13:     from ... argument (spill) at ./sort_slice_funcs.go:29:13
./sort_slice_funcs.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_funcs.go:29:13
./sort_slice_funcs.go:27:16: []string{...} escapes to heap:
./sort_slice_funcs.go:27:16:   flow: ss = &{storage for []string{...}}:
./sort_slice_funcs.go:27:16:     from []string{...} (spill) at ./sort_slice_funcs.go:27:16
./sort_slice_funcs.go:27:16:     from ss := []string{...} (assign) at ./sort_slice_funcs.go:27:5
./sort_slice_funcs.go:27:16:   flow: {heap} = ss:
./sort_slice_funcs.go:27:16:     from sort.Strings(ss) (call parameter) at ./sort_slice_funcs.go:28:14
./sort_slice_funcs.go:26:40: sort.Float64sAreSorted(fs) escapes to heap:
./sort_slice_funcs.go:26:40:   flow: {storage for ... argument} = &{storage for sort.Float64sAreSorted(fs)}:
./sort_slice_funcs.go:26:40:     from sort.Float64sAreSorted(fs) (spill) at ./sort_slice_funcs.go:26:40
./sort_slice_funcs.go:26:40:     from ... argument (slice-literal-element) at ./sort_slice_funcs.go:26:13
./sort_slice_funcs.go:26:40:   flow: {heap} = {storage for ... argument}:
./sort_slice_funcs.go:26:40:     from ... argument (spill) at ./sort_slice_funcs.go:26:13
./sort_slice_funcs.go:26:40:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_funcs.go:26:13
./sort_slice_funcs.go:26:13: fs escapes to heap:
./sort_slice_funcs.go:26:13:   flow: {storage for ... argument} = &{storage for fs}:
./sort_slice_funcs.go:26:13:     from fs (spill) at ./sort_slice_funcs.go:26:13
./sort_slice_funcs.go:26:13:     from ... argument (slice-literal-element) at ./sort_slice_funcs.go:26:13
./sort_slice_funcs.go:26:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_funcs.go:26:13:     from ... argument (spill) at ./sort_slice_funcs.go:26:13
./sort_slice_funcs.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_funcs.go:26:13
./sort_slice_funcs.go:24:17: []float64{...} escapes to heap:
./sort_slice_funcs.go:24:17:   flow: fs = &{storage for []float64{...}}:
./sort_slice_funcs.go:24:17:     from []float64{...} (spill) at ./sort_slice_funcs.go:24:17
./sort_slice_funcs.go:24:17:     from fs := []float64{...} (assign) at ./sort_slice_funcs.go:24:5
./sort_slice_funcs.go:24:17:   flow: {heap} = fs:
./sort_slice_funcs.go:24:17:     from sort.Float64s(fs) (call parameter) at ./sort_slice_funcs.go:25:15
./sort_slice_funcs.go:23:32: sort.SliceIsSorted(ps, func literal) escapes to heap:
./sort_slice_funcs.go:23:32:   flow: {storage for ... argument} = &{storage for sort.SliceIsSorted(ps, func literal)}:
./sort_slice_funcs.go:23:32:     from sort.SliceIsSorted(ps, func literal) (spill) at ./sort_slice_funcs.go:23:32
./sort_slice_funcs.go:23:32:     from ... argument (slice-literal-element) at ./sort_slice_funcs.go:23:13
./sort_slice_funcs.go:23:32:   flow: {heap} = {storage for ... argument}:
./sort_slice_funcs.go:23:32:     from ... argument (spill) at ./sort_slice_funcs.go:23:13
./sort_slice_funcs.go:23:32:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_funcs.go:23:13
./sort_slice_funcs.go:22:13: ps escapes to heap:
./sort_slice_funcs.go:22:13:   flow: {storage for ... argument} = &{storage for ps}:
./sort_slice_funcs.go:22:13:     from ps (spill) at ./sort_slice_funcs.go:22:13
./sort_slice_funcs.go:22:13:     from ... argument (slice-literal-element) at ./sort_slice_funcs.go:22:13
./sort_slice_funcs.go:22:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_funcs.go:22:13:     from ... argument (spill) at ./sort_slice_funcs.go:22:13
./sort_slice_funcs.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_funcs.go:22:13
./sort_slice_funcs.go:20:13: calls escapes to heap:
./sort_slice_funcs.go:20:13:   flow: {storage for ... argument} = &{storage for calls}:
./sort_slice_funcs.go:20:13:     from calls (spill) at ./sort_slice_funcs.go:20:13
./sort_slice_funcs.go:20:13:     from ... argument (slice-literal-element) at ./sort_slice_funcs.go:20:13
./sort_slice_funcs.go:20:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_funcs.go:20:13:     from ... argument (spill) at ./sort_slice_funcs.go:20:13
./sort_slice_funcs.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_funcs.go:20:13
./sort_slice_funcs.go:20:13: ps escapes to heap:
./sort_slice_funcs.go:20:13:   flow: {storage for ... argument} = &{storage for ps}:
./sort_slice_funcs.go:20:13:     from ps (spill) at ./sort_slice_funcs.go:20:13
./sort_slice_funcs.go:20:13:     from ... argument (slice-literal-element) at ./sort_slice_funcs.go:20:13
./sort_slice_funcs.go:20:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_funcs.go:20:13:     from ... argument (spill) at ./sort_slice_funcs.go:20:13
./sort_slice_funcs.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_funcs.go:20:13
./sort_slice_funcs.go:16:13: xs escapes to heap:
./sort_slice_funcs.go:16:13:   flow: {storage for ... argument} = &{storage for xs}:
./sort_slice_funcs.go:16:13:     from xs (spill) at ./sort_slice_funcs.go:16:13
./sort_slice_funcs.go:16:13:     from ... argument (slice-literal-element) at ./sort_slice_funcs.go:16:13
./sort_slice_funcs.go:16:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_funcs.go:16:13:     from ... argument (spill) at ./sort_slice_funcs.go:16:13
./sort_slice_funcs.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_funcs.go:16:13
./sort_slice_funcs.go:31:13: make([]int, 200) escapes to heap:
./sort_slice_funcs.go:31:13:   flow: big = &{storage for make([]int, 200)}:
./sort_slice_funcs.go:31:13:     from make([]int, 200) (spill) at ./sort_slice_funcs.go:31:13
./sort_slice_funcs.go:31:13:     from big := make([]int, 200) (assign) at ./sort_slice_funcs.go:31:6
./sort_slice_funcs.go:31:13:   flow: {storage for big[:20]} = big:
./sort_slice_funcs.go:31:13:     from big[:20] (slice) at ./sort_slice_funcs.go:37:17
./sort_slice_funcs.go:31:13:     from big[:20] (interface-converted) at ./sort_slice_funcs.go:37:17
./sort_slice_funcs.go:17:11: []P{...} escapes to heap:
./sort_slice_funcs.go:17:11:   flow: ps = &{storage for []P{...}}:
./sort_slice_funcs.go:17:11:     from []P{...} (spill) at ./sort_slice_funcs.go:17:11
./sort_slice_funcs.go:17:11:     from ps := []P{...} (assign) at ./sort_slice_funcs.go:17:5
./sort_slice_funcs.go:17:11:   flow: {storage for ps} = ps:
./sort_slice_funcs.go:17:11:     from ps (interface-converted) at ./sort_slice_funcs.go:23:32
./sort_slice_funcs.go:14:13: []int{...} escapes to heap:
./sort_slice_funcs.go:14:13:   flow: xs = &{storage for []int{...}}:
./sort_slice_funcs.go:14:13:     from []int{...} (spill) at ./sort_slice_funcs.go:14:13
./sort_slice_funcs.go:14:13:     from xs := []int{...} (assign) at ./sort_slice_funcs.go:14:5
./sort_slice_funcs.go:14:13:   flow: {storage for xs} = xs:
./sort_slice_funcs.go:14:13:     from xs (interface-converted) at ./sort_slice_funcs.go:16:13
./sort_slice_funcs.go:14:13: []int{...} escapes to heap
./sort_slice_funcs.go:15:12: xs escapes to heap
./sort_slice_funcs.go:15:17: func literal does not escape
./sort_slice_funcs.go:16:13: ... argument does not escape
./sort_slice_funcs.go:16:13: xs escapes to heap
./sort_slice_funcs.go:17:11: []P{...} escapes to heap
./sort_slice_funcs.go:19:12: ps escapes to heap
./sort_slice_funcs.go:19:17: func literal does not escape
./sort_slice_funcs.go:20:13: ... argument does not escape
./sort_slice_funcs.go:20:13: ps escapes to heap
./sort_slice_funcs.go:20:13: calls escapes to heap
./sort_slice_funcs.go:21:18: ps escapes to heap
./sort_slice_funcs.go:21:23: func literal does not escape
./sort_slice_funcs.go:22:13: ... argument does not escape
./sort_slice_funcs.go:22:13: ps escapes to heap
./sort_slice_funcs.go:23:13: ... argument does not escape
./sort_slice_funcs.go:23:32: sort.SliceIsSorted(ps, func literal) escapes to heap
./sort_slice_funcs.go:23:32: ps escapes to heap
./sort_slice_funcs.go:23:37: func literal does not escape
./sort_slice_funcs.go:24:17: []float64{...} escapes to heap
./sort_slice_funcs.go:26:13: ... argument does not escape
./sort_slice_funcs.go:26:13: fs escapes to heap
./sort_slice_funcs.go:26:40: sort.Float64sAreSorted(fs) escapes to heap
./sort_slice_funcs.go:27:16: []string{...} escapes to heap
./sort_slice_funcs.go:29:13: ... argument does not escape
./sort_slice_funcs.go:29:13: ss escapes to heap
./sort_slice_funcs.go:29:36: sort.SearchStrings(ss, "b") escapes to heap
./sort_slice_funcs.go:29:62: sort.SearchInts(xs, 7) escapes to heap
./sort_slice_funcs.go:30:13: ... argument does not escape
./sort_slice_funcs.go:30:25: sort.Search(100, func literal) escapes to heap
./sort_slice_funcs.go:30:31: func literal does not escape
./sort_slice_funcs.go:31:13: make([]int, 200) escapes to heap
./sort_slice_funcs.go:36:12: big escapes to heap
./sort_slice_funcs.go:36:18: func literal does not escape
./sort_slice_funcs.go:37:13: ... argument does not escape
./sort_slice_funcs.go:37:17: big[:20] escapes to heap
./sort_slice_funcs.go:37:17: n escapes to heap

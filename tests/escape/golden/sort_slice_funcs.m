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

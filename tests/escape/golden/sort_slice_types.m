./sort_slice_types.go:54:9: devirtualizing d.Swap to sort.StringSlice
./sort_slice_types.go:37:12: devirtualizing iface.Swap to sort.IntSlice
./sort_slice_types.go:38:30: devirtualizing iface.Len to sort.IntSlice
./sort_slice_types.go:38:44: devirtualizing iface.Less to sort.IntSlice
./sort_slice_types.go:11:7: b does not escape
./sort_slice_types.go:12:7: b does not escape
./sort_slice_types.go:13:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
./sort_slice_types.go:13:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
./sort_slice_types.go:13:7: b does not escape
./sort_slice_types.go:15:15: leaking param: d
./sort_slice_types.go:16:20: ... argument does not escape
./sort_slice_types.go:16:52: d.Len() escapes to heap
./sort_slice_types.go:16:69: sort.IsSorted(d) escapes to heap
./sort_slice_types.go:20:13: []int{...} escapes to heap
./sort_slice_types.go:21:25: sort.IntSlice(xs) escapes to heap
./sort_slice_types.go:22:13: ... argument does not escape
./sort_slice_types.go:22:13: xs escapes to heap
./sort_slice_types.go:22:42: sort.IntSlice.Search(sort.IntSlice(xs), 8) escapes to heap
./sort_slice_types.go:22:71: sort.IntSlice.Search(sort.IntSlice(xs), 4) escapes to heap
./sort_slice_types.go:23:38: sort.IntSlice(xs) escapes to heap
./sort_slice_types.go:24:13: ... argument does not escape
./sort_slice_types.go:24:13: xs escapes to heap
./sort_slice_types.go:25:23: sort.StringSlice{...} escapes to heap
./sort_slice_types.go:26:13: ... argument does not escape
./sort_slice_types.go:26:22: describe(s) escapes to heap
./sort_slice_types.go:26:22: s escapes to heap
./sort_slice_types.go:28:13: ... argument does not escape
./sort_slice_types.go:28:13: s escapes to heap
./sort_slice_types.go:28:22: sort.StringSlice.Len(s) escapes to heap
./sort_slice_types.go:28:34: sort.StringSlice.Search(s, "fig") escapes to heap
./sort_slice_types.go:28:51: sort.StringSlice.Search(s, "zzz") escapes to heap
./sort_slice_types.go:28:66: sort.StringSlice.Less(s, 0, 1) escapes to heap
./sort_slice_types.go:28:80: sort.StringSlice.Less(s, 1, 0) escapes to heap
./sort_slice_types.go:30:13: ... argument does not escape
./sort_slice_types.go:30:13: s escapes to heap
./sort_slice_types.go:31:24: sort.Float64Slice{...} escapes to heap
./sort_slice_types.go:32:13: f escapes to heap
./sort_slice_types.go:33:13: ... argument does not escape
./sort_slice_types.go:33:13: f escapes to heap
./sort_slice_types.go:33:30: sort.IsSorted(f) escapes to heap
./sort_slice_types.go:33:30: f escapes to heap
./sort_slice_types.go:33:43: sort.Float64Slice.Search(f, 2.5) escapes to heap
./sort_slice_types.go:35:13: ... argument does not escape
./sort_slice_types.go:35:13: f escapes to heap
./sort_slice_types.go:36:42: sort.IntSlice{...} escapes to heap
./sort_slice_types.go:36:42: sort.IntSlice{...} escapes to heap
./sort_slice_types.go:38:13: ... argument does not escape
./sort_slice_types.go:38:30: sort.IntSlice.Len(iface.(sort.IntSlice)) escapes to heap
./sort_slice_types.go:38:44: sort.IntSlice.Less(iface.(sort.IntSlice), 0, 1) escapes to heap
./sort_slice_types.go:38:60: describe(iface) escapes to heap
./sort_slice_types.go:39:16: iface.Len does not escape
./sort_slice_types.go:40:13: ... argument does not escape
./sort_slice_types.go:40:19: lenOf() escapes to heap
./sort_slice_types.go:41:16: byLen{...} escapes to heap
./sort_slice_types.go:42:11: words escapes to heap
./sort_slice_types.go:43:13: ... argument does not escape
./sort_slice_types.go:43:13: words escapes to heap
./sort_slice_types.go:43:29: describe(words) escapes to heap
./sort_slice_types.go:43:29: words escapes to heap
./sort_slice_types.go:44:21: sort.IntSlice{...} escapes to heap
./sort_slice_types.go:45:24: ys escapes to heap
./sort_slice_types.go:46:13: ... argument does not escape
./sort_slice_types.go:46:13: ys escapes to heap
./sort_slice_types.go:46:33: sort.SearchInts(ys, 4) escapes to heap
./sort_slice_types.go:47:2: func literal does not escape
./sort_slice_types.go:48:9: func literal does not escape
./sort_slice_types.go:48:29: ... argument does not escape
./sort_slice_types.go:48:30: "recovered:" escapes to heap
./sort_slice_types.go:49:16: sort.IntSlice{...} does not escape
./sort_slice_types.go:51:2: func literal does not escape
./sort_slice_types.go:52:9: func literal does not escape
./sort_slice_types.go:52:29: ... argument does not escape
./sort_slice_types.go:52:30: "recovered:" escapes to heap
./sort_slice_types.go:53:42: sort.StringSlice{...} does not escape
./sort_slice_types.go:53:42: sort.StringSlice{...} does not escape

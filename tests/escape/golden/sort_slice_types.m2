./sort_slice_types.go:54:9: devirtualizing d.Swap to sort.StringSlice
./sort_slice_types.go:37:12: devirtualizing iface.Swap to sort.IntSlice
./sort_slice_types.go:38:30: devirtualizing iface.Len to sort.IntSlice
./sort_slice_types.go:38:44: devirtualizing iface.Less to sort.IntSlice
./sort_slice_types.go:11:7: b does not escape
./sort_slice_types.go:12:7: b does not escape
./sort_slice_types.go:13:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
./sort_slice_types.go:13:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
./sort_slice_types.go:13:7: b does not escape
./sort_slice_types.go:15:15: parameter d leaks to {heap} with derefs=0:
./sort_slice_types.go:15:15:   flow: {heap} = d:
./sort_slice_types.go:15:15:     from d.Len() (call parameter) at ./sort_slice_types.go:16:52
./sort_slice_types.go:16:69: sort.IsSorted(d) escapes to heap:
./sort_slice_types.go:16:69:   flow: {storage for ... argument} = &{storage for sort.IsSorted(d)}:
./sort_slice_types.go:16:69:     from sort.IsSorted(d) (spill) at ./sort_slice_types.go:16:69
./sort_slice_types.go:16:69:     from ... argument (slice-literal-element) at ./sort_slice_types.go:16:20
./sort_slice_types.go:16:69:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:16:69:     from ... argument (spill) at ./sort_slice_types.go:16:20
./sort_slice_types.go:16:69:     from fmt.Sprintf("%T len=%d sorted=%v", ... argument...) (call parameter) at ./sort_slice_types.go:16:20
./sort_slice_types.go:16:52: d.Len() escapes to heap:
./sort_slice_types.go:16:52:   flow: {storage for ... argument} = &{storage for d.Len()}:
./sort_slice_types.go:16:52:     from d.Len() (spill) at ./sort_slice_types.go:16:52
./sort_slice_types.go:16:52:     from ... argument (slice-literal-element) at ./sort_slice_types.go:16:20
./sort_slice_types.go:16:52:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:16:52:     from ... argument (spill) at ./sort_slice_types.go:16:20
./sort_slice_types.go:16:52:     from fmt.Sprintf("%T len=%d sorted=%v", ... argument...) (call parameter) at ./sort_slice_types.go:16:20
./sort_slice_types.go:15:15: leaking param: d
./sort_slice_types.go:16:20: ... argument does not escape
./sort_slice_types.go:16:52: d.Len() escapes to heap
./sort_slice_types.go:16:69: sort.IsSorted(d) escapes to heap
./sort_slice_types.go:21:25: sort.IntSlice(xs) escapes to heap:
./sort_slice_types.go:21:25:   flow: {heap} = &{storage for sort.IntSlice(xs)}:
./sort_slice_types.go:21:25:     from sort.IntSlice(xs) (spill) at ./sort_slice_types.go:21:25
./sort_slice_types.go:21:25:     from sort.Sort(sort.IntSlice(xs)) (call parameter) at ./sort_slice_types.go:21:11
./sort_slice_types.go:23:38: sort.IntSlice(xs) escapes to heap:
./sort_slice_types.go:23:38:   flow: {heap} = &{storage for sort.IntSlice(xs)}:
./sort_slice_types.go:23:38:     from sort.IntSlice(xs) (spill) at ./sort_slice_types.go:23:38
./sort_slice_types.go:23:38:     from sort.Reverse(sort.IntSlice(xs)) (call parameter) at ./sort_slice_types.go:23:24
./sort_slice_types.go:26:22: s escapes to heap:
./sort_slice_types.go:26:22:   flow: {heap} = &{storage for s}:
./sort_slice_types.go:26:22:     from s (spill) at ./sort_slice_types.go:26:22
./sort_slice_types.go:26:22:     from describe(s) (call parameter) at ./sort_slice_types.go:26:22
./sort_slice_types.go:32:13: f escapes to heap:
./sort_slice_types.go:32:13:   flow: {heap} = &{storage for f}:
./sort_slice_types.go:32:13:     from f (spill) at ./sort_slice_types.go:32:13
./sort_slice_types.go:32:13:     from sort.Stable(f) (call parameter) at ./sort_slice_types.go:32:13
./sort_slice_types.go:33:30: f escapes to heap:
./sort_slice_types.go:33:30:   flow: {heap} = &{storage for f}:
./sort_slice_types.go:33:30:     from f (spill) at ./sort_slice_types.go:33:30
./sort_slice_types.go:33:30:     from sort.IsSorted(f) (call parameter) at ./sort_slice_types.go:33:30
./sort_slice_types.go:42:11: words escapes to heap:
./sort_slice_types.go:42:11:   flow: {heap} = &{storage for words}:
./sort_slice_types.go:42:11:     from words (spill) at ./sort_slice_types.go:42:11
./sort_slice_types.go:42:11:     from sort.Sort(words) (call parameter) at ./sort_slice_types.go:42:11
./sort_slice_types.go:43:29: words escapes to heap:
./sort_slice_types.go:43:29:   flow: {heap} = &{storage for words}:
./sort_slice_types.go:43:29:     from words (spill) at ./sort_slice_types.go:43:29
./sort_slice_types.go:43:29:     from describe(words) (call parameter) at ./sort_slice_types.go:43:29
./sort_slice_types.go:45:24: ys escapes to heap:
./sort_slice_types.go:45:24:   flow: {heap} = &{storage for ys}:
./sort_slice_types.go:45:24:     from ys (spill) at ./sort_slice_types.go:45:24
./sort_slice_types.go:45:24:     from sort.Reverse(ys) (call parameter) at ./sort_slice_types.go:45:24
./sort_slice_types.go:52:30: "recovered:" escapes to heap:
./sort_slice_types.go:52:30:   flow: {storage for ... argument} = &{storage for "recovered:"}:
./sort_slice_types.go:52:30:     from "recovered:" (spill) at ./sort_slice_types.go:52:30
./sort_slice_types.go:52:30:     from ... argument (slice-literal-element) at ./sort_slice_types.go:52:29
./sort_slice_types.go:52:30:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:52:30:     from ... argument (spill) at ./sort_slice_types.go:52:29
./sort_slice_types.go:52:30:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:52:29
./sort_slice_types.go:48:30: "recovered:" escapes to heap:
./sort_slice_types.go:48:30:   flow: {storage for ... argument} = &{storage for "recovered:"}:
./sort_slice_types.go:48:30:     from "recovered:" (spill) at ./sort_slice_types.go:48:30
./sort_slice_types.go:48:30:     from ... argument (slice-literal-element) at ./sort_slice_types.go:48:29
./sort_slice_types.go:48:30:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:48:30:     from ... argument (spill) at ./sort_slice_types.go:48:29
./sort_slice_types.go:48:30:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:48:29
./sort_slice_types.go:46:33: sort.SearchInts(ys, 4) escapes to heap:
./sort_slice_types.go:46:33:   flow: {storage for ... argument} = &{storage for sort.SearchInts(ys, 4)}:
./sort_slice_types.go:46:33:     from sort.SearchInts(ys, 4) (spill) at ./sort_slice_types.go:46:33
./sort_slice_types.go:46:33:     from ... argument (slice-literal-element) at ./sort_slice_types.go:46:13
./sort_slice_types.go:46:33:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:46:33:     from ... argument (spill) at ./sort_slice_types.go:46:13
./sort_slice_types.go:46:33:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:46:13
./sort_slice_types.go:46:13: ys escapes to heap:
./sort_slice_types.go:46:13:   flow: {storage for ... argument} = &{storage for ys}:
./sort_slice_types.go:46:13:     from ys (spill) at ./sort_slice_types.go:46:13
./sort_slice_types.go:46:13:     from ... argument (slice-literal-element) at ./sort_slice_types.go:46:13
./sort_slice_types.go:46:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:46:13:     from ... argument (spill) at ./sort_slice_types.go:46:13
./sort_slice_types.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:46:13
./sort_slice_types.go:43:29: describe(words) escapes to heap:
./sort_slice_types.go:43:29:   flow: {storage for ... argument} = &{storage for describe(words)}:
./sort_slice_types.go:43:29:     from describe(words) (spill) at ./sort_slice_types.go:43:29
./sort_slice_types.go:43:29:     from ... argument (slice-literal-element) at ./sort_slice_types.go:43:13
./sort_slice_types.go:43:29:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:43:29:     from ... argument (spill) at ./sort_slice_types.go:43:13
./sort_slice_types.go:43:29:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:43:13
./sort_slice_types.go:43:13: words escapes to heap:
./sort_slice_types.go:43:13:   flow: {storage for ... argument} = &{storage for words}:
./sort_slice_types.go:43:13:     from words (spill) at ./sort_slice_types.go:43:13
./sort_slice_types.go:43:13:     from ... argument (slice-literal-element) at ./sort_slice_types.go:43:13
./sort_slice_types.go:43:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:43:13:     from ... argument (spill) at ./sort_slice_types.go:43:13
./sort_slice_types.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:43:13
./sort_slice_types.go:40:19: lenOf() escapes to heap:
./sort_slice_types.go:40:19:   flow: {storage for ... argument} = &{storage for lenOf()}:
./sort_slice_types.go:40:19:     from lenOf() (spill) at ./sort_slice_types.go:40:19
./sort_slice_types.go:40:19:     from ... argument (slice-literal-element) at ./sort_slice_types.go:40:13
./sort_slice_types.go:40:19:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:40:19:     from ... argument (spill) at ./sort_slice_types.go:40:13
./sort_slice_types.go:40:19:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:40:13
./sort_slice_types.go:36:42: sort.IntSlice{...} escapes to heap:
./sort_slice_types.go:36:42:   flow: iface = &{storage for sort.IntSlice{...}}:
./sort_slice_types.go:36:42:     from sort.IntSlice{...} (spill) at ./sort_slice_types.go:36:42
./sort_slice_types.go:36:42:     from iface = sort.IntSlice{...} (assign) at ./sort_slice_types.go:36:6
./sort_slice_types.go:36:42:   flow: {heap} = iface:
./sort_slice_types.go:36:42:     from describe(iface) (call parameter) at ./sort_slice_types.go:38:60
./sort_slice_types.go:38:60: describe(iface) escapes to heap:
./sort_slice_types.go:38:60:   flow: {storage for ... argument} = &{storage for describe(iface)}:
./sort_slice_types.go:38:60:     from describe(iface) (spill) at ./sort_slice_types.go:38:60
./sort_slice_types.go:38:60:     from ... argument (slice-literal-element) at ./sort_slice_types.go:38:13
./sort_slice_types.go:38:60:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:38:60:     from ... argument (spill) at ./sort_slice_types.go:38:13
./sort_slice_types.go:38:60:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:38:13
./sort_slice_types.go:38:44: sort.IntSlice.Less(iface.(sort.IntSlice), 0, 1) escapes to heap:
./sort_slice_types.go:38:44:   flow: {storage for ... argument} = &{storage for sort.IntSlice.Less(iface.(sort.IntSlice), 0, 1)}:
./sort_slice_types.go:38:44:     from sort.IntSlice.Less(iface.(sort.IntSlice), 0, 1) (spill) at ./sort_slice_types.go:38:44
./sort_slice_types.go:38:44:     from ... argument (slice-literal-element) at ./sort_slice_types.go:38:13
./sort_slice_types.go:38:44:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:38:44:     from ... argument (spill) at ./sort_slice_types.go:38:13
./sort_slice_types.go:38:44:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:38:13
./sort_slice_types.go:38:30: sort.IntSlice.Len(iface.(sort.IntSlice)) escapes to heap:
./sort_slice_types.go:38:30:   flow: {storage for ... argument} = &{storage for sort.IntSlice.Len(iface.(sort.IntSlice))}:
./sort_slice_types.go:38:30:     from sort.IntSlice.Len(iface.(sort.IntSlice)) (spill) at ./sort_slice_types.go:38:30
./sort_slice_types.go:38:30:     from ... argument (slice-literal-element) at ./sort_slice_types.go:38:13
./sort_slice_types.go:38:30:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:38:30:     from ... argument (spill) at ./sort_slice_types.go:38:13
./sort_slice_types.go:38:30:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:38:13
./sort_slice_types.go:35:13: f escapes to heap:
./sort_slice_types.go:35:13:   flow: {storage for ... argument} = &{storage for f}:
./sort_slice_types.go:35:13:     from f (spill) at ./sort_slice_types.go:35:13
./sort_slice_types.go:35:13:     from ... argument (slice-literal-element) at ./sort_slice_types.go:35:13
./sort_slice_types.go:35:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:35:13:     from ... argument (spill) at ./sort_slice_types.go:35:13
./sort_slice_types.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:35:13
./sort_slice_types.go:31:24: sort.Float64Slice{...} escapes to heap:
./sort_slice_types.go:31:24:   flow: f = &{storage for sort.Float64Slice{...}}:
./sort_slice_types.go:31:24:     from sort.Float64Slice{...} (spill) at ./sort_slice_types.go:31:24
./sort_slice_types.go:31:24:     from f := sort.Float64Slice{...} (assign) at ./sort_slice_types.go:31:4
./sort_slice_types.go:31:24:   flow: {heap} = f:
./sort_slice_types.go:31:24:     from sort.Float64Slice.Sort(f) (call parameter) at ./sort_slice_types.go:34:8
./sort_slice_types.go:33:43: sort.Float64Slice.Search(f, 2.5) escapes to heap:
./sort_slice_types.go:33:43:   flow: {storage for ... argument} = &{storage for sort.Float64Slice.Search(f, 2.5)}:
./sort_slice_types.go:33:43:     from sort.Float64Slice.Search(f, 2.5) (spill) at ./sort_slice_types.go:33:43
./sort_slice_types.go:33:43:     from ... argument (slice-literal-element) at ./sort_slice_types.go:33:13
./sort_slice_types.go:33:43:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:33:43:     from ... argument (spill) at ./sort_slice_types.go:33:13
./sort_slice_types.go:33:43:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:33:13
./sort_slice_types.go:33:30: sort.IsSorted(f) escapes to heap:
./sort_slice_types.go:33:30:   flow: {storage for ... argument} = &{storage for sort.IsSorted(f)}:
./sort_slice_types.go:33:30:     from sort.IsSorted(f) (spill) at ./sort_slice_types.go:33:30
./sort_slice_types.go:33:30:     from ... argument (slice-literal-element) at ./sort_slice_types.go:33:13
./sort_slice_types.go:33:30:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:33:30:     from ... argument (spill) at ./sort_slice_types.go:33:13
./sort_slice_types.go:33:30:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:33:13
./sort_slice_types.go:33:13: f escapes to heap:
./sort_slice_types.go:33:13:   flow: {storage for ... argument} = &{storage for f}:
./sort_slice_types.go:33:13:     from f (spill) at ./sort_slice_types.go:33:13
./sort_slice_types.go:33:13:     from ... argument (slice-literal-element) at ./sort_slice_types.go:33:13
./sort_slice_types.go:33:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:33:13:     from ... argument (spill) at ./sort_slice_types.go:33:13
./sort_slice_types.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:33:13
./sort_slice_types.go:30:13: s escapes to heap:
./sort_slice_types.go:30:13:   flow: {storage for ... argument} = &{storage for s}:
./sort_slice_types.go:30:13:     from s (spill) at ./sort_slice_types.go:30:13
./sort_slice_types.go:30:13:     from ... argument (slice-literal-element) at ./sort_slice_types.go:30:13
./sort_slice_types.go:30:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:30:13:     from ... argument (spill) at ./sort_slice_types.go:30:13
./sort_slice_types.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:30:13
./sort_slice_types.go:28:80: sort.StringSlice.Less(s, 1, 0) escapes to heap:
./sort_slice_types.go:28:80:   flow: {storage for ... argument} = &{storage for sort.StringSlice.Less(s, 1, 0)}:
./sort_slice_types.go:28:80:     from sort.StringSlice.Less(s, 1, 0) (spill) at ./sort_slice_types.go:28:80
./sort_slice_types.go:28:80:     from ... argument (slice-literal-element) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:80:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:28:80:     from ... argument (spill) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:80:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:66: sort.StringSlice.Less(s, 0, 1) escapes to heap:
./sort_slice_types.go:28:66:   flow: {storage for ... argument} = &{storage for sort.StringSlice.Less(s, 0, 1)}:
./sort_slice_types.go:28:66:     from sort.StringSlice.Less(s, 0, 1) (spill) at ./sort_slice_types.go:28:66
./sort_slice_types.go:28:66:     from ... argument (slice-literal-element) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:66:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:28:66:     from ... argument (spill) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:66:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:51: sort.StringSlice.Search(s, "zzz") escapes to heap:
./sort_slice_types.go:28:51:   flow: {storage for ... argument} = &{storage for sort.StringSlice.Search(s, "zzz")}:
./sort_slice_types.go:28:51:     from sort.StringSlice.Search(s, "zzz") (spill) at ./sort_slice_types.go:28:51
./sort_slice_types.go:28:51:     from ... argument (slice-literal-element) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:51:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:28:51:     from ... argument (spill) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:51:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:34: sort.StringSlice.Search(s, "fig") escapes to heap:
./sort_slice_types.go:28:34:   flow: {storage for ... argument} = &{storage for sort.StringSlice.Search(s, "fig")}:
./sort_slice_types.go:28:34:     from sort.StringSlice.Search(s, "fig") (spill) at ./sort_slice_types.go:28:34
./sort_slice_types.go:28:34:     from ... argument (slice-literal-element) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:34:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:28:34:     from ... argument (spill) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:34:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:22: sort.StringSlice.Len(s) escapes to heap:
./sort_slice_types.go:28:22:   flow: {storage for ... argument} = &{storage for sort.StringSlice.Len(s)}:
./sort_slice_types.go:28:22:     from sort.StringSlice.Len(s) (spill) at ./sort_slice_types.go:28:22
./sort_slice_types.go:28:22:     from ... argument (slice-literal-element) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:22:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:28:22:     from ... argument (spill) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:22:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:13: s escapes to heap:
./sort_slice_types.go:28:13:   flow: {storage for ... argument} = &{storage for s}:
./sort_slice_types.go:28:13:     from s (spill) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:13:     from ... argument (slice-literal-element) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:28:13:     from ... argument (spill) at ./sort_slice_types.go:28:13
./sort_slice_types.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:28:13
./sort_slice_types.go:25:23: sort.StringSlice{...} escapes to heap:
./sort_slice_types.go:25:23:   flow: s = &{storage for sort.StringSlice{...}}:
./sort_slice_types.go:25:23:     from sort.StringSlice{...} (spill) at ./sort_slice_types.go:25:23
./sort_slice_types.go:25:23:     from s := sort.StringSlice{...} (assign) at ./sort_slice_types.go:25:4
./sort_slice_types.go:25:23:   flow: {heap} = s:
./sort_slice_types.go:25:23:     from sort.StringSlice.Sort(s) (call parameter) at ./sort_slice_types.go:27:8
./sort_slice_types.go:26:22: describe(s) escapes to heap:
./sort_slice_types.go:26:22:   flow: {storage for ... argument} = &{storage for describe(s)}:
./sort_slice_types.go:26:22:     from describe(s) (spill) at ./sort_slice_types.go:26:22
./sort_slice_types.go:26:22:     from ... argument (slice-literal-element) at ./sort_slice_types.go:26:13
./sort_slice_types.go:26:22:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:26:22:     from ... argument (spill) at ./sort_slice_types.go:26:13
./sort_slice_types.go:26:22:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:26:13
./sort_slice_types.go:24:13: xs escapes to heap:
./sort_slice_types.go:24:13:   flow: {storage for ... argument} = &{storage for xs}:
./sort_slice_types.go:24:13:     from xs (spill) at ./sort_slice_types.go:24:13
./sort_slice_types.go:24:13:     from ... argument (slice-literal-element) at ./sort_slice_types.go:24:13
./sort_slice_types.go:24:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:24:13:     from ... argument (spill) at ./sort_slice_types.go:24:13
./sort_slice_types.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:24:13
./sort_slice_types.go:22:71: sort.IntSlice.Search(sort.IntSlice(xs), 4) escapes to heap:
./sort_slice_types.go:22:71:   flow: {storage for ... argument} = &{storage for sort.IntSlice.Search(sort.IntSlice(xs), 4)}:
./sort_slice_types.go:22:71:     from sort.IntSlice.Search(sort.IntSlice(xs), 4) (spill) at ./sort_slice_types.go:22:71
./sort_slice_types.go:22:71:     from ... argument (slice-literal-element) at ./sort_slice_types.go:22:13
./sort_slice_types.go:22:71:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:22:71:     from ... argument (spill) at ./sort_slice_types.go:22:13
./sort_slice_types.go:22:71:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:22:13
./sort_slice_types.go:22:42: sort.IntSlice.Search(sort.IntSlice(xs), 8) escapes to heap:
./sort_slice_types.go:22:42:   flow: {storage for ... argument} = &{storage for sort.IntSlice.Search(sort.IntSlice(xs), 8)}:
./sort_slice_types.go:22:42:     from sort.IntSlice.Search(sort.IntSlice(xs), 8) (spill) at ./sort_slice_types.go:22:42
./sort_slice_types.go:22:42:     from ... argument (slice-literal-element) at ./sort_slice_types.go:22:13
./sort_slice_types.go:22:42:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:22:42:     from ... argument (spill) at ./sort_slice_types.go:22:13
./sort_slice_types.go:22:42:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:22:13
./sort_slice_types.go:22:13: xs escapes to heap:
./sort_slice_types.go:22:13:   flow: {storage for ... argument} = &{storage for xs}:
./sort_slice_types.go:22:13:     from xs (spill) at ./sort_slice_types.go:22:13
./sort_slice_types.go:22:13:     from ... argument (slice-literal-element) at ./sort_slice_types.go:22:13
./sort_slice_types.go:22:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_types.go:22:13:     from ... argument (spill) at ./sort_slice_types.go:22:13
./sort_slice_types.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_types.go:22:13
./sort_slice_types.go:44:21: sort.IntSlice{...} escapes to heap:
./sort_slice_types.go:44:21:   flow: ys = &{storage for sort.IntSlice{...}}:
./sort_slice_types.go:44:21:     from sort.IntSlice{...} (spill) at ./sort_slice_types.go:44:21
./sort_slice_types.go:44:21:     from ys := sort.IntSlice{...} (assign) at ./sort_slice_types.go:44:5
./sort_slice_types.go:44:21:   flow: {storage for ys} = ys:
./sort_slice_types.go:44:21:     from ys (interface-converted) at ./sort_slice_types.go:46:13
./sort_slice_types.go:41:16: byLen{...} escapes to heap:
./sort_slice_types.go:41:16:   flow: words = &{storage for byLen{...}}:
./sort_slice_types.go:41:16:     from byLen{...} (spill) at ./sort_slice_types.go:41:16
./sort_slice_types.go:41:16:     from words := byLen{...} (assign) at ./sort_slice_types.go:41:8
./sort_slice_types.go:41:16:   flow: {storage for words} = words:
./sort_slice_types.go:41:16:     from words (interface-converted) at ./sort_slice_types.go:43:29
./sort_slice_types.go:36:42: sort.IntSlice{...} escapes to heap:
./sort_slice_types.go:36:42:   flow: {storage for sort.IntSlice{...}} = &{storage for sort.IntSlice{...}}:
./sort_slice_types.go:36:42:     from sort.IntSlice{...} (spill) at ./sort_slice_types.go:36:42
./sort_slice_types.go:36:42:     from sort.IntSlice{...} (interface-converted) at ./sort_slice_types.go:36:42
./sort_slice_types.go:20:13: []int{...} escapes to heap:
./sort_slice_types.go:20:13:   flow: xs = &{storage for []int{...}}:
./sort_slice_types.go:20:13:     from []int{...} (spill) at ./sort_slice_types.go:20:13
./sort_slice_types.go:20:13:     from xs := []int{...} (assign) at ./sort_slice_types.go:20:5
./sort_slice_types.go:20:13:   flow: {storage for xs} = xs:
./sort_slice_types.go:20:13:     from xs (interface-converted) at ./sort_slice_types.go:24:13
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

./slice_two_index.go:37:2: moved to heap: arr
./slice_two_index.go:8:12: []int{...} escapes to heap
./slice_two_index.go:10:13: ... argument does not escape
./slice_two_index.go:10:13: a escapes to heap
./slice_two_index.go:10:20: len(a) escapes to heap
./slice_two_index.go:10:28: cap(a) escapes to heap
./slice_two_index.go:12:13: ... argument does not escape
./slice_two_index.go:12:13: b escapes to heap
./slice_two_index.go:12:20: len(b) escapes to heap
./slice_two_index.go:12:28: cap(b) escapes to heap
./slice_two_index.go:14:13: ... argument does not escape
./slice_two_index.go:14:13: c escapes to heap
./slice_two_index.go:14:20: len(c) escapes to heap
./slice_two_index.go:14:28: cap(c) escapes to heap
./slice_two_index.go:16:13: ... argument does not escape
./slice_two_index.go:16:13: d escapes to heap
./slice_two_index.go:16:20: len(d) escapes to heap
./slice_two_index.go:16:28: cap(d) escapes to heap
./slice_two_index.go:18:13: ... argument does not escape
./slice_two_index.go:18:13: e escapes to heap
./slice_two_index.go:18:20: len(e) escapes to heap
./slice_two_index.go:18:28: cap(e) escapes to heap
./slice_two_index.go:18:35: e == nil escapes to heap
./slice_two_index.go:20:13: ... argument does not escape
./slice_two_index.go:20:13: f escapes to heap
./slice_two_index.go:20:20: len(f) escapes to heap
./slice_two_index.go:20:28: cap(f) escapes to heap
./slice_two_index.go:23:13: ... argument does not escape
./slice_two_index.go:23:13: s escapes to heap
./slice_two_index.go:27:13: ... argument does not escape
./slice_two_index.go:27:13: g escapes to heap
./slice_two_index.go:27:20: len(g) escapes to heap
./slice_two_index.go:27:28: cap(g) escapes to heap
./slice_two_index.go:29:13: ... argument does not escape
./slice_two_index.go:29:13: g escapes to heap
./slice_two_index.go:31:13: ... argument does not escape
./slice_two_index.go:31:13: g escapes to heap
./slice_two_index.go:31:20: len(g) escapes to heap
./slice_two_index.go:31:28: cap(g) escapes to heap
./slice_two_index.go:35:13: ... argument does not escape
./slice_two_index.go:35:15: s[lo:hi] escapes to heap
./slice_two_index.go:35:25: s[lo:] escapes to heap
./slice_two_index.go:35:33: s[:hi] escapes to heap
./slice_two_index.go:39:13: ... argument does not escape
./slice_two_index.go:39:13: as escapes to heap
./slice_two_index.go:39:21: len(as) escapes to heap
./slice_two_index.go:39:30: cap(as) escapes to heap
./slice_two_index.go:41:13: ... argument does not escape
./slice_two_index.go:41:13: arr escapes to heap
./slice_two_index.go:46:13: ... argument does not escape
./slice_two_index.go:46:17: ns == nil escapes to heap
./slice_two_index.go:46:28: len(nilS[0:]) escapes to heap
./slice_two_index.go:46:28: ns escapes to heap

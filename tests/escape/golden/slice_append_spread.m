./slice_append_spread.go:8:12: []int{...} escapes to heap
./slice_append_spread.go:9:12: []int{...} does not escape
./slice_append_spread.go:11:13: ... argument does not escape
./slice_append_spread.go:11:13: c escapes to heap
./slice_append_spread.go:11:20: len(c) escapes to heap
./slice_append_spread.go:14:13: ... argument does not escape
./slice_append_spread.go:14:13: d escapes to heap
./slice_append_spread.go:18:13: ... argument does not escape
./slice_append_spread.go:18:16: e == nil escapes to heap
./slice_append_spread.go:18:27: len(e) escapes to heap
./slice_append_spread.go:19:21: []int{} does not escape
./slice_append_spread.go:20:13: ... argument does not escape
./slice_append_spread.go:20:16: e == nil escapes to heap
./slice_append_spread.go:20:27: len(e) escapes to heap
./slice_append_spread.go:21:18: []int{} does not escape
./slice_append_spread.go:22:13: ... argument does not escape
./slice_append_spread.go:22:16: e == nil escapes to heap
./slice_append_spread.go:22:27: len(e) escapes to heap
./slice_append_spread.go:24:14: ([]byte)("hello") does not escape
./slice_append_spread.go:26:13: ... argument does not escape
./slice_append_spread.go:26:20: string(bs) escapes to heap
./slice_append_spread.go:26:20: string(bs) escapes to heap
./slice_append_spread.go:28:13: ... argument does not escape
./slice_append_spread.go:28:20: string(bs) escapes to heap
./slice_append_spread.go:28:20: string(bs) escapes to heap
./slice_append_spread.go:28:29: len(bs) escapes to heap
./slice_append_spread.go:31:11: make([]int, 3, 10) escapes to heap
./slice_append_spread.go:34:13: ... argument does not escape
./slice_append_spread.go:34:13: s escapes to heap
./slice_append_spread.go:36:18: []string{...} escapes to heap
./slice_append_spread.go:37:30: []string{...} does not escape
./slice_append_spread.go:39:13: ... argument does not escape
./slice_append_spread.go:39:13: strs escapes to heap
./slice_append_spread.go:42:15: []int{...} escapes to heap
./slice_append_spread.go:45:13: ... argument does not escape
./slice_append_spread.go:45:13: orig escapes to heap
./slice_append_spread.go:45:13: clone escapes to heap

./slice_nil_empty.go:7:12: s does not escape
./slice_nil_empty.go:19:12: []int{} escapes to heap
./slice_nil_empty.go:20:11: make([]int, 0) escapes to heap
./slice_nil_empty.go:21:13: ... argument does not escape
./slice_nil_empty.go:21:16: a == nil escapes to heap
./slice_nil_empty.go:21:26: b == nil escapes to heap
./slice_nil_empty.go:21:36: c == nil escapes to heap
./slice_nil_empty.go:22:13: ... argument does not escape
./slice_nil_empty.go:22:17: len(a) escapes to heap
./slice_nil_empty.go:22:25: cap(a) escapes to heap
./slice_nil_empty.go:22:33: len(b) escapes to heap
./slice_nil_empty.go:22:41: cap(b) escapes to heap
./slice_nil_empty.go:23:13: ... argument does not escape
./slice_nil_empty.go:23:13: a escapes to heap
./slice_nil_empty.go:23:13: b escapes to heap
./slice_nil_empty.go:23:13: c escapes to heap
./slice_nil_empty.go:24:12: ... argument does not escape
./slice_nil_empty.go:24:13: a escapes to heap
./slice_nil_empty.go:24:13: b escapes to heap
./slice_nil_empty.go:24:13: a escapes to heap
./slice_nil_empty.go:25:12: ... argument does not escape
./slice_nil_empty.go:25:13: a escapes to heap
./slice_nil_empty.go:25:13: b escapes to heap
./slice_nil_empty.go:26:13: ... argument does not escape
./slice_nil_empty.go:26:19: count(a) escapes to heap
./slice_nil_empty.go:26:29: count(b) escapes to heap
./slice_nil_empty.go:29:13: ... argument does not escape
./slice_nil_empty.go:29:13: a escapes to heap
./slice_nil_empty.go:29:19: a == nil escapes to heap
./slice_nil_empty.go:32:13: ... argument does not escape
./slice_nil_empty.go:32:16: d == nil escapes to heap
./slice_nil_empty.go:35:13: ... argument does not escape
./slice_nil_empty.go:35:16: s == nil escapes to heap
./slice_nil_empty.go:35:27: len(s) escapes to heap
./slice_nil_empty.go:36:12: ... argument does not escape
./slice_nil_empty.go:36:13: s escapes to heap
./slice_nil_empty.go:36:13: s escapes to heap
./slice_nil_empty.go:39:13: ... argument does not escape
./slice_nil_empty.go:39:25: string(bs) == "" escapes to heap
./slice_nil_empty.go:39:20: string(bs) does not escape
./slice_nil_empty.go:39:35: len(string(bs)) escapes to heap
./slice_nil_empty.go:39:42: string(bs) does not escape
./slice_nil_empty.go:40:13: ... argument does not escape
./slice_nil_empty.go:40:17: bs == nil escapes to heap
./slice_nil_empty.go:40:36: ([]byte)("") == nil escapes to heap
./slice_nil_empty.go:40:31: ([]byte)("") does not escape
./slice_nil_empty.go:43:13: ... argument does not escape
./slice_nil_empty.go:43:16: m == nil escapes to heap
./slice_nil_empty.go:43:27: len(m) escapes to heap
./slice_nil_empty.go:45:13: ... argument does not escape
./slice_nil_empty.go:45:16: m == nil escapes to heap
./slice_nil_empty.go:45:27: len(m) escapes to heap
./slice_nil_empty.go:45:37: m[0] == nil escapes to heap
./slice_nil_empty.go:45:37: m escapes to heap
./slice_nil_empty.go:49:13: ... argument does not escape
./slice_nil_empty.go:49:16: b == nil escapes to heap
./slice_nil_empty.go:49:27: len(b) escapes to heap

./slice_three_index.go:27:2: moved to heap: arr
./slice_three_index.go:8:12: []int{...} escapes to heap
./slice_three_index.go:10:13: ... argument does not escape
./slice_three_index.go:10:13: a escapes to heap
./slice_three_index.go:10:20: len(a) escapes to heap
./slice_three_index.go:10:28: cap(a) escapes to heap
./slice_three_index.go:12:13: ... argument does not escape
./slice_three_index.go:12:13: b escapes to heap
./slice_three_index.go:12:20: len(b) escapes to heap
./slice_three_index.go:12:28: cap(b) escapes to heap
./slice_three_index.go:14:13: ... argument does not escape
./slice_three_index.go:14:13: c escapes to heap
./slice_three_index.go:14:20: len(c) escapes to heap
./slice_three_index.go:14:28: cap(c) escapes to heap
./slice_three_index.go:18:13: ... argument does not escape
./slice_three_index.go:18:13: s escapes to heap
./slice_three_index.go:18:13: a escapes to heap
./slice_three_index.go:22:13: ... argument does not escape
./slice_three_index.go:22:13: s escapes to heap
./slice_three_index.go:22:13: a escapes to heap
./slice_three_index.go:25:13: ... argument does not escape
./slice_three_index.go:25:13: s escapes to heap
./slice_three_index.go:25:13: b escapes to heap
./slice_three_index.go:29:13: ... argument does not escape
./slice_three_index.go:29:13: x escapes to heap
./slice_three_index.go:29:20: len(x) escapes to heap
./slice_three_index.go:29:28: cap(x) escapes to heap
./slice_three_index.go:31:13: ... argument does not escape
./slice_three_index.go:31:13: x escapes to heap
./slice_three_index.go:35:13: ... argument does not escape
./slice_three_index.go:35:13: y escapes to heap
./slice_three_index.go:35:20: len(y) escapes to heap
./slice_three_index.go:35:28: cap(y) escapes to heap
./slice_three_index.go:37:13: ... argument does not escape
./slice_three_index.go:37:13: z escapes to heap
./slice_three_index.go:37:20: len(z) escapes to heap
./slice_three_index.go:37:28: cap(z) escapes to heap
./slice_three_index.go:37:35: z == nil escapes to heap

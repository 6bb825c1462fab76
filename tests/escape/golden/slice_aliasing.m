./slice_aliasing.go:37:13: s does not escape
./slice_aliasing.go:9:14: make([]int, 3, 5) escapes to heap
./slice_aliasing.go:13:13: ... argument does not escape
./slice_aliasing.go:13:13: base escapes to heap
./slice_aliasing.go:13:13: a escapes to heap
./slice_aliasing.go:13:13: b escapes to heap
./slice_aliasing.go:14:13: ... argument does not escape
./slice_aliasing.go:14:15: a[3] escapes to heap
./slice_aliasing.go:14:21: b[3] escapes to heap
./slice_aliasing.go:17:13: ... argument does not escape
./slice_aliasing.go:17:18: base[0] escapes to heap
./slice_aliasing.go:17:24: b[0] escapes to heap
./slice_aliasing.go:22:13: ... argument does not escape
./slice_aliasing.go:22:15: a[0] escapes to heap
./slice_aliasing.go:22:21: c[0] escapes to heap
./slice_aliasing.go:22:29: len(c) escapes to heap
./slice_aliasing.go:22:37: cap(a) escapes to heap
./slice_aliasing.go:25:12: []int{...} escapes to heap
./slice_aliasing.go:28:13: ... argument does not escape
./slice_aliasing.go:28:13: s escapes to heap
./slice_aliasing.go:28:13: head escapes to heap
./slice_aliasing.go:32:11: make([]int, 2, 4) escapes to heap
./slice_aliasing.go:34:13: ... argument does not escape
./slice_aliasing.go:34:13: t escapes to heap
./slice_aliasing.go:34:18: t[:3] escapes to heap

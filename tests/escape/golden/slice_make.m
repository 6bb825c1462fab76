./slice_make.go:8:11: make([]int, 3) escapes to heap
./slice_make.go:9:13: ... argument does not escape
./slice_make.go:9:13: a escapes to heap
./slice_make.go:9:20: len(a) escapes to heap
./slice_make.go:9:28: cap(a) escapes to heap
./slice_make.go:9:35: a == nil escapes to heap
./slice_make.go:11:11: make([]int, 2, 10) escapes to heap
./slice_make.go:12:13: ... argument does not escape
./slice_make.go:12:13: b escapes to heap
./slice_make.go:12:20: len(b) escapes to heap
./slice_make.go:12:28: cap(b) escapes to heap
./slice_make.go:14:13: ... argument does not escape
./slice_make.go:14:13: b escapes to heap
./slice_make.go:14:20: len(b) escapes to heap
./slice_make.go:16:11: make([]string, 0) escapes to heap
./slice_make.go:17:13: ... argument does not escape
./slice_make.go:17:13: c escapes to heap
./slice_make.go:17:20: len(c) escapes to heap
./slice_make.go:17:28: cap(c) escapes to heap
./slice_make.go:17:35: c == nil escapes to heap
./slice_make.go:20:11: make([]float64, n, n * 2) escapes to heap
./slice_make.go:21:13: ... argument does not escape
./slice_make.go:21:13: d escapes to heap
./slice_make.go:21:20: len(d) escapes to heap
./slice_make.go:21:28: cap(d) escapes to heap
./slice_make.go:23:11: make([][]int, 2) escapes to heap
./slice_make.go:24:13: ... argument does not escape
./slice_make.go:24:13: e escapes to heap
./slice_make.go:24:22: e[0] == nil escapes to heap
./slice_make.go:26:14: make([]int, i + 1) escapes to heap
./slice_make.go:28:13: ... argument does not escape
./slice_make.go:28:13: e escapes to heap
./slice_make.go:30:11: make([]bool, 3, 3) escapes to heap
./slice_make.go:32:13: ... argument does not escape
./slice_make.go:32:13: f escapes to heap
./slice_make.go:38:11: make([]T, 2) escapes to heap
./slice_make.go:40:12: ... argument does not escape
./slice_make.go:40:13: g escapes to heap
./slice_make.go:43:11: make([]byte, sz) escapes to heap
./slice_make.go:44:13: ... argument does not escape
./slice_make.go:44:13: h escapes to heap
./slice_make.go:44:20: len(h) escapes to heap
./slice_make.go:46:11: make([]int, 0, 0) does not escape
./slice_make.go:47:13: ... argument does not escape
./slice_make.go:47:17: len(z) escapes to heap
./slice_make.go:47:25: cap(z) escapes to heap
./slice_make.go:47:32: z == nil escapes to heap

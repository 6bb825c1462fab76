./slice_range.go:8:12: []int{...} does not escape
./slice_range.go:14:12: ... argument does not escape
./slice_range.go:14:12: v escapes to heap
./slice_range.go:14:16: " " escapes to heap
./slice_range.go:16:13: ... argument does not escape
./slice_range.go:16:17: len(s) escapes to heap
./slice_range.go:18:15: []string{...} escapes to heap
./slice_range.go:20:15: t[i] + t[i] escapes to heap
./slice_range.go:22:13: ... argument does not escape
./slice_range.go:22:13: t escapes to heap
./slice_range.go:28:13: ... argument does not escape
./slice_range.go:28:13: n escapes to heap
./slice_range.go:34:13: ... argument does not escape
./slice_range.go:34:13: idx escapes to heap
./slice_range.go:34:13: val escapes to heap
./slice_range.go:38:9: func literal does not escape
./slice_range.go:40:15: []int{...} escapes to heap
./slice_range.go:46:13: ... argument does not escape
./slice_range.go:46:13: sum escapes to heap
./slice_range.go:46:13: calls escapes to heap
./slice_range.go:49:12: []int{...} escapes to heap
./slice_range.go:52:12: ... argument does not escape
./slice_range.go:52:12: v escapes to heap
./slice_range.go:54:13: ... argument does not escape
./slice_range.go:54:14: " " escapes to heap
./slice_range.go:54:14: u escapes to heap

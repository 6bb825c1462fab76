./slice_copy_overlap.go:8:11: make([]int, n) escapes to heap
./slice_copy_overlap.go:18:13: ... argument does not escape
./slice_copy_overlap.go:18:13: n escapes to heap
./slice_copy_overlap.go:18:13: s escapes to heap
./slice_copy_overlap.go:22:13: ... argument does not escape
./slice_copy_overlap.go:22:13: n escapes to heap
./slice_copy_overlap.go:22:13: s escapes to heap
./slice_copy_overlap.go:26:13: ... argument does not escape
./slice_copy_overlap.go:26:13: n escapes to heap
./slice_copy_overlap.go:26:13: s escapes to heap
./slice_copy_overlap.go:30:13: ... argument does not escape
./slice_copy_overlap.go:30:13: n escapes to heap
./slice_copy_overlap.go:30:13: s escapes to heap
./slice_copy_overlap.go:32:13: ([]byte)("abcdefgh") does not escape
./slice_copy_overlap.go:34:13: ... argument does not escape
./slice_copy_overlap.go:34:20: string(b) escapes to heap
./slice_copy_overlap.go:34:20: string(b) escapes to heap
./slice_copy_overlap.go:35:12: ([]byte)("abcdefgh") does not escape
./slice_copy_overlap.go:37:13: ... argument does not escape
./slice_copy_overlap.go:37:20: string(b) escapes to heap
./slice_copy_overlap.go:37:20: string(b) escapes to heap
./slice_copy_overlap.go:44:13: ... argument does not escape
./slice_copy_overlap.go:44:13: s escapes to heap
./slice_copy_overlap.go:49:13: ... argument does not escape
./slice_copy_overlap.go:49:13: s escapes to heap

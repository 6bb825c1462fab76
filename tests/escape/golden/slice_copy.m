./slice_copy.go:8:14: []int{...} does not escape
./slice_copy.go:9:13: make([]int, 3) escapes to heap
./slice_copy.go:11:13: ... argument does not escape
./slice_copy.go:11:13: n escapes to heap
./slice_copy.go:11:13: dst escapes to heap
./slice_copy.go:13:13: make([]int, 8) escapes to heap
./slice_copy.go:15:13: ... argument does not escape
./slice_copy.go:15:13: n escapes to heap
./slice_copy.go:15:13: big escapes to heap
./slice_copy.go:18:13: ... argument does not escape
./slice_copy.go:18:13: n escapes to heap
./slice_copy.go:18:13: big escapes to heap
./slice_copy.go:22:13: ... argument does not escape
./slice_copy.go:22:13: n escapes to heap
./slice_copy.go:22:22: nilS == nil escapes to heap
./slice_copy.go:24:13: ... argument does not escape
./slice_copy.go:24:13: n escapes to heap
./slice_copy.go:24:13: dst escapes to heap
./slice_copy.go:26:12: make([]byte, 4) escapes to heap
./slice_copy.go:28:13: ... argument does not escape
./slice_copy.go:28:13: n escapes to heap
./slice_copy.go:28:13: bs escapes to heap
./slice_copy.go:30:13: ... argument does not escape
./slice_copy.go:30:13: n escapes to heap
./slice_copy.go:30:23: string(bs) escapes to heap
./slice_copy.go:30:23: string(bs) escapes to heap
./slice_copy.go:32:16: []string{...} does not escape
./slice_copy.go:33:16: []string{...} escapes to heap
./slice_copy.go:34:13: ... argument does not escape
./slice_copy.go:34:18: copy(ts, ss) escapes to heap
./slice_copy.go:34:18: ts escapes to heap
./slice_copy.go:40:11: []T{...} escapes to heap
./slice_copy.go:41:12: make([]T, 1) escapes to heap
./slice_copy.go:44:13: ... argument does not escape
./slice_copy.go:44:13: st escapes to heap
./slice_copy.go:44:13: dt escapes to heap
./slice_copy.go:48:21: []int{...} does not escape
./slice_copy.go:49:13: ... argument does not escape
./slice_copy.go:49:13: arr escapes to heap

./sort_slice_non_slice.go:8:10: leaking param: name
./sort_slice_non_slice.go:8:23: leaking param: x
./sort_slice_non_slice.go:9:8: func literal does not escape
./sort_slice_non_slice.go:9:28: ... argument does not escape
./sort_slice_non_slice.go:9:28: name escapes to heap
./sort_slice_non_slice.go:9:35: "->" escapes to heap
./sort_slice_non_slice.go:10:16: func literal does not escape
./sort_slice_non_slice.go:11:13: ... argument does not escape
./sort_slice_non_slice.go:11:13: name escapes to heap
./sort_slice_non_slice.go:11:20: "sorted" escapes to heap
./sort_slice_non_slice.go:15:13: 3 escapes to heap
./sort_slice_non_slice.go:16:13: &[]int{...} escapes to heap
./sort_slice_non_slice.go:16:19: []int{...} escapes to heap
./sort_slice_non_slice.go:17:21: [2]int{...} escapes to heap
./sort_slice_non_slice.go:18:24: ([]int)(nil) escapes to heap
./sort_slice_non_slice.go:19:23: []string{} escapes to heap
./sort_slice_non_slice.go:19:23: []string{} escapes to heap
./sort_slice_non_slice.go:20:24: map[int]int{} escapes to heap

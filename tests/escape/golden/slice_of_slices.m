./slice_of_slices.go:8:13: make([][]int, 5) does not escape
./slice_of_slices.go:10:16: make([]int, i + 1) escapes to heap
./slice_of_slices.go:17:14: ... argument does not escape
./slice_of_slices.go:17:14: row escapes to heap
./slice_of_slices.go:21:28: []string{...} escapes to heap
./slice_of_slices.go:22:28: []string{} escapes to heap
./slice_of_slices.go:25:13: ... argument does not escape
./slice_of_slices.go:25:13: jag escapes to heap
./slice_of_slices.go:25:22: len(jag[0]) escapes to heap
./slice_of_slices.go:25:35: len(jag[1]) escapes to heap
./slice_of_slices.go:28:17: make([]int, 6) escapes to heap
./slice_of_slices.go:29:17: [][]int{...} escapes to heap
./slice_of_slices.go:32:13: ... argument does not escape
./slice_of_slices.go:32:13: backing escapes to heap
./slice_of_slices.go:32:13: grid escapes to heap
./slice_of_slices.go:35:12: make([][]int, len(grid)) escapes to heap
./slice_of_slices.go:38:13: ... argument does not escape
./slice_of_slices.go:38:21: grid[0][0] escapes to heap
./slice_of_slices.go:41:12: make([][]int, len(grid)) escapes to heap
./slice_of_slices.go:46:13: ... argument does not escape
./slice_of_slices.go:46:13: grid escapes to heap
./slice_of_slices.go:46:13: g3 escapes to heap
./slice_of_slices.go:47:13: ... argument does not escape
./slice_of_slices.go:47:17: len(grid) escapes to heap
./slice_of_slices.go:47:28: len(grid[1]) escapes to heap
./slice_of_slices.go:47:42: cap(grid[0]) escapes to heap

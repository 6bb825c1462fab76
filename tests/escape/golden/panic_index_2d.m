./panic_index_2d.go:8:17: [][]int{...} does not escape
./panic_index_2d.go:8:18: []int{...} does not escape
./panic_index_2d.go:8:29: []int{...} does not escape
./panic_index_2d.go:11:15: ... argument does not escape
./panic_index_2d.go:11:15: r escapes to heap
./panic_index_2d.go:11:15: c escapes to heap
./panic_index_2d.go:11:29: grid[r][c] escapes to heap

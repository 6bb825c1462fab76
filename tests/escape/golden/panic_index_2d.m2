./panic_index_2d.go:11:29: grid[r][c] escapes to heap:
./panic_index_2d.go:11:29:   flow: {storage for ... argument} = &{storage for grid[r][c]}:
./panic_index_2d.go:11:29:     from grid[r][c] (spill) at ./panic_index_2d.go:11:29
./panic_index_2d.go:11:29:     from ... argument (slice-literal-element) at ./panic_index_2d.go:11:15
./panic_index_2d.go:11:29:   flow: {heap} = {storage for ... argument}:
./panic_index_2d.go:11:29:     from ... argument (spill) at ./panic_index_2d.go:11:15
./panic_index_2d.go:11:29:     from fmt.Println(... argument...) (call parameter) at ./panic_index_2d.go:11:15
./panic_index_2d.go:11:15: c escapes to heap:
./panic_index_2d.go:11:15:   flow: {storage for ... argument} = &{storage for c}:
./panic_index_2d.go:11:15:     from c (spill) at ./panic_index_2d.go:11:15
./panic_index_2d.go:11:15:     from ... argument (slice-literal-element) at ./panic_index_2d.go:11:15
./panic_index_2d.go:11:15:   flow: {heap} = {storage for ... argument}:
./panic_index_2d.go:11:15:     from ... argument (spill) at ./panic_index_2d.go:11:15
./panic_index_2d.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_2d.go:11:15
./panic_index_2d.go:11:15: r escapes to heap:
./panic_index_2d.go:11:15:   flow: {storage for ... argument} = &{storage for r}:
./panic_index_2d.go:11:15:     from r (spill) at ./panic_index_2d.go:11:15
./panic_index_2d.go:11:15:     from ... argument (slice-literal-element) at ./panic_index_2d.go:11:15
./panic_index_2d.go:11:15:   flow: {heap} = {storage for ... argument}:
./panic_index_2d.go:11:15:     from ... argument (spill) at ./panic_index_2d.go:11:15
./panic_index_2d.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_2d.go:11:15
./panic_index_2d.go:8:17: [][]int{...} does not escape
./panic_index_2d.go:8:18: []int{...} does not escape
./panic_index_2d.go:8:29: []int{...} does not escape
./panic_index_2d.go:11:15: ... argument does not escape
./panic_index_2d.go:11:15: r escapes to heap
./panic_index_2d.go:11:15: c escapes to heap
./panic_index_2d.go:11:29: grid[r][c] escapes to heap

./slice_of_slices.go:10:16: make([]int, i + 1) escapes to heap:
./slice_of_slices.go:10:16:   flow: {heap} = &{storage for make([]int, i + 1)}:
./slice_of_slices.go:10:16:     from make([]int, i + 1) (spill) at ./slice_of_slices.go:10:16
./slice_of_slices.go:10:16:     from tri[i] = make([]int, i + 1) (assign) at ./slice_of_slices.go:10:10
./slice_of_slices.go:21:28: []string{...} escapes to heap:
./slice_of_slices.go:21:28:   flow: {heap} = &{storage for []string{...}}:
./slice_of_slices.go:21:28:     from []string{...} (spill) at ./slice_of_slices.go:21:28
./slice_of_slices.go:21:28:     from append(jag, []string{...}) (call parameter) at ./slice_of_slices.go:21:14
./slice_of_slices.go:22:28: []string{} escapes to heap:
./slice_of_slices.go:22:28:   flow: {heap} = &{storage for []string{}}:
./slice_of_slices.go:22:28:     from []string{} (spill) at ./slice_of_slices.go:22:28
./slice_of_slices.go:22:28:     from append(jag, []string{}) (call parameter) at ./slice_of_slices.go:22:14
./slice_of_slices.go:10:16: make([]int, i + 1) escapes to heap:
./slice_of_slices.go:10:16:   flow: {heap} = &{storage for make([]int, i + 1)}:
./slice_of_slices.go:10:16:     from make([]int, i + 1) (non-constant size) at ./slice_of_slices.go:10:16
./slice_of_slices.go:35:12: make([][]int, len(grid)) escapes to heap:
./slice_of_slices.go:35:12:   flow: {heap} = &{storage for make([][]int, len(grid))}:
./slice_of_slices.go:35:12:     from make([][]int, len(grid)) (non-constant size) at ./slice_of_slices.go:35:12
./slice_of_slices.go:41:12: make([][]int, len(grid)) escapes to heap:
./slice_of_slices.go:41:12:   flow: {heap} = &{storage for make([][]int, len(grid))}:
./slice_of_slices.go:41:12:     from make([][]int, len(grid)) (non-constant size) at ./slice_of_slices.go:41:12
./slice_of_slices.go:47:42: cap(grid[0]) escapes to heap:
./slice_of_slices.go:47:42:   flow: {storage for ... argument} = &{storage for cap(grid[0])}:
./slice_of_slices.go:47:42:     from cap(grid[0]) (spill) at ./slice_of_slices.go:47:42
./slice_of_slices.go:47:42:     from ... argument (slice-literal-element) at ./slice_of_slices.go:47:13
./slice_of_slices.go:47:42:   flow: {heap} = {storage for ... argument}:
./slice_of_slices.go:47:42:     from ... argument (spill) at ./slice_of_slices.go:47:13
./slice_of_slices.go:47:42:     from fmt.Println(... argument...) (call parameter) at ./slice_of_slices.go:47:13
./slice_of_slices.go:47:28: len(grid[1]) escapes to heap:
./slice_of_slices.go:47:28:   flow: {storage for ... argument} = &{storage for len(grid[1])}:
./slice_of_slices.go:47:28:     from len(grid[1]) (spill) at ./slice_of_slices.go:47:28
./slice_of_slices.go:47:28:     from ... argument (slice-literal-element) at ./slice_of_slices.go:47:13
./slice_of_slices.go:47:28:   flow: {heap} = {storage for ... argument}:
./slice_of_slices.go:47:28:     from ... argument (spill) at ./slice_of_slices.go:47:13
./slice_of_slices.go:47:28:     from fmt.Println(... argument...) (call parameter) at ./slice_of_slices.go:47:13
./slice_of_slices.go:47:17: len(grid) escapes to heap:
./slice_of_slices.go:47:17:   flow: {storage for ... argument} = &{storage for len(grid)}:
./slice_of_slices.go:47:17:     from len(grid) (spill) at ./slice_of_slices.go:47:17
./slice_of_slices.go:47:17:     from ... argument (slice-literal-element) at ./slice_of_slices.go:47:13
./slice_of_slices.go:47:17:   flow: {heap} = {storage for ... argument}:
./slice_of_slices.go:47:17:     from ... argument (spill) at ./slice_of_slices.go:47:13
./slice_of_slices.go:47:17:     from fmt.Println(... argument...) (call parameter) at ./slice_of_slices.go:47:13
./slice_of_slices.go:46:13: g3 escapes to heap:
./slice_of_slices.go:46:13:   flow: {storage for ... argument} = &{storage for g3}:
./slice_of_slices.go:46:13:     from g3 (spill) at ./slice_of_slices.go:46:13
./slice_of_slices.go:46:13:     from ... argument (slice-literal-element) at ./slice_of_slices.go:46:13
./slice_of_slices.go:46:13:   flow: {heap} = {storage for ... argument}:
./slice_of_slices.go:46:13:     from ... argument (spill) at ./slice_of_slices.go:46:13
./slice_of_slices.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./slice_of_slices.go:46:13
./slice_of_slices.go:46:13: grid escapes to heap:
./slice_of_slices.go:46:13:   flow: {storage for ... argument} = &{storage for grid}:
./slice_of_slices.go:46:13:     from grid (spill) at ./slice_of_slices.go:46:13
./slice_of_slices.go:46:13:     from ... argument (slice-literal-element) at ./slice_of_slices.go:46:13
./slice_of_slices.go:46:13:   flow: {heap} = {storage for ... argument}:
./slice_of_slices.go:46:13:     from ... argument (spill) at ./slice_of_slices.go:46:13
./slice_of_slices.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./slice_of_slices.go:46:13
./slice_of_slices.go:38:21: grid[0][0] escapes to heap:
./slice_of_slices.go:38:21:   flow: {storage for ... argument} = &{storage for grid[0][0]}:
./slice_of_slices.go:38:21:     from grid[0][0] (spill) at ./slice_of_slices.go:38:21
./slice_of_slices.go:38:21:     from ... argument (slice-literal-element) at ./slice_of_slices.go:38:13
./slice_of_slices.go:38:21:   flow: {heap} = {storage for ... argument}:
./slice_of_slices.go:38:21:     from ... argument (spill) at ./slice_of_slices.go:38:13
./slice_of_slices.go:38:21:     from fmt.Println(... argument...) (call parameter) at ./slice_of_slices.go:38:13
./slice_of_slices.go:28:17: make([]int, 6) escapes to heap:
./slice_of_slices.go:28:17:   flow: backing = &{storage for make([]int, 6)}:
./slice_of_slices.go:28:17:     from make([]int, 6) (spill) at ./slice_of_slices.go:28:17
./slice_of_slices.go:28:17:     from backing := make([]int, 6) (assign) at ./slice_of_slices.go:28:10
./slice_of_slices.go:28:17:   flow: {storage for [][]int{...}} = backing:
./slice_of_slices.go:28:17:     from backing[0:3] (slice) at ./slice_of_slices.go:29:25
./slice_of_slices.go:28:17:     from [][]int{...} (slice-literal-element) at ./slice_of_slices.go:29:17
./slice_of_slices.go:28:17:   flow: grid = &{storage for [][]int{...}}:
./slice_of_slices.go:28:17:     from [][]int{...} (spill) at ./slice_of_slices.go:29:17
./slice_of_slices.go:28:17:     from grid := [][]int{...} (assign) at ./slice_of_slices.go:29:7
./slice_of_slices.go:28:17:   flow: {heap} = *grid:
./slice_of_slices.go:28:17:     from copy(g2, grid) (call parameter) at ./slice_of_slices.go:36:6
./slice_of_slices.go:28:17:     from copy(g2, grid) (copied slice) at ./slice_of_slices.go:36:6
./slice_of_slices.go:32:13: grid escapes to heap:
./slice_of_slices.go:32:13:   flow: {storage for ... argument} = &{storage for grid}:
./slice_of_slices.go:32:13:     from grid (spill) at ./slice_of_slices.go:32:13
./slice_of_slices.go:32:13:     from ... argument (slice-literal-element) at ./slice_of_slices.go:32:13
./slice_of_slices.go:32:13:   flow: {heap} = {storage for ... argument}:
./slice_of_slices.go:32:13:     from ... argument (spill) at ./slice_of_slices.go:32:13
./slice_of_slices.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./slice_of_slices.go:32:13
./slice_of_slices.go:32:13: backing escapes to heap:
./slice_of_slices.go:32:13:   flow: {storage for ... argument} = &{storage for backing}:
./slice_of_slices.go:32:13:     from backing (spill) at ./slice_of_slices.go:32:13
./slice_of_slices.go:32:13:     from ... argument (slice-literal-element) at ./slice_of_slices.go:32:13
./slice_of_slices.go:32:13:   flow: {heap} = {storage for ... argument}:
./slice_of_slices.go:32:13:     from ... argument (spill) at ./slice_of_slices.go:32:13
./slice_of_slices.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./slice_of_slices.go:32:13
./slice_of_slices.go:25:35: len(jag[1]) escapes to heap:
./slice_of_slices.go:25:35:   flow: {storage for ... argument} = &{storage for len(jag[1])}:
./slice_of_slices.go:25:35:     from len(jag[1]) (spill) at ./slice_of_slices.go:25:35
./slice_of_slices.go:25:35:     from ... argument (slice-literal-element) at ./slice_of_slices.go:25:13
./slice_of_slices.go:25:35:   flow: {heap} = {storage for ... argument}:
./slice_of_slices.go:25:35:     from ... argument (spill) at ./slice_of_slices.go:25:13
./slice_of_slices.go:25:35:     from fmt.Println(... argument...) (call parameter) at ./slice_of_slices.go:25:13
./slice_of_slices.go:25:22: len(jag[0]) escapes to heap:
./slice_of_slices.go:25:22:   flow: {storage for ... argument} = &{storage for len(jag[0])}:
./slice_of_slices.go:25:22:     from len(jag[0]) (spill) at ./slice_of_slices.go:25:22
./slice_of_slices.go:25:22:     from ... argument (slice-literal-element) at ./slice_of_slices.go:25:13
./slice_of_slices.go:25:22:   flow: {heap} = {storage for ... argument}:
./slice_of_slices.go:25:22:     from ... argument (spill) at ./slice_of_slices.go:25:13
./slice_of_slices.go:25:22:     from fmt.Println(... argument...) (call parameter) at ./slice_of_slices.go:25:13
./slice_of_slices.go:25:13: jag escapes to heap:
./slice_of_slices.go:25:13:   flow: {storage for ... argument} = &{storage for jag}:
./slice_of_slices.go:25:13:     from jag (spill) at ./slice_of_slices.go:25:13
./slice_of_slices.go:25:13:     from ... argument (slice-literal-element) at ./slice_of_slices.go:25:13
./slice_of_slices.go:25:13:   flow: {heap} = {storage for ... argument}:
./slice_of_slices.go:25:13:     from ... argument (spill) at ./slice_of_slices.go:25:13
./slice_of_slices.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./slice_of_slices.go:25:13
./slice_of_slices.go:17:14: row escapes to heap:
./slice_of_slices.go:17:14:   flow: {storage for ... argument} = &{storage for row}:
./slice_of_slices.go:17:14:     from row (spill) at ./slice_of_slices.go:17:14
./slice_of_slices.go:17:14:     from ... argument (slice-literal-element) at ./slice_of_slices.go:17:14
./slice_of_slices.go:17:14:   flow: {heap} = {storage for ... argument}:
./slice_of_slices.go:17:14:     from ... argument (spill) at ./slice_of_slices.go:17:14
./slice_of_slices.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./slice_of_slices.go:17:14
./slice_of_slices.go:29:17: [][]int{...} escapes to heap:
./slice_of_slices.go:29:17:   flow: grid = &{storage for [][]int{...}}:
./slice_of_slices.go:29:17:     from [][]int{...} (spill) at ./slice_of_slices.go:29:17
./slice_of_slices.go:29:17:     from grid := [][]int{...} (assign) at ./slice_of_slices.go:29:7
./slice_of_slices.go:29:17:   flow: {storage for grid} = grid:
./slice_of_slices.go:29:17:     from grid (interface-converted) at ./slice_of_slices.go:46:13
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

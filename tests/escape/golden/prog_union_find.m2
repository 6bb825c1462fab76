./prog_union_find.go:14:16: make([]int, n) escapes to heap:
./prog_union_find.go:14:16:   flow: {heap} = &{storage for make([]int, n)}:
./prog_union_find.go:14:16:     from make([]int, n) (non-constant size) at ./prog_union_find.go:14:16
./prog_union_find.go:14:32: make([]int, n) escapes to heap:
./prog_union_find.go:14:32:   flow: {heap} = &{storage for make([]int, n)}:
./prog_union_find.go:14:32:     from make([]int, n) (non-constant size) at ./prog_union_find.go:14:32
./prog_union_find.go:14:7: &DSU{...} escapes to heap:
./prog_union_find.go:14:7:   flow: d = &{storage for &DSU{...}}:
./prog_union_find.go:14:7:     from &DSU{...} (spill) at ./prog_union_find.go:14:7
./prog_union_find.go:14:7:     from d := &DSU{...} (assign) at ./prog_union_find.go:14:4
./prog_union_find.go:14:7:   flow: ~r0 = d:
./prog_union_find.go:14:7:     from return d (return) at ./prog_union_find.go:19:2
./prog_union_find.go:14:7: &DSU{...} escapes to heap
./prog_union_find.go:14:16: make([]int, n) escapes to heap
./prog_union_find.go:14:32: make([]int, n) escapes to heap
./prog_union_find.go:24:15: (*DSU).Find ignoring self-assignment in d.parent[x] = d.parent[d.parent[x]]
./prog_union_find.go:22:7: d does not escape
./prog_union_find.go:39:13: (*DSU).Union ignoring self-assignment in d.size[ra] += d.size[rb]
./prog_union_find.go:30:7: d does not escape
./prog_union_find.go:62:25: main ignoring self-assignment in sizes[j], sizes[j - 1] = sizes[j - 1], sizes[j]
./prog_union_find.go:62:25: main ignoring self-assignment in sizes[j], sizes[j - 1] = sizes[j - 1], sizes[j]
./prog_union_find.go:70:25: main ignoring self-assignment in edges[j], edges[j - 1] = edges[j - 1], edges[j]
./prog_union_find.go:70:25: main ignoring self-assignment in edges[j], edges[j - 1] = edges[j - 1], edges[j]
./prog_union_find.go:82:13: tree escapes to heap:
./prog_union_find.go:82:13:   flow: {storage for ... argument} = &{storage for tree}:
./prog_union_find.go:82:13:     from tree (spill) at ./prog_union_find.go:82:13
./prog_union_find.go:82:13:     from ... argument (slice-literal-element) at ./prog_union_find.go:82:13
./prog_union_find.go:82:13:   flow: {heap} = {storage for ... argument}:
./prog_union_find.go:82:13:     from ... argument (spill) at ./prog_union_find.go:82:13
./prog_union_find.go:82:13:     from fmt.Println(... argument...) (call parameter) at ./prog_union_find.go:82:13
./prog_union_find.go:82:13: total escapes to heap:
./prog_union_find.go:82:13:   flow: {storage for ... argument} = &{storage for total}:
./prog_union_find.go:82:13:     from total (spill) at ./prog_union_find.go:82:13
./prog_union_find.go:82:13:     from ... argument (slice-literal-element) at ./prog_union_find.go:82:13
./prog_union_find.go:82:13:   flow: {heap} = {storage for ... argument}:
./prog_union_find.go:82:13:     from ... argument (spill) at ./prog_union_find.go:82:13
./prog_union_find.go:82:13:     from fmt.Println(... argument...) (call parameter) at ./prog_union_find.go:82:13
./prog_union_find.go:65:17: sizes escapes to heap:
./prog_union_find.go:65:17:   flow: {storage for ... argument} = &{storage for sizes}:
./prog_union_find.go:65:17:     from sizes (spill) at ./prog_union_find.go:65:17
./prog_union_find.go:65:17:     from ... argument (slice-literal-element) at ./prog_union_find.go:65:13
./prog_union_find.go:65:17:   flow: {heap} = {storage for ... argument}:
./prog_union_find.go:65:17:     from ... argument (spill) at ./prog_union_find.go:65:13
./prog_union_find.go:65:17:     from fmt.Println(... argument...) (call parameter) at ./prog_union_find.go:65:13
./prog_union_find.go:65:17: len(roots) escapes to heap:
./prog_union_find.go:65:17:   flow: {storage for ... argument} = &{storage for len(roots)}:
./prog_union_find.go:65:17:     from len(roots) (spill) at ./prog_union_find.go:65:17
./prog_union_find.go:65:17:     from ... argument (slice-literal-element) at ./prog_union_find.go:65:13
./prog_union_find.go:65:17:   flow: {heap} = {storage for ... argument}:
./prog_union_find.go:65:17:     from ... argument (spill) at ./prog_union_find.go:65:13
./prog_union_find.go:65:17:     from fmt.Println(... argument...) (call parameter) at ./prog_union_find.go:65:13
./prog_union_find.go:49:34: " " escapes to heap:
./prog_union_find.go:49:34:   flow: {storage for ... argument} = &{storage for " "}:
./prog_union_find.go:49:34:     from " " (spill) at ./prog_union_find.go:49:34
./prog_union_find.go:49:34:     from ... argument (slice-literal-element) at ./prog_union_find.go:49:12
./prog_union_find.go:49:34:   flow: {heap} = {storage for ... argument}:
./prog_union_find.go:49:34:     from ... argument (spill) at ./prog_union_find.go:49:12
./prog_union_find.go:49:34:     from fmt.Print(... argument...) (call parameter) at ./prog_union_find.go:49:12
./prog_union_find.go:49:20: (*DSU).Union(d, p[0], p[1]) escapes to heap:
./prog_union_find.go:49:20:   flow: {storage for ... argument} = &{storage for (*DSU).Union(d, p[0], p[1])}:
./prog_union_find.go:49:20:     from (*DSU).Union(d, p[0], p[1]) (spill) at ./prog_union_find.go:49:20
./prog_union_find.go:49:20:     from ... argument (slice-literal-element) at ./prog_union_find.go:49:12
./prog_union_find.go:49:20:   flow: {heap} = {storage for ... argument}:
./prog_union_find.go:49:20:     from ... argument (spill) at ./prog_union_find.go:49:12
./prog_union_find.go:49:20:     from fmt.Print(... argument...) (call parameter) at ./prog_union_find.go:49:12
./prog_union_find.go:56:16: []int{} escapes to heap:
./prog_union_find.go:56:16:   flow: sizes = &{storage for []int{}}:
./prog_union_find.go:56:16:     from []int{} (spill) at ./prog_union_find.go:56:16
./prog_union_find.go:56:16:     from sizes := []int{} (assign) at ./prog_union_find.go:56:8
./prog_union_find.go:56:16:   flow: {storage for sizes} = sizes:
./prog_union_find.go:56:16:     from sizes (interface-converted) at ./prog_union_find.go:65:17
./prog_union_find.go:47:19: [][2]int{...} does not escape
./prog_union_find.go:49:12: ... argument does not escape
./prog_union_find.go:49:20: (*DSU).Union(d, p[0], p[1]) escapes to heap
./prog_union_find.go:49:34: " " escapes to heap
./prog_union_find.go:52:22: map[int]int{} does not escape
./prog_union_find.go:56:16: []int{} escapes to heap
./prog_union_find.go:65:13: ... argument does not escape
./prog_union_find.go:65:17: len(roots) escapes to heap
./prog_union_find.go:65:17: sizes escapes to heap
./prog_union_find.go:67:17: []Edge{...} does not escape
./prog_union_find.go:82:13: ... argument does not escape
./prog_union_find.go:82:13: total escapes to heap
./prog_union_find.go:82:13: tree escapes to heap

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

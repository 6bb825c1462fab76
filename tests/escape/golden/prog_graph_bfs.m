./prog_graph_bfs.go:10:7: g does not escape
./prog_graph_bfs.go:10:24: leaking param: a
./prog_graph_bfs.go:10:27: leaking param: b
./prog_graph_bfs.go:15:7: g does not escape
./prog_graph_bfs.go:15:20: leaking param: start
./prog_graph_bfs.go:16:28: map[string]string{...} escapes to heap
./prog_graph_bfs.go:17:19: []string{...} does not escape
./prog_graph_bfs.go:32:7: g does not escape
./prog_graph_bfs.go:32:20: leaking param: start
./prog_graph_bfs.go:36:15: leaking param: n
./prog_graph_bfs.go:33:25: map[string]bool{} does not escape
./prog_graph_bfs.go:36:10: func literal does not escape
./prog_graph_bfs.go:59:18: path ignoring self-assignment in rev[i], rev[j] = rev[j], rev[i]
./prog_graph_bfs.go:59:18: path ignoring self-assignment in rev[i], rev[j] = rev[j], rev[i]
./prog_graph_bfs.go:50:11: parent does not escape
./prog_graph_bfs.go:50:37: leaking param: to
./prog_graph_bfs.go:65:12: Graph{} does not escape
./prog_graph_bfs.go:66:22: [][2]string{...} does not escape
./prog_graph_bfs.go:74:13: ... argument does not escape
./prog_graph_bfs.go:74:14: "bfs" escapes to heap
./prog_graph_bfs.go:74:14: order escapes to heap
./prog_graph_bfs.go:75:13: ... argument does not escape
./prog_graph_bfs.go:75:14: "dfs" escapes to heap
./prog_graph_bfs.go:75:26: Graph.DFS(g, "a") escapes to heap
./prog_graph_bfs.go:76:13: ... argument does not escape
./prog_graph_bfs.go:76:14: "a->f" escapes to heap
./prog_graph_bfs.go:76:26: path(parent, "f") escapes to heap
./prog_graph_bfs.go:77:13: ... argument does not escape
./prog_graph_bfs.go:77:14: "a->e" escapes to heap
./prog_graph_bfs.go:77:26: path(parent, "e") escapes to heap
./prog_graph_bfs.go:78:13: ... argument does not escape
./prog_graph_bfs.go:78:14: "a->x" escapes to heap
./prog_graph_bfs.go:78:26: path(parent, "x") escapes to heap
./prog_graph_bfs.go:78:59: path(parent, "x") == nil escapes to heap
./prog_graph_bfs.go:79:13: ... argument does not escape
./prog_graph_bfs.go:79:17: len(g) escapes to heap
./prog_graph_bfs.go:79:25: len(g["d"]) escapes to heap
./prog_graph_bfs.go:79:36: g["x"] escapes to heap
./prog_graph_bfs.go:81:25: map[string]bool{} does not escape
./prog_graph_bfs.go:82:28: []string{...} does not escape
./prog_graph_bfs.go:90:13: ... argument does not escape
./prog_graph_bfs.go:90:14: "components" escapes to heap
./prog_graph_bfs.go:90:14: comps escapes to heap

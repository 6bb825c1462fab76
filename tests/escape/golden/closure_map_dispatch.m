./closure_map_dispatch.go:33:22: main ignoring self-assignment in keys[i], keys[j] = keys[j], keys[i]
./closure_map_dispatch.go:33:22: main ignoring self-assignment in keys[i], keys[j] = keys[j], keys[i]
./closure_map_dispatch.go:7:2: moved to heap: acc
./closure_map_dispatch.go:8:30: map[string]func(int){...} does not escape
./closure_map_dispatch.go:9:10: func literal escapes to heap
./closure_map_dispatch.go:10:10: func literal escapes to heap
./closure_map_dispatch.go:11:10: func literal escapes to heap
./closure_map_dispatch.go:13:18: func literal escapes to heap
./closure_map_dispatch.go:17:3: []struct { op string; n int }{...} does not escape
./closure_map_dispatch.go:22:15: ... argument does not escape
./closure_map_dispatch.go:22:16: "unknown" escapes to heap
./closure_map_dispatch.go:22:28: p.op escapes to heap
./closure_map_dispatch.go:25:13: ... argument does not escape
./closure_map_dispatch.go:25:13: acc escapes to heap
./closure_map_dispatch.go:26:14: make([]string, 0, len(cmds)) escapes to heap
./closure_map_dispatch.go:37:13: ... argument does not escape
./closure_map_dispatch.go:37:13: keys escapes to heap
./closure_map_dispatch.go:39:13: ... argument does not escape
./closure_map_dispatch.go:39:13: acc escapes to heap
./closure_map_dispatch.go:39:32: cmds["none"] == nil escapes to heap

./closure_map_dispatch.go:9:10: func literal escapes to heap:
./closure_map_dispatch.go:9:10:   flow: {heap} = &{storage for func literal}:
./closure_map_dispatch.go:9:10:     from func literal (spill) at ./closure_map_dispatch.go:9:10
./closure_map_dispatch.go:9:10:     from map[string]func(int){...} (map literal value) at ./closure_map_dispatch.go:8:30
./closure_map_dispatch.go:10:10: func literal escapes to heap:
./closure_map_dispatch.go:10:10:   flow: {heap} = &{storage for func literal}:
./closure_map_dispatch.go:10:10:     from func literal (spill) at ./closure_map_dispatch.go:10:10
./closure_map_dispatch.go:10:10:     from map[string]func(int){...} (map literal value) at ./closure_map_dispatch.go:8:30
./closure_map_dispatch.go:11:10: func literal escapes to heap:
./closure_map_dispatch.go:11:10:   flow: {heap} = &{storage for func literal}:
./closure_map_dispatch.go:11:10:     from func literal (spill) at ./closure_map_dispatch.go:11:10
./closure_map_dispatch.go:11:10:     from map[string]func(int){...} (map literal value) at ./closure_map_dispatch.go:8:30
./closure_map_dispatch.go:13:18: func literal escapes to heap:
./closure_map_dispatch.go:13:18:   flow: {heap} = &{storage for func literal}:
./closure_map_dispatch.go:13:18:     from func literal (spill) at ./closure_map_dispatch.go:13:18
./closure_map_dispatch.go:13:18:     from cmds["reset"] = func literal (assign) at ./closure_map_dispatch.go:13:16
./closure_map_dispatch.go:33:22: main ignoring self-assignment in keys[i], keys[j] = keys[j], keys[i]
./closure_map_dispatch.go:33:22: main ignoring self-assignment in keys[i], keys[j] = keys[j], keys[i]
./closure_map_dispatch.go:7:2: main capturing by ref: acc (addr=false assign=true width=8)
./closure_map_dispatch.go:7:2: acc escapes to heap:
./closure_map_dispatch.go:7:2:   flow: {storage for func literal} = &acc:
./closure_map_dispatch.go:7:2:     from acc (captured by a closure) at ./closure_map_dispatch.go:9:24
./closure_map_dispatch.go:7:2:     from acc (reference) at ./closure_map_dispatch.go:9:24
./closure_map_dispatch.go:7:2: main capturing by ref: acc (addr=true assign=true width=8)
./closure_map_dispatch.go:7:2: acc escapes to heap:
./closure_map_dispatch.go:7:2:   flow: {storage for func literal} = &acc:
./closure_map_dispatch.go:7:2:     from acc (captured by a closure) at ./closure_map_dispatch.go:10:24
./closure_map_dispatch.go:7:2:     from acc (reference) at ./closure_map_dispatch.go:10:24
./closure_map_dispatch.go:7:2: main capturing by ref: acc (addr=true assign=true width=8)
./closure_map_dispatch.go:7:2: acc escapes to heap:
./closure_map_dispatch.go:7:2:   flow: {storage for func literal} = &acc:
./closure_map_dispatch.go:7:2:     from acc (captured by a closure) at ./closure_map_dispatch.go:11:24
./closure_map_dispatch.go:7:2:     from acc (reference) at ./closure_map_dispatch.go:11:24
./closure_map_dispatch.go:7:2: main capturing by ref: acc (addr=true assign=true width=8)
./closure_map_dispatch.go:7:2: acc escapes to heap:
./closure_map_dispatch.go:7:2:   flow: {storage for func literal} = &acc:
./closure_map_dispatch.go:7:2:     from acc (captured by a closure) at ./closure_map_dispatch.go:13:30
./closure_map_dispatch.go:7:2:     from acc (reference) at ./closure_map_dispatch.go:13:30
./closure_map_dispatch.go:26:14: make([]string, 0, len(cmds)) escapes to heap:
./closure_map_dispatch.go:26:14:   flow: {heap} = &{storage for make([]string, 0, len(cmds))}:
./closure_map_dispatch.go:26:14:     from make([]string, 0, len(cmds)) (non-constant size) at ./closure_map_dispatch.go:26:14
./closure_map_dispatch.go:39:32: cmds["none"] == nil escapes to heap:
./closure_map_dispatch.go:39:32:   flow: {storage for ... argument} = &{storage for cmds["none"] == nil}:
./closure_map_dispatch.go:39:32:     from cmds["none"] == nil (spill) at ./closure_map_dispatch.go:39:32
./closure_map_dispatch.go:39:32:     from ... argument (slice-literal-element) at ./closure_map_dispatch.go:39:13
./closure_map_dispatch.go:39:32:   flow: {heap} = {storage for ... argument}:
./closure_map_dispatch.go:39:32:     from ... argument (spill) at ./closure_map_dispatch.go:39:13
./closure_map_dispatch.go:39:32:     from fmt.Println(... argument...) (call parameter) at ./closure_map_dispatch.go:39:13
./closure_map_dispatch.go:39:13: acc escapes to heap:
./closure_map_dispatch.go:39:13:   flow: {storage for ... argument} = &{storage for acc}:
./closure_map_dispatch.go:39:13:     from acc (spill) at ./closure_map_dispatch.go:39:13
./closure_map_dispatch.go:39:13:     from ... argument (slice-literal-element) at ./closure_map_dispatch.go:39:13
./closure_map_dispatch.go:39:13:   flow: {heap} = {storage for ... argument}:
./closure_map_dispatch.go:39:13:     from ... argument (spill) at ./closure_map_dispatch.go:39:13
./closure_map_dispatch.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./closure_map_dispatch.go:39:13
./closure_map_dispatch.go:37:13: keys escapes to heap:
./closure_map_dispatch.go:37:13:   flow: {storage for ... argument} = &{storage for keys}:
./closure_map_dispatch.go:37:13:     from keys (spill) at ./closure_map_dispatch.go:37:13
./closure_map_dispatch.go:37:13:     from ... argument (slice-literal-element) at ./closure_map_dispatch.go:37:13
./closure_map_dispatch.go:37:13:   flow: {heap} = {storage for ... argument}:
./closure_map_dispatch.go:37:13:     from ... argument (spill) at ./closure_map_dispatch.go:37:13
./closure_map_dispatch.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./closure_map_dispatch.go:37:13
./closure_map_dispatch.go:25:13: acc escapes to heap:
./closure_map_dispatch.go:25:13:   flow: {storage for ... argument} = &{storage for acc}:
./closure_map_dispatch.go:25:13:     from acc (spill) at ./closure_map_dispatch.go:25:13
./closure_map_dispatch.go:25:13:     from ... argument (slice-literal-element) at ./closure_map_dispatch.go:25:13
./closure_map_dispatch.go:25:13:   flow: {heap} = {storage for ... argument}:
./closure_map_dispatch.go:25:13:     from ... argument (spill) at ./closure_map_dispatch.go:25:13
./closure_map_dispatch.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./closure_map_dispatch.go:25:13
./closure_map_dispatch.go:22:28: p.op escapes to heap:
./closure_map_dispatch.go:22:28:   flow: {storage for ... argument} = &{storage for p.op}:
./closure_map_dispatch.go:22:28:     from p.op (spill) at ./closure_map_dispatch.go:22:28
./closure_map_dispatch.go:22:28:     from ... argument (slice-literal-element) at ./closure_map_dispatch.go:22:15
./closure_map_dispatch.go:22:28:   flow: {heap} = {storage for ... argument}:
./closure_map_dispatch.go:22:28:     from ... argument (spill) at ./closure_map_dispatch.go:22:15
./closure_map_dispatch.go:22:28:     from fmt.Println(... argument...) (call parameter) at ./closure_map_dispatch.go:22:15
./closure_map_dispatch.go:22:16: "unknown" escapes to heap:
./closure_map_dispatch.go:22:16:   flow: {storage for ... argument} = &{storage for "unknown"}:
./closure_map_dispatch.go:22:16:     from "unknown" (spill) at ./closure_map_dispatch.go:22:16
./closure_map_dispatch.go:22:16:     from ... argument (slice-literal-element) at ./closure_map_dispatch.go:22:15
./closure_map_dispatch.go:22:16:   flow: {heap} = {storage for ... argument}:
./closure_map_dispatch.go:22:16:     from ... argument (spill) at ./closure_map_dispatch.go:22:15
./closure_map_dispatch.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./closure_map_dispatch.go:22:15
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

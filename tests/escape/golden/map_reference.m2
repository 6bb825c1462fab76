./map_reference.go:9:16: i escapes to heap:
./map_reference.go:9:16:   flow: {storage for ... argument} = &{storage for i}:
./map_reference.go:9:16:     from i (spill) at ./map_reference.go:9:16
./map_reference.go:9:16:     from ... argument (slice-literal-element) at ./map_reference.go:9:15
./map_reference.go:9:16:   flow: {heap} = {storage for ... argument}:
./map_reference.go:9:16:     from ... argument (spill) at ./map_reference.go:9:15
./map_reference.go:9:16:     from fmt.Sprint(... argument...) (call parameter) at ./map_reference.go:9:15
./map_reference.go:9:16: "k" escapes to heap:
./map_reference.go:9:16:   flow: {storage for ... argument} = &{storage for "k"}:
./map_reference.go:9:16:     from "k" (spill) at ./map_reference.go:9:16
./map_reference.go:9:16:     from ... argument (slice-literal-element) at ./map_reference.go:9:15
./map_reference.go:9:16:   flow: {heap} = {storage for ... argument}:
./map_reference.go:9:16:     from ... argument (spill) at ./map_reference.go:9:15
./map_reference.go:9:16:     from fmt.Sprint(... argument...) (call parameter) at ./map_reference.go:9:15
./map_reference.go:7:11: m does not escape
./map_reference.go:9:15: ... argument does not escape
./map_reference.go:9:16: "k" escapes to heap
./map_reference.go:9:16: i escapes to heap
./map_reference.go:13:12: m does not escape
./map_reference.go:14:20: map[string]int{} does not escape
./map_reference.go:42:13: maps escapes to heap:
./map_reference.go:42:13:   flow: {storage for ... argument} = &{storage for maps}:
./map_reference.go:42:13:     from maps (spill) at ./map_reference.go:42:13
./map_reference.go:42:13:     from ... argument (slice-literal-element) at ./map_reference.go:42:13
./map_reference.go:42:13:   flow: {heap} = {storage for ... argument}:
./map_reference.go:42:13:     from ... argument (spill) at ./map_reference.go:42:13
./map_reference.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./map_reference.go:42:13
./map_reference.go:37:23: r1.byName["shared"] escapes to heap:
./map_reference.go:37:23:   flow: {storage for ... argument} = &{storage for r1.byName["shared"]}:
./map_reference.go:37:23:     from r1.byName["shared"] (spill) at ./map_reference.go:37:23
./map_reference.go:37:23:     from ... argument (slice-literal-element) at ./map_reference.go:37:13
./map_reference.go:37:23:   flow: {heap} = {storage for ... argument}:
./map_reference.go:37:23:     from ... argument (spill) at ./map_reference.go:37:13
./map_reference.go:37:23:     from fmt.Println(... argument...) (call parameter) at ./map_reference.go:37:13
./map_reference.go:32:23: a["new"] escapes to heap:
./map_reference.go:32:23:   flow: {storage for ... argument} = &{storage for a["new"]}:
./map_reference.go:32:23:     from a["new"] (spill) at ./map_reference.go:32:23
./map_reference.go:32:23:     from ... argument (slice-literal-element) at ./map_reference.go:32:13
./map_reference.go:32:23:   flow: {heap} = {storage for ... argument}:
./map_reference.go:32:23:     from ... argument (spill) at ./map_reference.go:32:13
./map_reference.go:32:23:     from fmt.Println(... argument...) (call parameter) at ./map_reference.go:32:13
./map_reference.go:32:17: len(a) escapes to heap:
./map_reference.go:32:17:   flow: {storage for ... argument} = &{storage for len(a)}:
./map_reference.go:32:17:     from len(a) (spill) at ./map_reference.go:32:17
./map_reference.go:32:17:     from ... argument (slice-literal-element) at ./map_reference.go:32:13
./map_reference.go:32:17:   flow: {heap} = {storage for ... argument}:
./map_reference.go:32:17:     from ... argument (spill) at ./map_reference.go:32:13
./map_reference.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./map_reference.go:32:13
./map_reference.go:23:21: map[string]int{} escapes to heap:
./map_reference.go:23:21:   flow: a = &{storage for map[string]int{}}:
./map_reference.go:23:21:     from map[string]int{} (spill) at ./map_reference.go:23:21
./map_reference.go:23:21:     from a := map[string]int{} (assign) at ./map_reference.go:23:4
./map_reference.go:23:21:   flow: {storage for ... argument} = a:
./map_reference.go:23:21:     from a (interface-converted) at ./map_reference.go:29:25
./map_reference.go:23:21:     from ... argument (slice-literal-element) at ./map_reference.go:29:13
./map_reference.go:23:21:   flow: {heap} = {storage for ... argument}:
./map_reference.go:23:21:     from ... argument (spill) at ./map_reference.go:29:13
./map_reference.go:23:21:     from fmt.Println(... argument...) (call parameter) at ./map_reference.go:29:13
./map_reference.go:29:25: len(b) escapes to heap:
./map_reference.go:29:25:   flow: {storage for ... argument} = &{storage for len(b)}:
./map_reference.go:29:25:     from len(b) (spill) at ./map_reference.go:29:25
./map_reference.go:29:25:     from ... argument (slice-literal-element) at ./map_reference.go:29:13
./map_reference.go:29:25:   flow: {heap} = {storage for ... argument}:
./map_reference.go:29:25:     from ... argument (spill) at ./map_reference.go:29:13
./map_reference.go:29:25:     from fmt.Println(... argument...) (call parameter) at ./map_reference.go:29:13
./map_reference.go:29:17: len(a) escapes to heap:
./map_reference.go:29:17:   flow: {storage for ... argument} = &{storage for len(a)}:
./map_reference.go:29:17:     from len(a) (spill) at ./map_reference.go:29:17
./map_reference.go:29:17:     from ... argument (slice-literal-element) at ./map_reference.go:29:13
./map_reference.go:29:17:   flow: {heap} = {storage for ... argument}:
./map_reference.go:29:17:     from ... argument (spill) at ./map_reference.go:29:13
./map_reference.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./map_reference.go:29:13
./map_reference.go:26:25: len(a) escapes to heap:
./map_reference.go:26:25:   flow: {storage for ... argument} = &{storage for len(a)}:
./map_reference.go:26:25:     from len(a) (spill) at ./map_reference.go:26:25
./map_reference.go:26:25:     from ... argument (slice-literal-element) at ./map_reference.go:26:13
./map_reference.go:26:25:   flow: {heap} = {storage for ... argument}:
./map_reference.go:26:25:     from ... argument (spill) at ./map_reference.go:26:13
./map_reference.go:26:25:     from fmt.Println(... argument...) (call parameter) at ./map_reference.go:26:13
./map_reference.go:26:15: a["x"] escapes to heap:
./map_reference.go:26:15:   flow: {storage for ... argument} = &{storage for a["x"]}:
./map_reference.go:26:15:     from a["x"] (spill) at ./map_reference.go:26:15
./map_reference.go:26:15:     from ... argument (slice-literal-element) at ./map_reference.go:26:13
./map_reference.go:26:15:   flow: {heap} = {storage for ... argument}:
./map_reference.go:26:15:     from ... argument (spill) at ./map_reference.go:26:13
./map_reference.go:26:15:     from fmt.Println(... argument...) (call parameter) at ./map_reference.go:26:13
./map_reference.go:39:23: []map[int]int{...} escapes to heap:
./map_reference.go:39:23:   flow: maps = &{storage for []map[int]int{...}}:
./map_reference.go:39:23:     from []map[int]int{...} (spill) at ./map_reference.go:39:23
./map_reference.go:39:23:     from maps := []map[int]int{...} (assign) at ./map_reference.go:39:7
./map_reference.go:39:23:   flow: {storage for maps} = maps:
./map_reference.go:39:23:     from maps (interface-converted) at ./map_reference.go:42:13
./map_reference.go:39:28: map[int]int{} escapes to heap:
./map_reference.go:39:28:   flow: {storage for []map[int]int{...}} = &{storage for map[int]int{}}:
./map_reference.go:39:28:     from map[int]int{} (spill) at ./map_reference.go:39:28
./map_reference.go:39:28:     from []map[int]int{...} (slice-literal-element) at ./map_reference.go:39:23
./map_reference.go:39:24: map[int]int{} escapes to heap:
./map_reference.go:39:24:   flow: {storage for []map[int]int{...}} = &{storage for map[int]int{}}:
./map_reference.go:39:24:     from map[int]int{} (spill) at ./map_reference.go:39:24
./map_reference.go:39:24:     from []map[int]int{...} (slice-literal-element) at ./map_reference.go:39:23
./map_reference.go:23:21: map[string]int{} escapes to heap
./map_reference.go:26:13: ... argument does not escape
./map_reference.go:26:15: a["x"] escapes to heap
./map_reference.go:26:25: len(a) escapes to heap
./map_reference.go:29:13: ... argument does not escape
./map_reference.go:29:17: len(a) escapes to heap
./map_reference.go:29:25: len(b) escapes to heap
./map_reference.go:32:13: ... argument does not escape
./map_reference.go:32:17: len(a) escapes to heap
./map_reference.go:32:23: a["new"] escapes to heap
./map_reference.go:34:39: map[string]int{} does not escape
./map_reference.go:37:13: ... argument does not escape
./map_reference.go:37:23: r1.byName["shared"] escapes to heap
./map_reference.go:39:23: []map[int]int{...} escapes to heap
./map_reference.go:39:24: map[int]int{} escapes to heap
./map_reference.go:39:28: map[int]int{} escapes to heap
./map_reference.go:42:13: ... argument does not escape
./map_reference.go:42:13: maps escapes to heap

./map_nil.go:7:13: m does not escape
./map_nil.go:7:31: k does not escape
./map_nil.go:31:17: len(m) escapes to heap:
./map_nil.go:31:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_nil.go:31:17:     from len(m) (spill) at ./map_nil.go:31:17
./map_nil.go:31:17:     from ... argument (slice-literal-element) at ./map_nil.go:31:13
./map_nil.go:31:17:   flow: {heap} = {storage for ... argument}:
./map_nil.go:31:17:     from ... argument (spill) at ./map_nil.go:31:13
./map_nil.go:31:17:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:31:13
./map_nil.go:29:19: m == nil escapes to heap:
./map_nil.go:29:19:   flow: {storage for ... argument} = &{storage for m == nil}:
./map_nil.go:29:19:     from m == nil (spill) at ./map_nil.go:29:19
./map_nil.go:29:19:     from ... argument (slice-literal-element) at ./map_nil.go:29:13
./map_nil.go:29:19:   flow: {heap} = {storage for ... argument}:
./map_nil.go:29:19:     from ... argument (spill) at ./map_nil.go:29:13
./map_nil.go:29:19:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:29:13
./map_nil.go:27:20: map[string]int{} escapes to heap:
./map_nil.go:27:20:   flow: m = &{storage for map[string]int{}}:
./map_nil.go:27:20:     from map[string]int{} (spill) at ./map_nil.go:27:20
./map_nil.go:27:20:     from m = map[string]int{} (assign) at ./map_nil.go:27:4
./map_nil.go:27:20:   flow: {storage for ... argument} = m:
./map_nil.go:27:20:     from m (interface-converted) at ./map_nil.go:29:13
./map_nil.go:27:20:     from ... argument (slice-literal-element) at ./map_nil.go:29:13
./map_nil.go:27:20:   flow: {heap} = {storage for ... argument}:
./map_nil.go:27:20:     from ... argument (spill) at ./map_nil.go:29:13
./map_nil.go:27:20:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:29:13
./map_nil.go:25:21: mm["a"]["b"] escapes to heap:
./map_nil.go:25:21:   flow: {storage for ... argument} = &{storage for mm["a"]["b"]}:
./map_nil.go:25:21:     from mm["a"]["b"] (spill) at ./map_nil.go:25:21
./map_nil.go:25:21:     from ... argument (slice-literal-element) at ./map_nil.go:25:13
./map_nil.go:25:21:   flow: {heap} = {storage for ... argument}:
./map_nil.go:25:21:     from ... argument (spill) at ./map_nil.go:25:13
./map_nil.go:25:21:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:25:13
./map_nil.go:22:31: len(ms[1]) escapes to heap:
./map_nil.go:22:31:   flow: {storage for ... argument} = &{storage for len(ms[1])}:
./map_nil.go:22:31:     from len(ms[1]) (spill) at ./map_nil.go:22:31
./map_nil.go:22:31:     from ... argument (slice-literal-element) at ./map_nil.go:22:13
./map_nil.go:22:31:   flow: {heap} = {storage for ... argument}:
./map_nil.go:22:31:     from ... argument (spill) at ./map_nil.go:22:13
./map_nil.go:22:31:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:22:13
./map_nil.go:22:20: ms[1] == nil escapes to heap:
./map_nil.go:22:20:   flow: {storage for ... argument} = &{storage for ms[1] == nil}:
./map_nil.go:22:20:     from ms[1] == nil (spill) at ./map_nil.go:22:20
./map_nil.go:22:20:     from ... argument (slice-literal-element) at ./map_nil.go:22:13
./map_nil.go:22:20:   flow: {heap} = {storage for ... argument}:
./map_nil.go:22:20:     from ... argument (spill) at ./map_nil.go:22:13
./map_nil.go:22:20:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:22:13
./map_nil.go:15:15: v escapes to heap:
./map_nil.go:15:15:   flow: {storage for ... argument} = &{storage for v}:
./map_nil.go:15:15:     from v (spill) at ./map_nil.go:15:15
./map_nil.go:15:15:     from ... argument (slice-literal-element) at ./map_nil.go:15:14
./map_nil.go:15:15:   flow: {heap} = {storage for ... argument}:
./map_nil.go:15:15:     from ... argument (spill) at ./map_nil.go:15:14
./map_nil.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:15:14
./map_nil.go:15:15: k escapes to heap:
./map_nil.go:15:15:   flow: {storage for ... argument} = &{storage for k}:
./map_nil.go:15:15:     from k (spill) at ./map_nil.go:15:15
./map_nil.go:15:15:     from ... argument (slice-literal-element) at ./map_nil.go:15:14
./map_nil.go:15:15:   flow: {heap} = {storage for ... argument}:
./map_nil.go:15:15:     from ... argument (spill) at ./map_nil.go:15:14
./map_nil.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:15:14
./map_nil.go:15:15: "never" escapes to heap:
./map_nil.go:15:15:   flow: {storage for ... argument} = &{storage for "never"}:
./map_nil.go:15:15:     from "never" (spill) at ./map_nil.go:15:15
./map_nil.go:15:15:     from ... argument (slice-literal-element) at ./map_nil.go:15:14
./map_nil.go:15:15:   flow: {heap} = {storage for ... argument}:
./map_nil.go:15:15:     from ... argument (spill) at ./map_nil.go:15:14
./map_nil.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:15:14
./map_nil.go:13:13: ok escapes to heap:
./map_nil.go:13:13:   flow: {storage for ... argument} = &{storage for ok}:
./map_nil.go:13:13:     from ok (spill) at ./map_nil.go:13:13
./map_nil.go:13:13:     from ... argument (slice-literal-element) at ./map_nil.go:13:13
./map_nil.go:13:13:   flow: {heap} = {storage for ... argument}:
./map_nil.go:13:13:     from ... argument (spill) at ./map_nil.go:13:13
./map_nil.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:13:13
./map_nil.go:13:13: v escapes to heap:
./map_nil.go:13:13:   flow: {storage for ... argument} = &{storage for v}:
./map_nil.go:13:13:     from v (spill) at ./map_nil.go:13:13
./map_nil.go:13:13:     from ... argument (slice-literal-element) at ./map_nil.go:13:13
./map_nil.go:13:13:   flow: {heap} = {storage for ... argument}:
./map_nil.go:13:13:     from ... argument (spill) at ./map_nil.go:13:13
./map_nil.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:13:13
./map_nil.go:11:46: lookup(nil, "b") escapes to heap:
./map_nil.go:11:46:   flow: {storage for ... argument} = &{storage for lookup(nil, "b")}:
./map_nil.go:11:46:     from lookup(nil, "b") (spill) at ./map_nil.go:11:46
./map_nil.go:11:46:     from ... argument (slice-literal-element) at ./map_nil.go:11:13
./map_nil.go:11:46:   flow: {heap} = {storage for ... argument}:
./map_nil.go:11:46:     from ... argument (spill) at ./map_nil.go:11:13
./map_nil.go:11:46:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:11:13
./map_nil.go:11:33: m["a"] escapes to heap:
./map_nil.go:11:33:   flow: {storage for ... argument} = &{storage for m["a"]}:
./map_nil.go:11:33:     from m["a"] (spill) at ./map_nil.go:11:33
./map_nil.go:11:33:     from ... argument (slice-literal-element) at ./map_nil.go:11:13
./map_nil.go:11:33:   flow: {heap} = {storage for ... argument}:
./map_nil.go:11:33:     from ... argument (spill) at ./map_nil.go:11:13
./map_nil.go:11:33:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:11:13
./map_nil.go:11:27: len(m) escapes to heap:
./map_nil.go:11:27:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_nil.go:11:27:     from len(m) (spill) at ./map_nil.go:11:27
./map_nil.go:11:27:     from ... argument (slice-literal-element) at ./map_nil.go:11:13
./map_nil.go:11:27:   flow: {heap} = {storage for ... argument}:
./map_nil.go:11:27:     from ... argument (spill) at ./map_nil.go:11:13
./map_nil.go:11:27:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:11:13
./map_nil.go:11:16: m == nil escapes to heap:
./map_nil.go:11:16:   flow: {storage for ... argument} = &{storage for m == nil}:
./map_nil.go:11:16:     from m == nil (spill) at ./map_nil.go:11:16
./map_nil.go:11:16:     from ... argument (slice-literal-element) at ./map_nil.go:11:13
./map_nil.go:11:16:   flow: {heap} = {storage for ... argument}:
./map_nil.go:11:16:     from ... argument (spill) at ./map_nil.go:11:13
./map_nil.go:11:16:     from fmt.Println(... argument...) (call parameter) at ./map_nil.go:11:13
./map_nil.go:11:13: ... argument does not escape
./map_nil.go:11:16: m == nil escapes to heap
./map_nil.go:11:27: len(m) escapes to heap
./map_nil.go:11:33: m["a"] escapes to heap
./map_nil.go:11:46: lookup(nil, "b") escapes to heap
./map_nil.go:13:13: ... argument does not escape
./map_nil.go:13:13: v escapes to heap
./map_nil.go:13:13: ok escapes to heap
./map_nil.go:15:14: ... argument does not escape
./map_nil.go:15:15: "never" escapes to heap
./map_nil.go:15:15: k escapes to heap
./map_nil.go:15:15: v escapes to heap
./map_nil.go:18:13: ... argument does not escape
./map_nil.go:19:12: ... argument does not escape
./map_nil.go:22:13: ... argument does not escape
./map_nil.go:22:20: ms[1] == nil escapes to heap
./map_nil.go:22:31: len(ms[1]) escapes to heap
./map_nil.go:25:13: ... argument does not escape
./map_nil.go:25:21: mm["a"]["b"] escapes to heap
./map_nil.go:27:20: map[string]int{} escapes to heap
./map_nil.go:29:13: ... argument does not escape
./map_nil.go:29:19: m == nil escapes to heap
./map_nil.go:31:13: ... argument does not escape
./map_nil.go:31:17: len(m) escapes to heap

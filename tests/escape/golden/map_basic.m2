./map_basic.go:8:11: make(map[string]int) escapes to heap:
./map_basic.go:8:11:   flow: m = &{storage for make(map[string]int)}:
./map_basic.go:8:11:     from make(map[string]int) (spill) at ./map_basic.go:8:11
./map_basic.go:8:11:     from m := make(map[string]int) (assign) at ./map_basic.go:8:4
./map_basic.go:8:11:   flow: {storage for ... argument} = m:
./map_basic.go:8:11:     from m (interface-converted) at ./map_basic.go:41:13
./map_basic.go:8:11:     from ... argument (slice-literal-element) at ./map_basic.go:41:13
./map_basic.go:8:11:   flow: {heap} = {storage for ... argument}:
./map_basic.go:8:11:     from ... argument (spill) at ./map_basic.go:41:13
./map_basic.go:8:11:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:41:13
./map_basic.go:40:15: m["key"] escapes to heap:
./map_basic.go:40:15:   flow: {storage for ... argument} = &{storage for m["key"]}:
./map_basic.go:40:15:     from m["key"] (spill) at ./map_basic.go:40:15
./map_basic.go:40:15:     from ... argument (slice-literal-element) at ./map_basic.go:40:13
./map_basic.go:40:15:   flow: {heap} = {storage for ... argument}:
./map_basic.go:40:15:     from ... argument (spill) at ./map_basic.go:40:13
./map_basic.go:40:15:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:40:13
./map_basic.go:38:11: k1 + "y" escapes to heap:
./map_basic.go:38:11:   flow: k2 = &{storage for k1 + "y"}:
./map_basic.go:38:11:     from k1 + "y" (spill) at ./map_basic.go:38:11
./map_basic.go:38:11:     from k2 := k1 + "y" (assign) at ./map_basic.go:38:5
./map_basic.go:38:11:   flow: {heap} = k2:
./map_basic.go:38:11:     from m[k2] (key of map put) at ./map_basic.go:39:3
./map_basic.go:34:25: len(ss) escapes to heap:
./map_basic.go:34:25:   flow: {storage for ... argument} = &{storage for len(ss)}:
./map_basic.go:34:25:     from len(ss) (spill) at ./map_basic.go:34:25
./map_basic.go:34:25:     from ... argument (slice-literal-element) at ./map_basic.go:34:13
./map_basic.go:34:25:   flow: {heap} = {storage for ... argument}:
./map_basic.go:34:25:     from ... argument (spill) at ./map_basic.go:34:13
./map_basic.go:34:25:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:34:13
./map_basic.go:34:16: ss[""] escapes to heap:
./map_basic.go:34:16:   flow: {storage for ... argument} = &{storage for ss[""]}:
./map_basic.go:34:16:     from ss[""] (spill) at ./map_basic.go:34:16
./map_basic.go:34:16:     from ... argument (slice-literal-element) at ./map_basic.go:34:13
./map_basic.go:34:16:   flow: {heap} = {storage for ... argument}:
./map_basic.go:34:16:     from ... argument (spill) at ./map_basic.go:34:13
./map_basic.go:34:16:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:34:13
./map_basic.go:32:23: ss["nothing"] escapes to heap:
./map_basic.go:32:23:   flow: {storage for ... argument} = &{storage for ss["nothing"]}:
./map_basic.go:32:23:     from ss["nothing"] (spill) at ./map_basic.go:32:23
./map_basic.go:32:23:     from ... argument (slice-literal-element) at ./map_basic.go:32:12
./map_basic.go:32:23:   flow: {heap} = {storage for ... argument}:
./map_basic.go:32:23:     from ... argument (spill) at ./map_basic.go:32:12
./map_basic.go:32:23:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./map_basic.go:32:12
./map_basic.go:29:26: fl["e"] escapes to heap:
./map_basic.go:29:26:   flow: {storage for ... argument} = &{storage for fl["e"]}:
./map_basic.go:29:26:     from fl["e"] (spill) at ./map_basic.go:29:26
./map_basic.go:29:26:     from ... argument (slice-literal-element) at ./map_basic.go:29:13
./map_basic.go:29:26:   flow: {heap} = {storage for ... argument}:
./map_basic.go:29:26:     from ... argument (spill) at ./map_basic.go:29:13
./map_basic.go:29:26:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:29:13
./map_basic.go:29:16: fl["pi"] escapes to heap:
./map_basic.go:29:16:   flow: {storage for ... argument} = &{storage for fl["pi"]}:
./map_basic.go:29:16:     from fl["pi"] (spill) at ./map_basic.go:29:16
./map_basic.go:29:16:     from ... argument (slice-literal-element) at ./map_basic.go:29:13
./map_basic.go:29:16:   flow: {heap} = {storage for ... argument}:
./map_basic.go:29:16:     from ... argument (spill) at ./map_basic.go:29:13
./map_basic.go:29:16:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:29:13
./map_basic.go:25:53: sized[2] escapes to heap:
./map_basic.go:25:53:   flow: {storage for ... argument} = &{storage for sized[2]}:
./map_basic.go:25:53:     from sized[2] (spill) at ./map_basic.go:25:53
./map_basic.go:25:53:     from ... argument (slice-literal-element) at ./map_basic.go:25:13
./map_basic.go:25:53:   flow: {heap} = {storage for ... argument}:
./map_basic.go:25:53:     from ... argument (spill) at ./map_basic.go:25:13
./map_basic.go:25:53:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:25:13
./map_basic.go:25:42: sized[25] escapes to heap:
./map_basic.go:25:42:   flow: {storage for ... argument} = &{storage for sized[25]}:
./map_basic.go:25:42:     from sized[25] (spill) at ./map_basic.go:25:42
./map_basic.go:25:42:     from ... argument (slice-literal-element) at ./map_basic.go:25:13
./map_basic.go:25:42:   flow: {heap} = {storage for ... argument}:
./map_basic.go:25:42:     from ... argument (spill) at ./map_basic.go:25:13
./map_basic.go:25:42:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:25:13
./map_basic.go:25:31: sized[16] escapes to heap:
./map_basic.go:25:31:   flow: {storage for ... argument} = &{storage for sized[16]}:
./map_basic.go:25:31:     from sized[16] (spill) at ./map_basic.go:25:31
./map_basic.go:25:31:     from ... argument (slice-literal-element) at ./map_basic.go:25:13
./map_basic.go:25:31:   flow: {heap} = {storage for ... argument}:
./map_basic.go:25:31:     from ... argument (spill) at ./map_basic.go:25:13
./map_basic.go:25:31:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:25:13
./map_basic.go:25:17: len(sized) escapes to heap:
./map_basic.go:25:17:   flow: {storage for ... argument} = &{storage for len(sized)}:
./map_basic.go:25:17:     from len(sized) (spill) at ./map_basic.go:25:17
./map_basic.go:25:17:     from ... argument (slice-literal-element) at ./map_basic.go:25:13
./map_basic.go:25:17:   flow: {heap} = {storage for ... argument}:
./map_basic.go:25:17:     from ... argument (spill) at ./map_basic.go:25:13
./map_basic.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:25:13
./map_basic.go:21:17: len(sized) escapes to heap:
./map_basic.go:21:17:   flow: {storage for ... argument} = &{storage for len(sized)}:
./map_basic.go:21:17:     from len(sized) (spill) at ./map_basic.go:21:17
./map_basic.go:21:17:     from ... argument (slice-literal-element) at ./map_basic.go:21:13
./map_basic.go:21:17:   flow: {heap} = {storage for ... argument}:
./map_basic.go:21:17:     from ... argument (spill) at ./map_basic.go:21:13
./map_basic.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:21:13
./map_basic.go:18:33: len(m) escapes to heap:
./map_basic.go:18:33:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_basic.go:18:33:     from len(m) (spill) at ./map_basic.go:18:33
./map_basic.go:18:33:     from ... argument (slice-literal-element) at ./map_basic.go:18:13
./map_basic.go:18:33:   flow: {heap} = {storage for ... argument}:
./map_basic.go:18:33:     from ... argument (spill) at ./map_basic.go:18:13
./map_basic.go:18:33:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:18:13
./map_basic.go:18:23: m["b"] escapes to heap:
./map_basic.go:18:23:   flow: {storage for ... argument} = &{storage for m["b"]}:
./map_basic.go:18:23:     from m["b"] (spill) at ./map_basic.go:18:23
./map_basic.go:18:23:     from ... argument (slice-literal-element) at ./map_basic.go:18:13
./map_basic.go:18:23:   flow: {heap} = {storage for ... argument}:
./map_basic.go:18:23:     from ... argument (spill) at ./map_basic.go:18:13
./map_basic.go:18:23:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:18:13
./map_basic.go:18:15: m["c"] escapes to heap:
./map_basic.go:18:15:   flow: {storage for ... argument} = &{storage for m["c"]}:
./map_basic.go:18:15:     from m["c"] (spill) at ./map_basic.go:18:15
./map_basic.go:18:15:     from ... argument (slice-literal-element) at ./map_basic.go:18:13
./map_basic.go:18:15:   flow: {heap} = {storage for ... argument}:
./map_basic.go:18:15:     from ... argument (spill) at ./map_basic.go:18:13
./map_basic.go:18:15:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:18:13
./map_basic.go:13:31: m["b"] escapes to heap:
./map_basic.go:13:31:   flow: {storage for ... argument} = &{storage for m["b"]}:
./map_basic.go:13:31:     from m["b"] (spill) at ./map_basic.go:13:31
./map_basic.go:13:31:     from ... argument (slice-literal-element) at ./map_basic.go:13:13
./map_basic.go:13:31:   flow: {heap} = {storage for ... argument}:
./map_basic.go:13:31:     from ... argument (spill) at ./map_basic.go:13:13
./map_basic.go:13:31:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:13:13
./map_basic.go:13:23: m["a"] escapes to heap:
./map_basic.go:13:23:   flow: {storage for ... argument} = &{storage for m["a"]}:
./map_basic.go:13:23:     from m["a"] (spill) at ./map_basic.go:13:23
./map_basic.go:13:23:     from ... argument (slice-literal-element) at ./map_basic.go:13:13
./map_basic.go:13:23:   flow: {heap} = {storage for ... argument}:
./map_basic.go:13:23:     from ... argument (spill) at ./map_basic.go:13:13
./map_basic.go:13:23:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:13:13
./map_basic.go:13:17: len(m) escapes to heap:
./map_basic.go:13:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_basic.go:13:17:     from len(m) (spill) at ./map_basic.go:13:17
./map_basic.go:13:17:     from ... argument (slice-literal-element) at ./map_basic.go:13:13
./map_basic.go:13:17:   flow: {heap} = {storage for ... argument}:
./map_basic.go:13:17:     from ... argument (spill) at ./map_basic.go:13:13
./map_basic.go:13:17:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:13:13
./map_basic.go:9:23: m["missing"] escapes to heap:
./map_basic.go:9:23:   flow: {storage for ... argument} = &{storage for m["missing"]}:
./map_basic.go:9:23:     from m["missing"] (spill) at ./map_basic.go:9:23
./map_basic.go:9:23:     from ... argument (slice-literal-element) at ./map_basic.go:9:13
./map_basic.go:9:23:   flow: {heap} = {storage for ... argument}:
./map_basic.go:9:23:     from ... argument (spill) at ./map_basic.go:9:13
./map_basic.go:9:23:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:9:13
./map_basic.go:9:17: len(m) escapes to heap:
./map_basic.go:9:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_basic.go:9:17:     from len(m) (spill) at ./map_basic.go:9:17
./map_basic.go:9:17:     from ... argument (slice-literal-element) at ./map_basic.go:9:13
./map_basic.go:9:17:   flow: {heap} = {storage for ... argument}:
./map_basic.go:9:17:     from ... argument (spill) at ./map_basic.go:9:13
./map_basic.go:9:17:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:9:13
./map_basic.go:8:11: make(map[string]int) escapes to heap
./map_basic.go:9:13: ... argument does not escape
./map_basic.go:9:17: len(m) escapes to heap
./map_basic.go:9:23: m["missing"] escapes to heap
./map_basic.go:13:13: ... argument does not escape
./map_basic.go:13:17: len(m) escapes to heap
./map_basic.go:13:23: m["a"] escapes to heap
./map_basic.go:13:31: m["b"] escapes to heap
./map_basic.go:18:13: ... argument does not escape
./map_basic.go:18:15: m["c"] escapes to heap
./map_basic.go:18:23: m["b"] escapes to heap
./map_basic.go:18:33: len(m) escapes to heap
./map_basic.go:20:15: make(map[int]bool, 100) does not escape
./map_basic.go:21:13: ... argument does not escape
./map_basic.go:21:17: len(sized) escapes to heap
./map_basic.go:25:13: ... argument does not escape
./map_basic.go:25:17: len(sized) escapes to heap
./map_basic.go:25:31: sized[16] escapes to heap
./map_basic.go:25:42: sized[25] escapes to heap
./map_basic.go:25:53: sized[2] escapes to heap
./map_basic.go:27:26: map[string]float64{} does not escape
./map_basic.go:29:13: ... argument does not escape
./map_basic.go:29:16: fl["pi"] escapes to heap
./map_basic.go:29:26: fl["e"] escapes to heap
./map_basic.go:31:25: map[string]string{} does not escape
./map_basic.go:32:12: ... argument does not escape
./map_basic.go:32:23: ss["nothing"] escapes to heap
./map_basic.go:34:13: ... argument does not escape
./map_basic.go:34:16: ss[""] escapes to heap
./map_basic.go:34:25: len(ss) escapes to heap
./map_basic.go:38:11: k1 + "y" escapes to heap
./map_basic.go:40:13: ... argument does not escape
./map_basic.go:40:15: m["key"] escapes to heap
./map_basic.go:41:13: ... argument does not escape

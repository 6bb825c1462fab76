./closure_immediate.go:27:2: main capturing by ref: n (addr=false assign=true width=8)
./closure_immediate.go:42:6: main capturing by ref: i (addr=false assign=true width=8)
./closure_immediate.go:45:13: total escapes to heap:
./closure_immediate.go:45:13:   flow: {storage for ... argument} = &{storage for total}:
./closure_immediate.go:45:13:     from total (spill) at ./closure_immediate.go:45:13
./closure_immediate.go:45:13:     from ... argument (slice-literal-element) at ./closure_immediate.go:45:13
./closure_immediate.go:45:13:   flow: {heap} = {storage for ... argument}:
./closure_immediate.go:45:13:     from ... argument (spill) at ./closure_immediate.go:45:13
./closure_immediate.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate.go:45:13
./closure_immediate.go:39:3: (func literal)(... argument...) escapes to heap:
./closure_immediate.go:39:3:   flow: {storage for ... argument} = &{storage for (func literal)(... argument...)}:
./closure_immediate.go:39:3:     from (func literal)(... argument...) (spill) at ./closure_immediate.go:39:3
./closure_immediate.go:39:3:     from ... argument (slice-literal-element) at ./closure_immediate.go:33:13
./closure_immediate.go:39:3:   flow: {heap} = {storage for ... argument}:
./closure_immediate.go:39:3:     from ... argument (spill) at ./closure_immediate.go:33:13
./closure_immediate.go:39:3:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate.go:33:13
./closure_immediate.go:31:13: n escapes to heap:
./closure_immediate.go:31:13:   flow: {storage for ... argument} = &{storage for n}:
./closure_immediate.go:31:13:     from n (spill) at ./closure_immediate.go:31:13
./closure_immediate.go:31:13:     from ... argument (slice-literal-element) at ./closure_immediate.go:31:13
./closure_immediate.go:31:13:   flow: {heap} = {storage for ... argument}:
./closure_immediate.go:31:13:     from ... argument (spill) at ./closure_immediate.go:31:13
./closure_immediate.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate.go:31:13
./closure_immediate.go:25:20: len(s) escapes to heap:
./closure_immediate.go:25:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./closure_immediate.go:25:20:     from len(s) (spill) at ./closure_immediate.go:25:20
./closure_immediate.go:25:20:     from ... argument (slice-literal-element) at ./closure_immediate.go:25:13
./closure_immediate.go:25:20:   flow: {heap} = {storage for ... argument}:
./closure_immediate.go:25:20:     from ... argument (spill) at ./closure_immediate.go:25:13
./closure_immediate.go:25:20:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate.go:25:13
./closure_immediate.go:25:13: s escapes to heap:
./closure_immediate.go:25:13:   flow: {storage for ... argument} = &{storage for s}:
./closure_immediate.go:25:13:     from s (spill) at ./closure_immediate.go:25:13
./closure_immediate.go:25:13:     from ... argument (slice-literal-element) at ./closure_immediate.go:25:13
./closure_immediate.go:25:13:   flow: {heap} = {storage for ... argument}:
./closure_immediate.go:25:13:     from ... argument (spill) at ./closure_immediate.go:25:13
./closure_immediate.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate.go:25:13
./closure_immediate.go:22:13: r escapes to heap:
./closure_immediate.go:22:13:   flow: {storage for ... argument} = &{storage for r}:
./closure_immediate.go:22:13:     from r (spill) at ./closure_immediate.go:22:13
./closure_immediate.go:22:13:     from ... argument (slice-literal-element) at ./closure_immediate.go:22:13
./closure_immediate.go:22:13:   flow: {heap} = {storage for ... argument}:
./closure_immediate.go:22:13:     from ... argument (spill) at ./closure_immediate.go:22:13
./closure_immediate.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate.go:22:13
./closure_immediate.go:22:13: q escapes to heap:
./closure_immediate.go:22:13:   flow: {storage for ... argument} = &{storage for q}:
./closure_immediate.go:22:13:     from q (spill) at ./closure_immediate.go:22:13
./closure_immediate.go:22:13:     from ... argument (slice-literal-element) at ./closure_immediate.go:22:13
./closure_immediate.go:22:13:   flow: {heap} = {storage for ... argument}:
./closure_immediate.go:22:13:     from ... argument (spill) at ./closure_immediate.go:22:13
./closure_immediate.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate.go:22:13
./closure_immediate.go:19:13: v escapes to heap:
./closure_immediate.go:19:13:   flow: {storage for ... argument} = &{storage for v}:
./closure_immediate.go:19:13:     from v (spill) at ./closure_immediate.go:19:13
./closure_immediate.go:19:13:     from ... argument (slice-literal-element) at ./closure_immediate.go:19:13
./closure_immediate.go:19:13:   flow: {heap} = {storage for ... argument}:
./closure_immediate.go:19:13:     from ... argument (spill) at ./closure_immediate.go:19:13
./closure_immediate.go:19:13:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate.go:19:13
./closure_immediate.go:16:13: table escapes to heap:
./closure_immediate.go:16:13:   flow: {storage for ... argument} = &{storage for table}:
./closure_immediate.go:16:13:     from table (spill) at ./closure_immediate.go:16:13
./closure_immediate.go:16:13:     from ... argument (slice-literal-element) at ./closure_immediate.go:16:13
./closure_immediate.go:16:13:   flow: {heap} = {storage for ... argument}:
./closure_immediate.go:16:13:     from ... argument (spill) at ./closure_immediate.go:16:13
./closure_immediate.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./closure_immediate.go:16:13
./closure_immediate.go:24:40: []string{...} escapes to heap:
./closure_immediate.go:24:40:   flow: ~r0 = &{storage for []string{...}}:
./closure_immediate.go:24:40:     from []string{...} (spill) at ./closure_immediate.go:24:40
./closure_immediate.go:24:40:     from return []string{...} (return) at ./closure_immediate.go:24:25
./closure_immediate.go:24:40:   flow: s = ~r0:
./closure_immediate.go:24:40:     from s := (func literal)() (assign) at ./closure_immediate.go:24:4
./closure_immediate.go:24:40:   flow: {storage for s} = s:
./closure_immediate.go:24:40:     from s (interface-converted) at ./closure_immediate.go:25:13
./closure_immediate.go:33:19: xs does not escape
./closure_immediate.go:16:13: ... argument does not escape
./closure_immediate.go:16:13: table escapes to heap
./closure_immediate.go:18:7: func literal does not escape
./closure_immediate.go:19:13: ... argument does not escape
./closure_immediate.go:19:13: v escapes to heap
./closure_immediate.go:21:10: func literal does not escape
./closure_immediate.go:22:13: ... argument does not escape
./closure_immediate.go:22:13: q escapes to heap
./closure_immediate.go:22:13: r escapes to heap
./closure_immediate.go:24:7: func literal does not escape
./closure_immediate.go:24:40: []string{...} escapes to heap
./closure_immediate.go:25:13: ... argument does not escape
./closure_immediate.go:25:13: s escapes to heap
./closure_immediate.go:25:20: len(s) escapes to heap
./closure_immediate.go:28:2: func literal does not escape
./closure_immediate.go:31:13: ... argument does not escape
./closure_immediate.go:31:13: n escapes to heap
./closure_immediate.go:33:13: ... argument does not escape
./closure_immediate.go:39:3: (func literal)(... argument...) escapes to heap
./closure_immediate.go:33:14: func literal does not escape
./closure_immediate.go:39:3: ... argument does not escape
./closure_immediate.go:43:12: func literal does not escape
./closure_immediate.go:45:13: ... argument does not escape
./closure_immediate.go:45:13: total escapes to heap
./closure_immediate.go:7:13: func literal does not escape

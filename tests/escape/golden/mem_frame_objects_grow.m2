./mem_frame_objects_grow.go:10:11: p does not escape
./mem_frame_objects_grow.go:20:10: xs does not escape
./mem_frame_objects_grow.go:28:11: q does not escape
./mem_frame_objects_grow.go:50:23: walk(p, 50) escapes to heap:
./mem_frame_objects_grow.go:50:23:   flow: {storage for ... argument} = &{storage for walk(p, 50)}:
./mem_frame_objects_grow.go:50:23:     from walk(p, 50) (spill) at ./mem_frame_objects_grow.go:50:23
./mem_frame_objects_grow.go:50:23:     from ... argument (slice-literal-element) at ./mem_frame_objects_grow.go:50:14
./mem_frame_objects_grow.go:50:23:   flow: {heap} = {storage for ... argument}:
./mem_frame_objects_grow.go:50:23:     from ... argument (spill) at ./mem_frame_objects_grow.go:50:14
./mem_frame_objects_grow.go:50:23:     from fmt.Println(... argument...) (call parameter) at ./mem_frame_objects_grow.go:50:14
./mem_frame_objects_grow.go:50:15: *p escapes to heap:
./mem_frame_objects_grow.go:50:15:   flow: {storage for ... argument} = &{storage for *p}:
./mem_frame_objects_grow.go:50:15:     from *p (spill) at ./mem_frame_objects_grow.go:50:15
./mem_frame_objects_grow.go:50:15:     from ... argument (slice-literal-element) at ./mem_frame_objects_grow.go:50:14
./mem_frame_objects_grow.go:50:15:   flow: {heap} = {storage for ... argument}:
./mem_frame_objects_grow.go:50:15:     from ... argument (spill) at ./mem_frame_objects_grow.go:50:14
./mem_frame_objects_grow.go:50:15:     from fmt.Println(... argument...) (call parameter) at ./mem_frame_objects_grow.go:50:14
./mem_frame_objects_grow.go:46:40: sum(... argument...) escapes to heap:
./mem_frame_objects_grow.go:46:40:   flow: {storage for ... argument} = &{storage for sum(... argument...)}:
./mem_frame_objects_grow.go:46:40:     from sum(... argument...) (spill) at ./mem_frame_objects_grow.go:46:40
./mem_frame_objects_grow.go:46:40:     from ... argument (slice-literal-element) at ./mem_frame_objects_grow.go:46:13
./mem_frame_objects_grow.go:46:40:   flow: {heap} = {storage for ... argument}:
./mem_frame_objects_grow.go:46:40:     from ... argument (spill) at ./mem_frame_objects_grow.go:46:13
./mem_frame_objects_grow.go:46:40:     from fmt.Println(... argument...) (call parameter) at ./mem_frame_objects_grow.go:46:13
./mem_frame_objects_grow.go:46:31: s[19] escapes to heap:
./mem_frame_objects_grow.go:46:31:   flow: {storage for ... argument} = &{storage for s[19]}:
./mem_frame_objects_grow.go:46:31:     from s[19] (spill) at ./mem_frame_objects_grow.go:46:31
./mem_frame_objects_grow.go:46:31:     from ... argument (slice-literal-element) at ./mem_frame_objects_grow.go:46:13
./mem_frame_objects_grow.go:46:31:   flow: {heap} = {storage for ... argument}:
./mem_frame_objects_grow.go:46:31:     from ... argument (spill) at ./mem_frame_objects_grow.go:46:13
./mem_frame_objects_grow.go:46:31:     from fmt.Println(... argument...) (call parameter) at ./mem_frame_objects_grow.go:46:13
./mem_frame_objects_grow.go:46:25: cap(s) escapes to heap:
./mem_frame_objects_grow.go:46:25:   flow: {storage for ... argument} = &{storage for cap(s)}:
./mem_frame_objects_grow.go:46:25:     from cap(s) (spill) at ./mem_frame_objects_grow.go:46:25
./mem_frame_objects_grow.go:46:25:     from ... argument (slice-literal-element) at ./mem_frame_objects_grow.go:46:13
./mem_frame_objects_grow.go:46:25:   flow: {heap} = {storage for ... argument}:
./mem_frame_objects_grow.go:46:25:     from ... argument (spill) at ./mem_frame_objects_grow.go:46:13
./mem_frame_objects_grow.go:46:25:     from fmt.Println(... argument...) (call parameter) at ./mem_frame_objects_grow.go:46:13
./mem_frame_objects_grow.go:46:17: len(s) escapes to heap:
./mem_frame_objects_grow.go:46:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./mem_frame_objects_grow.go:46:17:     from len(s) (spill) at ./mem_frame_objects_grow.go:46:17
./mem_frame_objects_grow.go:46:17:     from ... argument (slice-literal-element) at ./mem_frame_objects_grow.go:46:13
./mem_frame_objects_grow.go:46:17:   flow: {heap} = {storage for ... argument}:
./mem_frame_objects_grow.go:46:17:     from ... argument (spill) at ./mem_frame_objects_grow.go:46:13
./mem_frame_objects_grow.go:46:17:     from fmt.Println(... argument...) (call parameter) at ./mem_frame_objects_grow.go:46:13
./mem_frame_objects_grow.go:41:34: r.Y escapes to heap:
./mem_frame_objects_grow.go:41:34:   flow: {storage for ... argument} = &{storage for r.Y}:
./mem_frame_objects_grow.go:41:34:     from r.Y (spill) at ./mem_frame_objects_grow.go:41:34
./mem_frame_objects_grow.go:41:34:     from ... argument (slice-literal-element) at ./mem_frame_objects_grow.go:41:13
./mem_frame_objects_grow.go:41:34:   flow: {heap} = {storage for ... argument}:
./mem_frame_objects_grow.go:41:34:     from ... argument (spill) at ./mem_frame_objects_grow.go:41:13
./mem_frame_objects_grow.go:41:34:     from fmt.Println(... argument...) (call parameter) at ./mem_frame_objects_grow.go:41:13
./mem_frame_objects_grow.go:41:29: r.X escapes to heap:
./mem_frame_objects_grow.go:41:29:   flow: {storage for ... argument} = &{storage for r.X}:
./mem_frame_objects_grow.go:41:29:     from r.X (spill) at ./mem_frame_objects_grow.go:41:29
./mem_frame_objects_grow.go:41:29:     from ... argument (slice-literal-element) at ./mem_frame_objects_grow.go:41:13
./mem_frame_objects_grow.go:41:29:   flow: {heap} = {storage for ... argument}:
./mem_frame_objects_grow.go:41:29:     from ... argument (spill) at ./mem_frame_objects_grow.go:41:13
./mem_frame_objects_grow.go:41:29:     from fmt.Println(... argument...) (call parameter) at ./mem_frame_objects_grow.go:41:13
./mem_frame_objects_grow.go:41:18: walk(q, 300) escapes to heap:
./mem_frame_objects_grow.go:41:18:   flow: {storage for ... argument} = &{storage for walk(q, 300)}:
./mem_frame_objects_grow.go:41:18:     from walk(q, 300) (spill) at ./mem_frame_objects_grow.go:41:18
./mem_frame_objects_grow.go:41:18:     from ... argument (slice-literal-element) at ./mem_frame_objects_grow.go:41:13
./mem_frame_objects_grow.go:41:18:   flow: {heap} = {storage for ... argument}:
./mem_frame_objects_grow.go:41:18:     from ... argument (spill) at ./mem_frame_objects_grow.go:41:13
./mem_frame_objects_grow.go:41:18:     from fmt.Println(... argument...) (call parameter) at ./mem_frame_objects_grow.go:41:13
./mem_frame_objects_grow.go:38:24: a[15] escapes to heap:
./mem_frame_objects_grow.go:38:24:   flow: {storage for ... argument} = &{storage for a[15]}:
./mem_frame_objects_grow.go:38:24:     from a[15] (spill) at ./mem_frame_objects_grow.go:38:24
./mem_frame_objects_grow.go:38:24:     from ... argument (slice-literal-element) at ./mem_frame_objects_grow.go:38:13
./mem_frame_objects_grow.go:38:24:   flow: {heap} = {storage for ... argument}:
./mem_frame_objects_grow.go:38:24:     from ... argument (spill) at ./mem_frame_objects_grow.go:38:13
./mem_frame_objects_grow.go:38:24:     from fmt.Println(... argument...) (call parameter) at ./mem_frame_objects_grow.go:38:13
./mem_frame_objects_grow.go:38:18: a[3] escapes to heap:
./mem_frame_objects_grow.go:38:18:   flow: {storage for ... argument} = &{storage for a[3]}:
./mem_frame_objects_grow.go:38:18:     from a[3] (spill) at ./mem_frame_objects_grow.go:38:18
./mem_frame_objects_grow.go:38:18:     from ... argument (slice-literal-element) at ./mem_frame_objects_grow.go:38:13
./mem_frame_objects_grow.go:38:18:   flow: {heap} = {storage for ... argument}:
./mem_frame_objects_grow.go:38:18:     from ... argument (spill) at ./mem_frame_objects_grow.go:38:13
./mem_frame_objects_grow.go:38:18:     from fmt.Println(... argument...) (call parameter) at ./mem_frame_objects_grow.go:38:13
./mem_frame_objects_grow.go:38:13: n escapes to heap:
./mem_frame_objects_grow.go:38:13:   flow: {storage for ... argument} = &{storage for n}:
./mem_frame_objects_grow.go:38:13:     from n (spill) at ./mem_frame_objects_grow.go:38:13
./mem_frame_objects_grow.go:38:13:     from ... argument (slice-literal-element) at ./mem_frame_objects_grow.go:38:13
./mem_frame_objects_grow.go:38:13:   flow: {heap} = {storage for ... argument}:
./mem_frame_objects_grow.go:38:13:     from ... argument (spill) at ./mem_frame_objects_grow.go:38:13
./mem_frame_objects_grow.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./mem_frame_objects_grow.go:38:13
./mem_frame_objects_grow.go:38:13: ... argument does not escape
./mem_frame_objects_grow.go:38:13: n escapes to heap
./mem_frame_objects_grow.go:38:18: a[3] escapes to heap
./mem_frame_objects_grow.go:38:24: a[15] escapes to heap
./mem_frame_objects_grow.go:39:7: &Point{...} does not escape
./mem_frame_objects_grow.go:41:13: ... argument does not escape
./mem_frame_objects_grow.go:41:18: walk(q, 300) escapes to heap
./mem_frame_objects_grow.go:41:29: r.X escapes to heap
./mem_frame_objects_grow.go:41:34: r.Y escapes to heap
./mem_frame_objects_grow.go:42:11: make([]int, 0, 8) does not escape
./mem_frame_objects_grow.go:46:13: ... argument does not escape
./mem_frame_objects_grow.go:46:17: len(s) escapes to heap
./mem_frame_objects_grow.go:46:25: cap(s) escapes to heap
./mem_frame_objects_grow.go:46:31: s[19] escapes to heap
./mem_frame_objects_grow.go:46:40: sum(... argument...) escapes to heap
./mem_frame_objects_grow.go:46:40: ... argument does not escape
./mem_frame_objects_grow.go:48:11: new(Point) does not escape
./mem_frame_objects_grow.go:50:14: ... argument does not escape
./mem_frame_objects_grow.go:50:15: *p escapes to heap
./mem_frame_objects_grow.go:50:23: walk(p, 50) escapes to heap

./const_iota.go:74:21: maxU % 1000 escapes to heap:
./const_iota.go:74:21:   flow: {storage for ... argument} = &{storage for maxU % 1000}:
./const_iota.go:74:21:     from maxU % 1000 (spill) at ./const_iota.go:74:21
./const_iota.go:74:21:     from ... argument (slice-literal-element) at ./const_iota.go:74:13
./const_iota.go:74:21:   flow: {heap} = {storage for ... argument}:
./const_iota.go:74:21:     from ... argument (spill) at ./const_iota.go:74:13
./const_iota.go:74:21:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:74:13
./const_iota.go:74:13: u escapes to heap:
./const_iota.go:74:13:   flow: {storage for ... argument} = &{storage for u}:
./const_iota.go:74:13:     from u (spill) at ./const_iota.go:74:13
./const_iota.go:74:13:     from ... argument (slice-literal-element) at ./const_iota.go:74:13
./const_iota.go:74:13:   flow: {heap} = {storage for ... argument}:
./const_iota.go:74:13:     from ... argument (spill) at ./const_iota.go:74:13
./const_iota.go:74:13:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:74:13
./const_iota.go:71:18: f32 == 0.1 escapes to heap:
./const_iota.go:71:18:   flow: {storage for ... argument} = &{storage for f32 == 0.1}:
./const_iota.go:71:18:     from f32 == 0.1 (spill) at ./const_iota.go:71:18
./const_iota.go:71:18:     from ... argument (slice-literal-element) at ./const_iota.go:71:13
./const_iota.go:71:18:   flow: {heap} = {storage for ... argument}:
./const_iota.go:71:18:     from ... argument (spill) at ./const_iota.go:71:13
./const_iota.go:71:18:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:71:13
./const_iota.go:69:28: exact escapes to heap:
./const_iota.go:69:28:   flow: {storage for ... argument} = &{storage for exact}:
./const_iota.go:69:28:     from exact (spill) at ./const_iota.go:69:28
./const_iota.go:69:28:     from ... argument (slice-literal-element) at ./const_iota.go:69:13
./const_iota.go:69:28:   flow: {heap} = {storage for ... argument}:
./const_iota.go:69:28:     from ... argument (spill) at ./const_iota.go:69:13
./const_iota.go:69:28:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:69:13
./const_iota.go:69:20: exact == 0.3 escapes to heap:
./const_iota.go:69:20:   flow: {storage for ... argument} = &{storage for exact == 0.3}:
./const_iota.go:69:20:     from exact == 0.3 (spill) at ./const_iota.go:69:20
./const_iota.go:69:20:     from ... argument (slice-literal-element) at ./const_iota.go:69:13
./const_iota.go:69:20:   flow: {heap} = {storage for ... argument}:
./const_iota.go:69:20:     from ... argument (spill) at ./const_iota.go:69:13
./const_iota.go:69:20:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:69:13
./const_iota.go:67:38: -big - 1 escapes to heap:
./const_iota.go:67:38:   flow: {storage for ... argument} = &{storage for -big - 1}:
./const_iota.go:67:38:     from -big - 1 (spill) at ./const_iota.go:67:38
./const_iota.go:67:38:     from ... argument (slice-literal-element) at ./const_iota.go:67:13
./const_iota.go:67:38:   flow: {heap} = {storage for ... argument}:
./const_iota.go:67:38:     from ... argument (spill) at ./const_iota.go:67:13
./const_iota.go:67:38:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:67:13
./const_iota.go:67:30: (big + 1) / 2 escapes to heap:
./const_iota.go:67:30:   flow: {storage for ... argument} = &{storage for (big + 1) / 2}:
./const_iota.go:67:30:     from (big + 1) / 2 (spill) at ./const_iota.go:67:30
./const_iota.go:67:30:     from ... argument (slice-literal-element) at ./const_iota.go:67:13
./const_iota.go:67:30:   flow: {heap} = {storage for ... argument}:
./const_iota.go:67:30:     from ... argument (spill) at ./const_iota.go:67:13
./const_iota.go:67:30:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:67:13
./const_iota.go:67:19: big * 2 / 2 escapes to heap:
./const_iota.go:67:19:   flow: {storage for ... argument} = &{storage for big * 2 / 2}:
./const_iota.go:67:19:     from big * 2 / 2 (spill) at ./const_iota.go:67:19
./const_iota.go:67:19:     from ... argument (slice-literal-element) at ./const_iota.go:67:13
./const_iota.go:67:19:   flow: {heap} = {storage for ... argument}:
./const_iota.go:67:19:     from ... argument (spill) at ./const_iota.go:67:13
./const_iota.go:67:19:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:67:13
./const_iota.go:63:27: s escapes to heap:
./const_iota.go:63:27:   flow: {storage for ... argument} = &{storage for s}:
./const_iota.go:63:27:     from s (spill) at ./const_iota.go:63:27
./const_iota.go:63:27:     from ... argument (slice-literal-element) at ./const_iota.go:63:13
./const_iota.go:63:27:   flow: {heap} = {storage for ... argument}:
./const_iota.go:63:27:     from ... argument (spill) at ./const_iota.go:63:13
./const_iota.go:63:27:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:63:13
./const_iota.go:63:24: q escapes to heap:
./const_iota.go:63:24:   flow: {storage for ... argument} = &{storage for q}:
./const_iota.go:63:24:     from q (spill) at ./const_iota.go:63:24
./const_iota.go:63:24:     from ... argument (slice-literal-element) at ./const_iota.go:63:13
./const_iota.go:63:24:   flow: {heap} = {storage for ... argument}:
./const_iota.go:63:24:     from ... argument (spill) at ./const_iota.go:63:13
./const_iota.go:63:24:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:63:13
./const_iota.go:63:21: p escapes to heap:
./const_iota.go:63:21:   flow: {storage for ... argument} = &{storage for p}:
./const_iota.go:63:21:     from p (spill) at ./const_iota.go:63:21
./const_iota.go:63:21:     from ... argument (slice-literal-element) at ./const_iota.go:63:13
./const_iota.go:63:21:   flow: {heap} = {storage for ... argument}:
./const_iota.go:63:21:     from ... argument (spill) at ./const_iota.go:63:13
./const_iota.go:63:21:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:63:13
./const_iota.go:63:14: local escapes to heap:
./const_iota.go:63:14:   flow: {storage for ... argument} = &{storage for local}:
./const_iota.go:63:14:     from local (spill) at ./const_iota.go:63:14
./const_iota.go:63:14:     from ... argument (slice-literal-element) at ./const_iota.go:63:13
./const_iota.go:63:14:   flow: {heap} = {storage for ... argument}:
./const_iota.go:63:14:     from ... argument (spill) at ./const_iota.go:63:13
./const_iota.go:63:14:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:63:13
./const_iota.go:55:58: typed escapes to heap:
./const_iota.go:55:58:   flow: {storage for ... argument} = &{storage for typed}:
./const_iota.go:55:58:     from typed (spill) at ./const_iota.go:55:58
./const_iota.go:55:58:     from ... argument (slice-literal-element) at ./const_iota.go:55:12
./const_iota.go:55:58:   flow: {heap} = {storage for ... argument}:
./const_iota.go:55:58:     from ... argument (spill) at ./const_iota.go:55:12
./const_iota.go:55:58:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./const_iota.go:55:12
./const_iota.go:55:55: r escapes to heap:
./const_iota.go:55:55:   flow: {storage for ... argument} = &{storage for r}:
./const_iota.go:55:55:     from r (spill) at ./const_iota.go:55:55
./const_iota.go:55:55:     from ... argument (slice-literal-element) at ./const_iota.go:55:12
./const_iota.go:55:55:   flow: {heap} = {storage for ... argument}:
./const_iota.go:55:55:     from ... argument (spill) at ./const_iota.go:55:12
./const_iota.go:55:55:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./const_iota.go:55:12
./const_iota.go:55:48: truth escapes to heap:
./const_iota.go:55:48:   flow: {storage for ... argument} = &{storage for truth}:
./const_iota.go:55:48:     from truth (spill) at ./const_iota.go:55:48
./const_iota.go:55:48:     from ... argument (slice-literal-element) at ./const_iota.go:55:12
./const_iota.go:55:48:   flow: {heap} = {storage for ... argument}:
./const_iota.go:55:48:     from ... argument (spill) at ./const_iota.go:55:12
./const_iota.go:55:48:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./const_iota.go:55:12
./const_iota.go:55:43: str escapes to heap:
./const_iota.go:55:43:   flow: {storage for ... argument} = &{storage for str}:
./const_iota.go:55:43:     from str (spill) at ./const_iota.go:55:43
./const_iota.go:55:43:     from ... argument (slice-literal-element) at ./const_iota.go:55:12
./const_iota.go:55:43:   flow: {heap} = {storage for ... argument}:
./const_iota.go:55:43:     from ... argument (spill) at ./const_iota.go:55:12
./const_iota.go:55:43:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./const_iota.go:55:12
./const_iota.go:55:39: fl escapes to heap:
./const_iota.go:55:39:   flow: {storage for ... argument} = &{storage for fl}:
./const_iota.go:55:39:     from fl (spill) at ./const_iota.go:55:39
./const_iota.go:55:39:     from ... argument (slice-literal-element) at ./const_iota.go:55:12
./const_iota.go:55:39:   flow: {heap} = {storage for ... argument}:
./const_iota.go:55:39:     from ... argument (spill) at ./const_iota.go:55:12
./const_iota.go:55:39:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./const_iota.go:55:12
./const_iota.go:55:36: A escapes to heap:
./const_iota.go:55:36:   flow: {storage for ... argument} = &{storage for A}:
./const_iota.go:55:36:     from A (spill) at ./const_iota.go:55:36
./const_iota.go:55:36:     from ... argument (slice-literal-element) at ./const_iota.go:55:12
./const_iota.go:55:36:   flow: {heap} = {storage for ... argument}:
./const_iota.go:55:36:     from ... argument (spill) at ./const_iota.go:55:12
./const_iota.go:55:36:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./const_iota.go:55:12
./const_iota.go:54:34: mixed escapes to heap:
./const_iota.go:54:34:   flow: {storage for ... argument} = &{storage for mixed}:
./const_iota.go:54:34:     from mixed (spill) at ./const_iota.go:54:34
./const_iota.go:54:34:     from ... argument (slice-literal-element) at ./const_iota.go:54:13
./const_iota.go:54:34:   flow: {heap} = {storage for ... argument}:
./const_iota.go:54:34:     from ... argument (spill) at ./const_iota.go:54:13
./const_iota.go:54:34:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:54:13
./const_iota.go:54:23: string(rune(r)) escapes to heap:
./const_iota.go:54:23:   flow: {storage for ... argument} = &{storage for string(rune(r))}:
./const_iota.go:54:23:     from string(rune(r)) (spill) at ./const_iota.go:54:23
./const_iota.go:54:23:     from ... argument (slice-literal-element) at ./const_iota.go:54:13
./const_iota.go:54:23:   flow: {heap} = {storage for ... argument}:
./const_iota.go:54:23:     from ... argument (spill) at ./const_iota.go:54:13
./const_iota.go:54:23:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:54:13
./const_iota.go:54:14: r escapes to heap:
./const_iota.go:54:14:   flow: {storage for ... argument} = &{storage for r}:
./const_iota.go:54:14:     from r (spill) at ./const_iota.go:54:14
./const_iota.go:54:14:     from ... argument (slice-literal-element) at ./const_iota.go:54:13
./const_iota.go:54:14:   flow: {heap} = {storage for ... argument}:
./const_iota.go:54:14:     from ... argument (spill) at ./const_iota.go:54:13
./const_iota.go:54:14:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:54:13
./const_iota.go:53:29: truth escapes to heap:
./const_iota.go:53:29:   flow: {storage for ... argument} = &{storage for truth}:
./const_iota.go:53:29:     from truth (spill) at ./const_iota.go:53:29
./const_iota.go:53:29:     from ... argument (slice-literal-element) at ./const_iota.go:53:13
./const_iota.go:53:29:   flow: {heap} = {storage for ... argument}:
./const_iota.go:53:29:     from ... argument (spill) at ./const_iota.go:53:13
./const_iota.go:53:29:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:53:13
./const_iota.go:53:22: len(str) escapes to heap:
./const_iota.go:53:22:   flow: {storage for ... argument} = &{storage for len(str)}:
./const_iota.go:53:22:     from len(str) (spill) at ./const_iota.go:53:22
./const_iota.go:53:22:     from ... argument (slice-literal-element) at ./const_iota.go:53:13
./const_iota.go:53:22:   flow: {heap} = {storage for ... argument}:
./const_iota.go:53:22:     from ... argument (spill) at ./const_iota.go:53:13
./const_iota.go:53:22:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:53:13
./const_iota.go:53:14: str escapes to heap:
./const_iota.go:53:14:   flow: {storage for ... argument} = &{storage for str}:
./const_iota.go:53:14:     from str (spill) at ./const_iota.go:53:14
./const_iota.go:53:14:     from ... argument (slice-literal-element) at ./const_iota.go:53:13
./const_iota.go:53:14:   flow: {heap} = {storage for ... argument}:
./const_iota.go:53:14:     from ... argument (spill) at ./const_iota.go:53:13
./const_iota.go:53:14:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:53:13
./const_iota.go:52:36: fl * 3 == 1 escapes to heap:
./const_iota.go:52:36:   flow: {storage for ... argument} = &{storage for fl * 3 == 1}:
./const_iota.go:52:36:     from fl * 3 == 1 (spill) at ./const_iota.go:52:36
./const_iota.go:52:36:     from ... argument (slice-literal-element) at ./const_iota.go:52:13
./const_iota.go:52:36:   flow: {heap} = {storage for ... argument}:
./const_iota.go:52:36:     from ... argument (spill) at ./const_iota.go:52:13
./const_iota.go:52:36:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:52:13
./const_iota.go:52:25: float32(fl) escapes to heap:
./const_iota.go:52:25:   flow: {storage for ... argument} = &{storage for float32(fl)}:
./const_iota.go:52:25:     from float32(fl) (spill) at ./const_iota.go:52:25
./const_iota.go:52:25:     from ... argument (slice-literal-element) at ./const_iota.go:52:13
./const_iota.go:52:25:   flow: {heap} = {storage for ... argument}:
./const_iota.go:52:25:     from ... argument (spill) at ./const_iota.go:52:13
./const_iota.go:52:25:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:52:13
./const_iota.go:52:14: fl escapes to heap:
./const_iota.go:52:14:   flow: {storage for ... argument} = &{storage for fl}:
./const_iota.go:52:14:     from fl (spill) at ./const_iota.go:52:14
./const_iota.go:52:14:     from ... argument (slice-literal-element) at ./const_iota.go:52:13
./const_iota.go:52:14:   flow: {heap} = {storage for ... argument}:
./const_iota.go:52:14:     from ... argument (spill) at ./const_iota.go:52:13
./const_iota.go:52:14:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:52:13
./const_iota.go:51:41: huge / (huge >> 2) escapes to heap:
./const_iota.go:51:41:   flow: {storage for ... argument} = &{storage for huge / (huge >> 2)}:
./const_iota.go:51:41:     from huge / (huge >> 2) (spill) at ./const_iota.go:51:41
./const_iota.go:51:41:     from ... argument (slice-literal-element) at ./const_iota.go:51:13
./const_iota.go:51:41:   flow: {heap} = {storage for ... argument}:
./const_iota.go:51:41:     from ... argument (spill) at ./const_iota.go:51:13
./const_iota.go:51:41:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:51:13
./const_iota.go:51:30: ratio escapes to heap:
./const_iota.go:51:30:   flow: {storage for ... argument} = &{storage for ratio}:
./const_iota.go:51:30:     from ratio (spill) at ./const_iota.go:51:30
./const_iota.go:51:30:     from ... argument (slice-literal-element) at ./const_iota.go:51:13
./const_iota.go:51:30:   flow: {heap} = {storage for ... argument}:
./const_iota.go:51:30:     from ... argument (spill) at ./const_iota.go:51:13
./const_iota.go:51:30:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:51:13
./const_iota.go:51:26: typed / 3 escapes to heap:
./const_iota.go:51:26:   flow: {storage for ... argument} = &{storage for typed / 3}:
./const_iota.go:51:26:     from typed / 3 (spill) at ./const_iota.go:51:26
./const_iota.go:51:26:     from ... argument (slice-literal-element) at ./const_iota.go:51:13
./const_iota.go:51:26:   flow: {heap} = {storage for ... argument}:
./const_iota.go:51:26:     from ... argument (spill) at ./const_iota.go:51:13
./const_iota.go:51:26:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:51:13
./const_iota.go:51:14: typed escapes to heap:
./const_iota.go:51:14:   flow: {storage for ... argument} = &{storage for typed}:
./const_iota.go:51:14:     from typed (spill) at ./const_iota.go:51:14
./const_iota.go:51:14:     from ... argument (slice-literal-element) at ./const_iota.go:51:13
./const_iota.go:51:14:   flow: {heap} = {storage for ... argument}:
./const_iota.go:51:14:     from ... argument (spill) at ./const_iota.go:51:13
./const_iota.go:51:14:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:51:13
./const_iota.go:50:50: Thursday escapes to heap:
./const_iota.go:50:50:   flow: {storage for ... argument} = &{storage for Thursday}:
./const_iota.go:50:50:     from Thursday (spill) at ./const_iota.go:50:50
./const_iota.go:50:50:     from ... argument (slice-literal-element) at ./const_iota.go:50:13
./const_iota.go:50:50:   flow: {heap} = {storage for ... argument}:
./const_iota.go:50:50:     from ... argument (spill) at ./const_iota.go:50:13
./const_iota.go:50:50:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:50:13
./const_iota.go:50:39: Wednesday escapes to heap:
./const_iota.go:50:39:   flow: {storage for ... argument} = &{storage for Wednesday}:
./const_iota.go:50:39:     from Wednesday (spill) at ./const_iota.go:50:39
./const_iota.go:50:39:     from ... argument (slice-literal-element) at ./const_iota.go:50:13
./const_iota.go:50:39:   flow: {heap} = {storage for ... argument}:
./const_iota.go:50:39:     from ... argument (spill) at ./const_iota.go:50:13
./const_iota.go:50:39:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:50:13
./const_iota.go:50:30: Tuesday escapes to heap:
./const_iota.go:50:30:   flow: {storage for ... argument} = &{storage for Tuesday}:
./const_iota.go:50:30:     from Tuesday (spill) at ./const_iota.go:50:30
./const_iota.go:50:30:     from ... argument (slice-literal-element) at ./const_iota.go:50:13
./const_iota.go:50:30:   flow: {heap} = {storage for ... argument}:
./const_iota.go:50:30:     from ... argument (spill) at ./const_iota.go:50:13
./const_iota.go:50:30:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:50:13
./const_iota.go:50:22: Monday escapes to heap:
./const_iota.go:50:22:   flow: {storage for ... argument} = &{storage for Monday}:
./const_iota.go:50:22:     from Monday (spill) at ./const_iota.go:50:22
./const_iota.go:50:22:     from ... argument (slice-literal-element) at ./const_iota.go:50:13
./const_iota.go:50:22:   flow: {heap} = {storage for ... argument}:
./const_iota.go:50:22:     from ... argument (spill) at ./const_iota.go:50:13
./const_iota.go:50:22:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:50:13
./const_iota.go:50:14: Sunday escapes to heap:
./const_iota.go:50:14:   flow: {storage for ... argument} = &{storage for Sunday}:
./const_iota.go:50:14:     from Sunday (spill) at ./const_iota.go:50:14
./const_iota.go:50:14:     from ... argument (slice-literal-element) at ./const_iota.go:50:13
./const_iota.go:50:14:   flow: {heap} = {storage for ... argument}:
./const_iota.go:50:14:     from ... argument (spill) at ./const_iota.go:50:13
./const_iota.go:50:14:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:50:13
./const_iota.go:49:34: y2 escapes to heap:
./const_iota.go:49:34:   flow: {storage for ... argument} = &{storage for y2}:
./const_iota.go:49:34:     from y2 (spill) at ./const_iota.go:49:34
./const_iota.go:49:34:     from ... argument (slice-literal-element) at ./const_iota.go:49:13
./const_iota.go:49:34:   flow: {heap} = {storage for ... argument}:
./const_iota.go:49:34:     from ... argument (spill) at ./const_iota.go:49:13
./const_iota.go:49:34:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:49:13
./const_iota.go:49:30: x2 escapes to heap:
./const_iota.go:49:30:   flow: {storage for ... argument} = &{storage for x2}:
./const_iota.go:49:30:     from x2 (spill) at ./const_iota.go:49:30
./const_iota.go:49:30:     from ... argument (slice-literal-element) at ./const_iota.go:49:13
./const_iota.go:49:30:   flow: {heap} = {storage for ... argument}:
./const_iota.go:49:30:     from ... argument (spill) at ./const_iota.go:49:13
./const_iota.go:49:30:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:49:13
./const_iota.go:49:26: y1 escapes to heap:
./const_iota.go:49:26:   flow: {storage for ... argument} = &{storage for y1}:
./const_iota.go:49:26:     from y1 (spill) at ./const_iota.go:49:26
./const_iota.go:49:26:     from ... argument (slice-literal-element) at ./const_iota.go:49:13
./const_iota.go:49:26:   flow: {heap} = {storage for ... argument}:
./const_iota.go:49:26:     from ... argument (spill) at ./const_iota.go:49:13
./const_iota.go:49:26:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:49:13
./const_iota.go:49:22: x1 escapes to heap:
./const_iota.go:49:22:   flow: {storage for ... argument} = &{storage for x1}:
./const_iota.go:49:22:     from x1 (spill) at ./const_iota.go:49:22
./const_iota.go:49:22:     from ... argument (slice-literal-element) at ./const_iota.go:49:13
./const_iota.go:49:22:   flow: {heap} = {storage for ... argument}:
./const_iota.go:49:22:     from ... argument (spill) at ./const_iota.go:49:13
./const_iota.go:49:22:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:49:13
./const_iota.go:49:18: y0 escapes to heap:
./const_iota.go:49:18:   flow: {storage for ... argument} = &{storage for y0}:
./const_iota.go:49:18:     from y0 (spill) at ./const_iota.go:49:18
./const_iota.go:49:18:     from ... argument (slice-literal-element) at ./const_iota.go:49:13
./const_iota.go:49:18:   flow: {heap} = {storage for ... argument}:
./const_iota.go:49:18:     from ... argument (spill) at ./const_iota.go:49:13
./const_iota.go:49:18:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:49:13
./const_iota.go:49:14: x0 escapes to heap:
./const_iota.go:49:14:   flow: {storage for ... argument} = &{storage for x0}:
./const_iota.go:49:14:     from x0 (spill) at ./const_iota.go:49:14
./const_iota.go:49:14:     from ... argument (slice-literal-element) at ./const_iota.go:49:13
./const_iota.go:49:14:   flow: {heap} = {storage for ... argument}:
./const_iota.go:49:14:     from ... argument (spill) at ./const_iota.go:49:13
./const_iota.go:49:14:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:49:13
./const_iota.go:48:26: TB escapes to heap:
./const_iota.go:48:26:   flow: {storage for ... argument} = &{storage for TB}:
./const_iota.go:48:26:     from TB (spill) at ./const_iota.go:48:26
./const_iota.go:48:26:     from ... argument (slice-literal-element) at ./const_iota.go:48:13
./const_iota.go:48:26:   flow: {heap} = {storage for ... argument}:
./const_iota.go:48:26:     from ... argument (spill) at ./const_iota.go:48:13
./const_iota.go:48:26:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:48:13
./const_iota.go:48:22: GB escapes to heap:
./const_iota.go:48:22:   flow: {storage for ... argument} = &{storage for GB}:
./const_iota.go:48:22:     from GB (spill) at ./const_iota.go:48:22
./const_iota.go:48:22:     from ... argument (slice-literal-element) at ./const_iota.go:48:13
./const_iota.go:48:22:   flow: {heap} = {storage for ... argument}:
./const_iota.go:48:22:     from ... argument (spill) at ./const_iota.go:48:13
./const_iota.go:48:22:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:48:13
./const_iota.go:48:18: MB escapes to heap:
./const_iota.go:48:18:   flow: {storage for ... argument} = &{storage for MB}:
./const_iota.go:48:18:     from MB (spill) at ./const_iota.go:48:18
./const_iota.go:48:18:     from ... argument (slice-literal-element) at ./const_iota.go:48:13
./const_iota.go:48:18:   flow: {heap} = {storage for ... argument}:
./const_iota.go:48:18:     from ... argument (spill) at ./const_iota.go:48:13
./const_iota.go:48:18:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:48:13
./const_iota.go:48:14: KB escapes to heap:
./const_iota.go:48:14:   flow: {storage for ... argument} = &{storage for KB}:
./const_iota.go:48:14:     from KB (spill) at ./const_iota.go:48:14
./const_iota.go:48:14:     from ... argument (slice-literal-element) at ./const_iota.go:48:13
./const_iota.go:48:14:   flow: {heap} = {storage for ... argument}:
./const_iota.go:48:14:     from ... argument (spill) at ./const_iota.go:48:13
./const_iota.go:48:14:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:48:13
./const_iota.go:47:23: E escapes to heap:
./const_iota.go:47:23:   flow: {storage for ... argument} = &{storage for E}:
./const_iota.go:47:23:     from E (spill) at ./const_iota.go:47:23
./const_iota.go:47:23:     from ... argument (slice-literal-element) at ./const_iota.go:47:13
./const_iota.go:47:23:   flow: {heap} = {storage for ... argument}:
./const_iota.go:47:23:     from ... argument (spill) at ./const_iota.go:47:13
./const_iota.go:47:23:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:47:13
./const_iota.go:47:20: C escapes to heap:
./const_iota.go:47:20:   flow: {storage for ... argument} = &{storage for C}:
./const_iota.go:47:20:     from C (spill) at ./const_iota.go:47:20
./const_iota.go:47:20:     from ... argument (slice-literal-element) at ./const_iota.go:47:13
./const_iota.go:47:20:   flow: {heap} = {storage for ... argument}:
./const_iota.go:47:20:     from ... argument (spill) at ./const_iota.go:47:13
./const_iota.go:47:20:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:47:13
./const_iota.go:47:17: B escapes to heap:
./const_iota.go:47:17:   flow: {storage for ... argument} = &{storage for B}:
./const_iota.go:47:17:     from B (spill) at ./const_iota.go:47:17
./const_iota.go:47:17:     from ... argument (slice-literal-element) at ./const_iota.go:47:13
./const_iota.go:47:17:   flow: {heap} = {storage for ... argument}:
./const_iota.go:47:17:     from ... argument (spill) at ./const_iota.go:47:13
./const_iota.go:47:17:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:47:13
./const_iota.go:47:14: A escapes to heap:
./const_iota.go:47:14:   flow: {storage for ... argument} = &{storage for A}:
./const_iota.go:47:14:     from A (spill) at ./const_iota.go:47:14
./const_iota.go:47:14:     from ... argument (slice-literal-element) at ./const_iota.go:47:13
./const_iota.go:47:14:   flow: {heap} = {storage for ... argument}:
./const_iota.go:47:14:     from ... argument (spill) at ./const_iota.go:47:13
./const_iota.go:47:14:     from fmt.Println(... argument...) (call parameter) at ./const_iota.go:47:13
./const_iota.go:47:13: ... argument does not escape
./const_iota.go:47:14: A escapes to heap
./const_iota.go:47:17: B escapes to heap
./const_iota.go:47:20: C escapes to heap
./const_iota.go:47:23: E escapes to heap
./const_iota.go:48:13: ... argument does not escape
./const_iota.go:48:14: KB escapes to heap
./const_iota.go:48:18: MB escapes to heap
./const_iota.go:48:22: GB escapes to heap
./const_iota.go:48:26: TB escapes to heap
./const_iota.go:49:13: ... argument does not escape
./const_iota.go:49:14: x0 escapes to heap
./const_iota.go:49:18: y0 escapes to heap
./const_iota.go:49:22: x1 escapes to heap
./const_iota.go:49:26: y1 escapes to heap
./const_iota.go:49:30: x2 escapes to heap
./const_iota.go:49:34: y2 escapes to heap
./const_iota.go:50:13: ... argument does not escape
./const_iota.go:50:14: Sunday escapes to heap
./const_iota.go:50:22: Monday escapes to heap
./const_iota.go:50:30: Tuesday escapes to heap
./const_iota.go:50:39: Wednesday escapes to heap
./const_iota.go:50:50: Thursday escapes to heap
./const_iota.go:51:13: ... argument does not escape
./const_iota.go:51:14: typed escapes to heap
./const_iota.go:51:26: typed / 3 escapes to heap
./const_iota.go:51:30: ratio escapes to heap
./const_iota.go:51:41: huge / (huge >> 2) escapes to heap
./const_iota.go:52:13: ... argument does not escape
./const_iota.go:52:14: fl escapes to heap
./const_iota.go:52:25: float32(fl) escapes to heap
./const_iota.go:52:36: fl * 3 == 1 escapes to heap
./const_iota.go:53:13: ... argument does not escape
./const_iota.go:53:14: str escapes to heap
./const_iota.go:53:22: len(str) escapes to heap
./const_iota.go:53:29: truth escapes to heap
./const_iota.go:54:13: ... argument does not escape
./const_iota.go:54:14: r escapes to heap
./const_iota.go:54:23: string(rune(r)) escapes to heap
./const_iota.go:54:34: mixed escapes to heap
./const_iota.go:55:12: ... argument does not escape
./const_iota.go:55:36: A escapes to heap
./const_iota.go:55:39: fl escapes to heap
./const_iota.go:55:43: str escapes to heap
./const_iota.go:55:48: truth escapes to heap
./const_iota.go:55:55: r escapes to heap
./const_iota.go:55:58: typed escapes to heap
./const_iota.go:63:13: ... argument does not escape
./const_iota.go:63:14: local escapes to heap
./const_iota.go:63:21: p escapes to heap
./const_iota.go:63:24: q escapes to heap
./const_iota.go:63:27: s escapes to heap
./const_iota.go:67:13: ... argument does not escape
./const_iota.go:67:19: big * 2 / 2 escapes to heap
./const_iota.go:67:30: (big + 1) / 2 escapes to heap
./const_iota.go:67:38: -big - 1 escapes to heap
./const_iota.go:69:13: ... argument does not escape
./const_iota.go:69:20: exact == 0.3 escapes to heap
./const_iota.go:69:28: exact escapes to heap
./const_iota.go:71:13: ... argument does not escape
./const_iota.go:71:18: f32 == 0.1 escapes to heap
./const_iota.go:74:13: ... argument does not escape
./const_iota.go:74:13: u escapes to heap
./const_iota.go:74:21: maxU % 1000 escapes to heap

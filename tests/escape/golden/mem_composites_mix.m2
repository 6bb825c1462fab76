./mem_composites_mix.go:14:41: &Point{...} escapes to heap:
./mem_composites_mix.go:14:41:   flow: ~r0 = &{storage for &Point{...}}:
./mem_composites_mix.go:14:41:     from &Point{...} (spill) at ./mem_composites_mix.go:14:41
./mem_composites_mix.go:14:41:     from return &Point{...} (return) at ./mem_composites_mix.go:14:34
./mem_composites_mix.go:14:41: &Point{...} escapes to heap
./mem_composites_mix.go:16:10: xs does not escape
./mem_composites_mix.go:24:10: p does not escape
./mem_composites_mix.go:76:27: p != nil escapes to heap:
./mem_composites_mix.go:76:27:   flow: {storage for ... argument} = &{storage for p != nil}:
./mem_composites_mix.go:76:27:     from p != nil (spill) at ./mem_composites_mix.go:76:27
./mem_composites_mix.go:76:27:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:76:13
./mem_composites_mix.go:76:27:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:76:27:     from ... argument (spill) at ./mem_composites_mix.go:76:13
./mem_composites_mix.go:76:27:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:76:13
./mem_composites_mix.go:76:17: np == nil escapes to heap:
./mem_composites_mix.go:76:17:   flow: {storage for ... argument} = &{storage for np == nil}:
./mem_composites_mix.go:76:17:     from np == nil (spill) at ./mem_composites_mix.go:76:17
./mem_composites_mix.go:76:17:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:76:13
./mem_composites_mix.go:76:17:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:76:17:     from ... argument (spill) at ./mem_composites_mix.go:76:13
./mem_composites_mix.go:76:17:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:76:13
./mem_composites_mix.go:74:26: len(ps) escapes to heap:
./mem_composites_mix.go:74:26:   flow: {storage for ... argument} = &{storage for len(ps)}:
./mem_composites_mix.go:74:26:     from len(ps) (spill) at ./mem_composites_mix.go:74:26
./mem_composites_mix.go:74:26:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:74:13
./mem_composites_mix.go:74:26:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:74:26:     from ... argument (spill) at ./mem_composites_mix.go:74:13
./mem_composites_mix.go:74:26:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:74:13
./mem_composites_mix.go:74:19: ps[1].X escapes to heap:
./mem_composites_mix.go:74:19:   flow: {storage for ... argument} = &{storage for ps[1].X}:
./mem_composites_mix.go:74:19:     from ps[1].X (spill) at ./mem_composites_mix.go:74:19
./mem_composites_mix.go:74:19:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:74:13
./mem_composites_mix.go:74:19:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:74:19:     from ... argument (spill) at ./mem_composites_mix.go:74:13
./mem_composites_mix.go:74:19:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:74:13
./mem_composites_mix.go:72:32: cap(sl) escapes to heap:
./mem_composites_mix.go:72:32:   flow: {storage for ... argument} = &{storage for cap(sl)}:
./mem_composites_mix.go:72:32:     from cap(sl) (spill) at ./mem_composites_mix.go:72:32
./mem_composites_mix.go:72:32:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:72:13
./mem_composites_mix.go:72:32:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:72:32:     from ... argument (spill) at ./mem_composites_mix.go:72:13
./mem_composites_mix.go:72:32:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:72:13
./mem_composites_mix.go:72:23: len(sl) escapes to heap:
./mem_composites_mix.go:72:23:   flow: {storage for ... argument} = &{storage for len(sl)}:
./mem_composites_mix.go:72:23:     from len(sl) (spill) at ./mem_composites_mix.go:72:23
./mem_composites_mix.go:72:23:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:72:13
./mem_composites_mix.go:72:23:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:72:23:     from ... argument (spill) at ./mem_composites_mix.go:72:13
./mem_composites_mix.go:72:23:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:72:13
./mem_composites_mix.go:72:15: a[1] escapes to heap:
./mem_composites_mix.go:72:15:   flow: {storage for ... argument} = &{storage for a[1]}:
./mem_composites_mix.go:72:15:     from a[1] (spill) at ./mem_composites_mix.go:72:15
./mem_composites_mix.go:72:15:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:72:13
./mem_composites_mix.go:72:15:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:72:15:     from ... argument (spill) at ./mem_composites_mix.go:72:13
./mem_composites_mix.go:72:15:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:72:13
./mem_composites_mix.go:68:24: v.Y escapes to heap:
./mem_composites_mix.go:68:24:   flow: {storage for ... argument} = &{storage for v.Y}:
./mem_composites_mix.go:68:24:     from v.Y (spill) at ./mem_composites_mix.go:68:24
./mem_composites_mix.go:68:24:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:68:14
./mem_composites_mix.go:68:24:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:68:24:     from ... argument (spill) at ./mem_composites_mix.go:68:14
./mem_composites_mix.go:68:24:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:68:14
./mem_composites_mix.go:68:19: v.X escapes to heap:
./mem_composites_mix.go:68:19:   flow: {storage for ... argument} = &{storage for v.X}:
./mem_composites_mix.go:68:19:     from v.X (spill) at ./mem_composites_mix.go:68:19
./mem_composites_mix.go:68:19:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:68:14
./mem_composites_mix.go:68:19:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:68:19:     from ... argument (spill) at ./mem_composites_mix.go:68:14
./mem_composites_mix.go:68:19:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:68:14
./mem_composites_mix.go:68:14: i escapes to heap:
./mem_composites_mix.go:68:14:   flow: {storage for ... argument} = &{storage for i}:
./mem_composites_mix.go:68:14:     from i (spill) at ./mem_composites_mix.go:68:14
./mem_composites_mix.go:68:14:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:68:14
./mem_composites_mix.go:68:14:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:68:14:     from ... argument (spill) at ./mem_composites_mix.go:68:14
./mem_composites_mix.go:68:14:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:68:14
./mem_composites_mix.go:65:21: pp.Y escapes to heap:
./mem_composites_mix.go:65:21:   flow: {storage for ... argument} = &{storage for pp.Y}:
./mem_composites_mix.go:65:21:     from pp.Y (spill) at ./mem_composites_mix.go:65:21
./mem_composites_mix.go:65:21:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:65:13
./mem_composites_mix.go:65:21:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:65:21:     from ... argument (spill) at ./mem_composites_mix.go:65:13
./mem_composites_mix.go:65:21:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:65:13
./mem_composites_mix.go:65:14: *pp escapes to heap:
./mem_composites_mix.go:65:14:   flow: {storage for ... argument} = &{storage for *pp}:
./mem_composites_mix.go:65:14:     from *pp (spill) at ./mem_composites_mix.go:65:14
./mem_composites_mix.go:65:14:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:65:13
./mem_composites_mix.go:65:14:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:65:14:     from ... argument (spill) at ./mem_composites_mix.go:65:13
./mem_composites_mix.go:65:14:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:65:13
./mem_composites_mix.go:62:23: string(bs) escapes to heap:
./mem_composites_mix.go:62:23:   flow: {storage for ... argument} = &{storage for string(bs)}:
./mem_composites_mix.go:62:23:     from string(bs) (spill) at ./mem_composites_mix.go:62:23
./mem_composites_mix.go:62:23:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:62:13
./mem_composites_mix.go:62:23:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:62:23:     from ... argument (spill) at ./mem_composites_mix.go:62:13
./mem_composites_mix.go:62:23:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:62:13
./mem_composites_mix.go:62:13: n escapes to heap:
./mem_composites_mix.go:62:13:   flow: {storage for ... argument} = &{storage for n}:
./mem_composites_mix.go:62:13:     from n (spill) at ./mem_composites_mix.go:62:13
./mem_composites_mix.go:62:13:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:62:13
./mem_composites_mix.go:62:13:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:62:13:     from ... argument (spill) at ./mem_composites_mix.go:62:13
./mem_composites_mix.go:62:13:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:62:13
./mem_composites_mix.go:60:44: string(rs) escapes to heap:
./mem_composites_mix.go:60:44:   flow: {storage for ... argument} = &{storage for string(rs)}:
./mem_composites_mix.go:60:44:     from string(rs) (spill) at ./mem_composites_mix.go:60:44
./mem_composites_mix.go:60:44:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:60:13
./mem_composites_mix.go:60:44:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:60:44:     from ... argument (spill) at ./mem_composites_mix.go:60:13
./mem_composites_mix.go:60:44:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:60:13
./mem_composites_mix.go:60:29: string(rs[1]) escapes to heap:
./mem_composites_mix.go:60:29:   flow: {storage for ... argument} = &{storage for string(rs[1])}:
./mem_composites_mix.go:60:29:     from string(rs[1]) (spill) at ./mem_composites_mix.go:60:29
./mem_composites_mix.go:60:29:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:60:13
./mem_composites_mix.go:60:29:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:60:29:     from ... argument (spill) at ./mem_composites_mix.go:60:13
./mem_composites_mix.go:60:29:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:60:13
./mem_composites_mix.go:60:17: len(rs) escapes to heap:
./mem_composites_mix.go:60:17:   flow: {storage for ... argument} = &{storage for len(rs)}:
./mem_composites_mix.go:60:17:     from len(rs) (spill) at ./mem_composites_mix.go:60:17
./mem_composites_mix.go:60:17:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:60:13
./mem_composites_mix.go:60:17:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:60:17:     from ... argument (spill) at ./mem_composites_mix.go:60:13
./mem_composites_mix.go:60:17:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:60:13
./mem_composites_mix.go:58:38: cap(bs) escapes to heap:
./mem_composites_mix.go:58:38:   flow: {storage for ... argument} = &{storage for cap(bs)}:
./mem_composites_mix.go:58:38:     from cap(bs) (spill) at ./mem_composites_mix.go:58:38
./mem_composites_mix.go:58:38:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:58:13
./mem_composites_mix.go:58:38:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:58:38:     from ... argument (spill) at ./mem_composites_mix.go:58:13
./mem_composites_mix.go:58:38:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:58:13
./mem_composites_mix.go:58:29: len(bs) escapes to heap:
./mem_composites_mix.go:58:29:   flow: {storage for ... argument} = &{storage for len(bs)}:
./mem_composites_mix.go:58:29:     from len(bs) (spill) at ./mem_composites_mix.go:58:29
./mem_composites_mix.go:58:29:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:58:13
./mem_composites_mix.go:58:29:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:58:29:     from ... argument (spill) at ./mem_composites_mix.go:58:13
./mem_composites_mix.go:58:29:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:58:13
./mem_composites_mix.go:58:20: string(bs) escapes to heap:
./mem_composites_mix.go:58:20:   flow: {storage for ... argument} = &{storage for string(bs)}:
./mem_composites_mix.go:58:20:     from string(bs) (spill) at ./mem_composites_mix.go:58:20
./mem_composites_mix.go:58:20:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:58:13
./mem_composites_mix.go:58:20:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:58:20:     from ... argument (spill) at ./mem_composites_mix.go:58:13
./mem_composites_mix.go:58:20:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:58:13
./mem_composites_mix.go:55:37: t[2] escapes to heap:
./mem_composites_mix.go:55:37:   flow: {storage for ... argument} = &{storage for t[2]}:
./mem_composites_mix.go:55:37:     from t[2] (spill) at ./mem_composites_mix.go:55:37
./mem_composites_mix.go:55:37:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:55:13
./mem_composites_mix.go:55:37:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:55:37:     from ... argument (spill) at ./mem_composites_mix.go:55:13
./mem_composites_mix.go:55:37:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:55:13
./mem_composites_mix.go:55:31: t[1] escapes to heap:
./mem_composites_mix.go:55:31:   flow: {storage for ... argument} = &{storage for t[1]}:
./mem_composites_mix.go:55:31:     from t[1] (spill) at ./mem_composites_mix.go:55:31
./mem_composites_mix.go:55:31:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:55:13
./mem_composites_mix.go:55:31:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:55:31:     from ... argument (spill) at ./mem_composites_mix.go:55:13
./mem_composites_mix.go:55:31:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:55:13
./mem_composites_mix.go:55:25: cap(t) escapes to heap:
./mem_composites_mix.go:55:25:   flow: {storage for ... argument} = &{storage for cap(t)}:
./mem_composites_mix.go:55:25:     from cap(t) (spill) at ./mem_composites_mix.go:55:25
./mem_composites_mix.go:55:25:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:55:13
./mem_composites_mix.go:55:25:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:55:25:     from ... argument (spill) at ./mem_composites_mix.go:55:13
./mem_composites_mix.go:55:25:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:55:13
./mem_composites_mix.go:55:17: len(t) escapes to heap:
./mem_composites_mix.go:55:17:   flow: {storage for ... argument} = &{storage for len(t)}:
./mem_composites_mix.go:55:17:     from len(t) (spill) at ./mem_composites_mix.go:55:17
./mem_composites_mix.go:55:17:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:55:13
./mem_composites_mix.go:55:17:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:55:17:     from ... argument (spill) at ./mem_composites_mix.go:55:13
./mem_composites_mix.go:55:17:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:55:13
./mem_composites_mix.go:51:50: sum(... argument...) escapes to heap:
./mem_composites_mix.go:51:50:   flow: {storage for ... argument} = &{storage for sum(... argument...)}:
./mem_composites_mix.go:51:50:     from sum(... argument...) (spill) at ./mem_composites_mix.go:51:50
./mem_composites_mix.go:51:50:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:50:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:51:50:     from ... argument (spill) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:50:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:39: sum(s...) escapes to heap:
./mem_composites_mix.go:51:39:   flow: {storage for ... argument} = &{storage for sum(s...)}:
./mem_composites_mix.go:51:39:     from sum(s...) (spill) at ./mem_composites_mix.go:51:39
./mem_composites_mix.go:51:39:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:39:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:51:39:     from ... argument (spill) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:39:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:31: s[4] escapes to heap:
./mem_composites_mix.go:51:31:   flow: {storage for ... argument} = &{storage for s[4]}:
./mem_composites_mix.go:51:31:     from s[4] (spill) at ./mem_composites_mix.go:51:31
./mem_composites_mix.go:51:31:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:31:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:51:31:     from ... argument (spill) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:31:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:25: cap(s) escapes to heap:
./mem_composites_mix.go:51:25:   flow: {storage for ... argument} = &{storage for cap(s)}:
./mem_composites_mix.go:51:25:     from cap(s) (spill) at ./mem_composites_mix.go:51:25
./mem_composites_mix.go:51:25:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:25:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:51:25:     from ... argument (spill) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:25:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:17: len(s) escapes to heap:
./mem_composites_mix.go:51:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./mem_composites_mix.go:51:17:     from len(s) (spill) at ./mem_composites_mix.go:51:17
./mem_composites_mix.go:51:17:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:17:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:51:17:     from ... argument (spill) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:51:17:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:51:13
./mem_composites_mix.go:48:37: len(a) escapes to heap:
./mem_composites_mix.go:48:37:   flow: {storage for ... argument} = &{storage for len(a)}:
./mem_composites_mix.go:48:37:     from len(a) (spill) at ./mem_composites_mix.go:48:37
./mem_composites_mix.go:48:37:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:48:13
./mem_composites_mix.go:48:37:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:48:37:     from ... argument (spill) at ./mem_composites_mix.go:48:13
./mem_composites_mix.go:48:37:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:48:13
./mem_composites_mix.go:48:28: a == b escapes to heap:
./mem_composites_mix.go:48:28:   flow: {storage for ... argument} = &{storage for a == b}:
./mem_composites_mix.go:48:28:     from a == b (spill) at ./mem_composites_mix.go:48:28
./mem_composites_mix.go:48:28:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:48:13
./mem_composites_mix.go:48:28:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:48:28:     from ... argument (spill) at ./mem_composites_mix.go:48:13
./mem_composites_mix.go:48:28:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:48:13
./mem_composites_mix.go:48:21: b[2] escapes to heap:
./mem_composites_mix.go:48:21:   flow: {storage for ... argument} = &{storage for b[2]}:
./mem_composites_mix.go:48:21:     from b[2] (spill) at ./mem_composites_mix.go:48:21
./mem_composites_mix.go:48:21:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:48:13
./mem_composites_mix.go:48:21:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:48:21:     from ... argument (spill) at ./mem_composites_mix.go:48:13
./mem_composites_mix.go:48:21:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:48:13
./mem_composites_mix.go:48:15: a[2] escapes to heap:
./mem_composites_mix.go:48:15:   flow: {storage for ... argument} = &{storage for a[2]}:
./mem_composites_mix.go:48:15:     from a[2] (spill) at ./mem_composites_mix.go:48:15
./mem_composites_mix.go:48:15:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:48:13
./mem_composites_mix.go:48:15:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:48:15:     from ... argument (spill) at ./mem_composites_mix.go:48:13
./mem_composites_mix.go:48:15:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:48:13
./mem_composites_mix.go:41:13: x escapes to heap:
./mem_composites_mix.go:41:13:   flow: {storage for ... argument} = &{storage for x}:
./mem_composites_mix.go:41:13:     from x (spill) at ./mem_composites_mix.go:41:13
./mem_composites_mix.go:41:13:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:41:13
./mem_composites_mix.go:41:13:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:41:13:     from ... argument (spill) at ./mem_composites_mix.go:41:13
./mem_composites_mix.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:41:13
./mem_composites_mix.go:37:54: rp.f * 2 escapes to heap:
./mem_composites_mix.go:37:54:   flow: {storage for ... argument} = &{storage for rp.f * 2}:
./mem_composites_mix.go:37:54:     from rp.f * 2 (spill) at ./mem_composites_mix.go:37:54
./mem_composites_mix.go:37:54:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:54:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:37:54:     from ... argument (spill) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:54:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:46: r.f escapes to heap:
./mem_composites_mix.go:37:46:   flow: {storage for ... argument} = &{storage for r.f}:
./mem_composites_mix.go:37:46:     from r.f (spill) at ./mem_composites_mix.go:37:46
./mem_composites_mix.go:37:46:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:46:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:37:46:     from ... argument (spill) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:46:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:41: r.b escapes to heap:
./mem_composites_mix.go:37:41:   flow: {storage for ... argument} = &{storage for r.b}:
./mem_composites_mix.go:37:41:     from r.b (spill) at ./mem_composites_mix.go:37:41
./mem_composites_mix.go:37:41:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:41:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:37:41:     from ... argument (spill) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:41:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:33: r.Name escapes to heap:
./mem_composites_mix.go:37:33:   flow: {storage for ... argument} = &{storage for r.Name}:
./mem_composites_mix.go:37:33:     from r.Name (spill) at ./mem_composites_mix.go:37:33
./mem_composites_mix.go:37:33:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:33:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:37:33:     from ... argument (spill) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:33:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:28: r.Max.X escapes to heap:
./mem_composites_mix.go:37:28:   flow: {storage for ... argument} = &{storage for r.Max.X}:
./mem_composites_mix.go:37:28:     from r.Max.X (spill) at ./mem_composites_mix.go:37:28
./mem_composites_mix.go:37:28:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:28:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:37:28:     from ... argument (spill) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:28:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:19: r.Min.X escapes to heap:
./mem_composites_mix.go:37:19:   flow: {storage for ... argument} = &{storage for r.Min.X}:
./mem_composites_mix.go:37:19:     from r.Min.X (spill) at ./mem_composites_mix.go:37:19
./mem_composites_mix.go:37:19:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:19:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:37:19:     from ... argument (spill) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:37:19:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:37:13
./mem_composites_mix.go:32:45: q != *p escapes to heap:
./mem_composites_mix.go:32:45:   flow: {storage for ... argument} = &{storage for q != *p}:
./mem_composites_mix.go:32:45:     from q != *p (spill) at ./mem_composites_mix.go:32:45
./mem_composites_mix.go:32:45:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:45:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:32:45:     from ... argument (spill) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:45:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:36: q == *p escapes to heap:
./mem_composites_mix.go:32:36:   flow: {storage for ... argument} = &{storage for q == *p}:
./mem_composites_mix.go:32:36:     from q == *p (spill) at ./mem_composites_mix.go:32:36
./mem_composites_mix.go:32:36:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:36:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:32:36:     from ... argument (spill) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:36:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:30: q.Y escapes to heap:
./mem_composites_mix.go:32:30:   flow: {storage for ... argument} = &{storage for q.Y}:
./mem_composites_mix.go:32:30:     from q.Y (spill) at ./mem_composites_mix.go:32:30
./mem_composites_mix.go:32:30:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:30:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:32:30:     from ... argument (spill) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:30:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:25: q.X escapes to heap:
./mem_composites_mix.go:32:25:   flow: {storage for ... argument} = &{storage for q.X}:
./mem_composites_mix.go:32:25:     from q.X (spill) at ./mem_composites_mix.go:32:25
./mem_composites_mix.go:32:25:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:25:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:32:25:     from ... argument (spill) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:25:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:20: p.Y escapes to heap:
./mem_composites_mix.go:32:20:   flow: {storage for ... argument} = &{storage for p.Y}:
./mem_composites_mix.go:32:20:     from p.Y (spill) at ./mem_composites_mix.go:32:20
./mem_composites_mix.go:32:20:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:20:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:32:20:     from ... argument (spill) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:20:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:15: p.X escapes to heap:
./mem_composites_mix.go:32:15:   flow: {storage for ... argument} = &{storage for p.X}:
./mem_composites_mix.go:32:15:     from p.X (spill) at ./mem_composites_mix.go:32:15
./mem_composites_mix.go:32:15:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:15:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:32:15:     from ... argument (spill) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:32:15:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:32:13
./mem_composites_mix.go:28:24: *p escapes to heap:
./mem_composites_mix.go:28:24:   flow: {storage for ... argument} = &{storage for *p}:
./mem_composites_mix.go:28:24:     from *p (spill) at ./mem_composites_mix.go:28:24
./mem_composites_mix.go:28:24:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:28:13
./mem_composites_mix.go:28:24:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:28:24:     from ... argument (spill) at ./mem_composites_mix.go:28:13
./mem_composites_mix.go:28:24:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:28:13
./mem_composites_mix.go:28:20: p.Y escapes to heap:
./mem_composites_mix.go:28:20:   flow: {storage for ... argument} = &{storage for p.Y}:
./mem_composites_mix.go:28:20:     from p.Y (spill) at ./mem_composites_mix.go:28:20
./mem_composites_mix.go:28:20:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:28:13
./mem_composites_mix.go:28:20:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:28:20:     from ... argument (spill) at ./mem_composites_mix.go:28:13
./mem_composites_mix.go:28:20:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:28:13
./mem_composites_mix.go:28:15: p.X escapes to heap:
./mem_composites_mix.go:28:15:   flow: {storage for ... argument} = &{storage for p.X}:
./mem_composites_mix.go:28:15:     from p.X (spill) at ./mem_composites_mix.go:28:15
./mem_composites_mix.go:28:15:     from ... argument (slice-literal-element) at ./mem_composites_mix.go:28:13
./mem_composites_mix.go:28:15:   flow: {heap} = {storage for ... argument}:
./mem_composites_mix.go:28:15:     from ... argument (spill) at ./mem_composites_mix.go:28:13
./mem_composites_mix.go:28:15:     from fmt.Println(... argument...) (call parameter) at ./mem_composites_mix.go:28:13
./mem_composites_mix.go:62:23: string(bs) escapes to heap:
./mem_composites_mix.go:62:23:   flow: {storage for string(bs)} = &{storage for string(bs)}:
./mem_composites_mix.go:62:23:     from string(bs) (spill) at ./mem_composites_mix.go:62:23
./mem_composites_mix.go:62:23:     from string(bs) (interface-converted) at ./mem_composites_mix.go:62:23
./mem_composites_mix.go:60:44: string(rs) escapes to heap:
./mem_composites_mix.go:60:44:   flow: {storage for string(rs)} = &{storage for string(rs)}:
./mem_composites_mix.go:60:44:     from string(rs) (spill) at ./mem_composites_mix.go:60:44
./mem_composites_mix.go:60:44:     from string(rs) (interface-converted) at ./mem_composites_mix.go:60:44
./mem_composites_mix.go:60:29: string(rs[1]) escapes to heap:
./mem_composites_mix.go:60:29:   flow: {storage for string(rs[1])} = &{storage for string(rs[1])}:
./mem_composites_mix.go:60:29:     from string(rs[1]) (spill) at ./mem_composites_mix.go:60:29
./mem_composites_mix.go:60:29:     from string(rs[1]) (interface-converted) at ./mem_composites_mix.go:60:29
./mem_composites_mix.go:58:20: string(bs) escapes to heap:
./mem_composites_mix.go:58:20:   flow: {storage for string(bs)} = &{storage for string(bs)}:
./mem_composites_mix.go:58:20:     from string(bs) (spill) at ./mem_composites_mix.go:58:20
./mem_composites_mix.go:58:20:     from string(bs) (interface-converted) at ./mem_composites_mix.go:58:20
./mem_composites_mix.go:28:13: ... argument does not escape
./mem_composites_mix.go:28:15: p.X escapes to heap
./mem_composites_mix.go:28:20: p.Y escapes to heap
./mem_composites_mix.go:28:24: *p escapes to heap
./mem_composites_mix.go:32:13: ... argument does not escape
./mem_composites_mix.go:32:15: p.X escapes to heap
./mem_composites_mix.go:32:20: p.Y escapes to heap
./mem_composites_mix.go:32:25: q.X escapes to heap
./mem_composites_mix.go:32:30: q.Y escapes to heap
./mem_composites_mix.go:32:36: q == *p escapes to heap
./mem_composites_mix.go:32:45: q != *p escapes to heap
./mem_composites_mix.go:37:13: ... argument does not escape
./mem_composites_mix.go:37:19: r.Min.X escapes to heap
./mem_composites_mix.go:37:28: r.Max.X escapes to heap
./mem_composites_mix.go:37:33: r.Name escapes to heap
./mem_composites_mix.go:37:41: r.b escapes to heap
./mem_composites_mix.go:37:46: r.f escapes to heap
./mem_composites_mix.go:37:54: rp.f * 2 escapes to heap
./mem_composites_mix.go:41:13: ... argument does not escape
./mem_composites_mix.go:41:13: x escapes to heap
./mem_composites_mix.go:48:13: ... argument does not escape
./mem_composites_mix.go:48:15: a[2] escapes to heap
./mem_composites_mix.go:48:21: b[2] escapes to heap
./mem_composites_mix.go:48:28: a == b escapes to heap
./mem_composites_mix.go:48:37: len(a) escapes to heap
./mem_composites_mix.go:49:12: []int{...} does not escape
./mem_composites_mix.go:51:13: ... argument does not escape
./mem_composites_mix.go:51:17: len(s) escapes to heap
./mem_composites_mix.go:51:25: cap(s) escapes to heap
./mem_composites_mix.go:51:31: s[4] escapes to heap
./mem_composites_mix.go:51:39: sum(s...) escapes to heap
./mem_composites_mix.go:51:50: sum(... argument...) escapes to heap
./mem_composites_mix.go:51:50: ... argument does not escape
./mem_composites_mix.go:52:11: make([]string, 2, 10) does not escape
./mem_composites_mix.go:55:13: ... argument does not escape
./mem_composites_mix.go:55:17: len(t) escapes to heap
./mem_composites_mix.go:55:25: cap(t) escapes to heap
./mem_composites_mix.go:55:31: t[1] escapes to heap
./mem_composites_mix.go:55:37: t[2] escapes to heap
./mem_composites_mix.go:56:14: ([]byte)("hello") does not escape
./mem_composites_mix.go:58:13: ... argument does not escape
./mem_composites_mix.go:58:20: string(bs) escapes to heap
./mem_composites_mix.go:58:20: string(bs) escapes to heap
./mem_composites_mix.go:58:29: len(bs) escapes to heap
./mem_composites_mix.go:58:38: cap(bs) escapes to heap
./mem_composites_mix.go:59:14: []rune{...} does not escape
./mem_composites_mix.go:60:13: ... argument does not escape
./mem_composites_mix.go:60:17: len(rs) escapes to heap
./mem_composites_mix.go:60:29: string(rs[1]) escapes to heap
./mem_composites_mix.go:60:29: string(rs[1]) escapes to heap
./mem_composites_mix.go:60:44: string(rs) escapes to heap
./mem_composites_mix.go:60:44: string(rs) escapes to heap
./mem_composites_mix.go:62:13: ... argument does not escape
./mem_composites_mix.go:62:13: n escapes to heap
./mem_composites_mix.go:62:23: string(bs) escapes to heap
./mem_composites_mix.go:62:23: string(bs) escapes to heap
./mem_composites_mix.go:63:11: new(Point) does not escape
./mem_composites_mix.go:65:13: ... argument does not escape
./mem_composites_mix.go:65:14: *pp escapes to heap
./mem_composites_mix.go:65:21: pp.Y escapes to heap
./mem_composites_mix.go:68:14: ... argument does not escape
./mem_composites_mix.go:68:14: i escapes to heap
./mem_composites_mix.go:68:19: v.X escapes to heap
./mem_composites_mix.go:68:24: v.Y escapes to heap
./mem_composites_mix.go:72:13: ... argument does not escape
./mem_composites_mix.go:72:15: a[1] escapes to heap
./mem_composites_mix.go:72:23: len(sl) escapes to heap
./mem_composites_mix.go:72:32: cap(sl) escapes to heap
./mem_composites_mix.go:73:16: []*Point{...} does not escape
./mem_composites_mix.go:73:17: &Point{...} does not escape
./mem_composites_mix.go:73:25: &Point{...} does not escape
./mem_composites_mix.go:74:13: ... argument does not escape
./mem_composites_mix.go:74:19: ps[1].X escapes to heap
./mem_composites_mix.go:74:26: len(ps) escapes to heap
./mem_composites_mix.go:76:13: ... argument does not escape
./mem_composites_mix.go:76:17: np == nil escapes to heap
./mem_composites_mix.go:76:27: p != nil escapes to heap

./mem_global_addr.go:14:10: p does not escape
./mem_global_addr.go:16:22: parameter s leaks to {heap} with derefs=0:
./mem_global_addr.go:16:22:   flow: {heap} = s:
./mem_global_addr.go:16:22:     from c.Name = s (assign) at ./mem_global_addr.go:16:41
./mem_global_addr.go:16:14: c does not escape
./mem_global_addr.go:16:22: leaking param: s
./mem_global_addr.go:30:13: counter escapes to heap:
./mem_global_addr.go:30:13:   flow: {storage for ... argument} = &{storage for counter}:
./mem_global_addr.go:30:13:     from counter (spill) at ./mem_global_addr.go:30:13
./mem_global_addr.go:30:13:     from ... argument (slice-literal-element) at ./mem_global_addr.go:30:13
./mem_global_addr.go:30:13:   flow: {heap} = {storage for ... argument}:
./mem_global_addr.go:30:13:     from ... argument (spill) at ./mem_global_addr.go:30:13
./mem_global_addr.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./mem_global_addr.go:30:13
./mem_global_addr.go:28:30: cap(s) escapes to heap:
./mem_global_addr.go:28:30:   flow: {storage for ... argument} = &{storage for cap(s)}:
./mem_global_addr.go:28:30:     from cap(s) (spill) at ./mem_global_addr.go:28:30
./mem_global_addr.go:28:30:     from ... argument (slice-literal-element) at ./mem_global_addr.go:28:13
./mem_global_addr.go:28:30:   flow: {heap} = {storage for ... argument}:
./mem_global_addr.go:28:30:     from ... argument (spill) at ./mem_global_addr.go:28:13
./mem_global_addr.go:28:30:     from fmt.Println(... argument...) (call parameter) at ./mem_global_addr.go:28:13
./mem_global_addr.go:28:22: len(s) escapes to heap:
./mem_global_addr.go:28:22:   flow: {storage for ... argument} = &{storage for len(s)}:
./mem_global_addr.go:28:22:     from len(s) (spill) at ./mem_global_addr.go:28:22
./mem_global_addr.go:28:22:     from ... argument (slice-literal-element) at ./mem_global_addr.go:28:13
./mem_global_addr.go:28:22:   flow: {heap} = {storage for ... argument}:
./mem_global_addr.go:28:22:     from ... argument (spill) at ./mem_global_addr.go:28:13
./mem_global_addr.go:28:22:     from fmt.Println(... argument...) (call parameter) at ./mem_global_addr.go:28:13
./mem_global_addr.go:28:13: arr escapes to heap:
./mem_global_addr.go:28:13:   flow: {storage for ... argument} = &{storage for arr}:
./mem_global_addr.go:28:13:     from arr (spill) at ./mem_global_addr.go:28:13
./mem_global_addr.go:28:13:     from ... argument (slice-literal-element) at ./mem_global_addr.go:28:13
./mem_global_addr.go:28:13:   flow: {heap} = {storage for ... argument}:
./mem_global_addr.go:28:13:     from ... argument (spill) at ./mem_global_addr.go:28:13
./mem_global_addr.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./mem_global_addr.go:28:13
./mem_global_addr.go:23:24: cfg escapes to heap:
./mem_global_addr.go:23:24:   flow: {storage for ... argument} = &{storage for cfg}:
./mem_global_addr.go:23:24:     from cfg (spill) at ./mem_global_addr.go:23:24
./mem_global_addr.go:23:24:     from ... argument (slice-literal-element) at ./mem_global_addr.go:23:13
./mem_global_addr.go:23:24:   flow: {heap} = {storage for ... argument}:
./mem_global_addr.go:23:24:     from ... argument (spill) at ./mem_global_addr.go:23:13
./mem_global_addr.go:23:24:     from fmt.Println(... argument...) (call parameter) at ./mem_global_addr.go:23:13
./mem_global_addr.go:23:24: cfg.Name escapes to heap:
./mem_global_addr.go:23:24:   flow: {storage for ... argument} = &{storage for cfg.Name}:
./mem_global_addr.go:23:24:     from cfg.Name (spill) at ./mem_global_addr.go:23:24
./mem_global_addr.go:23:24:     from ... argument (slice-literal-element) at ./mem_global_addr.go:23:13
./mem_global_addr.go:23:24:   flow: {heap} = {storage for ... argument}:
./mem_global_addr.go:23:24:     from ... argument (spill) at ./mem_global_addr.go:23:13
./mem_global_addr.go:23:24:     from fmt.Println(... argument...) (call parameter) at ./mem_global_addr.go:23:13
./mem_global_addr.go:23:17: cfg.N escapes to heap:
./mem_global_addr.go:23:17:   flow: {storage for ... argument} = &{storage for cfg.N}:
./mem_global_addr.go:23:17:     from cfg.N (spill) at ./mem_global_addr.go:23:17
./mem_global_addr.go:23:17:     from ... argument (slice-literal-element) at ./mem_global_addr.go:23:13
./mem_global_addr.go:23:17:   flow: {heap} = {storage for ... argument}:
./mem_global_addr.go:23:17:     from ... argument (spill) at ./mem_global_addr.go:23:13
./mem_global_addr.go:23:17:     from fmt.Println(... argument...) (call parameter) at ./mem_global_addr.go:23:13
./mem_global_addr.go:21:13: counter escapes to heap:
./mem_global_addr.go:21:13:   flow: {storage for ... argument} = &{storage for counter}:
./mem_global_addr.go:21:13:     from counter (spill) at ./mem_global_addr.go:21:13
./mem_global_addr.go:21:13:     from ... argument (slice-literal-element) at ./mem_global_addr.go:21:13
./mem_global_addr.go:21:13:   flow: {heap} = {storage for ... argument}:
./mem_global_addr.go:21:13:     from ... argument (spill) at ./mem_global_addr.go:21:13
./mem_global_addr.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./mem_global_addr.go:21:13
./mem_global_addr.go:21:13: ... argument does not escape
./mem_global_addr.go:21:13: counter escapes to heap
./mem_global_addr.go:23:13: ... argument does not escape
./mem_global_addr.go:23:17: cfg.N escapes to heap
./mem_global_addr.go:23:24: cfg.Name escapes to heap
./mem_global_addr.go:23:24: cfg escapes to heap
./mem_global_addr.go:28:13: ... argument does not escape
./mem_global_addr.go:28:13: arr escapes to heap
./mem_global_addr.go:28:22: len(s) escapes to heap
./mem_global_addr.go:28:30: cap(s) escapes to heap
./mem_global_addr.go:30:13: ... argument does not escape
./mem_global_addr.go:30:13: counter escapes to heap

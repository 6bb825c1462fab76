./seed_stackit2.go:15:2: res escapes to heap:
./seed_stackit2.go:15:2:   flow: ~r0 = &res:
./seed_stackit2.go:15:2:     from &res (address-of) at ./seed_stackit2.go:16:9
./seed_stackit2.go:15:2:     from return &res (return) at ./seed_stackit2.go:16:2
./seed_stackit2.go:15:2: moved to heap: res
./seed_stackit2.go:25:18: *q escapes to heap:
./seed_stackit2.go:25:18:   flow: {storage for ... argument} = &{storage for *q}:
./seed_stackit2.go:25:18:     from *q (spill) at ./seed_stackit2.go:25:18
./seed_stackit2.go:25:18:     from ... argument (slice-literal-element) at ./seed_stackit2.go:25:13
./seed_stackit2.go:25:18:   flow: {heap} = {storage for ... argument}:
./seed_stackit2.go:25:18:     from ... argument (spill) at ./seed_stackit2.go:25:13
./seed_stackit2.go:25:18:     from fmt.Println(... argument...) (call parameter) at ./seed_stackit2.go:25:13
./seed_stackit2.go:25:14: *p escapes to heap:
./seed_stackit2.go:25:14:   flow: {storage for ... argument} = &{storage for *p}:
./seed_stackit2.go:25:14:     from *p (spill) at ./seed_stackit2.go:25:14
./seed_stackit2.go:25:14:     from ... argument (slice-literal-element) at ./seed_stackit2.go:25:13
./seed_stackit2.go:25:14:   flow: {heap} = {storage for ... argument}:
./seed_stackit2.go:25:14:     from ... argument (spill) at ./seed_stackit2.go:25:13
./seed_stackit2.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./seed_stackit2.go:25:13
./seed_stackit2.go:23:24: p != q escapes to heap:
./seed_stackit2.go:23:24:   flow: {storage for ... argument} = &{storage for p != q}:
./seed_stackit2.go:23:24:     from p != q (spill) at ./seed_stackit2.go:23:24
./seed_stackit2.go:23:24:     from ... argument (slice-literal-element) at ./seed_stackit2.go:23:13
./seed_stackit2.go:23:24:   flow: {heap} = {storage for ... argument}:
./seed_stackit2.go:23:24:     from ... argument (spill) at ./seed_stackit2.go:23:13
./seed_stackit2.go:23:24:     from fmt.Println(... argument...) (call parameter) at ./seed_stackit2.go:23:13
./seed_stackit2.go:23:18: *q escapes to heap:
./seed_stackit2.go:23:18:   flow: {storage for ... argument} = &{storage for *q}:
./seed_stackit2.go:23:18:     from *q (spill) at ./seed_stackit2.go:23:18
./seed_stackit2.go:23:18:     from ... argument (slice-literal-element) at ./seed_stackit2.go:23:13
./seed_stackit2.go:23:18:   flow: {heap} = {storage for ... argument}:
./seed_stackit2.go:23:18:     from ... argument (spill) at ./seed_stackit2.go:23:13
./seed_stackit2.go:23:18:     from fmt.Println(... argument...) (call parameter) at ./seed_stackit2.go:23:13
./seed_stackit2.go:23:14: *p escapes to heap:
./seed_stackit2.go:23:14:   flow: {storage for ... argument} = &{storage for *p}:
./seed_stackit2.go:23:14:     from *p (spill) at ./seed_stackit2.go:23:14
./seed_stackit2.go:23:14:     from ... argument (slice-literal-element) at ./seed_stackit2.go:23:13
./seed_stackit2.go:23:14:   flow: {heap} = {storage for ... argument}:
./seed_stackit2.go:23:14:     from ... argument (spill) at ./seed_stackit2.go:23:13
./seed_stackit2.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./seed_stackit2.go:23:13
./seed_stackit2.go:23:13: ... argument does not escape
./seed_stackit2.go:23:14: *p escapes to heap
./seed_stackit2.go:23:18: *q escapes to heap
./seed_stackit2.go:23:24: p != q escapes to heap
./seed_stackit2.go:25:13: ... argument does not escape
./seed_stackit2.go:25:14: *p escapes to heap
./seed_stackit2.go:25:18: *q escapes to heap

./pointer_return_local.go:10:2: p escapes to heap:
./pointer_return_local.go:10:2:   flow: ~r0 = &p:
./pointer_return_local.go:10:2:     from &p (address-of) at ./pointer_return_local.go:11:9
./pointer_return_local.go:10:2:     from return &p (return) at ./pointer_return_local.go:11:2
./pointer_return_local.go:10:2: moved to heap: p
./pointer_return_local.go:14:13: parameter v leaks to ~r0 with derefs=0:
./pointer_return_local.go:14:13:   flow: ~r0 = &v:
./pointer_return_local.go:14:13:     from &v (address-of) at ./pointer_return_local.go:15:9
./pointer_return_local.go:14:13:     from return &v (return) at ./pointer_return_local.go:15:2
./pointer_return_local.go:14:13: v escapes to heap:
./pointer_return_local.go:14:13:   flow: ~r0 = &v:
./pointer_return_local.go:14:13:     from &v (address-of) at ./pointer_return_local.go:15:9
./pointer_return_local.go:14:13:     from return &v (return) at ./pointer_return_local.go:15:2
./pointer_return_local.go:14:13: moved to heap: v
./pointer_return_local.go:36:3: v escapes to heap:
./pointer_return_local.go:36:3:   flow: {heap} = &v:
./pointer_return_local.go:36:3:     from &v (address-of) at ./pointer_return_local.go:37:25
./pointer_return_local.go:36:3:     from append(addrs, &v) (call parameter) at ./pointer_return_local.go:37:17
./pointer_return_local.go:46:6: i escapes to heap:
./pointer_return_local.go:46:6:   flow: {heap} = &i:
./pointer_return_local.go:46:6:     from &i (address-of) at ./pointer_return_local.go:47:33
./pointer_return_local.go:46:6:     from append(loopAddrs, &i) (call parameter) at ./pointer_return_local.go:47:21
./pointer_return_local.go:49:57: loopAddrs[0] == loopAddrs[2] escapes to heap:
./pointer_return_local.go:49:57:   flow: {storage for ... argument} = &{storage for loopAddrs[0] == loopAddrs[2]}:
./pointer_return_local.go:49:57:     from loopAddrs[0] == loopAddrs[2] (spill) at ./pointer_return_local.go:49:57
./pointer_return_local.go:49:57:     from ... argument (slice-literal-element) at ./pointer_return_local.go:49:13
./pointer_return_local.go:49:57:   flow: {heap} = {storage for ... argument}:
./pointer_return_local.go:49:57:     from ... argument (spill) at ./pointer_return_local.go:49:13
./pointer_return_local.go:49:57:     from fmt.Println(... argument...) (call parameter) at ./pointer_return_local.go:49:13
./pointer_return_local.go:49:29: *loopAddrs[2] escapes to heap:
./pointer_return_local.go:49:29:   flow: {storage for ... argument} = &{storage for *loopAddrs[2]}:
./pointer_return_local.go:49:29:     from *loopAddrs[2] (spill) at ./pointer_return_local.go:49:29
./pointer_return_local.go:49:29:     from ... argument (slice-literal-element) at ./pointer_return_local.go:49:13
./pointer_return_local.go:49:29:   flow: {heap} = {storage for ... argument}:
./pointer_return_local.go:49:29:     from ... argument (spill) at ./pointer_return_local.go:49:13
./pointer_return_local.go:49:29:     from fmt.Println(... argument...) (call parameter) at ./pointer_return_local.go:49:13
./pointer_return_local.go:49:14: *loopAddrs[0] escapes to heap:
./pointer_return_local.go:49:14:   flow: {storage for ... argument} = &{storage for *loopAddrs[0]}:
./pointer_return_local.go:49:14:     from *loopAddrs[0] (spill) at ./pointer_return_local.go:49:14
./pointer_return_local.go:49:14:     from ... argument (slice-literal-element) at ./pointer_return_local.go:49:13
./pointer_return_local.go:49:14:   flow: {heap} = {storage for ... argument}:
./pointer_return_local.go:49:14:     from ... argument (spill) at ./pointer_return_local.go:49:13
./pointer_return_local.go:49:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_return_local.go:49:13
./pointer_return_local.go:42:23: addrs[0] != addrs[1] escapes to heap:
./pointer_return_local.go:42:23:   flow: {storage for ... argument} = &{storage for addrs[0] != addrs[1]}:
./pointer_return_local.go:42:23:     from addrs[0] != addrs[1] (spill) at ./pointer_return_local.go:42:23
./pointer_return_local.go:42:23:     from ... argument (slice-literal-element) at ./pointer_return_local.go:42:13
./pointer_return_local.go:42:23:   flow: {heap} = {storage for ... argument}:
./pointer_return_local.go:42:23:     from ... argument (spill) at ./pointer_return_local.go:42:13
./pointer_return_local.go:42:23:     from fmt.Println(... argument...) (call parameter) at ./pointer_return_local.go:42:13
./pointer_return_local.go:40:17: " " escapes to heap:
./pointer_return_local.go:40:17:   flow: {storage for ... argument} = &{storage for " "}:
./pointer_return_local.go:40:17:     from " " (spill) at ./pointer_return_local.go:40:17
./pointer_return_local.go:40:17:     from ... argument (slice-literal-element) at ./pointer_return_local.go:40:12
./pointer_return_local.go:40:17:   flow: {heap} = {storage for ... argument}:
./pointer_return_local.go:40:17:     from ... argument (spill) at ./pointer_return_local.go:40:12
./pointer_return_local.go:40:17:     from fmt.Print(... argument...) (call parameter) at ./pointer_return_local.go:40:12
./pointer_return_local.go:40:13: *p escapes to heap:
./pointer_return_local.go:40:13:   flow: {storage for ... argument} = &{storage for *p}:
./pointer_return_local.go:40:13:     from *p (spill) at ./pointer_return_local.go:40:13
./pointer_return_local.go:40:13:     from ... argument (slice-literal-element) at ./pointer_return_local.go:40:12
./pointer_return_local.go:40:13:   flow: {heap} = {storage for ... argument}:
./pointer_return_local.go:40:13:     from ... argument (spill) at ./pointer_return_local.go:40:12
./pointer_return_local.go:40:13:     from fmt.Print(... argument...) (call parameter) at ./pointer_return_local.go:40:12
./pointer_return_local.go:30:24: a == b escapes to heap:
./pointer_return_local.go:30:24:   flow: {storage for ... argument} = &{storage for a == b}:
./pointer_return_local.go:30:24:     from a == b (spill) at ./pointer_return_local.go:30:24
./pointer_return_local.go:30:24:     from ... argument (slice-literal-element) at ./pointer_return_local.go:30:13
./pointer_return_local.go:30:24:   flow: {heap} = {storage for ... argument}:
./pointer_return_local.go:30:24:     from ... argument (spill) at ./pointer_return_local.go:30:13
./pointer_return_local.go:30:24:     from fmt.Println(... argument...) (call parameter) at ./pointer_return_local.go:30:13
./pointer_return_local.go:30:18: *b escapes to heap:
./pointer_return_local.go:30:18:   flow: {storage for ... argument} = &{storage for *b}:
./pointer_return_local.go:30:18:     from *b (spill) at ./pointer_return_local.go:30:18
./pointer_return_local.go:30:18:     from ... argument (slice-literal-element) at ./pointer_return_local.go:30:13
./pointer_return_local.go:30:18:   flow: {heap} = {storage for ... argument}:
./pointer_return_local.go:30:18:     from ... argument (spill) at ./pointer_return_local.go:30:13
./pointer_return_local.go:30:18:     from fmt.Println(... argument...) (call parameter) at ./pointer_return_local.go:30:13
./pointer_return_local.go:30:14: *a escapes to heap:
./pointer_return_local.go:30:14:   flow: {storage for ... argument} = &{storage for *a}:
./pointer_return_local.go:30:14:     from *a (spill) at ./pointer_return_local.go:30:14
./pointer_return_local.go:30:14:     from ... argument (slice-literal-element) at ./pointer_return_local.go:30:13
./pointer_return_local.go:30:14:   flow: {heap} = {storage for ... argument}:
./pointer_return_local.go:30:14:     from ... argument (spill) at ./pointer_return_local.go:30:13
./pointer_return_local.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./pointer_return_local.go:30:13
./pointer_return_local.go:25:15: *p escapes to heap:
./pointer_return_local.go:25:15:   flow: {storage for ... argument} = &{storage for *p}:
./pointer_return_local.go:25:15:     from *p (spill) at ./pointer_return_local.go:25:15
./pointer_return_local.go:25:15:     from ... argument (slice-literal-element) at ./pointer_return_local.go:25:14
./pointer_return_local.go:25:15:   flow: {heap} = {storage for ... argument}:
./pointer_return_local.go:25:15:     from ... argument (spill) at ./pointer_return_local.go:25:14
./pointer_return_local.go:25:15:     from fmt.Println(... argument...) (call parameter) at ./pointer_return_local.go:25:14
./pointer_return_local.go:36:3: moved to heap: v
./pointer_return_local.go:46:6: moved to heap: i
./pointer_return_local.go:25:14: ... argument does not escape
./pointer_return_local.go:25:15: *p escapes to heap
./pointer_return_local.go:30:13: ... argument does not escape
./pointer_return_local.go:30:14: *a escapes to heap
./pointer_return_local.go:30:18: *b escapes to heap
./pointer_return_local.go:30:24: a == b escapes to heap
./pointer_return_local.go:40:12: ... argument does not escape
./pointer_return_local.go:40:13: *p escapes to heap
./pointer_return_local.go:40:17: " " escapes to heap
./pointer_return_local.go:42:13: ... argument does not escape
./pointer_return_local.go:42:23: addrs[0] != addrs[1] escapes to heap
./pointer_return_local.go:49:13: ... argument does not escape
./pointer_return_local.go:49:14: *loopAddrs[0] escapes to heap
./pointer_return_local.go:49:29: *loopAddrs[2] escapes to heap
./pointer_return_local.go:49:57: loopAddrs[0] == loopAddrs[2] escapes to heap

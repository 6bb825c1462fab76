./recursion_deep.go:22:19: parameter s leaks to ~r0 with derefs=0:
./recursion_deep.go:22:19:   flow: ~r0 = s:
./recursion_deep.go:22:19:     from return s (return) at ./recursion_deep.go:24:3
./recursion_deep.go:26:21: s + string(rune('a' + n % 26)) escapes to heap:
./recursion_deep.go:26:21:   flow: s = &{storage for s + string(rune('a' + n % 26))}:
./recursion_deep.go:26:21:     from s + string(rune('a' + n % 26)) (spill) at ./recursion_deep.go:26:21
./recursion_deep.go:26:21:     from build(n - 1, s + string(rune('a' + n % 26))) (call parameter) at ./recursion_deep.go:26:14
./recursion_deep.go:26:21:   flow: ~r0 = s:
./recursion_deep.go:26:21:     from return s (return) at ./recursion_deep.go:24:3
./recursion_deep.go:22:19: leaking param: s to result ~r0 level=0
./recursion_deep.go:26:21: s + string(rune('a' + n % 26)) escapes to heap
./recursion_deep.go:26:28: string(rune('a' + n % 26)) does not escape
./recursion_deep.go:29:39: s1 does not escape
./recursion_deep.go:29:43: s2 does not escape
./recursion_deep.go:33:52: s2 + "" does not escape
./recursion_deep.go:43:30: depth(300000) escapes to heap:
./recursion_deep.go:43:30:   flow: {storage for ... argument} = &{storage for depth(300000)}:
./recursion_deep.go:43:30:     from depth(300000) (spill) at ./recursion_deep.go:43:30
./recursion_deep.go:43:30:     from ... argument (slice-literal-element) at ./recursion_deep.go:43:13
./recursion_deep.go:43:30:   flow: {heap} = {storage for ... argument}:
./recursion_deep.go:43:30:     from ... argument (spill) at ./recursion_deep.go:43:13
./recursion_deep.go:43:30:     from fmt.Println(... argument...) (call parameter) at ./recursion_deep.go:43:13
./recursion_deep.go:43:19: depth(10) escapes to heap:
./recursion_deep.go:43:19:   flow: {storage for ... argument} = &{storage for depth(10)}:
./recursion_deep.go:43:19:     from depth(10) (spill) at ./recursion_deep.go:43:19
./recursion_deep.go:43:19:     from ... argument (slice-literal-element) at ./recursion_deep.go:43:13
./recursion_deep.go:43:19:   flow: {heap} = {storage for ... argument}:
./recursion_deep.go:43:19:     from ... argument (spill) at ./recursion_deep.go:43:13
./recursion_deep.go:43:19:     from fmt.Println(... argument...) (call parameter) at ./recursion_deep.go:43:13
./recursion_deep.go:41:18: many(20000, 1, 2, 3, 4, 5, 6, 7, "hello", "world", 1.5, 2.5) escapes to heap:
./recursion_deep.go:41:18:   flow: {storage for ... argument} = &{storage for many(20000, 1, 2, 3, 4, 5, 6, 7, "hello", "world", 1.5, 2.5)}:
./recursion_deep.go:41:18:     from many(20000, 1, 2, 3, 4, 5, 6, 7, "hello", "world", 1.5, 2.5) (spill) at ./recursion_deep.go:41:18
./recursion_deep.go:41:18:     from ... argument (slice-literal-element) at ./recursion_deep.go:41:13
./recursion_deep.go:41:18:   flow: {heap} = {storage for ... argument}:
./recursion_deep.go:41:18:     from ... argument (spill) at ./recursion_deep.go:41:13
./recursion_deep.go:41:18:     from fmt.Println(... argument...) (call parameter) at ./recursion_deep.go:41:13
./recursion_deep.go:40:31: s[len(s) - 10:] escapes to heap:
./recursion_deep.go:40:31:   flow: {storage for ... argument} = &{storage for s[len(s) - 10:]}:
./recursion_deep.go:40:31:     from s[len(s) - 10:] (spill) at ./recursion_deep.go:40:31
./recursion_deep.go:40:31:     from ... argument (slice-literal-element) at ./recursion_deep.go:40:13
./recursion_deep.go:40:31:   flow: {heap} = {storage for ... argument}:
./recursion_deep.go:40:31:     from ... argument (spill) at ./recursion_deep.go:40:13
./recursion_deep.go:40:31:     from fmt.Println(... argument...) (call parameter) at ./recursion_deep.go:40:13
./recursion_deep.go:40:23: s[:30] escapes to heap:
./recursion_deep.go:40:23:   flow: {storage for ... argument} = &{storage for s[:30]}:
./recursion_deep.go:40:23:     from s[:30] (spill) at ./recursion_deep.go:40:23
./recursion_deep.go:40:23:     from ... argument (slice-literal-element) at ./recursion_deep.go:40:13
./recursion_deep.go:40:23:   flow: {heap} = {storage for ... argument}:
./recursion_deep.go:40:23:     from ... argument (spill) at ./recursion_deep.go:40:13
./recursion_deep.go:40:23:     from fmt.Println(... argument...) (call parameter) at ./recursion_deep.go:40:13
./recursion_deep.go:40:17: len(s) escapes to heap:
./recursion_deep.go:40:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./recursion_deep.go:40:17:     from len(s) (spill) at ./recursion_deep.go:40:17
./recursion_deep.go:40:17:     from ... argument (slice-literal-element) at ./recursion_deep.go:40:13
./recursion_deep.go:40:17:   flow: {heap} = {storage for ... argument}:
./recursion_deep.go:40:17:     from ... argument (spill) at ./recursion_deep.go:40:13
./recursion_deep.go:40:17:     from fmt.Println(... argument...) (call parameter) at ./recursion_deep.go:40:13
./recursion_deep.go:38:19: sumTo(200000, 0) escapes to heap:
./recursion_deep.go:38:19:   flow: {storage for ... argument} = &{storage for sumTo(200000, 0)}:
./recursion_deep.go:38:19:     from sumTo(200000, 0) (spill) at ./recursion_deep.go:38:19
./recursion_deep.go:38:19:     from ... argument (slice-literal-element) at ./recursion_deep.go:38:13
./recursion_deep.go:38:19:   flow: {heap} = {storage for ... argument}:
./recursion_deep.go:38:19:     from ... argument (spill) at ./recursion_deep.go:38:13
./recursion_deep.go:38:19:     from fmt.Println(... argument...) (call parameter) at ./recursion_deep.go:38:13
./recursion_deep.go:37:19: depth(100000) escapes to heap:
./recursion_deep.go:37:19:   flow: {storage for ... argument} = &{storage for depth(100000)}:
./recursion_deep.go:37:19:     from depth(100000) (spill) at ./recursion_deep.go:37:19
./recursion_deep.go:37:19:     from ... argument (slice-literal-element) at ./recursion_deep.go:37:13
./recursion_deep.go:37:19:   flow: {heap} = {storage for ... argument}:
./recursion_deep.go:37:19:     from ... argument (spill) at ./recursion_deep.go:37:13
./recursion_deep.go:37:19:     from fmt.Println(... argument...) (call parameter) at ./recursion_deep.go:37:13
./recursion_deep.go:37:13: ... argument does not escape
./recursion_deep.go:37:19: depth(100000) escapes to heap
./recursion_deep.go:38:13: ... argument does not escape
./recursion_deep.go:38:19: sumTo(200000, 0) escapes to heap
./recursion_deep.go:40:13: ... argument does not escape
./recursion_deep.go:40:17: len(s) escapes to heap
./recursion_deep.go:40:23: s[:30] escapes to heap
./recursion_deep.go:40:31: s[len(s) - 10:] escapes to heap
./recursion_deep.go:41:13: ... argument does not escape
./recursion_deep.go:41:18: many(20000, 1, 2, 3, 4, 5, 6, 7, "hello", "world", 1.5, 2.5) escapes to heap
./recursion_deep.go:43:13: ... argument does not escape
./recursion_deep.go:43:19: depth(10) escapes to heap
./recursion_deep.go:43:30: depth(300000) escapes to heap

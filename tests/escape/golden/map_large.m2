./map_large.go:51:17: twos escapes to heap:
./map_large.go:51:17:   flow: {storage for ... argument} = &{storage for twos}:
./map_large.go:51:17:     from twos (spill) at ./map_large.go:51:17
./map_large.go:51:17:     from ... argument (slice-literal-element) at ./map_large.go:51:13
./map_large.go:51:17:   flow: {heap} = {storage for ... argument}:
./map_large.go:51:17:     from ... argument (spill) at ./map_large.go:51:13
./map_large.go:51:17:     from fmt.Println(... argument...) (call parameter) at ./map_large.go:51:13
./map_large.go:51:17: len(strs) escapes to heap:
./map_large.go:51:17:   flow: {storage for ... argument} = &{storage for len(strs)}:
./map_large.go:51:17:     from len(strs) (spill) at ./map_large.go:51:17
./map_large.go:51:17:     from ... argument (slice-literal-element) at ./map_large.go:51:13
./map_large.go:51:17:   flow: {heap} = {storage for ... argument}:
./map_large.go:51:17:     from ... argument (spill) at ./map_large.go:51:13
./map_large.go:51:17:     from fmt.Println(... argument...) (call parameter) at ./map_large.go:51:13
./map_large.go:43:31: i % 2500 escapes to heap:
./map_large.go:43:31:   flow: {storage for ... argument} = &{storage for i % 2500}:
./map_large.go:43:31:     from i % 2500 (spill) at ./map_large.go:43:31
./map_large.go:43:31:     from ... argument (slice-literal-element) at ./map_large.go:43:19
./map_large.go:43:31:   flow: {heap} = {storage for ... argument}:
./map_large.go:43:31:     from ... argument (spill) at ./map_large.go:43:19
./map_large.go:43:31:     from fmt.Sprintf("key-%d", ... argument...) (call parameter) at ./map_large.go:43:19
./map_large.go:39:17: len(m) escapes to heap:
./map_large.go:39:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_large.go:39:17:     from len(m) (spill) at ./map_large.go:39:17
./map_large.go:39:17:     from ... argument (slice-literal-element) at ./map_large.go:39:13
./map_large.go:39:17:   flow: {heap} = {storage for ... argument}:
./map_large.go:39:17:     from ... argument (spill) at ./map_large.go:39:13
./map_large.go:39:17:     from fmt.Println(... argument...) (call parameter) at ./map_large.go:39:13
./map_large.go:34:21: valSum > 0 escapes to heap:
./map_large.go:34:21:   flow: {storage for ... argument} = &{storage for valSum > 0}:
./map_large.go:34:21:     from valSum > 0 (spill) at ./map_large.go:34:21
./map_large.go:34:21:     from ... argument (slice-literal-element) at ./map_large.go:34:13
./map_large.go:34:21:   flow: {heap} = {storage for ... argument}:
./map_large.go:34:21:     from ... argument (spill) at ./map_large.go:34:13
./map_large.go:34:21:     from fmt.Println(... argument...) (call parameter) at ./map_large.go:34:13
./map_large.go:33:13: keySum escapes to heap:
./map_large.go:33:13:   flow: {storage for ... argument} = &{storage for keySum}:
./map_large.go:33:13:     from keySum (spill) at ./map_large.go:33:13
./map_large.go:33:13:     from ... argument (slice-literal-element) at ./map_large.go:33:13
./map_large.go:33:13:   flow: {heap} = {storage for ... argument}:
./map_large.go:33:13:     from ... argument (spill) at ./map_large.go:33:13
./map_large.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./map_large.go:33:13
./map_large.go:26:17: len(m) escapes to heap:
./map_large.go:26:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_large.go:26:17:     from len(m) (spill) at ./map_large.go:26:17
./map_large.go:26:17:     from ... argument (slice-literal-element) at ./map_large.go:26:13
./map_large.go:26:17:   flow: {heap} = {storage for ... argument}:
./map_large.go:26:17:     from ... argument (spill) at ./map_large.go:26:13
./map_large.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./map_large.go:26:13
./map_large.go:21:13: missing escapes to heap:
./map_large.go:21:13:   flow: {storage for ... argument} = &{storage for missing}:
./map_large.go:21:13:     from missing (spill) at ./map_large.go:21:13
./map_large.go:21:13:     from ... argument (slice-literal-element) at ./map_large.go:21:13
./map_large.go:21:13:   flow: {heap} = {storage for ... argument}:
./map_large.go:21:13:     from ... argument (spill) at ./map_large.go:21:13
./map_large.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./map_large.go:21:13
./map_large.go:13:17: len(m) escapes to heap:
./map_large.go:13:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_large.go:13:17:     from len(m) (spill) at ./map_large.go:13:17
./map_large.go:13:17:     from ... argument (slice-literal-element) at ./map_large.go:13:13
./map_large.go:13:17:   flow: {heap} = {storage for ... argument}:
./map_large.go:13:17:     from ... argument (spill) at ./map_large.go:13:13
./map_large.go:13:17:     from fmt.Println(... argument...) (call parameter) at ./map_large.go:13:13
./map_large.go:8:11: make(map[int]int) does not escape
./map_large.go:13:13: ... argument does not escape
./map_large.go:13:17: len(m) escapes to heap
./map_large.go:21:13: ... argument does not escape
./map_large.go:21:13: missing escapes to heap
./map_large.go:26:13: ... argument does not escape
./map_large.go:26:17: len(m) escapes to heap
./map_large.go:33:13: ... argument does not escape
./map_large.go:33:13: keySum escapes to heap
./map_large.go:34:13: ... argument does not escape
./map_large.go:34:21: valSum > 0 escapes to heap
./map_large.go:39:13: ... argument does not escape
./map_large.go:39:17: len(m) escapes to heap
./map_large.go:41:24: map[string]int{} does not escape
./map_large.go:43:19: ... argument does not escape
./map_large.go:43:31: i % 2500 escapes to heap
./map_large.go:51:13: ... argument does not escape
./map_large.go:51:17: len(strs) escapes to heap
./map_large.go:51:17: twos escapes to heap

./range_map_delete.go:47:26: len(p) escapes to heap:
./range_map_delete.go:47:26:   flow: {storage for ... argument} = &{storage for len(p)}:
./range_map_delete.go:47:26:     from len(p) (spill) at ./range_map_delete.go:47:26
./range_map_delete.go:47:26:     from ... argument (slice-literal-element) at ./range_map_delete.go:47:13
./range_map_delete.go:47:26:   flow: {heap} = {storage for ... argument}:
./range_map_delete.go:47:26:     from ... argument (spill) at ./range_map_delete.go:47:13
./range_map_delete.go:47:26:     from fmt.Println(... argument...) (call parameter) at ./range_map_delete.go:47:13
./range_map_delete.go:47:13: visited escapes to heap:
./range_map_delete.go:47:13:   flow: {storage for ... argument} = &{storage for visited}:
./range_map_delete.go:47:13:     from visited (spill) at ./range_map_delete.go:47:13
./range_map_delete.go:47:13:     from ... argument (slice-literal-element) at ./range_map_delete.go:47:13
./range_map_delete.go:47:13:   flow: {heap} = {storage for ... argument}:
./range_map_delete.go:47:13:     from ... argument (spill) at ./range_map_delete.go:47:13
./range_map_delete.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./range_map_delete.go:47:13
./range_map_delete.go:34:23: len(m) escapes to heap:
./range_map_delete.go:34:23:   flow: {storage for ... argument} = &{storage for len(m)}:
./range_map_delete.go:34:23:     from len(m) (spill) at ./range_map_delete.go:34:23
./range_map_delete.go:34:23:     from ... argument (slice-literal-element) at ./range_map_delete.go:34:13
./range_map_delete.go:34:23:   flow: {heap} = {storage for ... argument}:
./range_map_delete.go:34:23:     from ... argument (spill) at ./range_map_delete.go:34:13
./range_map_delete.go:34:23:     from fmt.Println(... argument...) (call parameter) at ./range_map_delete.go:34:13
./range_map_delete.go:34:13: seen escapes to heap:
./range_map_delete.go:34:13:   flow: {storage for ... argument} = &{storage for seen}:
./range_map_delete.go:34:13:     from seen (spill) at ./range_map_delete.go:34:13
./range_map_delete.go:34:13:     from ... argument (slice-literal-element) at ./range_map_delete.go:34:13
./range_map_delete.go:34:13:   flow: {heap} = {storage for ... argument}:
./range_map_delete.go:34:13:     from ... argument (spill) at ./range_map_delete.go:34:13
./range_map_delete.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./range_map_delete.go:34:13
./range_map_delete.go:24:13: odd escapes to heap:
./range_map_delete.go:24:13:   flow: {storage for ... argument} = &{storage for odd}:
./range_map_delete.go:24:13:     from odd (spill) at ./range_map_delete.go:24:13
./range_map_delete.go:24:13:     from ... argument (slice-literal-element) at ./range_map_delete.go:24:13
./range_map_delete.go:24:13:   flow: {heap} = {storage for ... argument}:
./range_map_delete.go:24:13:     from ... argument (spill) at ./range_map_delete.go:24:13
./range_map_delete.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./range_map_delete.go:24:13
./range_map_delete.go:17:17: len(m) escapes to heap:
./range_map_delete.go:17:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./range_map_delete.go:17:17:     from len(m) (spill) at ./range_map_delete.go:17:17
./range_map_delete.go:17:17:     from ... argument (slice-literal-element) at ./range_map_delete.go:17:13
./range_map_delete.go:17:17:   flow: {heap} = {storage for ... argument}:
./range_map_delete.go:17:17:     from ... argument (spill) at ./range_map_delete.go:17:13
./range_map_delete.go:17:17:     from fmt.Println(... argument...) (call parameter) at ./range_map_delete.go:17:13
./range_map_delete.go:8:11: make(map[int]string) does not escape
./range_map_delete.go:17:13: ... argument does not escape
./range_map_delete.go:17:17: len(m) escapes to heap
./range_map_delete.go:24:13: ... argument does not escape
./range_map_delete.go:24:13: odd escapes to heap
./range_map_delete.go:34:13: ... argument does not escape
./range_map_delete.go:34:13: seen escapes to heap
./range_map_delete.go:34:23: len(m) escapes to heap
./range_map_delete.go:38:18: map[int]int{} does not escape
./range_map_delete.go:47:13: ... argument does not escape
./range_map_delete.go:47:13: visited escapes to heap
./range_map_delete.go:47:26: len(p) escapes to heap

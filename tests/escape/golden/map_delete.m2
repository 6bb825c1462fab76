./map_delete.go:8:21: map[string]int{...} escapes to heap:
./map_delete.go:8:21:   flow: m = &{storage for map[string]int{...}}:
./map_delete.go:8:21:     from map[string]int{...} (spill) at ./map_delete.go:8:21
./map_delete.go:8:21:     from m := map[string]int{...} (assign) at ./map_delete.go:8:4
./map_delete.go:8:21:   flow: {storage for ... argument} = m:
./map_delete.go:8:21:     from m (interface-converted) at ./map_delete.go:45:13
./map_delete.go:8:21:     from ... argument (slice-literal-element) at ./map_delete.go:45:13
./map_delete.go:8:21:   flow: {heap} = {storage for ... argument}:
./map_delete.go:8:21:     from ... argument (spill) at ./map_delete.go:45:13
./map_delete.go:8:21:     from fmt.Println(... argument...) (call parameter) at ./map_delete.go:45:13
./map_delete.go:23:13: make(map[int]int) escapes to heap:
./map_delete.go:23:13:   flow: big = &{storage for make(map[int]int)}:
./map_delete.go:23:13:     from make(map[int]int) (spill) at ./map_delete.go:23:13
./map_delete.go:23:13:     from big := make(map[int]int) (assign) at ./map_delete.go:23:6
./map_delete.go:23:13:   flow: {storage for ... argument} = big:
./map_delete.go:23:13:     from big (interface-converted) at ./map_delete.go:38:17
./map_delete.go:23:13:     from ... argument (slice-literal-element) at ./map_delete.go:38:13
./map_delete.go:23:13:   flow: {heap} = {storage for ... argument}:
./map_delete.go:23:13:     from ... argument (spill) at ./map_delete.go:38:13
./map_delete.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./map_delete.go:38:13
./map_delete.go:38:17: len(big) escapes to heap:
./map_delete.go:38:17:   flow: {storage for ... argument} = &{storage for len(big)}:
./map_delete.go:38:17:     from len(big) (spill) at ./map_delete.go:38:17
./map_delete.go:38:17:     from ... argument (slice-literal-element) at ./map_delete.go:38:13
./map_delete.go:38:17:   flow: {heap} = {storage for ... argument}:
./map_delete.go:38:17:     from ... argument (spill) at ./map_delete.go:38:13
./map_delete.go:38:17:     from fmt.Println(... argument...) (call parameter) at ./map_delete.go:38:13
./map_delete.go:34:17: sum escapes to heap:
./map_delete.go:34:17:   flow: {storage for ... argument} = &{storage for sum}:
./map_delete.go:34:17:     from sum (spill) at ./map_delete.go:34:17
./map_delete.go:34:17:     from ... argument (slice-literal-element) at ./map_delete.go:34:13
./map_delete.go:34:17:   flow: {heap} = {storage for ... argument}:
./map_delete.go:34:17:     from ... argument (spill) at ./map_delete.go:34:13
./map_delete.go:34:17:     from fmt.Println(... argument...) (call parameter) at ./map_delete.go:34:13
./map_delete.go:34:17: len(big) escapes to heap:
./map_delete.go:34:17:   flow: {storage for ... argument} = &{storage for len(big)}:
./map_delete.go:34:17:     from len(big) (spill) at ./map_delete.go:34:17
./map_delete.go:34:17:     from ... argument (slice-literal-element) at ./map_delete.go:34:13
./map_delete.go:34:17:   flow: {heap} = {storage for ... argument}:
./map_delete.go:34:17:     from ... argument (spill) at ./map_delete.go:34:13
./map_delete.go:34:17:     from fmt.Println(... argument...) (call parameter) at ./map_delete.go:34:13
./map_delete.go:21:17: len(nilMap) escapes to heap:
./map_delete.go:21:17:   flow: {storage for ... argument} = &{storage for len(nilMap)}:
./map_delete.go:21:17:     from len(nilMap) (spill) at ./map_delete.go:21:17
./map_delete.go:21:17:     from ... argument (slice-literal-element) at ./map_delete.go:21:13
./map_delete.go:21:17:   flow: {heap} = {storage for ... argument}:
./map_delete.go:21:17:     from ... argument (spill) at ./map_delete.go:21:13
./map_delete.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./map_delete.go:21:13
./map_delete.go:14:13: ok escapes to heap:
./map_delete.go:14:13:   flow: {storage for ... argument} = &{storage for ok}:
./map_delete.go:14:13:     from ok (spill) at ./map_delete.go:14:13
./map_delete.go:14:13:     from ... argument (slice-literal-element) at ./map_delete.go:14:13
./map_delete.go:14:13:   flow: {heap} = {storage for ... argument}:
./map_delete.go:14:13:     from ... argument (spill) at ./map_delete.go:14:13
./map_delete.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./map_delete.go:14:13
./map_delete.go:12:17: len(m) escapes to heap:
./map_delete.go:12:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_delete.go:12:17:     from len(m) (spill) at ./map_delete.go:12:17
./map_delete.go:12:17:     from ... argument (slice-literal-element) at ./map_delete.go:12:13
./map_delete.go:12:17:   flow: {heap} = {storage for ... argument}:
./map_delete.go:12:17:     from ... argument (spill) at ./map_delete.go:12:13
./map_delete.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./map_delete.go:12:13
./map_delete.go:10:17: len(m) escapes to heap:
./map_delete.go:10:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_delete.go:10:17:     from len(m) (spill) at ./map_delete.go:10:17
./map_delete.go:10:17:     from ... argument (slice-literal-element) at ./map_delete.go:10:13
./map_delete.go:10:17:   flow: {heap} = {storage for ... argument}:
./map_delete.go:10:17:     from ... argument (spill) at ./map_delete.go:10:13
./map_delete.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./map_delete.go:10:13
./map_delete.go:8:21: map[string]int{...} escapes to heap
./map_delete.go:10:13: ... argument does not escape
./map_delete.go:10:17: len(m) escapes to heap
./map_delete.go:12:13: ... argument does not escape
./map_delete.go:12:17: len(m) escapes to heap
./map_delete.go:14:13: ... argument does not escape
./map_delete.go:14:13: ok escapes to heap
./map_delete.go:17:13: ... argument does not escape
./map_delete.go:21:13: ... argument does not escape
./map_delete.go:21:17: len(nilMap) escapes to heap
./map_delete.go:23:13: make(map[int]int) escapes to heap
./map_delete.go:34:13: ... argument does not escape
./map_delete.go:34:17: len(big) escapes to heap
./map_delete.go:34:17: sum escapes to heap
./map_delete.go:38:13: ... argument does not escape
./map_delete.go:38:17: len(big) escapes to heap
./map_delete.go:41:15: []string{...} does not escape
./map_delete.go:45:13: ... argument does not escape

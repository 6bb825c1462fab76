./map_array_keys.go:36:28: map[[2]int]int{...} escapes to heap:
./map_array_keys.go:36:28:   flow: {storage for ... argument} = &{storage for map[[2]int]int{...}}:
./map_array_keys.go:36:28:     from map[[2]int]int{...} (spill) at ./map_array_keys.go:36:28
./map_array_keys.go:36:28:     from map[[2]int]int{...} (interface-converted) at ./map_array_keys.go:36:28
./map_array_keys.go:36:28:     from ... argument (slice-literal-element) at ./map_array_keys.go:36:13
./map_array_keys.go:36:28:   flow: {heap} = {storage for ... argument}:
./map_array_keys.go:36:28:     from ... argument (spill) at ./map_array_keys.go:36:13
./map_array_keys.go:36:28:     from fmt.Println(... argument...) (call parameter) at ./map_array_keys.go:36:13
./map_array_keys.go:34:14: line escapes to heap:
./map_array_keys.go:34:14:   flow: {storage for ... argument} = &{storage for line}:
./map_array_keys.go:34:14:     from line (spill) at ./map_array_keys.go:34:14
./map_array_keys.go:34:14:     from ... argument (slice-literal-element) at ./map_array_keys.go:34:14
./map_array_keys.go:34:14:   flow: {heap} = {storage for ... argument}:
./map_array_keys.go:34:14:     from ... argument (spill) at ./map_array_keys.go:34:14
./map_array_keys.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./map_array_keys.go:34:14
./map_array_keys.go:24:17: len(alive) escapes to heap:
./map_array_keys.go:24:17:   flow: {storage for ... argument} = &{storage for len(alive)}:
./map_array_keys.go:24:17:     from len(alive) (spill) at ./map_array_keys.go:24:17
./map_array_keys.go:24:17:     from ... argument (slice-literal-element) at ./map_array_keys.go:24:13
./map_array_keys.go:24:17:   flow: {heap} = {storage for ... argument}:
./map_array_keys.go:24:17:     from ... argument (spill) at ./map_array_keys.go:24:13
./map_array_keys.go:24:17:     from fmt.Println(... argument...) (call parameter) at ./map_array_keys.go:24:13
./map_array_keys.go:17:51: names[[2]string{...}] escapes to heap:
./map_array_keys.go:17:51:   flow: {storage for ... argument} = &{storage for names[[2]string{...}]}:
./map_array_keys.go:17:51:     from names[[2]string{...}] (spill) at ./map_array_keys.go:17:51
./map_array_keys.go:17:51:     from ... argument (slice-literal-element) at ./map_array_keys.go:17:13
./map_array_keys.go:17:51:   flow: {heap} = {storage for ... argument}:
./map_array_keys.go:17:51:     from ... argument (spill) at ./map_array_keys.go:17:13
./map_array_keys.go:17:51:     from fmt.Println(... argument...) (call parameter) at ./map_array_keys.go:17:13
./map_array_keys.go:17:19: names[[2]string{...}] escapes to heap:
./map_array_keys.go:17:19:   flow: {storage for ... argument} = &{storage for names[[2]string{...}]}:
./map_array_keys.go:17:19:     from names[[2]string{...}] (spill) at ./map_array_keys.go:17:19
./map_array_keys.go:17:19:     from ... argument (slice-literal-element) at ./map_array_keys.go:17:13
./map_array_keys.go:17:19:   flow: {heap} = {storage for ... argument}:
./map_array_keys.go:17:19:     from ... argument (spill) at ./map_array_keys.go:17:13
./map_array_keys.go:17:19:     from fmt.Println(... argument...) (call parameter) at ./map_array_keys.go:17:13
./map_array_keys.go:14:13: ok escapes to heap:
./map_array_keys.go:14:13:   flow: {storage for ... argument} = &{storage for ok}:
./map_array_keys.go:14:13:     from ok (spill) at ./map_array_keys.go:14:13
./map_array_keys.go:14:13:     from ... argument (slice-literal-element) at ./map_array_keys.go:14:13
./map_array_keys.go:14:13:   flow: {heap} = {storage for ... argument}:
./map_array_keys.go:14:13:     from ... argument (spill) at ./map_array_keys.go:14:13
./map_array_keys.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./map_array_keys.go:14:13
./map_array_keys.go:11:23: len(m) escapes to heap:
./map_array_keys.go:11:23:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_array_keys.go:11:23:     from len(m) (spill) at ./map_array_keys.go:11:23
./map_array_keys.go:11:23:     from ... argument (slice-literal-element) at ./map_array_keys.go:11:13
./map_array_keys.go:11:23:   flow: {heap} = {storage for ... argument}:
./map_array_keys.go:11:23:     from ... argument (spill) at ./map_array_keys.go:11:13
./map_array_keys.go:11:23:     from fmt.Println(... argument...) (call parameter) at ./map_array_keys.go:11:13
./map_array_keys.go:11:15: m[a] escapes to heap:
./map_array_keys.go:11:15:   flow: {storage for ... argument} = &{storage for m[a]}:
./map_array_keys.go:11:15:     from m[a] (spill) at ./map_array_keys.go:11:15
./map_array_keys.go:11:15:     from ... argument (slice-literal-element) at ./map_array_keys.go:11:13
./map_array_keys.go:11:15:   flow: {heap} = {storage for ... argument}:
./map_array_keys.go:11:15:     from ... argument (spill) at ./map_array_keys.go:11:13
./map_array_keys.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./map_array_keys.go:11:13
./map_array_keys.go:8:24: map[[3]int]string{} does not escape
./map_array_keys.go:11:13: ... argument does not escape
./map_array_keys.go:11:15: m[a] escapes to heap
./map_array_keys.go:11:23: len(m) escapes to heap
./map_array_keys.go:14:13: ... argument does not escape
./map_array_keys.go:14:13: ok escapes to heap
./map_array_keys.go:16:28: map[[2]string]int{...} does not escape
./map_array_keys.go:17:13: ... argument does not escape
./map_array_keys.go:17:19: names[[2]string{...}] escapes to heap
./map_array_keys.go:17:51: names[[2]string{...}] escapes to heap
./map_array_keys.go:19:26: map[[2]int]bool{} does not escape
./map_array_keys.go:24:13: ... argument does not escape
./map_array_keys.go:24:17: len(alive) escapes to heap
./map_array_keys.go:34:14: ... argument does not escape
./map_array_keys.go:34:14: line escapes to heap
./map_array_keys.go:36:13: ... argument does not escape
./map_array_keys.go:36:28: map[[2]int]int{...} escapes to heap

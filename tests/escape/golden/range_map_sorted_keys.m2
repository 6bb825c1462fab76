./range_map_sorted_keys.go:10:17: sortStrings ignoring self-assignment in a[j], a[j - 1] = a[j - 1], a[j]
./range_map_sorted_keys.go:10:17: sortStrings ignoring self-assignment in a[j], a[j - 1] = a[j - 1], a[j]
./range_map_sorted_keys.go:7:18: a does not escape
./range_map_sorted_keys.go:18:17: sortInts ignoring self-assignment in a[j], a[j - 1] = a[j - 1], a[j]
./range_map_sorted_keys.go:18:17: sortInts ignoring self-assignment in a[j], a[j - 1] = a[j - 1], a[j]
./range_map_sorted_keys.go:15:15: a does not escape
./range_map_sorted_keys.go:38:14: make([]int, 0, len(byAge)) escapes to heap:
./range_map_sorted_keys.go:38:14:   flow: {heap} = &{storage for make([]int, 0, len(byAge))}:
./range_map_sorted_keys.go:38:14:     from make([]int, 0, len(byAge)) (non-constant size) at ./range_map_sorted_keys.go:38:14
./range_map_sorted_keys.go:45:23: " " escapes to heap:
./range_map_sorted_keys.go:45:23:   flow: {storage for ... argument} = &{storage for " "}:
./range_map_sorted_keys.go:45:23:     from " " (spill) at ./range_map_sorted_keys.go:45:23
./range_map_sorted_keys.go:45:23:     from ... argument (slice-literal-element) at ./range_map_sorted_keys.go:45:12
./range_map_sorted_keys.go:45:23:   flow: {heap} = {storage for ... argument}:
./range_map_sorted_keys.go:45:23:     from ... argument (spill) at ./range_map_sorted_keys.go:45:12
./range_map_sorted_keys.go:45:23:     from fmt.Print(... argument...) (call parameter) at ./range_map_sorted_keys.go:45:12
./range_map_sorted_keys.go:45:18: byAge[k] escapes to heap:
./range_map_sorted_keys.go:45:18:   flow: {storage for ... argument} = &{storage for byAge[k]}:
./range_map_sorted_keys.go:45:18:     from byAge[k] (spill) at ./range_map_sorted_keys.go:45:18
./range_map_sorted_keys.go:45:18:     from ... argument (slice-literal-element) at ./range_map_sorted_keys.go:45:12
./range_map_sorted_keys.go:45:18:   flow: {heap} = {storage for ... argument}:
./range_map_sorted_keys.go:45:18:     from ... argument (spill) at ./range_map_sorted_keys.go:45:12
./range_map_sorted_keys.go:45:18:     from fmt.Print(... argument...) (call parameter) at ./range_map_sorted_keys.go:45:12
./range_map_sorted_keys.go:43:13: keys escapes to heap:
./range_map_sorted_keys.go:43:13:   flow: {storage for ... argument} = &{storage for keys}:
./range_map_sorted_keys.go:43:13:     from keys (spill) at ./range_map_sorted_keys.go:43:13
./range_map_sorted_keys.go:43:13:     from ... argument (slice-literal-element) at ./range_map_sorted_keys.go:43:13
./range_map_sorted_keys.go:43:13:   flow: {heap} = {storage for ... argument}:
./range_map_sorted_keys.go:43:13:     from ... argument (spill) at ./range_map_sorted_keys.go:43:13
./range_map_sorted_keys.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./range_map_sorted_keys.go:43:13
./range_map_sorted_keys.go:31:37: ages[name] escapes to heap:
./range_map_sorted_keys.go:31:37:   flow: {storage for ... argument} = &{storage for ages[name]}:
./range_map_sorted_keys.go:31:37:     from ages[name] (spill) at ./range_map_sorted_keys.go:31:37
./range_map_sorted_keys.go:31:37:     from ... argument (slice-literal-element) at ./range_map_sorted_keys.go:31:13
./range_map_sorted_keys.go:31:37:   flow: {heap} = {storage for ... argument}:
./range_map_sorted_keys.go:31:37:     from ... argument (spill) at ./range_map_sorted_keys.go:31:13
./range_map_sorted_keys.go:31:37:     from fmt.Printf("%-5s %d\n", ... argument...) (call parameter) at ./range_map_sorted_keys.go:31:13
./range_map_sorted_keys.go:31:14: name escapes to heap:
./range_map_sorted_keys.go:31:14:   flow: {storage for ... argument} = &{storage for name}:
./range_map_sorted_keys.go:31:14:     from name (spill) at ./range_map_sorted_keys.go:31:14
./range_map_sorted_keys.go:31:14:     from ... argument (slice-literal-element) at ./range_map_sorted_keys.go:31:13
./range_map_sorted_keys.go:31:14:   flow: {heap} = {storage for ... argument}:
./range_map_sorted_keys.go:31:14:     from ... argument (spill) at ./range_map_sorted_keys.go:31:13
./range_map_sorted_keys.go:31:14:     from fmt.Printf("%-5s %d\n", ... argument...) (call parameter) at ./range_map_sorted_keys.go:31:13
./range_map_sorted_keys.go:24:24: map[string]int{...} does not escape
./range_map_sorted_keys.go:31:13: ... argument does not escape
./range_map_sorted_keys.go:31:14: name escapes to heap
./range_map_sorted_keys.go:31:37: ages[name] escapes to heap
./range_map_sorted_keys.go:34:15: make(map[int]string) does not escape
./range_map_sorted_keys.go:38:14: make([]int, 0, len(byAge)) escapes to heap
./range_map_sorted_keys.go:43:13: ... argument does not escape
./range_map_sorted_keys.go:43:13: keys escapes to heap
./range_map_sorted_keys.go:45:12: ... argument does not escape
./range_map_sorted_keys.go:45:18: byAge[k] escapes to heap
./range_map_sorted_keys.go:45:23: " " escapes to heap

./map_of_slices.go:33:17: adj["a"] escapes to heap:
./map_of_slices.go:33:17:   flow: {storage for ... argument} = &{storage for adj["a"]}:
./map_of_slices.go:33:17:     from adj["a"] (spill) at ./map_of_slices.go:33:17
./map_of_slices.go:33:17:     from ... argument (slice-literal-element) at ./map_of_slices.go:33:13
./map_of_slices.go:33:17:   flow: {heap} = {storage for ... argument}:
./map_of_slices.go:33:17:     from ... argument (spill) at ./map_of_slices.go:33:13
./map_of_slices.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./map_of_slices.go:33:13
./map_of_slices.go:29:22: len(adj["a"]) escapes to heap:
./map_of_slices.go:29:22:   flow: {storage for ... argument} = &{storage for len(adj["a"])}:
./map_of_slices.go:29:22:     from len(adj["a"]) (spill) at ./map_of_slices.go:29:22
./map_of_slices.go:29:22:     from ... argument (slice-literal-element) at ./map_of_slices.go:29:13
./map_of_slices.go:29:22:   flow: {heap} = {storage for ... argument}:
./map_of_slices.go:29:22:     from ... argument (spill) at ./map_of_slices.go:29:13
./map_of_slices.go:29:22:     from fmt.Println(... argument...) (call parameter) at ./map_of_slices.go:29:13
./map_of_slices.go:24:28: map[string][]string{} escapes to heap:
./map_of_slices.go:24:28:   flow: adj = &{storage for map[string][]string{}}:
./map_of_slices.go:24:28:     from map[string][]string{} (spill) at ./map_of_slices.go:24:28
./map_of_slices.go:24:28:     from adj := map[string][]string{} (assign) at ./map_of_slices.go:24:6
./map_of_slices.go:24:28:   flow: {storage for ... argument} = adj:
./map_of_slices.go:24:28:     from adj (interface-converted) at ./map_of_slices.go:29:13
./map_of_slices.go:24:28:     from ... argument (slice-literal-element) at ./map_of_slices.go:29:13
./map_of_slices.go:24:28:   flow: {heap} = {storage for ... argument}:
./map_of_slices.go:24:28:     from ... argument (spill) at ./map_of_slices.go:29:13
./map_of_slices.go:24:28:     from fmt.Println(... argument...) (call parameter) at ./map_of_slices.go:29:13
./map_of_slices.go:22:20: groups[3] escapes to heap:
./map_of_slices.go:22:20:   flow: {storage for ... argument} = &{storage for groups[3]}:
./map_of_slices.go:22:20:     from groups[3] (spill) at ./map_of_slices.go:22:20
./map_of_slices.go:22:20:     from ... argument (slice-literal-element) at ./map_of_slices.go:22:13
./map_of_slices.go:22:20:   flow: {heap} = {storage for ... argument}:
./map_of_slices.go:22:20:     from ... argument (spill) at ./map_of_slices.go:22:13
./map_of_slices.go:22:20:     from fmt.Println(... argument...) (call parameter) at ./map_of_slices.go:22:13
./map_of_slices.go:20:33: len(s) escapes to heap:
./map_of_slices.go:20:33:   flow: {storage for ... argument} = &{storage for len(s)}:
./map_of_slices.go:20:33:     from len(s) (spill) at ./map_of_slices.go:20:33
./map_of_slices.go:20:33:     from ... argument (slice-literal-element) at ./map_of_slices.go:20:13
./map_of_slices.go:20:33:   flow: {heap} = {storage for ... argument}:
./map_of_slices.go:20:33:     from ... argument (spill) at ./map_of_slices.go:20:13
./map_of_slices.go:20:33:     from fmt.Println(... argument...) (call parameter) at ./map_of_slices.go:20:13
./map_of_slices.go:20:17: len(groups[3]) escapes to heap:
./map_of_slices.go:20:17:   flow: {storage for ... argument} = &{storage for len(groups[3])}:
./map_of_slices.go:20:17:     from len(groups[3]) (spill) at ./map_of_slices.go:20:17
./map_of_slices.go:20:17:     from ... argument (slice-literal-element) at ./map_of_slices.go:20:13
./map_of_slices.go:20:17:   flow: {heap} = {storage for ... argument}:
./map_of_slices.go:20:17:     from ... argument (spill) at ./map_of_slices.go:20:13
./map_of_slices.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./map_of_slices.go:20:13
./map_of_slices.go:18:20: groups[3] escapes to heap:
./map_of_slices.go:18:20:   flow: {storage for ... argument} = &{storage for groups[3]}:
./map_of_slices.go:18:20:     from groups[3] (spill) at ./map_of_slices.go:18:20
./map_of_slices.go:18:20:     from ... argument (slice-literal-element) at ./map_of_slices.go:18:13
./map_of_slices.go:18:20:   flow: {heap} = {storage for ... argument}:
./map_of_slices.go:18:20:     from ... argument (spill) at ./map_of_slices.go:18:13
./map_of_slices.go:18:20:     from fmt.Println(... argument...) (call parameter) at ./map_of_slices.go:18:13
./map_of_slices.go:14:40: groups[4] == nil escapes to heap:
./map_of_slices.go:14:40:   flow: {storage for ... argument} = &{storage for groups[4] == nil}:
./map_of_slices.go:14:40:     from groups[4] == nil (spill) at ./map_of_slices.go:14:40
./map_of_slices.go:14:40:     from ... argument (slice-literal-element) at ./map_of_slices.go:14:13
./map_of_slices.go:14:40:   flow: {heap} = {storage for ... argument}:
./map_of_slices.go:14:40:     from ... argument (spill) at ./map_of_slices.go:14:13
./map_of_slices.go:14:40:     from fmt.Println(... argument...) (call parameter) at ./map_of_slices.go:14:13
./map_of_slices.go:14:17: len(groups[2]) escapes to heap:
./map_of_slices.go:14:17:   flow: {storage for ... argument} = &{storage for len(groups[2])}:
./map_of_slices.go:14:17:     from len(groups[2]) (spill) at ./map_of_slices.go:14:17
./map_of_slices.go:14:17:     from ... argument (slice-literal-element) at ./map_of_slices.go:14:13
./map_of_slices.go:14:17:   flow: {heap} = {storage for ... argument}:
./map_of_slices.go:14:17:     from ... argument (spill) at ./map_of_slices.go:14:13
./map_of_slices.go:14:17:     from fmt.Println(... argument...) (call parameter) at ./map_of_slices.go:14:13
./map_of_slices.go:8:28: map[int][]string{} escapes to heap:
./map_of_slices.go:8:28:   flow: groups = &{storage for map[int][]string{}}:
./map_of_slices.go:8:28:     from map[int][]string{} (spill) at ./map_of_slices.go:8:28
./map_of_slices.go:8:28:     from groups := map[int][]string{} (assign) at ./map_of_slices.go:8:9
./map_of_slices.go:8:28:   flow: {storage for ... argument} = groups:
./map_of_slices.go:8:28:     from groups (interface-converted) at ./map_of_slices.go:13:13
./map_of_slices.go:8:28:     from ... argument (slice-literal-element) at ./map_of_slices.go:13:13
./map_of_slices.go:8:28:   flow: {heap} = {storage for ... argument}:
./map_of_slices.go:8:28:     from ... argument (spill) at ./map_of_slices.go:13:13
./map_of_slices.go:8:28:     from fmt.Println(... argument...) (call parameter) at ./map_of_slices.go:13:13
./map_of_slices.go:8:28: map[int][]string{} escapes to heap
./map_of_slices.go:9:19: []string{...} does not escape
./map_of_slices.go:13:13: ... argument does not escape
./map_of_slices.go:14:13: ... argument does not escape
./map_of_slices.go:14:17: len(groups[2]) escapes to heap
./map_of_slices.go:14:40: groups[4] == nil escapes to heap
./map_of_slices.go:18:13: ... argument does not escape
./map_of_slices.go:18:20: groups[3] escapes to heap
./map_of_slices.go:20:13: ... argument does not escape
./map_of_slices.go:20:17: len(groups[3]) escapes to heap
./map_of_slices.go:20:33: len(s) escapes to heap
./map_of_slices.go:22:13: ... argument does not escape
./map_of_slices.go:22:20: groups[3] escapes to heap
./map_of_slices.go:24:28: map[string][]string{} escapes to heap
./map_of_slices.go:25:22: [][2]string{...} does not escape
./map_of_slices.go:29:13: ... argument does not escape
./map_of_slices.go:29:22: len(adj["a"]) escapes to heap
./map_of_slices.go:33:13: ... argument does not escape
./map_of_slices.go:33:17: adj["a"] escapes to heap

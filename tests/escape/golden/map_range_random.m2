./map_range_random.go:10:19: map[int]bool{} escapes to heap:
./map_range_random.go:10:19:   flow: m = &{storage for map[int]bool{}}:
./map_range_random.go:10:19:     from map[int]bool{} (spill) at ./map_range_random.go:10:19
./map_range_random.go:10:19:     from m := map[int]bool{} (assign) at ./map_range_random.go:10:4
./map_range_random.go:10:19:   flow: {storage for ... argument} = m:
./map_range_random.go:10:19:     from m (interface-converted) at ./map_range_random.go:43:13
./map_range_random.go:10:19:     from ... argument (slice-literal-element) at ./map_range_random.go:43:13
./map_range_random.go:10:19:   flow: {heap} = {storage for ... argument}:
./map_range_random.go:10:19:     from ... argument (spill) at ./map_range_random.go:43:13
./map_range_random.go:10:19:     from fmt.Println(... argument...) (call parameter) at ./map_range_random.go:43:13
./map_range_random.go:43:13: n escapes to heap:
./map_range_random.go:43:13:   flow: {storage for ... argument} = &{storage for n}:
./map_range_random.go:43:13:     from n (spill) at ./map_range_random.go:43:13
./map_range_random.go:43:13:     from ... argument (slice-literal-element) at ./map_range_random.go:43:13
./map_range_random.go:43:13:   flow: {heap} = {storage for ... argument}:
./map_range_random.go:43:13:     from ... argument (spill) at ./map_range_random.go:43:13
./map_range_random.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./map_range_random.go:43:13
./map_range_random.go:35:25: len(first) escapes to heap:
./map_range_random.go:35:25:   flow: {storage for ... argument} = &{storage for len(first)}:
./map_range_random.go:35:25:     from len(first) (spill) at ./map_range_random.go:35:25
./map_range_random.go:35:25:     from ... argument (slice-literal-element) at ./map_range_random.go:35:13
./map_range_random.go:35:25:   flow: {heap} = {storage for ... argument}:
./map_range_random.go:35:25:     from ... argument (spill) at ./map_range_random.go:35:13
./map_range_random.go:35:25:     from fmt.Println(... argument...) (call parameter) at ./map_range_random.go:35:13
./map_range_random.go:35:14: "len:" escapes to heap:
./map_range_random.go:35:14:   flow: {storage for ... argument} = &{storage for "len:"}:
./map_range_random.go:35:14:     from "len:" (spill) at ./map_range_random.go:35:14
./map_range_random.go:35:14:     from ... argument (slice-literal-element) at ./map_range_random.go:35:13
./map_range_random.go:35:14:   flow: {heap} = {storage for ... argument}:
./map_range_random.go:35:14:     from ... argument (spill) at ./map_range_random.go:35:13
./map_range_random.go:35:14:     from fmt.Println(... argument...) (call parameter) at ./map_range_random.go:35:13
./map_range_random.go:34:14: differs escapes to heap:
./map_range_random.go:34:14:   flow: {storage for ... argument} = &{storage for differs}:
./map_range_random.go:34:14:     from differs (spill) at ./map_range_random.go:34:14
./map_range_random.go:34:14:     from ... argument (slice-literal-element) at ./map_range_random.go:34:13
./map_range_random.go:34:14:   flow: {heap} = {storage for ... argument}:
./map_range_random.go:34:14:     from ... argument (spill) at ./map_range_random.go:34:13
./map_range_random.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./map_range_random.go:34:13
./map_range_random.go:34:14: "orders differ:" escapes to heap:
./map_range_random.go:34:14:   flow: {storage for ... argument} = &{storage for "orders differ:"}:
./map_range_random.go:34:14:     from "orders differ:" (spill) at ./map_range_random.go:34:14
./map_range_random.go:34:14:     from ... argument (slice-literal-element) at ./map_range_random.go:34:13
./map_range_random.go:34:14:   flow: {heap} = {storage for ... argument}:
./map_range_random.go:34:14:     from ... argument (spill) at ./map_range_random.go:34:13
./map_range_random.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./map_range_random.go:34:13
./map_range_random.go:25:44: "times" escapes to heap:
./map_range_random.go:25:44:   flow: {storage for ... argument} = &{storage for "times"}:
./map_range_random.go:25:44:     from "times" (spill) at ./map_range_random.go:25:44
./map_range_random.go:25:44:     from ... argument (slice-literal-element) at ./map_range_random.go:25:16
./map_range_random.go:25:44:   flow: {heap} = {storage for ... argument}:
./map_range_random.go:25:44:     from ... argument (spill) at ./map_range_random.go:25:16
./map_range_random.go:25:44:     from fmt.Println(... argument...) (call parameter) at ./map_range_random.go:25:16
./map_range_random.go:25:39: seen[k] escapes to heap:
./map_range_random.go:25:39:   flow: {storage for ... argument} = &{storage for seen[k]}:
./map_range_random.go:25:39:     from seen[k] (spill) at ./map_range_random.go:25:39
./map_range_random.go:25:39:     from ... argument (slice-literal-element) at ./map_range_random.go:25:16
./map_range_random.go:25:39:   flow: {heap} = {storage for ... argument}:
./map_range_random.go:25:39:     from ... argument (spill) at ./map_range_random.go:25:16
./map_range_random.go:25:39:     from fmt.Println(... argument...) (call parameter) at ./map_range_random.go:25:16
./map_range_random.go:25:27: "seen" escapes to heap:
./map_range_random.go:25:27:   flow: {storage for ... argument} = &{storage for "seen"}:
./map_range_random.go:25:27:     from "seen" (spill) at ./map_range_random.go:25:27
./map_range_random.go:25:27:     from ... argument (slice-literal-element) at ./map_range_random.go:25:16
./map_range_random.go:25:27:   flow: {heap} = {storage for ... argument}:
./map_range_random.go:25:27:     from ... argument (spill) at ./map_range_random.go:25:16
./map_range_random.go:25:27:     from fmt.Println(... argument...) (call parameter) at ./map_range_random.go:25:16
./map_range_random.go:25:17: k escapes to heap:
./map_range_random.go:25:17:   flow: {storage for ... argument} = &{storage for k}:
./map_range_random.go:25:17:     from k (spill) at ./map_range_random.go:25:17
./map_range_random.go:25:17:     from ... argument (slice-literal-element) at ./map_range_random.go:25:16
./map_range_random.go:25:17:   flow: {heap} = {storage for ... argument}:
./map_range_random.go:25:17:     from ... argument (spill) at ./map_range_random.go:25:16
./map_range_random.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./map_range_random.go:25:16
./map_range_random.go:25:17: "key" escapes to heap:
./map_range_random.go:25:17:   flow: {storage for ... argument} = &{storage for "key"}:
./map_range_random.go:25:17:     from "key" (spill) at ./map_range_random.go:25:17
./map_range_random.go:25:17:     from ... argument (slice-literal-element) at ./map_range_random.go:25:16
./map_range_random.go:25:17:   flow: {heap} = {storage for ... argument}:
./map_range_random.go:25:17:     from ... argument (spill) at ./map_range_random.go:25:16
./map_range_random.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./map_range_random.go:25:16
./map_range_random.go:20:19: string(rune('0' + k)) escapes to heap:
./map_range_random.go:20:19:   flow: order = &{storage for string(rune('0' + k))}:
./map_range_random.go:20:19:     from string(rune('0' + k)) (spill) at ./map_range_random.go:20:19
./map_range_random.go:20:19:     from order += string(rune('0' + k)) (assign) at ./map_range_random.go:20:10
./map_range_random.go:10:19: map[int]bool{} escapes to heap
./map_range_random.go:18:22: map[int]int{} does not escape
./map_range_random.go:20:19: string(rune('0' + k)) escapes to heap
./map_range_random.go:25:16: ... argument does not escape
./map_range_random.go:25:17: "key" escapes to heap
./map_range_random.go:25:17: k escapes to heap
./map_range_random.go:25:27: "seen" escapes to heap
./map_range_random.go:25:39: seen[k] escapes to heap
./map_range_random.go:25:44: "times" escapes to heap
./map_range_random.go:34:13: ... argument does not escape
./map_range_random.go:34:14: "orders differ:" escapes to heap
./map_range_random.go:34:14: differs escapes to heap
./map_range_random.go:35:13: ... argument does not escape
./map_range_random.go:35:14: "len:" escapes to heap
./map_range_random.go:35:25: len(first) escapes to heap
./map_range_random.go:38:23: map[string]int{...} does not escape
./map_range_random.go:43:13: ... argument does not escape
./map_range_random.go:43:13: n escapes to heap

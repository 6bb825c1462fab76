./map_of_maps.go:7:42: parameter b leaks to {heap} with derefs=0:
./map_of_maps.go:7:42:   flow: {heap} = b:
./map_of_maps.go:7:42:     from inner[b] (key of map put) at ./map_of_maps.go:13:7
./map_of_maps.go:10:15: make(map[string]int) escapes to heap:
./map_of_maps.go:10:15:   flow: inner = &{storage for make(map[string]int)}:
./map_of_maps.go:10:15:     from make(map[string]int) (spill) at ./map_of_maps.go:10:15
./map_of_maps.go:10:15:     from inner = make(map[string]int) (assign) at ./map_of_maps.go:10:9
./map_of_maps.go:10:15:   flow: {heap} = inner:
./map_of_maps.go:10:15:     from m[a] = inner (assign) at ./map_of_maps.go:11:8
./map_of_maps.go:7:39: parameter a leaks to {heap} with derefs=0:
./map_of_maps.go:7:39:   flow: {heap} = a:
./map_of_maps.go:7:39:     from m[a] (key of map put) at ./map_of_maps.go:11:4
./map_of_maps.go:7:10: m does not escape
./map_of_maps.go:7:39: leaking param: a
./map_of_maps.go:7:42: leaking param: b
./map_of_maps.go:10:15: make(map[string]int) escapes to heap
./map_of_maps.go:34:25: map[int]bool{} escapes to heap:
./map_of_maps.go:34:25:   flow: {heap} = &{storage for map[int]bool{}}:
./map_of_maps.go:34:25:     from map[int]bool{} (spill) at ./map_of_maps.go:34:25
./map_of_maps.go:34:25:     from grid[i] = map[int]bool{} (assign) at ./map_of_maps.go:34:11
./map_of_maps.go:32:30: map[int]map[int]bool{} escapes to heap:
./map_of_maps.go:32:30:   flow: grid = &{storage for map[int]map[int]bool{}}:
./map_of_maps.go:32:30:     from map[int]map[int]bool{} (spill) at ./map_of_maps.go:32:30
./map_of_maps.go:32:30:     from grid := map[int]map[int]bool{} (assign) at ./map_of_maps.go:32:7
./map_of_maps.go:32:30:   flow: {storage for ... argument} = grid:
./map_of_maps.go:32:30:     from grid (interface-converted) at ./map_of_maps.go:43:13
./map_of_maps.go:32:30:     from ... argument (slice-literal-element) at ./map_of_maps.go:43:13
./map_of_maps.go:32:30:   flow: {heap} = {storage for ... argument}:
./map_of_maps.go:32:30:     from ... argument (spill) at ./map_of_maps.go:43:13
./map_of_maps.go:32:30:     from fmt.Println(... argument...) (call parameter) at ./map_of_maps.go:43:13
./map_of_maps.go:43:13: total escapes to heap:
./map_of_maps.go:43:13:   flow: {storage for ... argument} = &{storage for total}:
./map_of_maps.go:43:13:     from total (spill) at ./map_of_maps.go:43:13
./map_of_maps.go:43:13:     from ... argument (slice-literal-element) at ./map_of_maps.go:43:13
./map_of_maps.go:43:13:   flow: {heap} = {storage for ... argument}:
./map_of_maps.go:43:13:     from ... argument (spill) at ./map_of_maps.go:43:13
./map_of_maps.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./map_of_maps.go:43:13
./map_of_maps.go:23:41: m["z"] == nil escapes to heap:
./map_of_maps.go:23:41:   flow: {storage for ... argument} = &{storage for m["z"] == nil}:
./map_of_maps.go:23:41:     from m["z"] == nil (spill) at ./map_of_maps.go:23:41
./map_of_maps.go:23:41:     from ... argument (slice-literal-element) at ./map_of_maps.go:23:13
./map_of_maps.go:23:41:   flow: {heap} = {storage for ... argument}:
./map_of_maps.go:23:41:     from ... argument (spill) at ./map_of_maps.go:23:13
./map_of_maps.go:23:41:     from fmt.Println(... argument...) (call parameter) at ./map_of_maps.go:23:13
./map_of_maps.go:23:20: m["z"]["anything"] escapes to heap:
./map_of_maps.go:23:20:   flow: {storage for ... argument} = &{storage for m["z"]["anything"]}:
./map_of_maps.go:23:20:     from m["z"]["anything"] (spill) at ./map_of_maps.go:23:20
./map_of_maps.go:23:20:     from ... argument (slice-literal-element) at ./map_of_maps.go:23:13
./map_of_maps.go:23:20:   flow: {heap} = {storage for ... argument}:
./map_of_maps.go:23:20:     from ... argument (spill) at ./map_of_maps.go:23:13
./map_of_maps.go:23:20:     from fmt.Println(... argument...) (call parameter) at ./map_of_maps.go:23:13
./map_of_maps.go:22:28: len(m["x"]) escapes to heap:
./map_of_maps.go:22:28:   flow: {storage for ... argument} = &{storage for len(m["x"])}:
./map_of_maps.go:22:28:     from len(m["x"]) (spill) at ./map_of_maps.go:22:28
./map_of_maps.go:22:28:     from ... argument (slice-literal-element) at ./map_of_maps.go:22:13
./map_of_maps.go:22:28:   flow: {heap} = {storage for ... argument}:
./map_of_maps.go:22:28:     from ... argument (spill) at ./map_of_maps.go:22:13
./map_of_maps.go:22:28:     from fmt.Println(... argument...) (call parameter) at ./map_of_maps.go:22:13
./map_of_maps.go:22:20: len(m) escapes to heap:
./map_of_maps.go:22:20:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_of_maps.go:22:20:     from len(m) (spill) at ./map_of_maps.go:22:20
./map_of_maps.go:22:20:     from ... argument (slice-literal-element) at ./map_of_maps.go:22:13
./map_of_maps.go:22:20:   flow: {heap} = {storage for ... argument}:
./map_of_maps.go:22:20:     from ... argument (spill) at ./map_of_maps.go:22:13
./map_of_maps.go:22:20:     from fmt.Println(... argument...) (call parameter) at ./map_of_maps.go:22:13
./map_of_maps.go:17:32: map[string]map[string]int{} escapes to heap:
./map_of_maps.go:17:32:   flow: m = &{storage for map[string]map[string]int{}}:
./map_of_maps.go:17:32:     from map[string]map[string]int{} (spill) at ./map_of_maps.go:17:32
./map_of_maps.go:17:32:     from m := map[string]map[string]int{} (assign) at ./map_of_maps.go:17:4
./map_of_maps.go:17:32:   flow: {storage for ... argument} = m:
./map_of_maps.go:17:32:     from m (interface-converted) at ./map_of_maps.go:22:13
./map_of_maps.go:17:32:     from ... argument (slice-literal-element) at ./map_of_maps.go:22:13
./map_of_maps.go:17:32:   flow: {heap} = {storage for ... argument}:
./map_of_maps.go:17:32:     from ... argument (spill) at ./map_of_maps.go:22:13
./map_of_maps.go:17:32:     from fmt.Println(... argument...) (call parameter) at ./map_of_maps.go:22:13
./map_of_maps.go:17:32: map[string]map[string]int{} escapes to heap
./map_of_maps.go:22:13: ... argument does not escape
./map_of_maps.go:22:20: len(m) escapes to heap
./map_of_maps.go:22:28: len(m["x"]) escapes to heap
./map_of_maps.go:23:13: ... argument does not escape
./map_of_maps.go:23:20: m["z"]["anything"] escapes to heap
./map_of_maps.go:23:41: m["z"] == nil escapes to heap
./map_of_maps.go:27:13: ... argument does not escape
./map_of_maps.go:30:13: ... argument does not escape
./map_of_maps.go:32:30: map[int]map[int]bool{} escapes to heap
./map_of_maps.go:34:25: map[int]bool{} escapes to heap
./map_of_maps.go:43:13: ... argument does not escape
./map_of_maps.go:43:13: total escapes to heap

./map_literal.go:24:8: map[string]int{...} escapes to heap:
./map_literal.go:24:8:   flow: {heap} = &{storage for map[string]int{...}}:
./map_literal.go:24:8:     from map[string]int{...} (spill) at ./map_literal.go:24:8
./map_literal.go:24:8:     from map[string]map[string]int{...} (map literal value) at ./map_literal.go:23:37
./map_literal.go:25:8: map[string]int{...} escapes to heap:
./map_literal.go:25:8:   flow: {heap} = &{storage for map[string]int{...}}:
./map_literal.go:25:8:     from map[string]int{...} (spill) at ./map_literal.go:25:8
./map_literal.go:25:8:     from map[string]map[string]int{...} (map literal value) at ./map_literal.go:23:37
./map_literal.go:29:31: []string{...} escapes to heap:
./map_literal.go:29:31:   flow: {heap} = &{storage for []string{...}}:
./map_literal.go:29:31:     from []string{...} (spill) at ./map_literal.go:29:31
./map_literal.go:29:31:     from map[int][]string{...} (map literal value) at ./map_literal.go:29:27
./map_literal.go:29:41: []string{...} escapes to heap:
./map_literal.go:29:41:   flow: {heap} = &{storage for []string{...}}:
./map_literal.go:29:41:     from []string{...} (spill) at ./map_literal.go:29:41
./map_literal.go:29:41:     from map[int][]string{...} (map literal value) at ./map_literal.go:29:27
./map_literal.go:38:24: map[int]string{...} escapes to heap:
./map_literal.go:38:24:   flow: ints = &{storage for map[int]string{...}}:
./map_literal.go:38:24:     from map[int]string{...} (spill) at ./map_literal.go:38:24
./map_literal.go:38:24:     from ints := map[int]string{...} (assign) at ./map_literal.go:38:7
./map_literal.go:38:24:   flow: {storage for ... argument} = ints:
./map_literal.go:38:24:     from ints (interface-converted) at ./map_literal.go:39:13
./map_literal.go:38:24:     from ... argument (slice-literal-element) at ./map_literal.go:39:13
./map_literal.go:38:24:   flow: {heap} = {storage for ... argument}:
./map_literal.go:38:24:     from ... argument (spill) at ./map_literal.go:39:13
./map_literal.go:38:24:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:39:13
./map_literal.go:36:39: empty == nil escapes to heap:
./map_literal.go:36:39:   flow: {storage for ... argument} = &{storage for empty == nil}:
./map_literal.go:36:39:     from empty == nil (spill) at ./map_literal.go:36:39
./map_literal.go:36:39:     from ... argument (slice-literal-element) at ./map_literal.go:36:13
./map_literal.go:36:39:   flow: {heap} = {storage for ... argument}:
./map_literal.go:36:39:     from ... argument (spill) at ./map_literal.go:36:13
./map_literal.go:36:39:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:36:13
./map_literal.go:36:24: len(empty) escapes to heap:
./map_literal.go:36:24:   flow: {storage for ... argument} = &{storage for len(empty)}:
./map_literal.go:36:24:     from len(empty) (spill) at ./map_literal.go:36:24
./map_literal.go:36:24:     from ... argument (slice-literal-element) at ./map_literal.go:36:13
./map_literal.go:36:24:   flow: {heap} = {storage for ... argument}:
./map_literal.go:36:24:     from ... argument (spill) at ./map_literal.go:36:13
./map_literal.go:36:24:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:36:13
./map_literal.go:35:26: map[string]bool{} escapes to heap:
./map_literal.go:35:26:   flow: empty = &{storage for map[string]bool{}}:
./map_literal.go:35:26:     from map[string]bool{} (spill) at ./map_literal.go:35:26
./map_literal.go:35:26:     from empty := map[string]bool{} (assign) at ./map_literal.go:35:8
./map_literal.go:35:26:   flow: {storage for ... argument} = empty:
./map_literal.go:35:26:     from empty (interface-converted) at ./map_literal.go:36:13
./map_literal.go:35:26:     from ... argument (slice-literal-element) at ./map_literal.go:36:13
./map_literal.go:35:26:   flow: {heap} = {storage for ... argument}:
./map_literal.go:35:26:     from ... argument (spill) at ./map_literal.go:36:13
./map_literal.go:35:26:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:36:13
./map_literal.go:32:25: map[[2]int]bool{...} escapes to heap:
./map_literal.go:32:25:   flow: arrs = &{storage for map[[2]int]bool{...}}:
./map_literal.go:32:25:     from map[[2]int]bool{...} (spill) at ./map_literal.go:32:25
./map_literal.go:32:25:     from arrs := map[[2]int]bool{...} (assign) at ./map_literal.go:32:7
./map_literal.go:32:25:   flow: {storage for ... argument} = arrs:
./map_literal.go:32:25:     from arrs (interface-converted) at ./map_literal.go:33:13
./map_literal.go:32:25:     from ... argument (slice-literal-element) at ./map_literal.go:33:13
./map_literal.go:32:25:   flow: {heap} = {storage for ... argument}:
./map_literal.go:32:25:     from ... argument (spill) at ./map_literal.go:33:13
./map_literal.go:32:25:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:33:13
./map_literal.go:29:27: map[int][]string{...} escapes to heap:
./map_literal.go:29:27:   flow: lists = &{storage for map[int][]string{...}}:
./map_literal.go:29:27:     from map[int][]string{...} (spill) at ./map_literal.go:29:27
./map_literal.go:29:27:     from lists := map[int][]string{...} (assign) at ./map_literal.go:29:8
./map_literal.go:29:27:   flow: {storage for ... argument} = lists:
./map_literal.go:29:27:     from lists (interface-converted) at ./map_literal.go:30:13
./map_literal.go:29:27:     from ... argument (slice-literal-element) at ./map_literal.go:30:13
./map_literal.go:29:27:   flow: {heap} = {storage for ... argument}:
./map_literal.go:29:27:     from ... argument (spill) at ./map_literal.go:30:13
./map_literal.go:29:27:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:30:13
./map_literal.go:27:33: nested["b"]["z"] escapes to heap:
./map_literal.go:27:33:   flow: {storage for ... argument} = &{storage for nested["b"]["z"]}:
./map_literal.go:27:33:     from nested["b"]["z"] (spill) at ./map_literal.go:27:33
./map_literal.go:27:33:     from ... argument (slice-literal-element) at ./map_literal.go:27:13
./map_literal.go:27:33:   flow: {heap} = {storage for ... argument}:
./map_literal.go:27:33:     from ... argument (spill) at ./map_literal.go:27:13
./map_literal.go:27:33:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:27:13
./map_literal.go:23:37: map[string]map[string]int{...} escapes to heap:
./map_literal.go:23:37:   flow: nested = &{storage for map[string]map[string]int{...}}:
./map_literal.go:23:37:     from map[string]map[string]int{...} (spill) at ./map_literal.go:23:37
./map_literal.go:23:37:     from nested := map[string]map[string]int{...} (assign) at ./map_literal.go:23:9
./map_literal.go:23:37:   flow: {storage for ... argument} = nested:
./map_literal.go:23:37:     from nested (interface-converted) at ./map_literal.go:27:13
./map_literal.go:23:37:     from ... argument (slice-literal-element) at ./map_literal.go:27:13
./map_literal.go:23:37:   flow: {heap} = {storage for ... argument}:
./map_literal.go:23:37:     from ... argument (spill) at ./map_literal.go:27:13
./map_literal.go:23:37:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:27:13
./map_literal.go:21:51: len(byPt) escapes to heap:
./map_literal.go:21:51:   flow: {storage for ... argument} = &{storage for len(byPt)}:
./map_literal.go:21:51:     from len(byPt) (spill) at ./map_literal.go:21:51
./map_literal.go:21:51:     from ... argument (slice-literal-element) at ./map_literal.go:21:13
./map_literal.go:21:51:   flow: {heap} = {storage for ... argument}:
./map_literal.go:21:51:     from ... argument (spill) at ./map_literal.go:21:13
./map_literal.go:21:51:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:21:13
./map_literal.go:21:37: byPt[Point{}] escapes to heap:
./map_literal.go:21:37:   flow: {storage for ... argument} = &{storage for byPt[Point{}]}:
./map_literal.go:21:37:     from byPt[Point{}] (spill) at ./map_literal.go:21:37
./map_literal.go:21:37:     from ... argument (slice-literal-element) at ./map_literal.go:21:13
./map_literal.go:21:37:   flow: {heap} = {storage for ... argument}:
./map_literal.go:21:37:     from ... argument (spill) at ./map_literal.go:21:13
./map_literal.go:21:37:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:21:13
./map_literal.go:21:18: byPt[Point{...}] escapes to heap:
./map_literal.go:21:18:   flow: {storage for ... argument} = &{storage for byPt[Point{...}]}:
./map_literal.go:21:18:     from byPt[Point{...}] (spill) at ./map_literal.go:21:18
./map_literal.go:21:18:     from ... argument (slice-literal-element) at ./map_literal.go:21:13
./map_literal.go:21:18:   flow: {heap} = {storage for ... argument}:
./map_literal.go:21:18:     from ... argument (spill) at ./map_literal.go:21:13
./map_literal.go:21:18:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:21:13
./map_literal.go:13:25: map[string]Point{...} escapes to heap:
./map_literal.go:13:25:   flow: pts = &{storage for map[string]Point{...}}:
./map_literal.go:13:25:     from map[string]Point{...} (spill) at ./map_literal.go:13:25
./map_literal.go:13:25:     from pts := map[string]Point{...} (assign) at ./map_literal.go:13:6
./map_literal.go:13:25:   flow: {storage for ... argument} = pts:
./map_literal.go:13:25:     from pts (interface-converted) at ./map_literal.go:18:13
./map_literal.go:13:25:     from ... argument (slice-literal-element) at ./map_literal.go:18:13
./map_literal.go:13:25:   flow: {heap} = {storage for ... argument}:
./map_literal.go:13:25:     from ... argument (spill) at ./map_literal.go:18:13
./map_literal.go:13:25:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:18:13
./map_literal.go:11:20: len(m) escapes to heap:
./map_literal.go:11:20:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_literal.go:11:20:     from len(m) (spill) at ./map_literal.go:11:20
./map_literal.go:11:20:     from ... argument (slice-literal-element) at ./map_literal.go:11:13
./map_literal.go:11:20:   flow: {heap} = {storage for ... argument}:
./map_literal.go:11:20:     from ... argument (spill) at ./map_literal.go:11:13
./map_literal.go:11:20:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:11:13
./map_literal.go:10:21: map[string]int{...} escapes to heap:
./map_literal.go:10:21:   flow: m = &{storage for map[string]int{...}}:
./map_literal.go:10:21:     from map[string]int{...} (spill) at ./map_literal.go:10:21
./map_literal.go:10:21:     from m := map[string]int{...} (assign) at ./map_literal.go:10:4
./map_literal.go:10:21:   flow: {storage for ... argument} = m:
./map_literal.go:10:21:     from m (interface-converted) at ./map_literal.go:11:13
./map_literal.go:10:21:     from ... argument (slice-literal-element) at ./map_literal.go:11:13
./map_literal.go:10:21:   flow: {heap} = {storage for ... argument}:
./map_literal.go:10:21:     from ... argument (spill) at ./map_literal.go:11:13
./map_literal.go:10:21:     from fmt.Println(... argument...) (call parameter) at ./map_literal.go:11:13
./map_literal.go:10:21: map[string]int{...} escapes to heap
./map_literal.go:11:13: ... argument does not escape
./map_literal.go:11:20: len(m) escapes to heap
./map_literal.go:13:25: map[string]Point{...} escapes to heap
./map_literal.go:18:13: ... argument does not escape
./map_literal.go:20:26: map[Point]string{...} does not escape
./map_literal.go:21:13: ... argument does not escape
./map_literal.go:21:18: byPt[Point{...}] escapes to heap
./map_literal.go:21:37: byPt[Point{}] escapes to heap
./map_literal.go:21:51: len(byPt) escapes to heap
./map_literal.go:23:37: map[string]map[string]int{...} escapes to heap
./map_literal.go:24:8: map[string]int{...} escapes to heap
./map_literal.go:25:8: map[string]int{...} escapes to heap
./map_literal.go:27:13: ... argument does not escape
./map_literal.go:27:33: nested["b"]["z"] escapes to heap
./map_literal.go:29:27: map[int][]string{...} escapes to heap
./map_literal.go:29:31: []string{...} escapes to heap
./map_literal.go:29:41: []string{...} escapes to heap
./map_literal.go:30:13: ... argument does not escape
./map_literal.go:32:25: map[[2]int]bool{...} escapes to heap
./map_literal.go:33:13: ... argument does not escape
./map_literal.go:35:26: map[string]bool{} escapes to heap
./map_literal.go:36:13: ... argument does not escape
./map_literal.go:36:24: len(empty) escapes to heap
./map_literal.go:36:39: empty == nil escapes to heap
./map_literal.go:38:24: map[int]string{...} escapes to heap
./map_literal.go:39:13: ... argument does not escape

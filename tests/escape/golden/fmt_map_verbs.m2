./fmt_map_verbs.go:12:28: []string{...} escapes to heap:
./fmt_map_verbs.go:12:28:   flow: {heap} = &{storage for []string{...}}:
./fmt_map_verbs.go:12:28:     from []string{...} (spill) at ./fmt_map_verbs.go:12:28
./fmt_map_verbs.go:12:28:     from map[int][]string{...} (map literal value) at ./fmt_map_verbs.go:12:24
./fmt_map_verbs.go:13:37: map[int]bool{...} escapes to heap:
./fmt_map_verbs.go:13:37:   flow: {heap} = &{storage for map[int]bool{...}}:
./fmt_map_verbs.go:13:37:     from map[int]bool{...} (spill) at ./fmt_map_verbs.go:13:37
./fmt_map_verbs.go:13:37:     from map[string]map[int]bool{...} (map literal value) at ./fmt_map_verbs.go:13:31
./fmt_map_verbs.go:13:31: map[string]map[int]bool{...} escapes to heap:
./fmt_map_verbs.go:13:31:   flow: mm = &{storage for map[string]map[int]bool{...}}:
./fmt_map_verbs.go:13:31:     from map[string]map[int]bool{...} (spill) at ./fmt_map_verbs.go:13:31
./fmt_map_verbs.go:13:31:     from mm := map[string]map[int]bool{...} (assign) at ./fmt_map_verbs.go:13:5
./fmt_map_verbs.go:13:31:   flow: {storage for ... argument} = mm:
./fmt_map_verbs.go:13:31:     from mm (interface-converted) at ./fmt_map_verbs.go:27:13
./fmt_map_verbs.go:13:31:     from ... argument (slice-literal-element) at ./fmt_map_verbs.go:27:12
./fmt_map_verbs.go:13:31:   flow: {heap} = {storage for ... argument}:
./fmt_map_verbs.go:13:31:     from ... argument (spill) at ./fmt_map_verbs.go:27:12
./fmt_map_verbs.go:13:31:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./fmt_map_verbs.go:27:12
./fmt_map_verbs.go:12:24: map[int][]string{...} escapes to heap:
./fmt_map_verbs.go:12:24:   flow: ms = &{storage for map[int][]string{...}}:
./fmt_map_verbs.go:12:24:     from map[int][]string{...} (spill) at ./fmt_map_verbs.go:12:24
./fmt_map_verbs.go:12:24:     from ms := map[int][]string{...} (assign) at ./fmt_map_verbs.go:12:5
./fmt_map_verbs.go:12:24:   flow: {storage for ... argument} = ms:
./fmt_map_verbs.go:12:24:     from ms (interface-converted) at ./fmt_map_verbs.go:27:13
./fmt_map_verbs.go:12:24:     from ... argument (slice-literal-element) at ./fmt_map_verbs.go:27:12
./fmt_map_verbs.go:12:24:   flow: {heap} = {storage for ... argument}:
./fmt_map_verbs.go:12:24:     from ... argument (spill) at ./fmt_map_verbs.go:27:12
./fmt_map_verbs.go:12:24:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./fmt_map_verbs.go:27:12
./fmt_map_verbs.go:10:21: map[string]int{...} escapes to heap:
./fmt_map_verbs.go:10:21:   flow: m = &{storage for map[string]int{...}}:
./fmt_map_verbs.go:10:21:     from map[string]int{...} (spill) at ./fmt_map_verbs.go:10:21
./fmt_map_verbs.go:10:21:     from m := map[string]int{...} (assign) at ./fmt_map_verbs.go:10:4
./fmt_map_verbs.go:10:21:   flow: {storage for ... argument} = m:
./fmt_map_verbs.go:10:21:     from m (interface-converted) at ./fmt_map_verbs.go:27:13
./fmt_map_verbs.go:10:21:     from ... argument (slice-literal-element) at ./fmt_map_verbs.go:27:12
./fmt_map_verbs.go:10:21:   flow: {heap} = {storage for ... argument}:
./fmt_map_verbs.go:10:21:     from ... argument (spill) at ./fmt_map_verbs.go:27:12
./fmt_map_verbs.go:10:21:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./fmt_map_verbs.go:27:12
./fmt_map_verbs.go:26:38: map[float64]bool{...} escapes to heap:
./fmt_map_verbs.go:26:38:   flow: {storage for ... argument} = &{storage for map[float64]bool{...}}:
./fmt_map_verbs.go:26:38:     from map[float64]bool{...} (spill) at ./fmt_map_verbs.go:26:38
./fmt_map_verbs.go:26:38:     from map[float64]bool{...} (interface-converted) at ./fmt_map_verbs.go:26:38
./fmt_map_verbs.go:26:38:     from ... argument (slice-literal-element) at ./fmt_map_verbs.go:26:12
./fmt_map_verbs.go:26:38:   flow: {heap} = {storage for ... argument}:
./fmt_map_verbs.go:26:38:     from ... argument (spill) at ./fmt_map_verbs.go:26:12
./fmt_map_verbs.go:26:38:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_map_verbs.go:26:12
./fmt_map_verbs.go:25:39: map[[2]string]int{...} escapes to heap:
./fmt_map_verbs.go:25:39:   flow: {storage for ... argument} = &{storage for map[[2]string]int{...}}:
./fmt_map_verbs.go:25:39:     from map[[2]string]int{...} (spill) at ./fmt_map_verbs.go:25:39
./fmt_map_verbs.go:25:39:     from map[[2]string]int{...} (interface-converted) at ./fmt_map_verbs.go:25:39
./fmt_map_verbs.go:25:39:     from ... argument (slice-literal-element) at ./fmt_map_verbs.go:25:12
./fmt_map_verbs.go:25:39:   flow: {heap} = {storage for ... argument}:
./fmt_map_verbs.go:25:39:     from ... argument (spill) at ./fmt_map_verbs.go:25:12
./fmt_map_verbs.go:25:39:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_map_verbs.go:25:12
./fmt_map_verbs.go:24:34: map[P]string{...} escapes to heap:
./fmt_map_verbs.go:24:34:   flow: {storage for ... argument} = &{storage for map[P]string{...}}:
./fmt_map_verbs.go:24:34:     from map[P]string{...} (spill) at ./fmt_map_verbs.go:24:34
./fmt_map_verbs.go:24:34:     from map[P]string{...} (interface-converted) at ./fmt_map_verbs.go:24:34
./fmt_map_verbs.go:24:34:     from ... argument (slice-literal-element) at ./fmt_map_verbs.go:24:12
./fmt_map_verbs.go:24:34:   flow: {heap} = {storage for ... argument}:
./fmt_map_verbs.go:24:34:     from ... argument (spill) at ./fmt_map_verbs.go:24:12
./fmt_map_verbs.go:24:34:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_map_verbs.go:24:12
./fmt_map_verbs.go:23:33: map[P]string{...} escapes to heap:
./fmt_map_verbs.go:23:33:   flow: {storage for ... argument} = &{storage for map[P]string{...}}:
./fmt_map_verbs.go:23:33:     from map[P]string{...} (spill) at ./fmt_map_verbs.go:23:33
./fmt_map_verbs.go:23:33:     from map[P]string{...} (interface-converted) at ./fmt_map_verbs.go:23:33
./fmt_map_verbs.go:23:33:     from ... argument (slice-literal-element) at ./fmt_map_verbs.go:23:12
./fmt_map_verbs.go:23:33:   flow: {heap} = {storage for ... argument}:
./fmt_map_verbs.go:23:33:     from ... argument (spill) at ./fmt_map_verbs.go:23:12
./fmt_map_verbs.go:23:33:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./fmt_map_verbs.go:23:12
./fmt_map_verbs.go:11:20: map[string]P{...} escapes to heap:
./fmt_map_verbs.go:11:20:   flow: mp = &{storage for map[string]P{...}}:
./fmt_map_verbs.go:11:20:     from map[string]P{...} (spill) at ./fmt_map_verbs.go:11:20
./fmt_map_verbs.go:11:20:     from mp := map[string]P{...} (assign) at ./fmt_map_verbs.go:11:5
./fmt_map_verbs.go:11:20:   flow: {storage for ... argument} = mp:
./fmt_map_verbs.go:11:20:     from mp (interface-converted) at ./fmt_map_verbs.go:22:13
./fmt_map_verbs.go:11:20:     from ... argument (slice-literal-element) at ./fmt_map_verbs.go:22:13
./fmt_map_verbs.go:11:20:   flow: {heap} = {storage for ... argument}:
./fmt_map_verbs.go:11:20:     from ... argument (spill) at ./fmt_map_verbs.go:22:13
./fmt_map_verbs.go:11:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_map_verbs.go:22:13
./fmt_map_verbs.go:15:22: map[string]int{} escapes to heap:
./fmt_map_verbs.go:15:22:   flow: em = &{storage for map[string]int{}}:
./fmt_map_verbs.go:15:22:     from map[string]int{} (spill) at ./fmt_map_verbs.go:15:22
./fmt_map_verbs.go:15:22:     from em := map[string]int{} (assign) at ./fmt_map_verbs.go:15:5
./fmt_map_verbs.go:15:22:   flow: {storage for ... argument} = em:
./fmt_map_verbs.go:15:22:     from em (interface-converted) at ./fmt_map_verbs.go:21:13
./fmt_map_verbs.go:15:22:     from ... argument (slice-literal-element) at ./fmt_map_verbs.go:21:12
./fmt_map_verbs.go:15:22:   flow: {heap} = {storage for ... argument}:
./fmt_map_verbs.go:15:22:     from ... argument (spill) at ./fmt_map_verbs.go:21:12
./fmt_map_verbs.go:15:22:     from fmt.Printf("%v %#v %v %#v\n", ... argument...) (call parameter) at ./fmt_map_verbs.go:21:12
./fmt_map_verbs.go:10:21: map[string]int{...} escapes to heap
./fmt_map_verbs.go:11:20: map[string]P{...} escapes to heap
./fmt_map_verbs.go:12:24: map[int][]string{...} escapes to heap
./fmt_map_verbs.go:12:28: []string{...} escapes to heap
./fmt_map_verbs.go:13:31: map[string]map[int]bool{...} escapes to heap
./fmt_map_verbs.go:13:37: map[int]bool{...} escapes to heap
./fmt_map_verbs.go:15:22: map[string]int{} escapes to heap
./fmt_map_verbs.go:17:12: ... argument does not escape
./fmt_map_verbs.go:18:12: ... argument does not escape
./fmt_map_verbs.go:19:12: ... argument does not escape
./fmt_map_verbs.go:20:12: ... argument does not escape
./fmt_map_verbs.go:21:12: ... argument does not escape
./fmt_map_verbs.go:22:13: ... argument does not escape
./fmt_map_verbs.go:23:12: ... argument does not escape
./fmt_map_verbs.go:23:33: map[P]string{...} escapes to heap
./fmt_map_verbs.go:24:12: ... argument does not escape
./fmt_map_verbs.go:24:34: map[P]string{...} escapes to heap
./fmt_map_verbs.go:25:12: ... argument does not escape
./fmt_map_verbs.go:25:39: map[[2]string]int{...} escapes to heap
./fmt_map_verbs.go:26:12: ... argument does not escape
./fmt_map_verbs.go:26:38: map[float64]bool{...} escapes to heap
./fmt_map_verbs.go:27:12: ... argument does not escape

./map_fmt_print.go:30:36: []int{...} escapes to heap:
./map_fmt_print.go:30:36:   flow: {heap} = &{storage for []int{...}}:
./map_fmt_print.go:30:36:     from []int{...} (spill) at ./map_fmt_print.go:30:36
./map_fmt_print.go:30:36:     from map[string][]int{...} (map literal value) at ./map_fmt_print.go:30:30
./map_fmt_print.go:31:45: map[string]int{...} escapes to heap:
./map_fmt_print.go:31:45:   flow: {heap} = &{storage for map[string]int{...}}:
./map_fmt_print.go:31:45:     from map[string]int{...} (spill) at ./map_fmt_print.go:31:45
./map_fmt_print.go:31:45:     from map[string]map[string]int{...} (map literal value) at ./map_fmt_print.go:31:39
./map_fmt_print.go:33:20: len(s) escapes to heap:
./map_fmt_print.go:33:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./map_fmt_print.go:33:20:     from len(s) (spill) at ./map_fmt_print.go:33:20
./map_fmt_print.go:33:20:     from ... argument (slice-literal-element) at ./map_fmt_print.go:33:13
./map_fmt_print.go:33:20:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:33:20:     from ... argument (spill) at ./map_fmt_print.go:33:13
./map_fmt_print.go:33:20:     from fmt.Println(... argument...) (call parameter) at ./map_fmt_print.go:33:13
./map_fmt_print.go:33:13: s escapes to heap:
./map_fmt_print.go:33:13:   flow: {storage for ... argument} = &{storage for s}:
./map_fmt_print.go:33:13:     from s (spill) at ./map_fmt_print.go:33:13
./map_fmt_print.go:33:13:     from ... argument (slice-literal-element) at ./map_fmt_print.go:33:13
./map_fmt_print.go:33:13:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:33:13:     from ... argument (spill) at ./map_fmt_print.go:33:13
./map_fmt_print.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./map_fmt_print.go:33:13
./map_fmt_print.go:32:29: map[int]int{...} escapes to heap:
./map_fmt_print.go:32:29:   flow: {storage for ... argument} = &{storage for map[int]int{...}}:
./map_fmt_print.go:32:29:     from map[int]int{...} (spill) at ./map_fmt_print.go:32:29
./map_fmt_print.go:32:29:     from map[int]int{...} (interface-converted) at ./map_fmt_print.go:32:29
./map_fmt_print.go:32:29:     from ... argument (slice-literal-element) at ./map_fmt_print.go:32:17
./map_fmt_print.go:32:29:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:32:29:     from ... argument (spill) at ./map_fmt_print.go:32:17
./map_fmt_print.go:32:29:     from fmt.Sprint(... argument...) (call parameter) at ./map_fmt_print.go:32:17
./map_fmt_print.go:31:39: map[string]map[string]int{...} escapes to heap:
./map_fmt_print.go:31:39:   flow: {storage for ... argument} = &{storage for map[string]map[string]int{...}}:
./map_fmt_print.go:31:39:     from map[string]map[string]int{...} (spill) at ./map_fmt_print.go:31:39
./map_fmt_print.go:31:39:     from map[string]map[string]int{...} (interface-converted) at ./map_fmt_print.go:31:39
./map_fmt_print.go:31:39:     from ... argument (slice-literal-element) at ./map_fmt_print.go:31:13
./map_fmt_print.go:31:39:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:31:39:     from ... argument (spill) at ./map_fmt_print.go:31:13
./map_fmt_print.go:31:39:     from fmt.Println(... argument...) (call parameter) at ./map_fmt_print.go:31:13
./map_fmt_print.go:30:30: map[string][]int{...} escapes to heap:
./map_fmt_print.go:30:30:   flow: {storage for ... argument} = &{storage for map[string][]int{...}}:
./map_fmt_print.go:30:30:     from map[string][]int{...} (spill) at ./map_fmt_print.go:30:30
./map_fmt_print.go:30:30:     from map[string][]int{...} (interface-converted) at ./map_fmt_print.go:30:30
./map_fmt_print.go:30:30:     from ... argument (slice-literal-element) at ./map_fmt_print.go:30:13
./map_fmt_print.go:30:30:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:30:30:     from ... argument (spill) at ./map_fmt_print.go:30:13
./map_fmt_print.go:30:30:     from fmt.Println(... argument...) (call parameter) at ./map_fmt_print.go:30:13
./map_fmt_print.go:29:113: map[string]string{...} escapes to heap:
./map_fmt_print.go:29:113:   flow: {storage for ... argument} = &{storage for map[string]string{...}}:
./map_fmt_print.go:29:113:     from map[string]string{...} (spill) at ./map_fmt_print.go:29:113
./map_fmt_print.go:29:113:     from map[string]string{...} (interface-converted) at ./map_fmt_print.go:29:113
./map_fmt_print.go:29:113:     from ... argument (slice-literal-element) at ./map_fmt_print.go:29:12
./map_fmt_print.go:29:113:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:29:113:     from ... argument (spill) at ./map_fmt_print.go:29:12
./map_fmt_print.go:29:113:     from fmt.Printf("%d %x %q\n", ... argument...) (call parameter) at ./map_fmt_print.go:29:12
./map_fmt_print.go:29:75: map[string]int{...} escapes to heap:
./map_fmt_print.go:29:75:   flow: {storage for ... argument} = &{storage for map[string]int{...}}:
./map_fmt_print.go:29:75:     from map[string]int{...} (spill) at ./map_fmt_print.go:29:75
./map_fmt_print.go:29:75:     from map[string]int{...} (interface-converted) at ./map_fmt_print.go:29:75
./map_fmt_print.go:29:75:     from ... argument (slice-literal-element) at ./map_fmt_print.go:29:12
./map_fmt_print.go:29:75:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:29:75:     from ... argument (spill) at ./map_fmt_print.go:29:12
./map_fmt_print.go:29:75:     from fmt.Printf("%d %x %q\n", ... argument...) (call parameter) at ./map_fmt_print.go:29:12
./map_fmt_print.go:29:41: map[string]int{...} escapes to heap:
./map_fmt_print.go:29:41:   flow: {storage for ... argument} = &{storage for map[string]int{...}}:
./map_fmt_print.go:29:41:     from map[string]int{...} (spill) at ./map_fmt_print.go:29:41
./map_fmt_print.go:29:41:     from map[string]int{...} (interface-converted) at ./map_fmt_print.go:29:41
./map_fmt_print.go:29:41:     from ... argument (slice-literal-element) at ./map_fmt_print.go:29:12
./map_fmt_print.go:29:41:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:29:41:     from ... argument (spill) at ./map_fmt_print.go:29:12
./map_fmt_print.go:29:41:     from fmt.Printf("%d %x %q\n", ... argument...) (call parameter) at ./map_fmt_print.go:29:12
./map_fmt_print.go:28:36: map[int]string{...} escapes to heap:
./map_fmt_print.go:28:36:   flow: {storage for ... argument} = &{storage for map[int]string{...}}:
./map_fmt_print.go:28:36:     from map[int]string{...} (spill) at ./map_fmt_print.go:28:36
./map_fmt_print.go:28:36:     from map[int]string{...} (interface-converted) at ./map_fmt_print.go:28:36
./map_fmt_print.go:28:36:     from ... argument (slice-literal-element) at ./map_fmt_print.go:28:12
./map_fmt_print.go:28:36:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:28:36:     from ... argument (spill) at ./map_fmt_print.go:28:12
./map_fmt_print.go:28:36:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./map_fmt_print.go:28:12
./map_fmt_print.go:27:101: map[string]K{...} escapes to heap:
./map_fmt_print.go:27:101:   flow: {storage for ... argument} = &{storage for map[string]K{...}}:
./map_fmt_print.go:27:101:     from map[string]K{...} (spill) at ./map_fmt_print.go:27:101
./map_fmt_print.go:27:101:     from map[string]K{...} (interface-converted) at ./map_fmt_print.go:27:101
./map_fmt_print.go:27:101:     from ... argument (slice-literal-element) at ./map_fmt_print.go:27:12
./map_fmt_print.go:27:101:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:27:101:     from ... argument (spill) at ./map_fmt_print.go:27:12
./map_fmt_print.go:27:101:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./map_fmt_print.go:27:12
./map_fmt_print.go:27:72: map[string]K{...} escapes to heap:
./map_fmt_print.go:27:72:   flow: {storage for ... argument} = &{storage for map[string]K{...}}:
./map_fmt_print.go:27:72:     from map[string]K{...} (spill) at ./map_fmt_print.go:27:72
./map_fmt_print.go:27:72:     from map[string]K{...} (interface-converted) at ./map_fmt_print.go:27:72
./map_fmt_print.go:27:72:     from ... argument (slice-literal-element) at ./map_fmt_print.go:27:12
./map_fmt_print.go:27:72:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:27:72:     from ... argument (spill) at ./map_fmt_print.go:27:12
./map_fmt_print.go:27:72:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./map_fmt_print.go:27:12
./map_fmt_print.go:27:43: map[string]K{...} escapes to heap:
./map_fmt_print.go:27:43:   flow: {storage for ... argument} = &{storage for map[string]K{...}}:
./map_fmt_print.go:27:43:     from map[string]K{...} (spill) at ./map_fmt_print.go:27:43
./map_fmt_print.go:27:43:     from map[string]K{...} (interface-converted) at ./map_fmt_print.go:27:43
./map_fmt_print.go:27:43:     from ... argument (slice-literal-element) at ./map_fmt_print.go:27:12
./map_fmt_print.go:27:43:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:27:43:     from ... argument (spill) at ./map_fmt_print.go:27:12
./map_fmt_print.go:27:43:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./map_fmt_print.go:27:12
./map_fmt_print.go:26:26: map[rune]int{...} escapes to heap:
./map_fmt_print.go:26:26:   flow: {storage for ... argument} = &{storage for map[rune]int{...}}:
./map_fmt_print.go:26:26:     from map[rune]int{...} (spill) at ./map_fmt_print.go:26:26
./map_fmt_print.go:26:26:     from map[rune]int{...} (interface-converted) at ./map_fmt_print.go:26:26
./map_fmt_print.go:26:26:     from ... argument (slice-literal-element) at ./map_fmt_print.go:26:13
./map_fmt_print.go:26:26:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:26:26:     from ... argument (spill) at ./map_fmt_print.go:26:13
./map_fmt_print.go:26:26:     from fmt.Println(... argument...) (call parameter) at ./map_fmt_print.go:26:13
./map_fmt_print.go:25:31: map[[2]int]string{...} escapes to heap:
./map_fmt_print.go:25:31:   flow: {storage for ... argument} = &{storage for map[[2]int]string{...}}:
./map_fmt_print.go:25:31:     from map[[2]int]string{...} (spill) at ./map_fmt_print.go:25:31
./map_fmt_print.go:25:31:     from map[[2]int]string{...} (interface-converted) at ./map_fmt_print.go:25:31
./map_fmt_print.go:25:31:     from ... argument (slice-literal-element) at ./map_fmt_print.go:25:13
./map_fmt_print.go:25:31:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:25:31:     from ... argument (spill) at ./map_fmt_print.go:25:13
./map_fmt_print.go:25:31:     from fmt.Println(... argument...) (call parameter) at ./map_fmt_print.go:25:13
./map_fmt_print.go:24:23: map[K]int{...} escapes to heap:
./map_fmt_print.go:24:23:   flow: {storage for ... argument} = &{storage for map[K]int{...}}:
./map_fmt_print.go:24:23:     from map[K]int{...} (spill) at ./map_fmt_print.go:24:23
./map_fmt_print.go:24:23:     from map[K]int{...} (interface-converted) at ./map_fmt_print.go:24:23
./map_fmt_print.go:24:23:     from ... argument (slice-literal-element) at ./map_fmt_print.go:24:13
./map_fmt_print.go:24:23:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:24:23:     from ... argument (spill) at ./map_fmt_print.go:24:13
./map_fmt_print.go:24:23:     from fmt.Println(... argument...) (call parameter) at ./map_fmt_print.go:24:13
./map_fmt_print.go:23:29: map[float64]int{...} escapes to heap:
./map_fmt_print.go:23:29:   flow: {storage for ... argument} = &{storage for map[float64]int{...}}:
./map_fmt_print.go:23:29:     from map[float64]int{...} (spill) at ./map_fmt_print.go:23:29
./map_fmt_print.go:23:29:     from map[float64]int{...} (interface-converted) at ./map_fmt_print.go:23:29
./map_fmt_print.go:23:29:     from ... argument (slice-literal-element) at ./map_fmt_print.go:23:13
./map_fmt_print.go:23:29:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:23:29:     from ... argument (spill) at ./map_fmt_print.go:23:13
./map_fmt_print.go:23:29:     from fmt.Println(... argument...) (call parameter) at ./map_fmt_print.go:23:13
./map_fmt_print.go:22:32: map[float64]string{...} escapes to heap:
./map_fmt_print.go:22:32:   flow: {storage for ... argument} = &{storage for map[float64]string{...}}:
./map_fmt_print.go:22:32:     from map[float64]string{...} (spill) at ./map_fmt_print.go:22:32
./map_fmt_print.go:22:32:     from map[float64]string{...} (interface-converted) at ./map_fmt_print.go:22:32
./map_fmt_print.go:22:32:     from ... argument (slice-literal-element) at ./map_fmt_print.go:22:13
./map_fmt_print.go:22:32:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:22:32:     from ... argument (spill) at ./map_fmt_print.go:22:13
./map_fmt_print.go:22:32:     from fmt.Println(... argument...) (call parameter) at ./map_fmt_print.go:22:13
./map_fmt_print.go:17:26: map[bool]int{...} escapes to heap:
./map_fmt_print.go:17:26:   flow: {storage for ... argument} = &{storage for map[bool]int{...}}:
./map_fmt_print.go:17:26:     from map[bool]int{...} (spill) at ./map_fmt_print.go:17:26
./map_fmt_print.go:17:26:     from map[bool]int{...} (interface-converted) at ./map_fmt_print.go:17:26
./map_fmt_print.go:17:26:     from ... argument (slice-literal-element) at ./map_fmt_print.go:17:13
./map_fmt_print.go:17:26:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:17:26:     from ... argument (spill) at ./map_fmt_print.go:17:13
./map_fmt_print.go:17:26:     from fmt.Println(... argument...) (call parameter) at ./map_fmt_print.go:17:13
./map_fmt_print.go:16:28: map[uint8]bool{...} escapes to heap:
./map_fmt_print.go:16:28:   flow: {storage for ... argument} = &{storage for map[uint8]bool{...}}:
./map_fmt_print.go:16:28:     from map[uint8]bool{...} (spill) at ./map_fmt_print.go:16:28
./map_fmt_print.go:16:28:     from map[uint8]bool{...} (interface-converted) at ./map_fmt_print.go:16:28
./map_fmt_print.go:16:28:     from ... argument (slice-literal-element) at ./map_fmt_print.go:16:13
./map_fmt_print.go:16:28:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:16:28:     from ... argument (spill) at ./map_fmt_print.go:16:13
./map_fmt_print.go:16:28:     from fmt.Println(... argument...) (call parameter) at ./map_fmt_print.go:16:13
./map_fmt_print.go:15:28: map[int]string{...} escapes to heap:
./map_fmt_print.go:15:28:   flow: {storage for ... argument} = &{storage for map[int]string{...}}:
./map_fmt_print.go:15:28:     from map[int]string{...} (spill) at ./map_fmt_print.go:15:28
./map_fmt_print.go:15:28:     from map[int]string{...} (interface-converted) at ./map_fmt_print.go:15:28
./map_fmt_print.go:15:28:     from ... argument (slice-literal-element) at ./map_fmt_print.go:15:13
./map_fmt_print.go:15:28:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:15:28:     from ... argument (spill) at ./map_fmt_print.go:15:13
./map_fmt_print.go:15:28:     from fmt.Println(... argument...) (call parameter) at ./map_fmt_print.go:15:13
./map_fmt_print.go:14:28: map[string]int{...} escapes to heap:
./map_fmt_print.go:14:28:   flow: {storage for ... argument} = &{storage for map[string]int{...}}:
./map_fmt_print.go:14:28:     from map[string]int{...} (spill) at ./map_fmt_print.go:14:28
./map_fmt_print.go:14:28:     from map[string]int{...} (interface-converted) at ./map_fmt_print.go:14:28
./map_fmt_print.go:14:28:     from ... argument (slice-literal-element) at ./map_fmt_print.go:14:13
./map_fmt_print.go:14:28:   flow: {heap} = {storage for ... argument}:
./map_fmt_print.go:14:28:     from ... argument (spill) at ./map_fmt_print.go:14:13
./map_fmt_print.go:14:28:     from fmt.Println(... argument...) (call parameter) at ./map_fmt_print.go:14:13
./map_fmt_print.go:14:13: ... argument does not escape
./map_fmt_print.go:14:28: map[string]int{...} escapes to heap
./map_fmt_print.go:15:13: ... argument does not escape
./map_fmt_print.go:15:28: map[int]string{...} escapes to heap
./map_fmt_print.go:16:13: ... argument does not escape
./map_fmt_print.go:16:28: map[uint8]bool{...} escapes to heap
./map_fmt_print.go:17:13: ... argument does not escape
./map_fmt_print.go:17:26: map[bool]int{...} escapes to heap
./map_fmt_print.go:22:13: ... argument does not escape
./map_fmt_print.go:22:32: map[float64]string{...} escapes to heap
./map_fmt_print.go:23:13: ... argument does not escape
./map_fmt_print.go:23:29: map[float64]int{...} escapes to heap
./map_fmt_print.go:24:13: ... argument does not escape
./map_fmt_print.go:24:23: map[K]int{...} escapes to heap
./map_fmt_print.go:25:13: ... argument does not escape
./map_fmt_print.go:25:31: map[[2]int]string{...} escapes to heap
./map_fmt_print.go:26:13: ... argument does not escape
./map_fmt_print.go:26:26: map[rune]int{...} escapes to heap
./map_fmt_print.go:27:12: ... argument does not escape
./map_fmt_print.go:27:43: map[string]K{...} escapes to heap
./map_fmt_print.go:27:72: map[string]K{...} escapes to heap
./map_fmt_print.go:27:101: map[string]K{...} escapes to heap
./map_fmt_print.go:28:12: ... argument does not escape
./map_fmt_print.go:28:36: map[int]string{...} escapes to heap
./map_fmt_print.go:29:12: ... argument does not escape
./map_fmt_print.go:29:41: map[string]int{...} escapes to heap
./map_fmt_print.go:29:75: map[string]int{...} escapes to heap
./map_fmt_print.go:29:113: map[string]string{...} escapes to heap
./map_fmt_print.go:30:13: ... argument does not escape
./map_fmt_print.go:30:30: map[string][]int{...} escapes to heap
./map_fmt_print.go:30:36: []int{...} escapes to heap
./map_fmt_print.go:31:13: ... argument does not escape
./map_fmt_print.go:31:39: map[string]map[string]int{...} escapes to heap
./map_fmt_print.go:31:45: map[string]int{...} escapes to heap
./map_fmt_print.go:32:17: ... argument does not escape
./map_fmt_print.go:32:29: map[int]int{...} escapes to heap
./map_fmt_print.go:33:13: ... argument does not escape
./map_fmt_print.go:33:13: s escapes to heap
./map_fmt_print.go:33:20: len(s) escapes to heap

./golden_map_zero_values.go:29:21: map[[2]int]int{} escapes to heap:
./golden_map_zero_values.go:29:21:   flow: c = &{storage for map[[2]int]int{}}:
./golden_map_zero_values.go:29:21:     from map[[2]int]int{} (spill) at ./golden_map_zero_values.go:29:21
./golden_map_zero_values.go:29:21:     from c := map[[2]int]int{} (assign) at ./golden_map_zero_values.go:29:4
./golden_map_zero_values.go:29:21:   flow: {storage for ... argument} = c:
./golden_map_zero_values.go:29:21:     from c (interface-converted) at ./golden_map_zero_values.go:32:13
./golden_map_zero_values.go:29:21:     from ... argument (slice-literal-element) at ./golden_map_zero_values.go:32:13
./golden_map_zero_values.go:29:21:   flow: {heap} = {storage for ... argument}:
./golden_map_zero_values.go:29:21:     from ... argument (spill) at ./golden_map_zero_values.go:32:13
./golden_map_zero_values.go:29:21:     from fmt.Println(... argument...) (call parameter) at ./golden_map_zero_values.go:32:13
./golden_map_zero_values.go:23:23: map[string][]int{} escapes to heap:
./golden_map_zero_values.go:23:23:   flow: m = &{storage for map[string][]int{}}:
./golden_map_zero_values.go:23:23:     from map[string][]int{} (spill) at ./golden_map_zero_values.go:23:23
./golden_map_zero_values.go:23:23:     from m := map[string][]int{} (assign) at ./golden_map_zero_values.go:23:4
./golden_map_zero_values.go:23:23:   flow: {storage for ... argument} = m:
./golden_map_zero_values.go:23:23:     from m (interface-converted) at ./golden_map_zero_values.go:26:13
./golden_map_zero_values.go:23:23:     from ... argument (slice-literal-element) at ./golden_map_zero_values.go:26:13
./golden_map_zero_values.go:23:23:   flow: {heap} = {storage for ... argument}:
./golden_map_zero_values.go:23:23:     from ... argument (spill) at ./golden_map_zero_values.go:26:13
./golden_map_zero_values.go:23:23:     from fmt.Println(... argument...) (call parameter) at ./golden_map_zero_values.go:26:13
./golden_map_zero_values.go:20:69: map[int]rune{}[1] escapes to heap:
./golden_map_zero_values.go:20:69:   flow: {storage for ... argument} = &{storage for map[int]rune{}[1]}:
./golden_map_zero_values.go:20:69:     from map[int]rune{}[1] (spill) at ./golden_map_zero_values.go:20:69
./golden_map_zero_values.go:20:69:     from ... argument (slice-literal-element) at ./golden_map_zero_values.go:20:13
./golden_map_zero_values.go:20:69:   flow: {heap} = {storage for ... argument}:
./golden_map_zero_values.go:20:69:     from ... argument (spill) at ./golden_map_zero_values.go:20:13
./golden_map_zero_values.go:20:69:     from fmt.Println(... argument...) (call parameter) at ./golden_map_zero_values.go:20:13
./golden_map_zero_values.go:20:50: map[int]bool{}[1] escapes to heap:
./golden_map_zero_values.go:20:50:   flow: {storage for ... argument} = &{storage for map[int]bool{}[1]}:
./golden_map_zero_values.go:20:50:     from map[int]bool{}[1] (spill) at ./golden_map_zero_values.go:20:50
./golden_map_zero_values.go:20:50:     from ... argument (slice-literal-element) at ./golden_map_zero_values.go:20:13
./golden_map_zero_values.go:20:50:   flow: {heap} = {storage for ... argument}:
./golden_map_zero_values.go:20:50:     from ... argument (spill) at ./golden_map_zero_values.go:20:13
./golden_map_zero_values.go:20:50:     from fmt.Println(... argument...) (call parameter) at ./golden_map_zero_values.go:20:13
./golden_map_zero_values.go:20:31: map[int]float64{}[1] escapes to heap:
./golden_map_zero_values.go:20:31:   flow: {storage for ... argument} = &{storage for map[int]float64{}[1]}:
./golden_map_zero_values.go:20:31:     from map[int]float64{}[1] (spill) at ./golden_map_zero_values.go:20:31
./golden_map_zero_values.go:20:31:     from ... argument (slice-literal-element) at ./golden_map_zero_values.go:20:13
./golden_map_zero_values.go:20:31:   flow: {heap} = {storage for ... argument}:
./golden_map_zero_values.go:20:31:     from ... argument (spill) at ./golden_map_zero_values.go:20:13
./golden_map_zero_values.go:20:31:     from fmt.Println(... argument...) (call parameter) at ./golden_map_zero_values.go:20:13
./golden_map_zero_values.go:19:37: map[int]string{}[1] escapes to heap:
./golden_map_zero_values.go:19:37:   flow: {storage for ... argument} = &{storage for map[int]string{}[1]}:
./golden_map_zero_values.go:19:37:     from map[int]string{}[1] (spill) at ./golden_map_zero_values.go:19:37
./golden_map_zero_values.go:19:37:     from ... argument (slice-literal-element) at ./golden_map_zero_values.go:19:12
./golden_map_zero_values.go:19:37:   flow: {heap} = {storage for ... argument}:
./golden_map_zero_values.go:19:37:     from ... argument (spill) at ./golden_map_zero_values.go:19:12
./golden_map_zero_values.go:19:37:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./golden_map_zero_values.go:19:12
./golden_map_zero_values.go:18:34: map[int]func(){}[1] == nil escapes to heap:
./golden_map_zero_values.go:18:34:   flow: {storage for ... argument} = &{storage for map[int]func(){}[1] == nil}:
./golden_map_zero_values.go:18:34:     from map[int]func(){}[1] == nil (spill) at ./golden_map_zero_values.go:18:34
./golden_map_zero_values.go:18:34:     from ... argument (slice-literal-element) at ./golden_map_zero_values.go:18:13
./golden_map_zero_values.go:18:34:   flow: {heap} = {storage for ... argument}:
./golden_map_zero_values.go:18:34:     from ... argument (spill) at ./golden_map_zero_values.go:18:13
./golden_map_zero_values.go:18:34:     from fmt.Println(... argument...) (call parameter) at ./golden_map_zero_values.go:18:13
./golden_map_zero_values.go:17:30: map[int]*S{}[1] == nil escapes to heap:
./golden_map_zero_values.go:17:30:   flow: {storage for ... argument} = &{storage for map[int]*S{}[1] == nil}:
./golden_map_zero_values.go:17:30:     from map[int]*S{}[1] == nil (spill) at ./golden_map_zero_values.go:17:30
./golden_map_zero_values.go:17:30:     from ... argument (slice-literal-element) at ./golden_map_zero_values.go:17:13
./golden_map_zero_values.go:17:30:   flow: {heap} = {storage for ... argument}:
./golden_map_zero_values.go:17:30:     from ... argument (spill) at ./golden_map_zero_values.go:17:13
./golden_map_zero_values.go:17:30:     from fmt.Println(... argument...) (call parameter) at ./golden_map_zero_values.go:17:13
./golden_map_zero_values.go:16:33: map[int][2]string{}[1] escapes to heap:
./golden_map_zero_values.go:16:33:   flow: {storage for ... argument} = &{storage for map[int][2]string{}[1]}:
./golden_map_zero_values.go:16:33:     from map[int][2]string{}[1] (spill) at ./golden_map_zero_values.go:16:33
./golden_map_zero_values.go:16:33:     from ... argument (slice-literal-element) at ./golden_map_zero_values.go:16:13
./golden_map_zero_values.go:16:33:   flow: {heap} = {storage for ... argument}:
./golden_map_zero_values.go:16:33:     from ... argument (spill) at ./golden_map_zero_values.go:16:13
./golden_map_zero_values.go:16:33:     from fmt.Println(... argument...) (call parameter) at ./golden_map_zero_values.go:16:13
./golden_map_zero_values.go:15:39: map[int]map[int]int{}[1] == nil escapes to heap:
./golden_map_zero_values.go:15:39:   flow: {storage for ... argument} = &{storage for map[int]map[int]int{}[1] == nil}:
./golden_map_zero_values.go:15:39:     from map[int]map[int]int{}[1] == nil (spill) at ./golden_map_zero_values.go:15:39
./golden_map_zero_values.go:15:39:     from ... argument (slice-literal-element) at ./golden_map_zero_values.go:15:13
./golden_map_zero_values.go:15:39:   flow: {heap} = {storage for ... argument}:
./golden_map_zero_values.go:15:39:     from ... argument (spill) at ./golden_map_zero_values.go:15:13
./golden_map_zero_values.go:15:39:     from fmt.Println(... argument...) (call parameter) at ./golden_map_zero_values.go:15:13
./golden_map_zero_values.go:14:33: map[int][]int{}[1] == nil escapes to heap:
./golden_map_zero_values.go:14:33:   flow: {storage for ... argument} = &{storage for map[int][]int{}[1] == nil}:
./golden_map_zero_values.go:14:33:     from map[int][]int{}[1] == nil (spill) at ./golden_map_zero_values.go:14:33
./golden_map_zero_values.go:14:33:     from ... argument (slice-literal-element) at ./golden_map_zero_values.go:14:13
./golden_map_zero_values.go:14:33:   flow: {heap} = {storage for ... argument}:
./golden_map_zero_values.go:14:33:     from ... argument (spill) at ./golden_map_zero_values.go:14:13
./golden_map_zero_values.go:14:33:     from fmt.Println(... argument...) (call parameter) at ./golden_map_zero_values.go:14:13
./golden_map_zero_values.go:13:25: map[int]S{}[1] escapes to heap:
./golden_map_zero_values.go:13:25:   flow: {storage for ... argument} = &{storage for map[int]S{}[1]}:
./golden_map_zero_values.go:13:25:     from map[int]S{}[1] (spill) at ./golden_map_zero_values.go:13:25
./golden_map_zero_values.go:13:25:     from ... argument (slice-literal-element) at ./golden_map_zero_values.go:13:13
./golden_map_zero_values.go:13:25:   flow: {heap} = {storage for ... argument}:
./golden_map_zero_values.go:13:25:     from ... argument (spill) at ./golden_map_zero_values.go:13:13
./golden_map_zero_values.go:13:25:     from fmt.Println(... argument...) (call parameter) at ./golden_map_zero_values.go:13:13
./golden_map_zero_values.go:13:13: ... argument does not escape
./golden_map_zero_values.go:13:25: map[int]S{}[1] escapes to heap
./golden_map_zero_values.go:13:23: map[int]S{} does not escape
./golden_map_zero_values.go:14:13: ... argument does not escape
./golden_map_zero_values.go:14:33: map[int][]int{}[1] == nil escapes to heap
./golden_map_zero_values.go:14:27: map[int][]int{} does not escape
./golden_map_zero_values.go:15:13: ... argument does not escape
./golden_map_zero_values.go:15:39: map[int]map[int]int{}[1] == nil escapes to heap
./golden_map_zero_values.go:15:33: map[int]map[int]int{} does not escape
./golden_map_zero_values.go:16:13: ... argument does not escape
./golden_map_zero_values.go:16:33: map[int][2]string{}[1] escapes to heap
./golden_map_zero_values.go:16:31: map[int][2]string{} does not escape
./golden_map_zero_values.go:17:13: ... argument does not escape
./golden_map_zero_values.go:17:30: map[int]*S{}[1] == nil escapes to heap
./golden_map_zero_values.go:17:24: map[int]*S{} does not escape
./golden_map_zero_values.go:18:13: ... argument does not escape
./golden_map_zero_values.go:18:34: map[int]func(){}[1] == nil escapes to heap
./golden_map_zero_values.go:18:28: map[int]func(){} does not escape
./golden_map_zero_values.go:19:12: ... argument does not escape
./golden_map_zero_values.go:19:37: map[int]string{}[1] escapes to heap
./golden_map_zero_values.go:19:35: map[int]string{} does not escape
./golden_map_zero_values.go:20:13: ... argument does not escape
./golden_map_zero_values.go:20:31: map[int]float64{}[1] escapes to heap
./golden_map_zero_values.go:20:29: map[int]float64{} does not escape
./golden_map_zero_values.go:20:50: map[int]bool{}[1] escapes to heap
./golden_map_zero_values.go:20:48: map[int]bool{} does not escape
./golden_map_zero_values.go:20:69: map[int]rune{}[1] escapes to heap
./golden_map_zero_values.go:20:67: map[int]rune{} does not escape
./golden_map_zero_values.go:23:23: map[string][]int{} escapes to heap
./golden_map_zero_values.go:26:13: ... argument does not escape
./golden_map_zero_values.go:29:21: map[[2]int]int{} escapes to heap
./golden_map_zero_values.go:32:13: ... argument does not escape

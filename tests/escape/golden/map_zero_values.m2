./map_zero_values.go:29:21: map[[2]int]int{} escapes to heap:
./map_zero_values.go:29:21:   flow: c = &{storage for map[[2]int]int{}}:
./map_zero_values.go:29:21:     from map[[2]int]int{} (spill) at ./map_zero_values.go:29:21
./map_zero_values.go:29:21:     from c := map[[2]int]int{} (assign) at ./map_zero_values.go:29:4
./map_zero_values.go:29:21:   flow: {storage for ... argument} = c:
./map_zero_values.go:29:21:     from c (interface-converted) at ./map_zero_values.go:32:13
./map_zero_values.go:29:21:     from ... argument (slice-literal-element) at ./map_zero_values.go:32:13
./map_zero_values.go:29:21:   flow: {heap} = {storage for ... argument}:
./map_zero_values.go:29:21:     from ... argument (spill) at ./map_zero_values.go:32:13
./map_zero_values.go:29:21:     from fmt.Println(... argument...) (call parameter) at ./map_zero_values.go:32:13
./map_zero_values.go:23:23: map[string][]int{} escapes to heap:
./map_zero_values.go:23:23:   flow: m = &{storage for map[string][]int{}}:
./map_zero_values.go:23:23:     from map[string][]int{} (spill) at ./map_zero_values.go:23:23
./map_zero_values.go:23:23:     from m := map[string][]int{} (assign) at ./map_zero_values.go:23:4
./map_zero_values.go:23:23:   flow: {storage for ... argument} = m:
./map_zero_values.go:23:23:     from m (interface-converted) at ./map_zero_values.go:26:13
./map_zero_values.go:23:23:     from ... argument (slice-literal-element) at ./map_zero_values.go:26:13
./map_zero_values.go:23:23:   flow: {heap} = {storage for ... argument}:
./map_zero_values.go:23:23:     from ... argument (spill) at ./map_zero_values.go:26:13
./map_zero_values.go:23:23:     from fmt.Println(... argument...) (call parameter) at ./map_zero_values.go:26:13
./map_zero_values.go:20:69: map[int]rune{}[1] escapes to heap:
./map_zero_values.go:20:69:   flow: {storage for ... argument} = &{storage for map[int]rune{}[1]}:
./map_zero_values.go:20:69:     from map[int]rune{}[1] (spill) at ./map_zero_values.go:20:69
./map_zero_values.go:20:69:     from ... argument (slice-literal-element) at ./map_zero_values.go:20:13
./map_zero_values.go:20:69:   flow: {heap} = {storage for ... argument}:
./map_zero_values.go:20:69:     from ... argument (spill) at ./map_zero_values.go:20:13
./map_zero_values.go:20:69:     from fmt.Println(... argument...) (call parameter) at ./map_zero_values.go:20:13
./map_zero_values.go:20:50: map[int]bool{}[1] escapes to heap:
./map_zero_values.go:20:50:   flow: {storage for ... argument} = &{storage for map[int]bool{}[1]}:
./map_zero_values.go:20:50:     from map[int]bool{}[1] (spill) at ./map_zero_values.go:20:50
./map_zero_values.go:20:50:     from ... argument (slice-literal-element) at ./map_zero_values.go:20:13
./map_zero_values.go:20:50:   flow: {heap} = {storage for ... argument}:
./map_zero_values.go:20:50:     from ... argument (spill) at ./map_zero_values.go:20:13
./map_zero_values.go:20:50:     from fmt.Println(... argument...) (call parameter) at ./map_zero_values.go:20:13
./map_zero_values.go:20:31: map[int]float64{}[1] escapes to heap:
./map_zero_values.go:20:31:   flow: {storage for ... argument} = &{storage for map[int]float64{}[1]}:
./map_zero_values.go:20:31:     from map[int]float64{}[1] (spill) at ./map_zero_values.go:20:31
./map_zero_values.go:20:31:     from ... argument (slice-literal-element) at ./map_zero_values.go:20:13
./map_zero_values.go:20:31:   flow: {heap} = {storage for ... argument}:
./map_zero_values.go:20:31:     from ... argument (spill) at ./map_zero_values.go:20:13
./map_zero_values.go:20:31:     from fmt.Println(... argument...) (call parameter) at ./map_zero_values.go:20:13
./map_zero_values.go:19:37: map[int]string{}[1] escapes to heap:
./map_zero_values.go:19:37:   flow: {storage for ... argument} = &{storage for map[int]string{}[1]}:
./map_zero_values.go:19:37:     from map[int]string{}[1] (spill) at ./map_zero_values.go:19:37
./map_zero_values.go:19:37:     from ... argument (slice-literal-element) at ./map_zero_values.go:19:12
./map_zero_values.go:19:37:   flow: {heap} = {storage for ... argument}:
./map_zero_values.go:19:37:     from ... argument (spill) at ./map_zero_values.go:19:12
./map_zero_values.go:19:37:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./map_zero_values.go:19:12
./map_zero_values.go:18:34: map[int]func(){}[1] == nil escapes to heap:
./map_zero_values.go:18:34:   flow: {storage for ... argument} = &{storage for map[int]func(){}[1] == nil}:
./map_zero_values.go:18:34:     from map[int]func(){}[1] == nil (spill) at ./map_zero_values.go:18:34
./map_zero_values.go:18:34:     from ... argument (slice-literal-element) at ./map_zero_values.go:18:13
./map_zero_values.go:18:34:   flow: {heap} = {storage for ... argument}:
./map_zero_values.go:18:34:     from ... argument (spill) at ./map_zero_values.go:18:13
./map_zero_values.go:18:34:     from fmt.Println(... argument...) (call parameter) at ./map_zero_values.go:18:13
./map_zero_values.go:17:30: map[int]*S{}[1] == nil escapes to heap:
./map_zero_values.go:17:30:   flow: {storage for ... argument} = &{storage for map[int]*S{}[1] == nil}:
./map_zero_values.go:17:30:     from map[int]*S{}[1] == nil (spill) at ./map_zero_values.go:17:30
./map_zero_values.go:17:30:     from ... argument (slice-literal-element) at ./map_zero_values.go:17:13
./map_zero_values.go:17:30:   flow: {heap} = {storage for ... argument}:
./map_zero_values.go:17:30:     from ... argument (spill) at ./map_zero_values.go:17:13
./map_zero_values.go:17:30:     from fmt.Println(... argument...) (call parameter) at ./map_zero_values.go:17:13
./map_zero_values.go:16:33: map[int][2]string{}[1] escapes to heap:
./map_zero_values.go:16:33:   flow: {storage for ... argument} = &{storage for map[int][2]string{}[1]}:
./map_zero_values.go:16:33:     from map[int][2]string{}[1] (spill) at ./map_zero_values.go:16:33
./map_zero_values.go:16:33:     from ... argument (slice-literal-element) at ./map_zero_values.go:16:13
./map_zero_values.go:16:33:   flow: {heap} = {storage for ... argument}:
./map_zero_values.go:16:33:     from ... argument (spill) at ./map_zero_values.go:16:13
./map_zero_values.go:16:33:     from fmt.Println(... argument...) (call parameter) at ./map_zero_values.go:16:13
./map_zero_values.go:15:39: map[int]map[int]int{}[1] == nil escapes to heap:
./map_zero_values.go:15:39:   flow: {storage for ... argument} = &{storage for map[int]map[int]int{}[1] == nil}:
./map_zero_values.go:15:39:     from map[int]map[int]int{}[1] == nil (spill) at ./map_zero_values.go:15:39
./map_zero_values.go:15:39:     from ... argument (slice-literal-element) at ./map_zero_values.go:15:13
./map_zero_values.go:15:39:   flow: {heap} = {storage for ... argument}:
./map_zero_values.go:15:39:     from ... argument (spill) at ./map_zero_values.go:15:13
./map_zero_values.go:15:39:     from fmt.Println(... argument...) (call parameter) at ./map_zero_values.go:15:13
./map_zero_values.go:14:33: map[int][]int{}[1] == nil escapes to heap:
./map_zero_values.go:14:33:   flow: {storage for ... argument} = &{storage for map[int][]int{}[1] == nil}:
./map_zero_values.go:14:33:     from map[int][]int{}[1] == nil (spill) at ./map_zero_values.go:14:33
./map_zero_values.go:14:33:     from ... argument (slice-literal-element) at ./map_zero_values.go:14:13
./map_zero_values.go:14:33:   flow: {heap} = {storage for ... argument}:
./map_zero_values.go:14:33:     from ... argument (spill) at ./map_zero_values.go:14:13
./map_zero_values.go:14:33:     from fmt.Println(... argument...) (call parameter) at ./map_zero_values.go:14:13
./map_zero_values.go:13:25: map[int]S{}[1] escapes to heap:
./map_zero_values.go:13:25:   flow: {storage for ... argument} = &{storage for map[int]S{}[1]}:
./map_zero_values.go:13:25:     from map[int]S{}[1] (spill) at ./map_zero_values.go:13:25
./map_zero_values.go:13:25:     from ... argument (slice-literal-element) at ./map_zero_values.go:13:13
./map_zero_values.go:13:25:   flow: {heap} = {storage for ... argument}:
./map_zero_values.go:13:25:     from ... argument (spill) at ./map_zero_values.go:13:13
./map_zero_values.go:13:25:     from fmt.Println(... argument...) (call parameter) at ./map_zero_values.go:13:13
./map_zero_values.go:13:13: ... argument does not escape
./map_zero_values.go:13:25: map[int]S{}[1] escapes to heap
./map_zero_values.go:13:23: map[int]S{} does not escape
./map_zero_values.go:14:13: ... argument does not escape
./map_zero_values.go:14:33: map[int][]int{}[1] == nil escapes to heap
./map_zero_values.go:14:27: map[int][]int{} does not escape
./map_zero_values.go:15:13: ... argument does not escape
./map_zero_values.go:15:39: map[int]map[int]int{}[1] == nil escapes to heap
./map_zero_values.go:15:33: map[int]map[int]int{} does not escape
./map_zero_values.go:16:13: ... argument does not escape
./map_zero_values.go:16:33: map[int][2]string{}[1] escapes to heap
./map_zero_values.go:16:31: map[int][2]string{} does not escape
./map_zero_values.go:17:13: ... argument does not escape
./map_zero_values.go:17:30: map[int]*S{}[1] == nil escapes to heap
./map_zero_values.go:17:24: map[int]*S{} does not escape
./map_zero_values.go:18:13: ... argument does not escape
./map_zero_values.go:18:34: map[int]func(){}[1] == nil escapes to heap
./map_zero_values.go:18:28: map[int]func(){} does not escape
./map_zero_values.go:19:12: ... argument does not escape
./map_zero_values.go:19:37: map[int]string{}[1] escapes to heap
./map_zero_values.go:19:35: map[int]string{} does not escape
./map_zero_values.go:20:13: ... argument does not escape
./map_zero_values.go:20:31: map[int]float64{}[1] escapes to heap
./map_zero_values.go:20:29: map[int]float64{} does not escape
./map_zero_values.go:20:50: map[int]bool{}[1] escapes to heap
./map_zero_values.go:20:48: map[int]bool{} does not escape
./map_zero_values.go:20:69: map[int]rune{}[1] escapes to heap
./map_zero_values.go:20:67: map[int]rune{} does not escape
./map_zero_values.go:23:23: map[string][]int{} escapes to heap
./map_zero_values.go:26:13: ... argument does not escape
./map_zero_values.go:29:21: map[[2]int]int{} escapes to heap
./map_zero_values.go:32:13: ... argument does not escape

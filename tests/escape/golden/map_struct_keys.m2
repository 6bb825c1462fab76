./map_struct_keys.go:37:20: map[struct { A string; B string }]int{...} escapes to heap:
./map_struct_keys.go:37:20:   flow: am = &{storage for map[struct { A string; B string }]int{...}}:
./map_struct_keys.go:37:20:     from map[struct { A string; B string }]int{...} (spill) at ./map_struct_keys.go:37:20
./map_struct_keys.go:37:20:     from am := map[struct { A string; B string }]int{...} (assign) at ./map_struct_keys.go:37:5
./map_struct_keys.go:37:20:   flow: {storage for ... argument} = am:
./map_struct_keys.go:37:20:     from am (interface-converted) at ./map_struct_keys.go:39:13
./map_struct_keys.go:37:20:     from ... argument (slice-literal-element) at ./map_struct_keys.go:39:13
./map_struct_keys.go:37:20:   flow: {heap} = {storage for ... argument}:
./map_struct_keys.go:37:20:     from ... argument (spill) at ./map_struct_keys.go:39:13
./map_struct_keys.go:37:20:     from fmt.Println(... argument...) (call parameter) at ./map_struct_keys.go:39:13
./map_struct_keys.go:38:37: len(am) escapes to heap:
./map_struct_keys.go:38:37:   flow: {storage for ... argument} = &{storage for len(am)}:
./map_struct_keys.go:38:37:     from len(am) (spill) at ./map_struct_keys.go:38:37
./map_struct_keys.go:38:37:     from ... argument (slice-literal-element) at ./map_struct_keys.go:38:13
./map_struct_keys.go:38:37:   flow: {heap} = {storage for ... argument}:
./map_struct_keys.go:38:37:     from ... argument (spill) at ./map_struct_keys.go:38:13
./map_struct_keys.go:38:37:     from fmt.Println(... argument...) (call parameter) at ./map_struct_keys.go:38:13
./map_struct_keys.go:38:16: am[struct { A string; B string }{...}] escapes to heap:
./map_struct_keys.go:38:16:   flow: {storage for ... argument} = &{storage for am[struct { A string; B string }{...}]}:
./map_struct_keys.go:38:16:     from am[struct { A string; B string }{...}] (spill) at ./map_struct_keys.go:38:16
./map_struct_keys.go:38:16:     from ... argument (slice-literal-element) at ./map_struct_keys.go:38:13
./map_struct_keys.go:38:16:   flow: {heap} = {storage for ... argument}:
./map_struct_keys.go:38:16:     from ... argument (spill) at ./map_struct_keys.go:38:13
./map_struct_keys.go:38:16:     from fmt.Println(... argument...) (call parameter) at ./map_struct_keys.go:38:13
./map_struct_keys.go:34:13: ok escapes to heap:
./map_struct_keys.go:34:13:   flow: {storage for ... argument} = &{storage for ok}:
./map_struct_keys.go:34:13:     from ok (spill) at ./map_struct_keys.go:34:13
./map_struct_keys.go:34:13:     from ... argument (slice-literal-element) at ./map_struct_keys.go:34:13
./map_struct_keys.go:34:13:   flow: {heap} = {storage for ... argument}:
./map_struct_keys.go:34:13:     from ... argument (spill) at ./map_struct_keys.go:34:13
./map_struct_keys.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./map_struct_keys.go:34:13
./map_struct_keys.go:32:30: m[k2] escapes to heap:
./map_struct_keys.go:32:30:   flow: {storage for ... argument} = &{storage for m[k2]}:
./map_struct_keys.go:32:30:     from m[k2] (spill) at ./map_struct_keys.go:32:30
./map_struct_keys.go:32:30:     from ... argument (slice-literal-element) at ./map_struct_keys.go:32:13
./map_struct_keys.go:32:30:   flow: {heap} = {storage for ... argument}:
./map_struct_keys.go:32:30:     from ... argument (spill) at ./map_struct_keys.go:32:13
./map_struct_keys.go:32:30:     from fmt.Println(... argument...) (call parameter) at ./map_struct_keys.go:32:13
./map_struct_keys.go:32:23: m[k1] escapes to heap:
./map_struct_keys.go:32:23:   flow: {storage for ... argument} = &{storage for m[k1]}:
./map_struct_keys.go:32:23:     from m[k1] (spill) at ./map_struct_keys.go:32:23
./map_struct_keys.go:32:23:     from ... argument (slice-literal-element) at ./map_struct_keys.go:32:13
./map_struct_keys.go:32:23:   flow: {heap} = {storage for ... argument}:
./map_struct_keys.go:32:23:     from ... argument (spill) at ./map_struct_keys.go:32:13
./map_struct_keys.go:32:23:     from fmt.Println(... argument...) (call parameter) at ./map_struct_keys.go:32:13
./map_struct_keys.go:32:17: len(m) escapes to heap:
./map_struct_keys.go:32:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_struct_keys.go:32:17:     from len(m) (spill) at ./map_struct_keys.go:32:17
./map_struct_keys.go:32:17:     from ... argument (slice-literal-element) at ./map_struct_keys.go:32:13
./map_struct_keys.go:32:17:   flow: {heap} = {storage for ... argument}:
./map_struct_keys.go:32:17:     from ... argument (spill) at ./map_struct_keys.go:32:13
./map_struct_keys.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./map_struct_keys.go:32:13
./map_struct_keys.go:17:25: map[Point]int{} escapes to heap:
./map_struct_keys.go:17:25:   flow: visits = &{storage for map[Point]int{}}:
./map_struct_keys.go:17:25:     from map[Point]int{} (spill) at ./map_struct_keys.go:17:25
./map_struct_keys.go:17:25:     from visits := map[Point]int{} (assign) at ./map_struct_keys.go:17:9
./map_struct_keys.go:17:25:   flow: {storage for ... argument} = visits:
./map_struct_keys.go:17:25:     from visits (interface-converted) at ./map_struct_keys.go:23:13
./map_struct_keys.go:17:25:     from ... argument (slice-literal-element) at ./map_struct_keys.go:23:13
./map_struct_keys.go:17:25:   flow: {heap} = {storage for ... argument}:
./map_struct_keys.go:17:25:     from ... argument (spill) at ./map_struct_keys.go:23:13
./map_struct_keys.go:17:25:     from fmt.Println(... argument...) (call parameter) at ./map_struct_keys.go:23:13
./map_struct_keys.go:22:75: visits[Point{...}] escapes to heap:
./map_struct_keys.go:22:75:   flow: {storage for ... argument} = &{storage for visits[Point{...}]}:
./map_struct_keys.go:22:75:     from visits[Point{...}] (spill) at ./map_struct_keys.go:22:75
./map_struct_keys.go:22:75:     from ... argument (slice-literal-element) at ./map_struct_keys.go:22:13
./map_struct_keys.go:22:75:   flow: {heap} = {storage for ... argument}:
./map_struct_keys.go:22:75:     from ... argument (spill) at ./map_struct_keys.go:22:13
./map_struct_keys.go:22:75:     from fmt.Println(... argument...) (call parameter) at ./map_struct_keys.go:22:13
./map_struct_keys.go:22:54: visits[Point{...}] escapes to heap:
./map_struct_keys.go:22:54:   flow: {storage for ... argument} = &{storage for visits[Point{...}]}:
./map_struct_keys.go:22:54:     from visits[Point{...}] (spill) at ./map_struct_keys.go:22:54
./map_struct_keys.go:22:54:     from ... argument (slice-literal-element) at ./map_struct_keys.go:22:13
./map_struct_keys.go:22:54:   flow: {heap} = {storage for ... argument}:
./map_struct_keys.go:22:54:     from ... argument (spill) at ./map_struct_keys.go:22:13
./map_struct_keys.go:22:54:     from fmt.Println(... argument...) (call parameter) at ./map_struct_keys.go:22:13
./map_struct_keys.go:22:33: visits[Point{...}] escapes to heap:
./map_struct_keys.go:22:33:   flow: {storage for ... argument} = &{storage for visits[Point{...}]}:
./map_struct_keys.go:22:33:     from visits[Point{...}] (spill) at ./map_struct_keys.go:22:33
./map_struct_keys.go:22:33:     from ... argument (slice-literal-element) at ./map_struct_keys.go:22:13
./map_struct_keys.go:22:33:   flow: {heap} = {storage for ... argument}:
./map_struct_keys.go:22:33:     from ... argument (spill) at ./map_struct_keys.go:22:13
./map_struct_keys.go:22:33:     from fmt.Println(... argument...) (call parameter) at ./map_struct_keys.go:22:13
./map_struct_keys.go:22:17: len(visits) escapes to heap:
./map_struct_keys.go:22:17:   flow: {storage for ... argument} = &{storage for len(visits)}:
./map_struct_keys.go:22:17:     from len(visits) (spill) at ./map_struct_keys.go:22:17
./map_struct_keys.go:22:17:     from ... argument (slice-literal-element) at ./map_struct_keys.go:22:13
./map_struct_keys.go:22:17:   flow: {heap} = {storage for ... argument}:
./map_struct_keys.go:22:17:     from ... argument (spill) at ./map_struct_keys.go:22:13
./map_struct_keys.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./map_struct_keys.go:22:13
./map_struct_keys.go:17:25: map[Point]int{} escapes to heap
./map_struct_keys.go:18:17: []Point{...} does not escape
./map_struct_keys.go:22:13: ... argument does not escape
./map_struct_keys.go:22:17: len(visits) escapes to heap
./map_struct_keys.go:22:33: visits[Point{...}] escapes to heap
./map_struct_keys.go:22:54: visits[Point{...}] escapes to heap
./map_struct_keys.go:22:75: visits[Point{...}] escapes to heap
./map_struct_keys.go:23:13: ... argument does not escape
./map_struct_keys.go:25:21: map[Key]string{} does not escape
./map_struct_keys.go:32:13: ... argument does not escape
./map_struct_keys.go:32:17: len(m) escapes to heap
./map_struct_keys.go:32:23: m[k1] escapes to heap
./map_struct_keys.go:32:30: m[k2] escapes to heap
./map_struct_keys.go:34:13: ... argument does not escape
./map_struct_keys.go:34:13: ok escapes to heap
./map_struct_keys.go:37:20: map[struct { A string; B string }]int{...} escapes to heap
./map_struct_keys.go:38:13: ... argument does not escape
./map_struct_keys.go:38:16: am[struct { A string; B string }{...}] escapes to heap
./map_struct_keys.go:38:37: len(am) escapes to heap
./map_struct_keys.go:39:13: ... argument does not escape

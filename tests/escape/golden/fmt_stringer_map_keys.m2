./fmt_stringer_map_keys.go:15:69: k.B escapes to heap:
./fmt_stringer_map_keys.go:15:69:   flow: {storage for ... argument} = &{storage for k.B}:
./fmt_stringer_map_keys.go:15:69:     from k.B (spill) at ./fmt_stringer_map_keys.go:15:69
./fmt_stringer_map_keys.go:15:69:     from ... argument (slice-literal-element) at ./fmt_stringer_map_keys.go:15:50
./fmt_stringer_map_keys.go:15:69:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_map_keys.go:15:69:     from ... argument (spill) at ./fmt_stringer_map_keys.go:15:50
./fmt_stringer_map_keys.go:15:69:     from fmt.Sprintf("%c%d", ... argument...) (call parameter) at ./fmt_stringer_map_keys.go:15:50
./fmt_stringer_map_keys.go:15:62: 'z' - k.A escapes to heap:
./fmt_stringer_map_keys.go:15:62:   flow: {storage for ... argument} = &{storage for 'z' - k.A}:
./fmt_stringer_map_keys.go:15:62:     from 'z' - k.A (spill) at ./fmt_stringer_map_keys.go:15:62
./fmt_stringer_map_keys.go:15:62:     from ... argument (slice-literal-element) at ./fmt_stringer_map_keys.go:15:50
./fmt_stringer_map_keys.go:15:62:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_map_keys.go:15:62:     from ... argument (spill) at ./fmt_stringer_map_keys.go:15:50
./fmt_stringer_map_keys.go:15:62:     from fmt.Sprintf("%c%d", ... argument...) (call parameter) at ./fmt_stringer_map_keys.go:15:50
./fmt_stringer_map_keys.go:15:50: ... argument does not escape
./fmt_stringer_map_keys.go:15:62: 'z' - k.A escapes to heap
./fmt_stringer_map_keys.go:15:69: k.B escapes to heap
./fmt_stringer_map_keys.go:19:44: "~" + string(n) escapes to heap:
./fmt_stringer_map_keys.go:19:44:   flow: ~r0 = &{storage for "~" + string(n)}:
./fmt_stringer_map_keys.go:19:44:     from "~" + string(n) (spill) at ./fmt_stringer_map_keys.go:19:44
./fmt_stringer_map_keys.go:19:44:     from return "~" + string(n) (return) at ./fmt_stringer_map_keys.go:19:33
./fmt_stringer_map_keys.go:19:7: n does not escape
./fmt_stringer_map_keys.go:19:44: "~" + string(n) escapes to heap
./fmt_stringer_map_keys.go:27:29: []Month{...} escapes to heap:
./fmt_stringer_map_keys.go:27:29:   flow: {heap} = &{storage for []Month{...}}:
./fmt_stringer_map_keys.go:27:29:     from []Month{...} (spill) at ./fmt_stringer_map_keys.go:27:29
./fmt_stringer_map_keys.go:27:29:     from map[Name][]Month{...} (map literal value) at ./fmt_stringer_map_keys.go:27:23
./fmt_stringer_map_keys.go:27:42: []Month{...} escapes to heap:
./fmt_stringer_map_keys.go:27:42:   flow: {heap} = &{storage for []Month{...}}:
./fmt_stringer_map_keys.go:27:42:     from []Month{...} (spill) at ./fmt_stringer_map_keys.go:27:42
./fmt_stringer_map_keys.go:27:42:     from map[Name][]Month{...} (map literal value) at ./fmt_stringer_map_keys.go:27:23
./fmt_stringer_map_keys.go:29:36: map[Month]Name{...} escapes to heap:
./fmt_stringer_map_keys.go:29:36:   flow: i = &{storage for map[Month]Name{...}}:
./fmt_stringer_map_keys.go:29:36:     from map[Month]Name{...} (spill) at ./fmt_stringer_map_keys.go:29:36
./fmt_stringer_map_keys.go:29:36:     from map[Month]Name{...} (interface-converted) at ./fmt_stringer_map_keys.go:29:36
./fmt_stringer_map_keys.go:29:36:     from i = map[Month]Name{...} (assign) at ./fmt_stringer_map_keys.go:29:6
./fmt_stringer_map_keys.go:29:36:   flow: {storage for ... argument} = i:
./fmt_stringer_map_keys.go:29:36:     from ... argument (slice-literal-element) at ./fmt_stringer_map_keys.go:30:13
./fmt_stringer_map_keys.go:29:36:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_map_keys.go:29:36:     from ... argument (spill) at ./fmt_stringer_map_keys.go:30:13
./fmt_stringer_map_keys.go:29:36:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_map_keys.go:30:13
./fmt_stringer_map_keys.go:27:23: map[Name][]Month{...} escapes to heap:
./fmt_stringer_map_keys.go:27:23:   flow: n = &{storage for map[Name][]Month{...}}:
./fmt_stringer_map_keys.go:27:23:     from map[Name][]Month{...} (spill) at ./fmt_stringer_map_keys.go:27:23
./fmt_stringer_map_keys.go:27:23:     from n := map[Name][]Month{...} (assign) at ./fmt_stringer_map_keys.go:27:4
./fmt_stringer_map_keys.go:27:23:   flow: {storage for ... argument} = n:
./fmt_stringer_map_keys.go:27:23:     from n (interface-converted) at ./fmt_stringer_map_keys.go:28:13
./fmt_stringer_map_keys.go:27:23:     from ... argument (slice-literal-element) at ./fmt_stringer_map_keys.go:28:13
./fmt_stringer_map_keys.go:27:23:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_map_keys.go:27:23:     from ... argument (spill) at ./fmt_stringer_map_keys.go:28:13
./fmt_stringer_map_keys.go:27:23:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_map_keys.go:28:13
./fmt_stringer_map_keys.go:25:20: map[Key]Month{...} escapes to heap:
./fmt_stringer_map_keys.go:25:20:   flow: k = &{storage for map[Key]Month{...}}:
./fmt_stringer_map_keys.go:25:20:     from map[Key]Month{...} (spill) at ./fmt_stringer_map_keys.go:25:20
./fmt_stringer_map_keys.go:25:20:     from k := map[Key]Month{...} (assign) at ./fmt_stringer_map_keys.go:25:4
./fmt_stringer_map_keys.go:25:20:   flow: {storage for ... argument} = k:
./fmt_stringer_map_keys.go:25:20:     from k (interface-converted) at ./fmt_stringer_map_keys.go:26:13
./fmt_stringer_map_keys.go:25:20:     from ... argument (slice-literal-element) at ./fmt_stringer_map_keys.go:26:13
./fmt_stringer_map_keys.go:25:20:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_map_keys.go:25:20:     from ... argument (spill) at ./fmt_stringer_map_keys.go:26:13
./fmt_stringer_map_keys.go:25:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_stringer_map_keys.go:26:13
./fmt_stringer_map_keys.go:22:20: map[Month]int{...} escapes to heap:
./fmt_stringer_map_keys.go:22:20:   flow: m = &{storage for map[Month]int{...}}:
./fmt_stringer_map_keys.go:22:20:     from map[Month]int{...} (spill) at ./fmt_stringer_map_keys.go:22:20
./fmt_stringer_map_keys.go:22:20:     from m := map[Month]int{...} (assign) at ./fmt_stringer_map_keys.go:22:4
./fmt_stringer_map_keys.go:22:20:   flow: {storage for ... argument} = m:
./fmt_stringer_map_keys.go:22:20:     from m (interface-converted) at ./fmt_stringer_map_keys.go:24:13
./fmt_stringer_map_keys.go:22:20:     from ... argument (slice-literal-element) at ./fmt_stringer_map_keys.go:24:12
./fmt_stringer_map_keys.go:22:20:   flow: {heap} = {storage for ... argument}:
./fmt_stringer_map_keys.go:22:20:     from ... argument (spill) at ./fmt_stringer_map_keys.go:24:12
./fmt_stringer_map_keys.go:22:20:     from fmt.Printf("%v\n%d\n", ... argument...) (call parameter) at ./fmt_stringer_map_keys.go:24:12
./fmt_stringer_map_keys.go:22:20: map[Month]int{...} escapes to heap
./fmt_stringer_map_keys.go:23:13: ... argument does not escape
./fmt_stringer_map_keys.go:24:12: ... argument does not escape
./fmt_stringer_map_keys.go:25:20: map[Key]Month{...} escapes to heap
./fmt_stringer_map_keys.go:26:13: ... argument does not escape
./fmt_stringer_map_keys.go:27:23: map[Name][]Month{...} escapes to heap
./fmt_stringer_map_keys.go:27:29: []Month{...} escapes to heap
./fmt_stringer_map_keys.go:27:42: []Month{...} escapes to heap
./fmt_stringer_map_keys.go:28:13: ... argument does not escape
./fmt_stringer_map_keys.go:29:36: map[Month]Name{...} escapes to heap
./fmt_stringer_map_keys.go:30:13: ... argument does not escape

./map_nan_keys.go:47:17: len(sk) escapes to heap:
./map_nan_keys.go:47:17:   flow: {storage for ... argument} = &{storage for len(sk)}:
./map_nan_keys.go:47:17:     from len(sk) (spill) at ./map_nan_keys.go:47:17
./map_nan_keys.go:47:17:     from ... argument (slice-literal-element) at ./map_nan_keys.go:47:13
./map_nan_keys.go:47:17:   flow: {heap} = {storage for ... argument}:
./map_nan_keys.go:47:17:     from ... argument (spill) at ./map_nan_keys.go:47:13
./map_nan_keys.go:47:17:     from fmt.Println(... argument...) (call parameter) at ./map_nan_keys.go:47:13
./map_nan_keys.go:40:23: z[0] escapes to heap:
./map_nan_keys.go:40:23:   flow: {storage for ... argument} = &{storage for z[0]}:
./map_nan_keys.go:40:23:     from z[0] (spill) at ./map_nan_keys.go:40:23
./map_nan_keys.go:40:23:     from ... argument (slice-literal-element) at ./map_nan_keys.go:40:13
./map_nan_keys.go:40:23:   flow: {heap} = {storage for ... argument}:
./map_nan_keys.go:40:23:     from ... argument (spill) at ./map_nan_keys.go:40:13
./map_nan_keys.go:40:23:     from fmt.Println(... argument...) (call parameter) at ./map_nan_keys.go:40:13
./map_nan_keys.go:40:17: len(z) escapes to heap:
./map_nan_keys.go:40:17:   flow: {storage for ... argument} = &{storage for len(z)}:
./map_nan_keys.go:40:17:     from len(z) (spill) at ./map_nan_keys.go:40:17
./map_nan_keys.go:40:17:     from ... argument (slice-literal-element) at ./map_nan_keys.go:40:13
./map_nan_keys.go:40:17:   flow: {heap} = {storage for ... argument}:
./map_nan_keys.go:40:17:     from ... argument (spill) at ./map_nan_keys.go:40:13
./map_nan_keys.go:40:17:     from fmt.Println(... argument...) (call parameter) at ./map_nan_keys.go:40:13
./map_nan_keys.go:32:13: sum escapes to heap:
./map_nan_keys.go:32:13:   flow: {storage for ... argument} = &{storage for sum}:
./map_nan_keys.go:32:13:     from sum (spill) at ./map_nan_keys.go:32:13
./map_nan_keys.go:32:13:     from ... argument (slice-literal-element) at ./map_nan_keys.go:32:13
./map_nan_keys.go:32:13:   flow: {heap} = {storage for ... argument}:
./map_nan_keys.go:32:13:     from ... argument (spill) at ./map_nan_keys.go:32:13
./map_nan_keys.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./map_nan_keys.go:32:13
./map_nan_keys.go:32:13: nanKeys escapes to heap:
./map_nan_keys.go:32:13:   flow: {storage for ... argument} = &{storage for nanKeys}:
./map_nan_keys.go:32:13:     from nanKeys (spill) at ./map_nan_keys.go:32:13
./map_nan_keys.go:32:13:     from ... argument (slice-literal-element) at ./map_nan_keys.go:32:13
./map_nan_keys.go:32:13:   flow: {heap} = {storage for ... argument}:
./map_nan_keys.go:32:13:     from ... argument (spill) at ./map_nan_keys.go:32:13
./map_nan_keys.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./map_nan_keys.go:32:13
./map_nan_keys.go:11:22: map[float64]int{} escapes to heap:
./map_nan_keys.go:11:22:   flow: m = &{storage for map[float64]int{}}:
./map_nan_keys.go:11:22:     from map[float64]int{} (spill) at ./map_nan_keys.go:11:22
./map_nan_keys.go:11:22:     from m := map[float64]int{} (assign) at ./map_nan_keys.go:11:4
./map_nan_keys.go:11:22:   flow: {storage for ... argument} = m:
./map_nan_keys.go:11:22:     from m (interface-converted) at ./map_nan_keys.go:22:13
./map_nan_keys.go:11:22:     from ... argument (slice-literal-element) at ./map_nan_keys.go:22:13
./map_nan_keys.go:11:22:   flow: {heap} = {storage for ... argument}:
./map_nan_keys.go:11:22:     from ... argument (spill) at ./map_nan_keys.go:22:13
./map_nan_keys.go:11:22:     from fmt.Println(... argument...) (call parameter) at ./map_nan_keys.go:22:13
./map_nan_keys.go:21:17: len(m) escapes to heap:
./map_nan_keys.go:21:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_nan_keys.go:21:17:     from len(m) (spill) at ./map_nan_keys.go:21:17
./map_nan_keys.go:21:17:     from ... argument (slice-literal-element) at ./map_nan_keys.go:21:13
./map_nan_keys.go:21:17:   flow: {heap} = {storage for ... argument}:
./map_nan_keys.go:21:17:     from ... argument (spill) at ./map_nan_keys.go:21:13
./map_nan_keys.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./map_nan_keys.go:21:13
./map_nan_keys.go:19:17: len(m) escapes to heap:
./map_nan_keys.go:19:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_nan_keys.go:19:17:     from len(m) (spill) at ./map_nan_keys.go:19:17
./map_nan_keys.go:19:17:     from ... argument (slice-literal-element) at ./map_nan_keys.go:19:13
./map_nan_keys.go:19:17:   flow: {heap} = {storage for ... argument}:
./map_nan_keys.go:19:17:     from ... argument (spill) at ./map_nan_keys.go:19:13
./map_nan_keys.go:19:17:     from fmt.Println(... argument...) (call parameter) at ./map_nan_keys.go:19:13
./map_nan_keys.go:17:19: m[nan] escapes to heap:
./map_nan_keys.go:17:19:   flow: {storage for ... argument} = &{storage for m[nan]}:
./map_nan_keys.go:17:19:     from m[nan] (spill) at ./map_nan_keys.go:17:19
./map_nan_keys.go:17:19:     from ... argument (slice-literal-element) at ./map_nan_keys.go:17:13
./map_nan_keys.go:17:19:   flow: {heap} = {storage for ... argument}:
./map_nan_keys.go:17:19:     from ... argument (spill) at ./map_nan_keys.go:17:13
./map_nan_keys.go:17:19:     from fmt.Println(... argument...) (call parameter) at ./map_nan_keys.go:17:13
./map_nan_keys.go:17:13: ok escapes to heap:
./map_nan_keys.go:17:13:   flow: {storage for ... argument} = &{storage for ok}:
./map_nan_keys.go:17:13:     from ok (spill) at ./map_nan_keys.go:17:13
./map_nan_keys.go:17:13:     from ... argument (slice-literal-element) at ./map_nan_keys.go:17:13
./map_nan_keys.go:17:13:   flow: {heap} = {storage for ... argument}:
./map_nan_keys.go:17:13:     from ... argument (spill) at ./map_nan_keys.go:17:13
./map_nan_keys.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./map_nan_keys.go:17:13
./map_nan_keys.go:15:17: len(m) escapes to heap:
./map_nan_keys.go:15:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_nan_keys.go:15:17:     from len(m) (spill) at ./map_nan_keys.go:15:17
./map_nan_keys.go:15:17:     from ... argument (slice-literal-element) at ./map_nan_keys.go:15:13
./map_nan_keys.go:15:17:   flow: {heap} = {storage for ... argument}:
./map_nan_keys.go:15:17:     from ... argument (spill) at ./map_nan_keys.go:15:13
./map_nan_keys.go:15:17:     from fmt.Println(... argument...) (call parameter) at ./map_nan_keys.go:15:13
./map_nan_keys.go:11:22: map[float64]int{} escapes to heap
./map_nan_keys.go:15:13: ... argument does not escape
./map_nan_keys.go:15:17: len(m) escapes to heap
./map_nan_keys.go:17:13: ... argument does not escape
./map_nan_keys.go:17:13: ok escapes to heap
./map_nan_keys.go:17:19: m[nan] escapes to heap
./map_nan_keys.go:19:13: ... argument does not escape
./map_nan_keys.go:19:17: len(m) escapes to heap
./map_nan_keys.go:21:13: ... argument does not escape
./map_nan_keys.go:21:17: len(m) escapes to heap
./map_nan_keys.go:22:13: ... argument does not escape
./map_nan_keys.go:32:13: ... argument does not escape
./map_nan_keys.go:32:13: nanKeys escapes to heap
./map_nan_keys.go:32:13: sum escapes to heap
./map_nan_keys.go:35:25: map[float64]string{} does not escape
./map_nan_keys.go:40:13: ... argument does not escape
./map_nan_keys.go:40:17: len(z) escapes to heap
./map_nan_keys.go:40:23: z[0] escapes to heap
./map_nan_keys.go:44:17: map[K]int{} does not escape
./map_nan_keys.go:47:13: ... argument does not escape
./map_nan_keys.go:47:17: len(sk) escapes to heap

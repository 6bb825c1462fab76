./global_literals.go:16:42: len(list) escapes to heap:
./global_literals.go:16:42:   flow: {storage for ... argument} = &{storage for len(list)}:
./global_literals.go:16:42:     from len(list) (spill) at ./global_literals.go:16:42
./global_literals.go:16:42:     from ... argument (slice-literal-element) at ./global_literals.go:16:13
./global_literals.go:16:42:   flow: {heap} = {storage for ... argument}:
./global_literals.go:16:42:     from ... argument (spill) at ./global_literals.go:16:13
./global_literals.go:16:42:     from fmt.Println(... argument...) (call parameter) at ./global_literals.go:16:13
./global_literals.go:16:35: fn() escapes to heap:
./global_literals.go:16:35:   flow: {storage for ... argument} = &{storage for fn()}:
./global_literals.go:16:35:     from fn() (spill) at ./global_literals.go:16:35
./global_literals.go:16:35:     from ... argument (slice-literal-element) at ./global_literals.go:16:13
./global_literals.go:16:35:   flow: {heap} = {storage for ... argument}:
./global_literals.go:16:35:     from ... argument (spill) at ./global_literals.go:16:13
./global_literals.go:16:35:     from fmt.Println(... argument...) (call parameter) at ./global_literals.go:16:13
./global_literals.go:16:29: ptr.v escapes to heap:
./global_literals.go:16:29:   flow: {storage for ... argument} = &{storage for ptr.v}:
./global_literals.go:16:29:     from ptr.v (spill) at ./global_literals.go:16:29
./global_literals.go:16:29:     from ... argument (slice-literal-element) at ./global_literals.go:16:13
./global_literals.go:16:29:   flow: {heap} = {storage for ... argument}:
./global_literals.go:16:29:     from ... argument (spill) at ./global_literals.go:16:13
./global_literals.go:16:29:     from fmt.Println(... argument...) (call parameter) at ./global_literals.go:16:13
./global_literals.go:16:19: names["a"] escapes to heap:
./global_literals.go:16:19:   flow: {storage for ... argument} = &{storage for names["a"]}:
./global_literals.go:16:19:     from names["a"] (spill) at ./global_literals.go:16:19
./global_literals.go:16:19:     from ... argument (slice-literal-element) at ./global_literals.go:16:13
./global_literals.go:16:19:   flow: {heap} = {storage for ... argument}:
./global_literals.go:16:19:     from ... argument (spill) at ./global_literals.go:16:13
./global_literals.go:16:19:     from fmt.Println(... argument...) (call parameter) at ./global_literals.go:16:13
./global_literals.go:16:13: ... argument does not escape
./global_literals.go:16:19: names["a"] escapes to heap
./global_literals.go:16:29: ptr.v escapes to heap
./global_literals.go:16:35: fn() escapes to heap
./global_literals.go:16:42: len(list) escapes to heap
./global_literals.go:7:27: map[string]int{...} escapes to heap:
./global_literals.go:7:27:   flow: {heap} = &{storage for map[string]int{...}}:
./global_literals.go:7:27:     from map[string]int{...} (spill) at ./global_literals.go:7:27
./global_literals.go:7:27:     from names = map[string]int{...} (assign) at ./global_literals.go:7:5
./global_literals.go:7:27: map[string]int{...} escapes to heap

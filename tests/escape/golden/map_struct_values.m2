./map_struct_values.go:21:36: &Account{...} escapes to heap:
./map_struct_values.go:21:36:   flow: {heap} = &{storage for &Account{...}}:
./map_struct_values.go:21:36:     from &Account{...} (spill) at ./map_struct_values.go:21:36
./map_struct_values.go:21:36:     from map[string]*Account{...} (map literal value) at ./map_struct_values.go:21:30
./map_struct_values.go:21:54: &Account{...} escapes to heap:
./map_struct_values.go:21:54:   flow: {heap} = &{storage for &Account{...}}:
./map_struct_values.go:21:54:     from &Account{...} (spill) at ./map_struct_values.go:21:54
./map_struct_values.go:21:54:     from map[string]*Account{...} (map literal value) at ./map_struct_values.go:21:30
./map_struct_values.go:36:34: len(arrVals["y"]) escapes to heap:
./map_struct_values.go:36:34:   flow: {storage for ... argument} = &{storage for len(arrVals["y"])}:
./map_struct_values.go:36:34:     from len(arrVals["y"]) (spill) at ./map_struct_values.go:36:34
./map_struct_values.go:36:34:     from ... argument (slice-literal-element) at ./map_struct_values.go:36:13
./map_struct_values.go:36:34:   flow: {heap} = {storage for ... argument}:
./map_struct_values.go:36:34:     from ... argument (spill) at ./map_struct_values.go:36:13
./map_struct_values.go:36:34:     from fmt.Println(... argument...) (call parameter) at ./map_struct_values.go:36:13
./map_struct_values.go:36:26: arrVals["x"][2] escapes to heap:
./map_struct_values.go:36:26:   flow: {storage for ... argument} = &{storage for arrVals["x"][2]}:
./map_struct_values.go:36:26:     from arrVals["x"][2] (spill) at ./map_struct_values.go:36:26
./map_struct_values.go:36:26:     from ... argument (slice-literal-element) at ./map_struct_values.go:36:13
./map_struct_values.go:36:26:   flow: {heap} = {storage for ... argument}:
./map_struct_values.go:36:26:     from ... argument (spill) at ./map_struct_values.go:36:13
./map_struct_values.go:36:26:     from fmt.Println(... argument...) (call parameter) at ./map_struct_values.go:36:13
./map_struct_values.go:35:21: arr escapes to heap:
./map_struct_values.go:35:21:   flow: {storage for ... argument} = &{storage for arr}:
./map_struct_values.go:35:21:     from arr (spill) at ./map_struct_values.go:35:21
./map_struct_values.go:35:21:     from ... argument (slice-literal-element) at ./map_struct_values.go:35:13
./map_struct_values.go:35:21:   flow: {heap} = {storage for ... argument}:
./map_struct_values.go:35:21:     from ... argument (spill) at ./map_struct_values.go:35:13
./map_struct_values.go:35:21:     from fmt.Println(... argument...) (call parameter) at ./map_struct_values.go:35:13
./map_struct_values.go:35:21: arrVals["x"] escapes to heap:
./map_struct_values.go:35:21:   flow: {storage for ... argument} = &{storage for arrVals["x"]}:
./map_struct_values.go:35:21:     from arrVals["x"] (spill) at ./map_struct_values.go:35:21
./map_struct_values.go:35:21:     from ... argument (slice-literal-element) at ./map_struct_values.go:35:13
./map_struct_values.go:35:21:   flow: {heap} = {storage for ... argument}:
./map_struct_values.go:35:21:     from ... argument (spill) at ./map_struct_values.go:35:13
./map_struct_values.go:35:21:     from fmt.Println(... argument...) (call parameter) at ./map_struct_values.go:35:13
./map_struct_values.go:30:56: byVal["zzz"].Balance escapes to heap:
./map_struct_values.go:30:56:   flow: {storage for ... argument} = &{storage for byVal["zzz"].Balance}:
./map_struct_values.go:30:56:     from byVal["zzz"].Balance (spill) at ./map_struct_values.go:30:56
./map_struct_values.go:30:56:     from ... argument (slice-literal-element) at ./map_struct_values.go:30:12
./map_struct_values.go:30:56:   flow: {heap} = {storage for ... argument}:
./map_struct_values.go:30:56:     from ... argument (spill) at ./map_struct_values.go:30:12
./map_struct_values.go:30:56:     from fmt.Printf("%q %d\n", ... argument...) (call parameter) at ./map_struct_values.go:30:12
./map_struct_values.go:30:36: byVal["zzz"].Owner escapes to heap:
./map_struct_values.go:30:36:   flow: {storage for ... argument} = &{storage for byVal["zzz"].Owner}:
./map_struct_values.go:30:36:     from byVal["zzz"].Owner (spill) at ./map_struct_values.go:30:36
./map_struct_values.go:30:36:     from ... argument (slice-literal-element) at ./map_struct_values.go:30:12
./map_struct_values.go:30:36:   flow: {heap} = {storage for ... argument}:
./map_struct_values.go:30:36:     from ... argument (spill) at ./map_struct_values.go:30:12
./map_struct_values.go:30:36:     from fmt.Printf("%q %d\n", ... argument...) (call parameter) at ./map_struct_values.go:30:12
./map_struct_values.go:27:31: byPtr["missing"] == nil escapes to heap:
./map_struct_values.go:27:31:   flow: {storage for ... argument} = &{storage for byPtr["missing"] == nil}:
./map_struct_values.go:27:31:     from byPtr["missing"] == nil (spill) at ./map_struct_values.go:27:31
./map_struct_values.go:27:31:     from ... argument (slice-literal-element) at ./map_struct_values.go:27:13
./map_struct_values.go:27:31:   flow: {heap} = {storage for ... argument}:
./map_struct_values.go:27:31:     from ... argument (spill) at ./map_struct_values.go:27:13
./map_struct_values.go:27:31:     from fmt.Println(... argument...) (call parameter) at ./map_struct_values.go:27:13
./map_struct_values.go:26:27: *byPtr["b"] escapes to heap:
./map_struct_values.go:26:27:   flow: {storage for ... argument} = &{storage for *byPtr["b"]}:
./map_struct_values.go:26:27:     from *byPtr["b"] (spill) at ./map_struct_values.go:26:27
./map_struct_values.go:26:27:     from ... argument (slice-literal-element) at ./map_struct_values.go:26:13
./map_struct_values.go:26:27:   flow: {heap} = {storage for ... argument}:
./map_struct_values.go:26:27:     from ... argument (spill) at ./map_struct_values.go:26:13
./map_struct_values.go:26:27:     from fmt.Println(... argument...) (call parameter) at ./map_struct_values.go:26:13
./map_struct_values.go:26:14: *byPtr["a"] escapes to heap:
./map_struct_values.go:26:14:   flow: {storage for ... argument} = &{storage for *byPtr["a"]}:
./map_struct_values.go:26:14:     from *byPtr["a"] (spill) at ./map_struct_values.go:26:14
./map_struct_values.go:26:14:     from ... argument (slice-literal-element) at ./map_struct_values.go:26:13
./map_struct_values.go:26:14:   flow: {heap} = {storage for ... argument}:
./map_struct_values.go:26:14:     from ... argument (spill) at ./map_struct_values.go:26:13
./map_struct_values.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./map_struct_values.go:26:13
./map_struct_values.go:13:29: map[string]Account{...} escapes to heap:
./map_struct_values.go:13:29:   flow: byVal = &{storage for map[string]Account{...}}:
./map_struct_values.go:13:29:     from map[string]Account{...} (spill) at ./map_struct_values.go:13:29
./map_struct_values.go:13:29:     from byVal := map[string]Account{...} (assign) at ./map_struct_values.go:13:8
./map_struct_values.go:13:29:   flow: {storage for ... argument} = byVal:
./map_struct_values.go:13:29:     from byVal (interface-converted) at ./map_struct_values.go:19:13
./map_struct_values.go:13:29:     from ... argument (slice-literal-element) at ./map_struct_values.go:19:13
./map_struct_values.go:13:29:   flow: {heap} = {storage for ... argument}:
./map_struct_values.go:13:29:     from ... argument (spill) at ./map_struct_values.go:19:13
./map_struct_values.go:13:29:     from fmt.Println(... argument...) (call parameter) at ./map_struct_values.go:19:13
./map_struct_values.go:18:44: byVal["a"].Owner escapes to heap:
./map_struct_values.go:18:44:   flow: {storage for ... argument} = &{storage for byVal["a"].Owner}:
./map_struct_values.go:18:44:     from byVal["a"].Owner (spill) at ./map_struct_values.go:18:44
./map_struct_values.go:18:44:     from ... argument (slice-literal-element) at ./map_struct_values.go:18:13
./map_struct_values.go:18:44:   flow: {heap} = {storage for ... argument}:
./map_struct_values.go:18:44:     from ... argument (spill) at ./map_struct_values.go:18:13
./map_struct_values.go:18:44:     from fmt.Println(... argument...) (call parameter) at ./map_struct_values.go:18:13
./map_struct_values.go:18:24: byVal["a"].Balance escapes to heap:
./map_struct_values.go:18:24:   flow: {storage for ... argument} = &{storage for byVal["a"].Balance}:
./map_struct_values.go:18:24:     from byVal["a"].Balance (spill) at ./map_struct_values.go:18:24
./map_struct_values.go:18:24:     from ... argument (slice-literal-element) at ./map_struct_values.go:18:13
./map_struct_values.go:18:24:   flow: {heap} = {storage for ... argument}:
./map_struct_values.go:18:24:     from ... argument (spill) at ./map_struct_values.go:18:13
./map_struct_values.go:18:24:     from fmt.Println(... argument...) (call parameter) at ./map_struct_values.go:18:13
./map_struct_values.go:16:24: byVal["a"].Balance escapes to heap:
./map_struct_values.go:16:24:   flow: {storage for ... argument} = &{storage for byVal["a"].Balance}:
./map_struct_values.go:16:24:     from byVal["a"].Balance (spill) at ./map_struct_values.go:16:24
./map_struct_values.go:16:24:     from ... argument (slice-literal-element) at ./map_struct_values.go:16:13
./map_struct_values.go:16:24:   flow: {heap} = {storage for ... argument}:
./map_struct_values.go:16:24:     from ... argument (spill) at ./map_struct_values.go:16:13
./map_struct_values.go:16:24:     from fmt.Println(... argument...) (call parameter) at ./map_struct_values.go:16:13
./map_struct_values.go:13:29: map[string]Account{...} escapes to heap
./map_struct_values.go:16:13: ... argument does not escape
./map_struct_values.go:16:24: byVal["a"].Balance escapes to heap
./map_struct_values.go:18:13: ... argument does not escape
./map_struct_values.go:18:24: byVal["a"].Balance escapes to heap
./map_struct_values.go:18:44: byVal["a"].Owner escapes to heap
./map_struct_values.go:19:13: ... argument does not escape
./map_struct_values.go:21:30: map[string]*Account{...} does not escape
./map_struct_values.go:21:36: &Account{...} escapes to heap
./map_struct_values.go:21:54: &Account{...} escapes to heap
./map_struct_values.go:26:13: ... argument does not escape
./map_struct_values.go:26:14: *byPtr["a"] escapes to heap
./map_struct_values.go:26:27: *byPtr["b"] escapes to heap
./map_struct_values.go:27:13: ... argument does not escape
./map_struct_values.go:27:31: byPtr["missing"] == nil escapes to heap
./map_struct_values.go:30:12: ... argument does not escape
./map_struct_values.go:30:36: byVal["zzz"].Owner escapes to heap
./map_struct_values.go:30:56: byVal["zzz"].Balance escapes to heap
./map_struct_values.go:32:30: map[string][3]int{...} does not escape
./map_struct_values.go:35:13: ... argument does not escape
./map_struct_values.go:35:21: arrVals["x"] escapes to heap
./map_struct_values.go:35:21: arr escapes to heap
./map_struct_values.go:36:13: ... argument does not escape
./map_struct_values.go:36:26: arrVals["x"][2] escapes to heap
./map_struct_values.go:36:34: len(arrVals["y"]) escapes to heap

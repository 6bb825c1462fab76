./func_value_global_vars.go:18:38: table["neg"](-3) escapes to heap:
./func_value_global_vars.go:18:38:   flow: {storage for ... argument} = &{storage for table["neg"](-3)}:
./func_value_global_vars.go:18:38:     from table["neg"](-3) (spill) at ./func_value_global_vars.go:18:38
./func_value_global_vars.go:18:38:     from ... argument (slice-literal-element) at ./func_value_global_vars.go:18:13
./func_value_global_vars.go:18:38:   flow: {heap} = {storage for ... argument}:
./func_value_global_vars.go:18:38:     from ... argument (spill) at ./func_value_global_vars.go:18:13
./func_value_global_vars.go:18:38:     from fmt.Println(... argument...) (call parameter) at ./func_value_global_vars.go:18:13
./func_value_global_vars.go:18:17: len(table) escapes to heap:
./func_value_global_vars.go:18:17:   flow: {storage for ... argument} = &{storage for len(table)}:
./func_value_global_vars.go:18:17:     from len(table) (spill) at ./func_value_global_vars.go:18:17
./func_value_global_vars.go:18:17:     from ... argument (slice-literal-element) at ./func_value_global_vars.go:18:13
./func_value_global_vars.go:18:17:   flow: {heap} = {storage for ... argument}:
./func_value_global_vars.go:18:17:     from ... argument (spill) at ./func_value_global_vars.go:18:13
./func_value_global_vars.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./func_value_global_vars.go:18:13
./func_value_global_vars.go:16:16: op(4) escapes to heap:
./func_value_global_vars.go:16:16:   flow: {storage for ... argument} = &{storage for op(4)}:
./func_value_global_vars.go:16:16:     from op(4) (spill) at ./func_value_global_vars.go:16:16
./func_value_global_vars.go:16:16:     from ... argument (slice-literal-element) at ./func_value_global_vars.go:16:13
./func_value_global_vars.go:16:16:   flow: {heap} = {storage for ... argument}:
./func_value_global_vars.go:16:16:     from ... argument (spill) at ./func_value_global_vars.go:16:13
./func_value_global_vars.go:16:16:     from fmt.Println(... argument...) (call parameter) at ./func_value_global_vars.go:16:13
./func_value_global_vars.go:14:43: table["sq"](5) escapes to heap:
./func_value_global_vars.go:14:43:   flow: {storage for ... argument} = &{storage for table["sq"](5)}:
./func_value_global_vars.go:14:43:     from table["sq"](5) (spill) at ./func_value_global_vars.go:14:43
./func_value_global_vars.go:14:43:     from ... argument (slice-literal-element) at ./func_value_global_vars.go:14:13
./func_value_global_vars.go:14:43:   flow: {heap} = {storage for ... argument}:
./func_value_global_vars.go:14:43:     from ... argument (spill) at ./func_value_global_vars.go:14:13
./func_value_global_vars.go:14:43:     from fmt.Println(... argument...) (call parameter) at ./func_value_global_vars.go:14:13
./func_value_global_vars.go:14:27: ops[1](4) escapes to heap:
./func_value_global_vars.go:14:27:   flow: {storage for ... argument} = &{storage for ops[1](4)}:
./func_value_global_vars.go:14:27:     from ops[1](4) (spill) at ./func_value_global_vars.go:14:27
./func_value_global_vars.go:14:27:     from ... argument (slice-literal-element) at ./func_value_global_vars.go:14:13
./func_value_global_vars.go:14:27:   flow: {heap} = {storage for ... argument}:
./func_value_global_vars.go:14:27:     from ... argument (spill) at ./func_value_global_vars.go:14:13
./func_value_global_vars.go:14:27:     from fmt.Println(... argument...) (call parameter) at ./func_value_global_vars.go:14:13
./func_value_global_vars.go:14:16: op(4) escapes to heap:
./func_value_global_vars.go:14:16:   flow: {storage for ... argument} = &{storage for op(4)}:
./func_value_global_vars.go:14:16:     from op(4) (spill) at ./func_value_global_vars.go:14:16
./func_value_global_vars.go:14:16:     from ... argument (slice-literal-element) at ./func_value_global_vars.go:14:13
./func_value_global_vars.go:14:16:   flow: {heap} = {storage for ... argument}:
./func_value_global_vars.go:14:16:     from ... argument (spill) at ./func_value_global_vars.go:14:13
./func_value_global_vars.go:14:16:     from fmt.Println(... argument...) (call parameter) at ./func_value_global_vars.go:14:13
./func_value_global_vars.go:14:13: ... argument does not escape
./func_value_global_vars.go:14:16: op(4) escapes to heap
./func_value_global_vars.go:14:27: ops[1](4) escapes to heap
./func_value_global_vars.go:14:43: table["sq"](5) escapes to heap
./func_value_global_vars.go:16:13: ... argument does not escape
./func_value_global_vars.go:16:16: op(4) escapes to heap
./func_value_global_vars.go:18:13: ... argument does not escape
./func_value_global_vars.go:18:17: len(table) escapes to heap
./func_value_global_vars.go:18:38: table["neg"](-3) escapes to heap
./func_value_global_vars.go:11:37: map[string]func(int) int{...} escapes to heap:
./func_value_global_vars.go:11:37:   flow: {heap} = &{storage for map[string]func(int) int{...}}:
./func_value_global_vars.go:11:37:     from map[string]func(int) int{...} (spill) at ./func_value_global_vars.go:11:37
./func_value_global_vars.go:11:37:     from table = map[string]func(int) int{...} (assign) at ./func_value_global_vars.go:11:5
./func_value_global_vars.go:11:37: map[string]func(int) int{...} escapes to heap

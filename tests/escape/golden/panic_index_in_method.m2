./panic_index_in_method.go:8:7: parameter s leaks to {heap} with derefs=1:
./panic_index_in_method.go:8:7:   flow: {heap} = *s:
./panic_index_in_method.go:8:7:     from *s (indirection) at ./panic_index_in_method.go:8:43
./panic_index_in_method.go:8:7:     from append(*s, v) (call parameter) at ./panic_index_in_method.go:8:42
./panic_index_in_method.go:8:7:     from *s = append(*s, v) (assign) at ./panic_index_in_method.go:8:34
./panic_index_in_method.go:8:7: leaking param content: s
./panic_index_in_method.go:9:7: s does not escape
./panic_index_in_method.go:16:19: Stack.Top(s) escapes to heap:
./panic_index_in_method.go:16:19:   flow: {storage for ... argument} = &{storage for Stack.Top(s)}:
./panic_index_in_method.go:16:19:     from Stack.Top(s) (spill) at ./panic_index_in_method.go:16:19
./panic_index_in_method.go:16:19:     from ... argument (slice-literal-element) at ./panic_index_in_method.go:16:13
./panic_index_in_method.go:16:19:   flow: {heap} = {storage for ... argument}:
./panic_index_in_method.go:16:19:     from ... argument (spill) at ./panic_index_in_method.go:16:13
./panic_index_in_method.go:16:19:     from fmt.Println(... argument...) (call parameter) at ./panic_index_in_method.go:16:13
./panic_index_in_method.go:14:19: Stack.Top(s) escapes to heap:
./panic_index_in_method.go:14:19:   flow: {storage for ... argument} = &{storage for Stack.Top(s)}:
./panic_index_in_method.go:14:19:     from Stack.Top(s) (spill) at ./panic_index_in_method.go:14:19
./panic_index_in_method.go:14:19:     from ... argument (slice-literal-element) at ./panic_index_in_method.go:14:13
./panic_index_in_method.go:14:19:   flow: {heap} = {storage for ... argument}:
./panic_index_in_method.go:14:19:     from ... argument (spill) at ./panic_index_in_method.go:14:13
./panic_index_in_method.go:14:19:     from fmt.Println(... argument...) (call parameter) at ./panic_index_in_method.go:14:13
./panic_index_in_method.go:14:13: ... argument does not escape
./panic_index_in_method.go:14:19: Stack.Top(s) escapes to heap
./panic_index_in_method.go:16:13: ... argument does not escape
./panic_index_in_method.go:16:19: Stack.Top(s) escapes to heap

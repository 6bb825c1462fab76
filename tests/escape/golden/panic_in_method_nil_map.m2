./panic_in_method_nil_map.go:8:29: parameter k leaks to {heap} with derefs=0:
./panic_in_method_nil_map.go:8:29:   flow: {heap} = k:
./panic_in_method_nil_map.go:8:29:     from r.m[k] (key of map put) at ./panic_in_method_nil_map.go:8:44
./panic_in_method_nil_map.go:8:7: r does not escape
./panic_in_method_nil_map.go:8:29: leaking param: k
./panic_in_method_nil_map.go:11:35: map[string]int{} escapes to heap:
./panic_in_method_nil_map.go:11:35:   flow: {storage for &Registry{...}} = &{storage for map[string]int{}}:
./panic_in_method_nil_map.go:11:35:     from map[string]int{} (spill) at ./panic_in_method_nil_map.go:11:35
./panic_in_method_nil_map.go:11:35:     from Registry{...} (struct literal element) at ./panic_in_method_nil_map.go:11:17
./panic_in_method_nil_map.go:11:35:   flow: ok = &{storage for &Registry{...}}:
./panic_in_method_nil_map.go:11:35:     from &Registry{...} (spill) at ./panic_in_method_nil_map.go:11:8
./panic_in_method_nil_map.go:11:35:     from ok := &Registry{...} (assign) at ./panic_in_method_nil_map.go:11:5
./panic_in_method_nil_map.go:11:35:   flow: {storage for ... argument} = *ok:
./panic_in_method_nil_map.go:11:35:     from ok.m (dot of pointer) at ./panic_in_method_nil_map.go:13:16
./panic_in_method_nil_map.go:11:35:     from ok.m (interface-converted) at ./panic_in_method_nil_map.go:13:16
./panic_in_method_nil_map.go:11:35:     from ... argument (slice-literal-element) at ./panic_in_method_nil_map.go:13:13
./panic_in_method_nil_map.go:11:35:   flow: {heap} = {storage for ... argument}:
./panic_in_method_nil_map.go:11:35:     from ... argument (spill) at ./panic_in_method_nil_map.go:13:13
./panic_in_method_nil_map.go:11:35:     from fmt.Println(... argument...) (call parameter) at ./panic_in_method_nil_map.go:13:13
./panic_in_method_nil_map.go:11:8: &Registry{...} does not escape
./panic_in_method_nil_map.go:11:35: map[string]int{} escapes to heap
./panic_in_method_nil_map.go:13:13: ... argument does not escape

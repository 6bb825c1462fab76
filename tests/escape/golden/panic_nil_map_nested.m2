./panic_nil_map_nested.go:7:38: map[string]int{} escapes to heap:
./panic_nil_map_nested.go:7:38:   flow: {heap} = &{storage for map[string]int{}}:
./panic_nil_map_nested.go:7:38:     from map[string]int{} (spill) at ./panic_nil_map_nested.go:7:38
./panic_nil_map_nested.go:7:38:     from map[string]map[string]int{...} (map literal value) at ./panic_nil_map_nested.go:7:32
./panic_nil_map_nested.go:7:32: map[string]map[string]int{...} escapes to heap:
./panic_nil_map_nested.go:7:32:   flow: m = &{storage for map[string]map[string]int{...}}:
./panic_nil_map_nested.go:7:32:     from map[string]map[string]int{...} (spill) at ./panic_nil_map_nested.go:7:32
./panic_nil_map_nested.go:7:32:     from m := map[string]map[string]int{...} (assign) at ./panic_nil_map_nested.go:7:4
./panic_nil_map_nested.go:7:32:   flow: {storage for ... argument} = m:
./panic_nil_map_nested.go:7:32:     from m (interface-converted) at ./panic_nil_map_nested.go:11:13
./panic_nil_map_nested.go:7:32:     from ... argument (slice-literal-element) at ./panic_nil_map_nested.go:11:13
./panic_nil_map_nested.go:7:32:   flow: {heap} = {storage for ... argument}:
./panic_nil_map_nested.go:7:32:     from ... argument (spill) at ./panic_nil_map_nested.go:11:13
./panic_nil_map_nested.go:7:32:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_map_nested.go:11:13
./panic_nil_map_nested.go:7:32: map[string]map[string]int{...} escapes to heap
./panic_nil_map_nested.go:7:38: map[string]int{} escapes to heap
./panic_nil_map_nested.go:9:13: ... argument does not escape
./panic_nil_map_nested.go:11:13: ... argument does not escape

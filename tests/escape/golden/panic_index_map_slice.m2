./panic_index_map_slice.go:7:29: []int{...} escapes to heap:
./panic_index_map_slice.go:7:29:   flow: {heap} = &{storage for []int{...}}:
./panic_index_map_slice.go:7:29:     from []int{...} (spill) at ./panic_index_map_slice.go:7:29
./panic_index_map_slice.go:7:29:     from map[string][]int{...} (map literal value) at ./panic_index_map_slice.go:7:23
./panic_index_map_slice.go:10:20: m["b"][k] escapes to heap:
./panic_index_map_slice.go:10:20:   flow: {storage for ... argument} = &{storage for m["b"][k]}:
./panic_index_map_slice.go:10:20:     from m["b"][k] (spill) at ./panic_index_map_slice.go:10:20
./panic_index_map_slice.go:10:20:     from ... argument (slice-literal-element) at ./panic_index_map_slice.go:10:13
./panic_index_map_slice.go:10:20:   flow: {heap} = {storage for ... argument}:
./panic_index_map_slice.go:10:20:     from ... argument (spill) at ./panic_index_map_slice.go:10:13
./panic_index_map_slice.go:10:20:     from fmt.Println(... argument...) (call parameter) at ./panic_index_map_slice.go:10:13
./panic_index_map_slice.go:9:20: m["a"][k] escapes to heap:
./panic_index_map_slice.go:9:20:   flow: {storage for ... argument} = &{storage for m["a"][k]}:
./panic_index_map_slice.go:9:20:     from m["a"][k] (spill) at ./panic_index_map_slice.go:9:20
./panic_index_map_slice.go:9:20:     from ... argument (slice-literal-element) at ./panic_index_map_slice.go:9:13
./panic_index_map_slice.go:9:20:   flow: {heap} = {storage for ... argument}:
./panic_index_map_slice.go:9:20:     from ... argument (spill) at ./panic_index_map_slice.go:9:13
./panic_index_map_slice.go:9:20:     from fmt.Println(... argument...) (call parameter) at ./panic_index_map_slice.go:9:13
./panic_index_map_slice.go:7:23: map[string][]int{...} does not escape
./panic_index_map_slice.go:7:29: []int{...} escapes to heap
./panic_index_map_slice.go:9:13: ... argument does not escape
./panic_index_map_slice.go:9:20: m["a"][k] escapes to heap
./panic_index_map_slice.go:10:13: ... argument does not escape
./panic_index_map_slice.go:10:20: m["b"][k] escapes to heap

./slice_of_structs.go:13:12: items does not escape
./slice_of_structs.go:47:25: main ignoring self-assignment in items[j], items[j - 1] = items[j - 1], items[j]
./slice_of_structs.go:47:25: main ignoring self-assignment in items[j], items[j - 1] = items[j - 1], items[j]
./slice_of_structs.go:51:53: it.Qty escapes to heap:
./slice_of_structs.go:51:53:   flow: {storage for ... argument} = &{storage for it.Qty}:
./slice_of_structs.go:51:53:     from it.Qty (spill) at ./slice_of_structs.go:51:53
./slice_of_structs.go:51:53:     from ... argument (slice-literal-element) at ./slice_of_structs.go:51:13
./slice_of_structs.go:51:53:   flow: {heap} = {storage for ... argument}:
./slice_of_structs.go:51:53:     from ... argument (spill) at ./slice_of_structs.go:51:13
./slice_of_structs.go:51:53:     from fmt.Printf("%-6s %3d %2d\n", ... argument...) (call parameter) at ./slice_of_structs.go:51:13
./slice_of_structs.go:51:43: it.Price escapes to heap:
./slice_of_structs.go:51:43:   flow: {storage for ... argument} = &{storage for it.Price}:
./slice_of_structs.go:51:43:     from it.Price (spill) at ./slice_of_structs.go:51:43
./slice_of_structs.go:51:43:     from ... argument (slice-literal-element) at ./slice_of_structs.go:51:13
./slice_of_structs.go:51:43:   flow: {heap} = {storage for ... argument}:
./slice_of_structs.go:51:43:     from ... argument (spill) at ./slice_of_structs.go:51:13
./slice_of_structs.go:51:43:     from fmt.Printf("%-6s %3d %2d\n", ... argument...) (call parameter) at ./slice_of_structs.go:51:13
./slice_of_structs.go:51:34: it.Name escapes to heap:
./slice_of_structs.go:51:34:   flow: {storage for ... argument} = &{storage for it.Name}:
./slice_of_structs.go:51:34:     from it.Name (spill) at ./slice_of_structs.go:51:34
./slice_of_structs.go:51:34:     from ... argument (slice-literal-element) at ./slice_of_structs.go:51:13
./slice_of_structs.go:51:34:   flow: {heap} = {storage for ... argument}:
./slice_of_structs.go:51:34:     from ... argument (spill) at ./slice_of_structs.go:51:13
./slice_of_structs.go:51:34:     from fmt.Printf("%-6s %3d %2d\n", ... argument...) (call parameter) at ./slice_of_structs.go:51:13
./slice_of_structs.go:41:29: total(items) escapes to heap:
./slice_of_structs.go:41:29:   flow: {storage for ... argument} = &{storage for total(items)}:
./slice_of_structs.go:41:29:     from total(items) (spill) at ./slice_of_structs.go:41:29
./slice_of_structs.go:41:29:     from ... argument (slice-literal-element) at ./slice_of_structs.go:41:13
./slice_of_structs.go:41:29:   flow: {heap} = {storage for ... argument}:
./slice_of_structs.go:41:29:     from ... argument (spill) at ./slice_of_structs.go:41:13
./slice_of_structs.go:41:29:     from fmt.Println(... argument...) (call parameter) at ./slice_of_structs.go:41:13
./slice_of_structs.go:41:19: items[2] escapes to heap:
./slice_of_structs.go:41:19:   flow: {storage for ... argument} = &{storage for items[2]}:
./slice_of_structs.go:41:19:     from items[2] (spill) at ./slice_of_structs.go:41:19
./slice_of_structs.go:41:19:     from ... argument (slice-literal-element) at ./slice_of_structs.go:41:13
./slice_of_structs.go:41:19:   flow: {heap} = {storage for ... argument}:
./slice_of_structs.go:41:19:     from ... argument (spill) at ./slice_of_structs.go:41:13
./slice_of_structs.go:41:19:     from fmt.Println(... argument...) (call parameter) at ./slice_of_structs.go:41:13
./slice_of_structs.go:37:13: items escapes to heap:
./slice_of_structs.go:37:13:   flow: {storage for ... argument} = &{storage for items}:
./slice_of_structs.go:37:13:     from items (spill) at ./slice_of_structs.go:37:13
./slice_of_structs.go:37:13:     from ... argument (slice-literal-element) at ./slice_of_structs.go:37:13
./slice_of_structs.go:37:13:   flow: {heap} = {storage for ... argument}:
./slice_of_structs.go:37:13:     from ... argument (spill) at ./slice_of_structs.go:37:13
./slice_of_structs.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./slice_of_structs.go:37:13
./slice_of_structs.go:32:22: items[0].Qty escapes to heap:
./slice_of_structs.go:32:22:   flow: {storage for ... argument} = &{storage for items[0].Qty}:
./slice_of_structs.go:32:22:     from items[0].Qty (spill) at ./slice_of_structs.go:32:22
./slice_of_structs.go:32:22:     from ... argument (slice-literal-element) at ./slice_of_structs.go:32:13
./slice_of_structs.go:32:22:   flow: {heap} = {storage for ... argument}:
./slice_of_structs.go:32:22:     from ... argument (spill) at ./slice_of_structs.go:32:13
./slice_of_structs.go:32:22:     from fmt.Println(... argument...) (call parameter) at ./slice_of_structs.go:32:13
./slice_of_structs.go:27:19: total(items) escapes to heap:
./slice_of_structs.go:27:19:   flow: {storage for ... argument} = &{storage for total(items)}:
./slice_of_structs.go:27:19:     from total(items) (spill) at ./slice_of_structs.go:27:19
./slice_of_structs.go:27:19:     from ... argument (slice-literal-element) at ./slice_of_structs.go:27:13
./slice_of_structs.go:27:19:   flow: {heap} = {storage for ... argument}:
./slice_of_structs.go:27:19:     from ... argument (spill) at ./slice_of_structs.go:27:13
./slice_of_structs.go:27:19:     from fmt.Println(... argument...) (call parameter) at ./slice_of_structs.go:27:13
./slice_of_structs.go:22:17: []Item{...} escapes to heap:
./slice_of_structs.go:22:17:   flow: items = &{storage for []Item{...}}:
./slice_of_structs.go:22:17:     from []Item{...} (spill) at ./slice_of_structs.go:22:17
./slice_of_structs.go:22:17:     from items := []Item{...} (assign) at ./slice_of_structs.go:22:8
./slice_of_structs.go:22:17:   flow: {storage for items} = items:
./slice_of_structs.go:22:17:     from items (interface-converted) at ./slice_of_structs.go:37:13
./slice_of_structs.go:22:17: []Item{...} escapes to heap
./slice_of_structs.go:27:13: ... argument does not escape
./slice_of_structs.go:27:19: total(items) escapes to heap
./slice_of_structs.go:32:13: ... argument does not escape
./slice_of_structs.go:32:22: items[0].Qty escapes to heap
./slice_of_structs.go:37:13: ... argument does not escape
./slice_of_structs.go:37:13: items escapes to heap
./slice_of_structs.go:41:13: ... argument does not escape
./slice_of_structs.go:41:19: items[2] escapes to heap
./slice_of_structs.go:41:29: total(items) escapes to heap
./slice_of_structs.go:51:13: ... argument does not escape
./slice_of_structs.go:51:34: it.Name escapes to heap
./slice_of_structs.go:51:43: it.Price escapes to heap
./slice_of_structs.go:51:53: it.Qty escapes to heap

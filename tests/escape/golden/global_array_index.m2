./global_array_index.go:35:55: grid[k][1] escapes to heap:
./global_array_index.go:35:55:   flow: {storage for ... argument} = &{storage for grid[k][1]}:
./global_array_index.go:35:55:     from grid[k][1] (spill) at ./global_array_index.go:35:55
./global_array_index.go:35:55:     from ... argument (slice-literal-element) at ./global_array_index.go:35:13
./global_array_index.go:35:55:   flow: {heap} = {storage for ... argument}:
./global_array_index.go:35:55:     from ... argument (spill) at ./global_array_index.go:35:13
./global_array_index.go:35:55:     from fmt.Println(... argument...) (call parameter) at ./global_array_index.go:35:13
./global_array_index.go:35:41: h[k * 2] escapes to heap:
./global_array_index.go:35:41:   flow: {storage for ... argument} = &{storage for h[k * 2]}:
./global_array_index.go:35:41:     from h[k * 2] (spill) at ./global_array_index.go:35:41
./global_array_index.go:35:41:     from ... argument (slice-literal-element) at ./global_array_index.go:35:13
./global_array_index.go:35:41:   flow: {heap} = {storage for ... argument}:
./global_array_index.go:35:41:     from ... argument (spill) at ./global_array_index.go:35:13
./global_array_index.go:35:41:     from fmt.Println(... argument...) (call parameter) at ./global_array_index.go:35:13
./global_array_index.go:35:36: rec.n escapes to heap:
./global_array_index.go:35:36:   flow: {storage for ... argument} = &{storage for rec.n}:
./global_array_index.go:35:36:     from rec.n (spill) at ./global_array_index.go:35:36
./global_array_index.go:35:36:     from ... argument (slice-literal-element) at ./global_array_index.go:35:13
./global_array_index.go:35:36:   flow: {heap} = {storage for ... argument}:
./global_array_index.go:35:36:     from ... argument (spill) at ./global_array_index.go:35:13
./global_array_index.go:35:36:     from fmt.Println(... argument...) (call parameter) at ./global_array_index.go:35:13
./global_array_index.go:35:26: rec.vals escapes to heap:
./global_array_index.go:35:26:   flow: {storage for ... argument} = &{storage for rec.vals}:
./global_array_index.go:35:26:     from rec.vals (spill) at ./global_array_index.go:35:26
./global_array_index.go:35:26:     from ... argument (slice-literal-element) at ./global_array_index.go:35:13
./global_array_index.go:35:26:   flow: {heap} = {storage for ... argument}:
./global_array_index.go:35:26:     from ... argument (spill) at ./global_array_index.go:35:13
./global_array_index.go:35:26:     from fmt.Println(... argument...) (call parameter) at ./global_array_index.go:35:13
./global_array_index.go:35:13: grid escapes to heap:
./global_array_index.go:35:13:   flow: {storage for ... argument} = &{storage for grid}:
./global_array_index.go:35:13:     from grid (spill) at ./global_array_index.go:35:13
./global_array_index.go:35:13:     from ... argument (slice-literal-element) at ./global_array_index.go:35:13
./global_array_index.go:35:13:   flow: {heap} = {storage for ... argument}:
./global_array_index.go:35:13:     from ... argument (spill) at ./global_array_index.go:35:13
./global_array_index.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./global_array_index.go:35:13
./global_array_index.go:35:13: h escapes to heap:
./global_array_index.go:35:13:   flow: {storage for ... argument} = &{storage for h}:
./global_array_index.go:35:13:     from h (spill) at ./global_array_index.go:35:13
./global_array_index.go:35:13:     from ... argument (slice-literal-element) at ./global_array_index.go:35:13
./global_array_index.go:35:13:   flow: {heap} = {storage for ... argument}:
./global_array_index.go:35:13:     from ... argument (spill) at ./global_array_index.go:35:13
./global_array_index.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./global_array_index.go:35:13
./global_array_index.go:32:28: i escapes to heap:
./global_array_index.go:32:28:   flow: {storage for ... argument} = &{storage for i}:
./global_array_index.go:32:28:     from i (spill) at ./global_array_index.go:32:28
./global_array_index.go:32:28:     from ... argument (slice-literal-element) at ./global_array_index.go:32:27
./global_array_index.go:32:28:   flow: {heap} = {storage for ... argument}:
./global_array_index.go:32:28:     from ... argument (spill) at ./global_array_index.go:32:27
./global_array_index.go:32:28:     from fmt.Sprint(... argument...) (call parameter) at ./global_array_index.go:32:27
./global_array_index.go:32:28: "v" escapes to heap:
./global_array_index.go:32:28:   flow: {storage for ... argument} = &{storage for "v"}:
./global_array_index.go:32:28:     from "v" (spill) at ./global_array_index.go:32:28
./global_array_index.go:32:28:     from ... argument (slice-literal-element) at ./global_array_index.go:32:27
./global_array_index.go:32:28:   flow: {heap} = {storage for ... argument}:
./global_array_index.go:32:28:     from ... argument (spill) at ./global_array_index.go:32:27
./global_array_index.go:32:28:     from fmt.Sprint(... argument...) (call parameter) at ./global_array_index.go:32:27
./global_array_index.go:32:27: ... argument does not escape
./global_array_index.go:32:28: "v" escapes to heap
./global_array_index.go:32:28: i escapes to heap
./global_array_index.go:35:13: ... argument does not escape
./global_array_index.go:35:13: h escapes to heap
./global_array_index.go:35:13: grid escapes to heap
./global_array_index.go:35:26: rec.vals escapes to heap
./global_array_index.go:35:36: rec.n escapes to heap
./global_array_index.go:35:41: h[k * 2] escapes to heap
./global_array_index.go:35:55: grid[k][1] escapes to heap

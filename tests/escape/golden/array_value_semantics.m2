./array_value_semantics.go:18:18: a does not escape
./array_value_semantics.go:57:31: g2[1][2] escapes to heap:
./array_value_semantics.go:57:31:   flow: {storage for ... argument} = &{storage for g2[1][2]}:
./array_value_semantics.go:57:31:     from g2[1][2] (spill) at ./array_value_semantics.go:57:31
./array_value_semantics.go:57:31:     from ... argument (slice-literal-element) at ./array_value_semantics.go:57:13
./array_value_semantics.go:57:31:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:57:31:     from ... argument (spill) at ./array_value_semantics.go:57:13
./array_value_semantics.go:57:31:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:57:13
./array_value_semantics.go:57:21: grid[1][2] escapes to heap:
./array_value_semantics.go:57:21:   flow: {storage for ... argument} = &{storage for grid[1][2]}:
./array_value_semantics.go:57:21:     from grid[1][2] (spill) at ./array_value_semantics.go:57:21
./array_value_semantics.go:57:21:     from ... argument (slice-literal-element) at ./array_value_semantics.go:57:13
./array_value_semantics.go:57:21:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:57:21:     from ... argument (spill) at ./array_value_semantics.go:57:13
./array_value_semantics.go:57:21:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:57:13
./array_value_semantics.go:52:13: y escapes to heap:
./array_value_semantics.go:52:13:   flow: {storage for ... argument} = &{storage for y}:
./array_value_semantics.go:52:13:     from y (spill) at ./array_value_semantics.go:52:13
./array_value_semantics.go:52:13:     from ... argument (slice-literal-element) at ./array_value_semantics.go:52:13
./array_value_semantics.go:52:13:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:52:13:     from ... argument (spill) at ./array_value_semantics.go:52:13
./array_value_semantics.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:52:13
./array_value_semantics.go:52:13: x escapes to heap:
./array_value_semantics.go:52:13:   flow: {storage for ... argument} = &{storage for x}:
./array_value_semantics.go:52:13:     from x (spill) at ./array_value_semantics.go:52:13
./array_value_semantics.go:52:13:     from ... argument (slice-literal-element) at ./array_value_semantics.go:52:13
./array_value_semantics.go:52:13:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:52:13:     from ... argument (spill) at ./array_value_semantics.go:52:13
./array_value_semantics.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:52:13
./array_value_semantics.go:47:13: row escapes to heap:
./array_value_semantics.go:47:13:   flow: {storage for ... argument} = &{storage for row}:
./array_value_semantics.go:47:13:     from row (spill) at ./array_value_semantics.go:47:13
./array_value_semantics.go:47:13:     from ... argument (slice-literal-element) at ./array_value_semantics.go:47:13
./array_value_semantics.go:47:13:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:47:13:     from ... argument (spill) at ./array_value_semantics.go:47:13
./array_value_semantics.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:47:13
./array_value_semantics.go:47:13: grid escapes to heap:
./array_value_semantics.go:47:13:   flow: {storage for ... argument} = &{storage for grid}:
./array_value_semantics.go:47:13:     from grid (spill) at ./array_value_semantics.go:47:13
./array_value_semantics.go:47:13:     from ... argument (slice-literal-element) at ./array_value_semantics.go:47:13
./array_value_semantics.go:47:13:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:47:13:     from ... argument (spill) at ./array_value_semantics.go:47:13
./array_value_semantics.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:47:13
./array_value_semantics.go:40:13: t escapes to heap:
./array_value_semantics.go:40:13:   flow: {storage for ... argument} = &{storage for t}:
./array_value_semantics.go:40:13:     from t (spill) at ./array_value_semantics.go:40:13
./array_value_semantics.go:40:13:     from ... argument (slice-literal-element) at ./array_value_semantics.go:40:13
./array_value_semantics.go:40:13:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:40:13:     from ... argument (spill) at ./array_value_semantics.go:40:13
./array_value_semantics.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:40:13
./array_value_semantics.go:40:13: s escapes to heap:
./array_value_semantics.go:40:13:   flow: {storage for ... argument} = &{storage for s}:
./array_value_semantics.go:40:13:     from s (spill) at ./array_value_semantics.go:40:13
./array_value_semantics.go:40:13:     from ... argument (slice-literal-element) at ./array_value_semantics.go:40:13
./array_value_semantics.go:40:13:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:40:13:     from ... argument (spill) at ./array_value_semantics.go:40:13
./array_value_semantics.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:40:13
./array_value_semantics.go:34:13: a escapes to heap:
./array_value_semantics.go:34:13:   flow: {storage for ... argument} = &{storage for a}:
./array_value_semantics.go:34:13:     from a (spill) at ./array_value_semantics.go:34:13
./array_value_semantics.go:34:13:     from ... argument (slice-literal-element) at ./array_value_semantics.go:34:13
./array_value_semantics.go:34:13:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:34:13:     from ... argument (spill) at ./array_value_semantics.go:34:13
./array_value_semantics.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:34:13
./array_value_semantics.go:32:13: a escapes to heap:
./array_value_semantics.go:32:13:   flow: {storage for ... argument} = &{storage for a}:
./array_value_semantics.go:32:13:     from a (spill) at ./array_value_semantics.go:32:13
./array_value_semantics.go:32:13:     from ... argument (slice-literal-element) at ./array_value_semantics.go:32:13
./array_value_semantics.go:32:13:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:32:13:     from ... argument (spill) at ./array_value_semantics.go:32:13
./array_value_semantics.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:32:13
./array_value_semantics.go:29:13: c escapes to heap:
./array_value_semantics.go:29:13:   flow: {storage for ... argument} = &{storage for c}:
./array_value_semantics.go:29:13:     from c (spill) at ./array_value_semantics.go:29:13
./array_value_semantics.go:29:13:     from ... argument (slice-literal-element) at ./array_value_semantics.go:29:13
./array_value_semantics.go:29:13:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:29:13:     from ... argument (spill) at ./array_value_semantics.go:29:13
./array_value_semantics.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:29:13
./array_value_semantics.go:29:13: a escapes to heap:
./array_value_semantics.go:29:13:   flow: {storage for ... argument} = &{storage for a}:
./array_value_semantics.go:29:13:     from a (spill) at ./array_value_semantics.go:29:13
./array_value_semantics.go:29:13:     from ... argument (slice-literal-element) at ./array_value_semantics.go:29:13
./array_value_semantics.go:29:13:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:29:13:     from ... argument (spill) at ./array_value_semantics.go:29:13
./array_value_semantics.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:29:13
./array_value_semantics.go:26:13: b escapes to heap:
./array_value_semantics.go:26:13:   flow: {storage for ... argument} = &{storage for b}:
./array_value_semantics.go:26:13:     from b (spill) at ./array_value_semantics.go:26:13
./array_value_semantics.go:26:13:     from ... argument (slice-literal-element) at ./array_value_semantics.go:26:13
./array_value_semantics.go:26:13:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:26:13:     from ... argument (spill) at ./array_value_semantics.go:26:13
./array_value_semantics.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:26:13
./array_value_semantics.go:26:13: a escapes to heap:
./array_value_semantics.go:26:13:   flow: {storage for ... argument} = &{storage for a}:
./array_value_semantics.go:26:13:     from a (spill) at ./array_value_semantics.go:26:13
./array_value_semantics.go:26:13:     from ... argument (slice-literal-element) at ./array_value_semantics.go:26:13
./array_value_semantics.go:26:13:   flow: {heap} = {storage for ... argument}:
./array_value_semantics.go:26:13:     from ... argument (spill) at ./array_value_semantics.go:26:13
./array_value_semantics.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./array_value_semantics.go:26:13
./array_value_semantics.go:26:13: ... argument does not escape
./array_value_semantics.go:26:13: a escapes to heap
./array_value_semantics.go:26:13: b escapes to heap
./array_value_semantics.go:29:13: ... argument does not escape
./array_value_semantics.go:29:13: a escapes to heap
./array_value_semantics.go:29:13: c escapes to heap
./array_value_semantics.go:32:13: ... argument does not escape
./array_value_semantics.go:32:13: a escapes to heap
./array_value_semantics.go:34:13: ... argument does not escape
./array_value_semantics.go:34:13: a escapes to heap
./array_value_semantics.go:40:13: ... argument does not escape
./array_value_semantics.go:40:13: s escapes to heap
./array_value_semantics.go:40:13: t escapes to heap
./array_value_semantics.go:47:13: ... argument does not escape
./array_value_semantics.go:47:13: grid escapes to heap
./array_value_semantics.go:47:13: row escapes to heap
./array_value_semantics.go:52:13: ... argument does not escape
./array_value_semantics.go:52:13: x escapes to heap
./array_value_semantics.go:52:13: y escapes to heap
./array_value_semantics.go:57:13: ... argument does not escape
./array_value_semantics.go:57:21: grid[1][2] escapes to heap
./array_value_semantics.go:57:31: g2[1][2] escapes to heap

./pointer_to_field.go:16:12: p does not escape
./pointer_to_field.go:47:13: o escapes to heap:
./pointer_to_field.go:47:13:   flow: {storage for ... argument} = &{storage for o}:
./pointer_to_field.go:47:13:     from o (spill) at ./pointer_to_field.go:47:13
./pointer_to_field.go:47:13:     from ... argument (slice-literal-element) at ./pointer_to_field.go:47:13
./pointer_to_field.go:47:13:   flow: {heap} = {storage for ... argument}:
./pointer_to_field.go:47:13:     from ... argument (spill) at ./pointer_to_field.go:47:13
./pointer_to_field.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_field.go:47:13
./pointer_to_field.go:41:15: o.In escapes to heap:
./pointer_to_field.go:41:15:   flow: {storage for ... argument} = &{storage for o.In}:
./pointer_to_field.go:41:15:     from o.In (spill) at ./pointer_to_field.go:41:15
./pointer_to_field.go:41:15:     from ... argument (slice-literal-element) at ./pointer_to_field.go:41:13
./pointer_to_field.go:41:15:   flow: {heap} = {storage for ... argument}:
./pointer_to_field.go:41:15:     from ... argument (spill) at ./pointer_to_field.go:41:13
./pointer_to_field.go:41:15:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_field.go:41:13
./pointer_to_field.go:36:20: c.A escapes to heap:
./pointer_to_field.go:36:20:   flow: {storage for ... argument} = &{storage for c.A}:
./pointer_to_field.go:36:20:     from c.A (spill) at ./pointer_to_field.go:36:20
./pointer_to_field.go:36:20:     from ... argument (slice-literal-element) at ./pointer_to_field.go:36:13
./pointer_to_field.go:36:20:   flow: {heap} = {storage for ... argument}:
./pointer_to_field.go:36:20:     from ... argument (spill) at ./pointer_to_field.go:36:13
./pointer_to_field.go:36:20:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_field.go:36:13
./pointer_to_field.go:36:15: o.A escapes to heap:
./pointer_to_field.go:36:15:   flow: {storage for ... argument} = &{storage for o.A}:
./pointer_to_field.go:36:15:     from o.A (spill) at ./pointer_to_field.go:36:15
./pointer_to_field.go:36:15:     from ... argument (slice-literal-element) at ./pointer_to_field.go:36:13
./pointer_to_field.go:36:15:   flow: {heap} = {storage for ... argument}:
./pointer_to_field.go:36:15:     from ... argument (spill) at ./pointer_to_field.go:36:13
./pointer_to_field.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_field.go:36:13
./pointer_to_field.go:32:23: o.In.V escapes to heap:
./pointer_to_field.go:32:23:   flow: {storage for ... argument} = &{storage for o.In.V}:
./pointer_to_field.go:32:23:     from o.In.V (spill) at ./pointer_to_field.go:32:23
./pointer_to_field.go:32:23:     from ... argument (slice-literal-element) at ./pointer_to_field.go:32:13
./pointer_to_field.go:32:23:   flow: {heap} = {storage for ... argument}:
./pointer_to_field.go:32:23:     from ... argument (spill) at ./pointer_to_field.go:32:13
./pointer_to_field.go:32:23:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_field.go:32:13
./pointer_to_field.go:32:15: o.A escapes to heap:
./pointer_to_field.go:32:15:   flow: {storage for ... argument} = &{storage for o.A}:
./pointer_to_field.go:32:15:     from o.A (spill) at ./pointer_to_field.go:32:15
./pointer_to_field.go:32:15:     from ... argument (slice-literal-element) at ./pointer_to_field.go:32:13
./pointer_to_field.go:32:15:   flow: {heap} = {storage for ... argument}:
./pointer_to_field.go:32:15:     from ... argument (spill) at ./pointer_to_field.go:32:13
./pointer_to_field.go:32:15:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_field.go:32:13
./pointer_to_field.go:28:13: o escapes to heap:
./pointer_to_field.go:28:13:   flow: {storage for ... argument} = &{storage for o}:
./pointer_to_field.go:28:13:     from o (spill) at ./pointer_to_field.go:28:13
./pointer_to_field.go:28:13:     from ... argument (slice-literal-element) at ./pointer_to_field.go:28:13
./pointer_to_field.go:28:13:   flow: {heap} = {storage for ... argument}:
./pointer_to_field.go:28:13:     from ... argument (spill) at ./pointer_to_field.go:28:13
./pointer_to_field.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_to_field.go:28:13
./pointer_to_field.go:28:13: ... argument does not escape
./pointer_to_field.go:28:13: o escapes to heap
./pointer_to_field.go:32:13: ... argument does not escape
./pointer_to_field.go:32:15: o.A escapes to heap
./pointer_to_field.go:32:23: o.In.V escapes to heap
./pointer_to_field.go:36:13: ... argument does not escape
./pointer_to_field.go:36:15: o.A escapes to heap
./pointer_to_field.go:36:20: c.A escapes to heap
./pointer_to_field.go:41:13: ... argument does not escape
./pointer_to_field.go:41:15: o.In escapes to heap
./pointer_to_field.go:43:16: []*int{...} does not escape
./pointer_to_field.go:47:13: ... argument does not escape
./pointer_to_field.go:47:13: o escapes to heap

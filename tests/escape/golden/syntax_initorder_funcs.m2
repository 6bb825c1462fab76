./syntax_initorder_funcs.go:27:13: i escapes to heap:
./syntax_initorder_funcs.go:27:13:   flow: {storage for ... argument} = &{storage for i}:
./syntax_initorder_funcs.go:27:13:     from i (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from ... argument (slice-literal-element) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:   flow: {heap} = {storage for ... argument}:
./syntax_initorder_funcs.go:27:13:     from ... argument (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13: h escapes to heap:
./syntax_initorder_funcs.go:27:13:   flow: {storage for ... argument} = &{storage for h}:
./syntax_initorder_funcs.go:27:13:     from h (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from ... argument (slice-literal-element) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:   flow: {heap} = {storage for ... argument}:
./syntax_initorder_funcs.go:27:13:     from ... argument (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13: g escapes to heap:
./syntax_initorder_funcs.go:27:13:   flow: {storage for ... argument} = &{storage for g}:
./syntax_initorder_funcs.go:27:13:     from g (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from ... argument (slice-literal-element) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:   flow: {heap} = {storage for ... argument}:
./syntax_initorder_funcs.go:27:13:     from ... argument (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13: e escapes to heap:
./syntax_initorder_funcs.go:27:13:   flow: {storage for ... argument} = &{storage for e}:
./syntax_initorder_funcs.go:27:13:     from e (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from ... argument (slice-literal-element) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:   flow: {heap} = {storage for ... argument}:
./syntax_initorder_funcs.go:27:13:     from ... argument (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13: d escapes to heap:
./syntax_initorder_funcs.go:27:13:   flow: {storage for ... argument} = &{storage for d}:
./syntax_initorder_funcs.go:27:13:     from d (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from ... argument (slice-literal-element) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:   flow: {heap} = {storage for ... argument}:
./syntax_initorder_funcs.go:27:13:     from ... argument (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13: c escapes to heap:
./syntax_initorder_funcs.go:27:13:   flow: {storage for ... argument} = &{storage for c}:
./syntax_initorder_funcs.go:27:13:     from c (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from ... argument (slice-literal-element) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:   flow: {heap} = {storage for ... argument}:
./syntax_initorder_funcs.go:27:13:     from ... argument (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13: b escapes to heap:
./syntax_initorder_funcs.go:27:13:   flow: {storage for ... argument} = &{storage for b}:
./syntax_initorder_funcs.go:27:13:     from b (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from ... argument (slice-literal-element) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:   flow: {heap} = {storage for ... argument}:
./syntax_initorder_funcs.go:27:13:     from ... argument (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13: a escapes to heap:
./syntax_initorder_funcs.go:27:13:   flow: {storage for ... argument} = &{storage for a}:
./syntax_initorder_funcs.go:27:13:     from a (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from ... argument (slice-literal-element) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:   flow: {heap} = {storage for ... argument}:
./syntax_initorder_funcs.go:27:13:     from ... argument (spill) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_initorder_funcs.go:27:13
./syntax_initorder_funcs.go:27:13: ... argument does not escape
./syntax_initorder_funcs.go:27:13: a escapes to heap
./syntax_initorder_funcs.go:27:13: b escapes to heap
./syntax_initorder_funcs.go:27:13: c escapes to heap
./syntax_initorder_funcs.go:27:13: d escapes to heap
./syntax_initorder_funcs.go:27:13: e escapes to heap
./syntax_initorder_funcs.go:27:13: g escapes to heap
./syntax_initorder_funcs.go:27:13: h escapes to heap
./syntax_initorder_funcs.go:27:13: i escapes to heap
./syntax_initorder_funcs.go:13:6: func literal does not escape

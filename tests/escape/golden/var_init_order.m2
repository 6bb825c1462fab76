./var_init_order.go:14:14: name escapes to heap:
./var_init_order.go:14:14:   flow: {storage for ... argument} = &{storage for name}:
./var_init_order.go:14:14:     from name (spill) at ./var_init_order.go:14:14
./var_init_order.go:14:14:     from ... argument (slice-literal-element) at ./var_init_order.go:14:13
./var_init_order.go:14:14:   flow: {heap} = {storage for ... argument}:
./var_init_order.go:14:14:     from ... argument (spill) at ./var_init_order.go:14:13
./var_init_order.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./var_init_order.go:14:13
./var_init_order.go:14:14: "init" escapes to heap:
./var_init_order.go:14:14:   flow: {storage for ... argument} = &{storage for "init"}:
./var_init_order.go:14:14:     from "init" (spill) at ./var_init_order.go:14:14
./var_init_order.go:14:14:     from ... argument (slice-literal-element) at ./var_init_order.go:14:13
./var_init_order.go:14:14:   flow: {heap} = {storage for ... argument}:
./var_init_order.go:14:14:     from ... argument (spill) at ./var_init_order.go:14:13
./var_init_order.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./var_init_order.go:14:13
./var_init_order.go:13:8: parameter name leaks to {storage for name} with derefs=0:
./var_init_order.go:13:8:   flow: {storage for name} = name:
./var_init_order.go:13:8:     from name (interface-converted) at ./var_init_order.go:14:14
./var_init_order.go:13:8: leaking param: name
./var_init_order.go:14:13: ... argument does not escape
./var_init_order.go:14:14: "init" escapes to heap
./var_init_order.go:14:14: name escapes to heap
./var_init_order.go:19:14: "init total" escapes to heap:
./var_init_order.go:19:14:   flow: {storage for ... argument} = &{storage for "init total"}:
./var_init_order.go:19:14:     from "init total" (spill) at ./var_init_order.go:19:14
./var_init_order.go:19:14:     from ... argument (slice-literal-element) at ./var_init_order.go:19:13
./var_init_order.go:19:14:   flow: {heap} = {storage for ... argument}:
./var_init_order.go:19:14:     from ... argument (spill) at ./var_init_order.go:19:13
./var_init_order.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./var_init_order.go:19:13
./var_init_order.go:19:13: ... argument does not escape
./var_init_order.go:19:14: "init total" escapes to heap
./var_init_order.go:24:13: e escapes to heap:
./var_init_order.go:24:13:   flow: {storage for ... argument} = &{storage for e}:
./var_init_order.go:24:13:     from e (spill) at ./var_init_order.go:24:13
./var_init_order.go:24:13:     from ... argument (slice-literal-element) at ./var_init_order.go:24:13
./var_init_order.go:24:13:   flow: {heap} = {storage for ... argument}:
./var_init_order.go:24:13:     from ... argument (spill) at ./var_init_order.go:24:13
./var_init_order.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./var_init_order.go:24:13
./var_init_order.go:24:13: d escapes to heap:
./var_init_order.go:24:13:   flow: {storage for ... argument} = &{storage for d}:
./var_init_order.go:24:13:     from d (spill) at ./var_init_order.go:24:13
./var_init_order.go:24:13:     from ... argument (slice-literal-element) at ./var_init_order.go:24:13
./var_init_order.go:24:13:   flow: {heap} = {storage for ... argument}:
./var_init_order.go:24:13:     from ... argument (spill) at ./var_init_order.go:24:13
./var_init_order.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./var_init_order.go:24:13
./var_init_order.go:24:13: c escapes to heap:
./var_init_order.go:24:13:   flow: {storage for ... argument} = &{storage for c}:
./var_init_order.go:24:13:     from c (spill) at ./var_init_order.go:24:13
./var_init_order.go:24:13:     from ... argument (slice-literal-element) at ./var_init_order.go:24:13
./var_init_order.go:24:13:   flow: {heap} = {storage for ... argument}:
./var_init_order.go:24:13:     from ... argument (spill) at ./var_init_order.go:24:13
./var_init_order.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./var_init_order.go:24:13
./var_init_order.go:24:13: b escapes to heap:
./var_init_order.go:24:13:   flow: {storage for ... argument} = &{storage for b}:
./var_init_order.go:24:13:     from b (spill) at ./var_init_order.go:24:13
./var_init_order.go:24:13:     from ... argument (slice-literal-element) at ./var_init_order.go:24:13
./var_init_order.go:24:13:   flow: {heap} = {storage for ... argument}:
./var_init_order.go:24:13:     from ... argument (spill) at ./var_init_order.go:24:13
./var_init_order.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./var_init_order.go:24:13
./var_init_order.go:24:13: a escapes to heap:
./var_init_order.go:24:13:   flow: {storage for ... argument} = &{storage for a}:
./var_init_order.go:24:13:     from a (spill) at ./var_init_order.go:24:13
./var_init_order.go:24:13:     from ... argument (slice-literal-element) at ./var_init_order.go:24:13
./var_init_order.go:24:13:   flow: {heap} = {storage for ... argument}:
./var_init_order.go:24:13:     from ... argument (spill) at ./var_init_order.go:24:13
./var_init_order.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./var_init_order.go:24:13
./var_init_order.go:24:13: ... argument does not escape
./var_init_order.go:24:13: a escapes to heap
./var_init_order.go:24:13: b escapes to heap
./var_init_order.go:24:13: c escapes to heap
./var_init_order.go:24:13: d escapes to heap
./var_init_order.go:24:13: e escapes to heap

./syntax_init_multi.go:12:12: parameter name leaks to {heap} with derefs=0:
./syntax_init_multi.go:12:12:   flow: {heap} = name:
./syntax_init_multi.go:12:12:     from append(order, name) (call parameter) at ./syntax_init_multi.go:13:16
./syntax_init_multi.go:12:12: leaking param: name
./syntax_init_multi.go:20:35: x escapes to heap:
./syntax_init_multi.go:20:35:   flow: {storage for ... argument} = &{storage for x}:
./syntax_init_multi.go:20:35:     from x (spill) at ./syntax_init_multi.go:20:35
./syntax_init_multi.go:20:35:     from ... argument (slice-literal-element) at ./syntax_init_multi.go:20:34
./syntax_init_multi.go:20:35:   flow: {heap} = {storage for ... argument}:
./syntax_init_multi.go:20:35:     from ... argument (spill) at ./syntax_init_multi.go:20:34
./syntax_init_multi.go:20:35:     from fmt.Sprint(... argument...) (call parameter) at ./syntax_init_multi.go:20:34
./syntax_init_multi.go:20:35: "init 3 x=" escapes to heap:
./syntax_init_multi.go:20:35:   flow: {storage for ... argument} = &{storage for "init 3 x="}:
./syntax_init_multi.go:20:35:     from "init 3 x=" (spill) at ./syntax_init_multi.go:20:35
./syntax_init_multi.go:20:35:     from ... argument (slice-literal-element) at ./syntax_init_multi.go:20:34
./syntax_init_multi.go:20:35:   flow: {heap} = {storage for ... argument}:
./syntax_init_multi.go:20:35:     from ... argument (spill) at ./syntax_init_multi.go:20:34
./syntax_init_multi.go:20:35:     from fmt.Sprint(... argument...) (call parameter) at ./syntax_init_multi.go:20:34
./syntax_init_multi.go:20:34: ... argument does not escape
./syntax_init_multi.go:20:35: "init 3 x=" escapes to heap
./syntax_init_multi.go:20:35: x escapes to heap
./syntax_init_multi.go:24:13: order escapes to heap:
./syntax_init_multi.go:24:13:   flow: {storage for ... argument} = &{storage for order}:
./syntax_init_multi.go:24:13:     from order (spill) at ./syntax_init_multi.go:24:13
./syntax_init_multi.go:24:13:     from ... argument (slice-literal-element) at ./syntax_init_multi.go:24:13
./syntax_init_multi.go:24:13:   flow: {heap} = {storage for ... argument}:
./syntax_init_multi.go:24:13:     from ... argument (spill) at ./syntax_init_multi.go:24:13
./syntax_init_multi.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_init_multi.go:24:13
./syntax_init_multi.go:24:13: ... argument does not escape
./syntax_init_multi.go:24:13: order escapes to heap

./syntax_struct_tags.go:27:13: b escapes to heap:
./syntax_struct_tags.go:27:13:   flow: {storage for ... argument} = &{storage for b}:
./syntax_struct_tags.go:27:13:     from b (spill) at ./syntax_struct_tags.go:27:13
./syntax_struct_tags.go:27:13:     from ... argument (slice-literal-element) at ./syntax_struct_tags.go:27:13
./syntax_struct_tags.go:27:13:   flow: {heap} = {storage for ... argument}:
./syntax_struct_tags.go:27:13:     from ... argument (spill) at ./syntax_struct_tags.go:27:13
./syntax_struct_tags.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_struct_tags.go:27:13
./syntax_struct_tags.go:22:13: u escapes to heap:
./syntax_struct_tags.go:22:13:   flow: {storage for ... argument} = &{storage for u}:
./syntax_struct_tags.go:22:13:     from u (spill) at ./syntax_struct_tags.go:22:13
./syntax_struct_tags.go:22:13:     from ... argument (slice-literal-element) at ./syntax_struct_tags.go:22:12
./syntax_struct_tags.go:22:13:   flow: {heap} = {storage for ... argument}:
./syntax_struct_tags.go:22:13:     from ... argument (spill) at ./syntax_struct_tags.go:22:12
./syntax_struct_tags.go:22:13:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./syntax_struct_tags.go:22:12
./syntax_struct_tags.go:22:13: u escapes to heap:
./syntax_struct_tags.go:22:13:   flow: {storage for ... argument} = &{storage for u}:
./syntax_struct_tags.go:22:13:     from u (spill) at ./syntax_struct_tags.go:22:13
./syntax_struct_tags.go:22:13:     from ... argument (slice-literal-element) at ./syntax_struct_tags.go:22:12
./syntax_struct_tags.go:22:13:   flow: {heap} = {storage for ... argument}:
./syntax_struct_tags.go:22:13:     from ... argument (spill) at ./syntax_struct_tags.go:22:12
./syntax_struct_tags.go:22:13:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./syntax_struct_tags.go:22:12
./syntax_struct_tags.go:21:19: u == User(p) escapes to heap:
./syntax_struct_tags.go:21:19:   flow: {storage for ... argument} = &{storage for u == User(p)}:
./syntax_struct_tags.go:21:19:     from u == User(p) (spill) at ./syntax_struct_tags.go:21:19
./syntax_struct_tags.go:21:19:     from ... argument (slice-literal-element) at ./syntax_struct_tags.go:21:13
./syntax_struct_tags.go:21:19:   flow: {heap} = {storage for ... argument}:
./syntax_struct_tags.go:21:19:     from ... argument (spill) at ./syntax_struct_tags.go:21:13
./syntax_struct_tags.go:21:19:     from fmt.Println(... argument...) (call parameter) at ./syntax_struct_tags.go:21:13
./syntax_struct_tags.go:21:13: p escapes to heap:
./syntax_struct_tags.go:21:13:   flow: {storage for ... argument} = &{storage for p}:
./syntax_struct_tags.go:21:13:     from p (spill) at ./syntax_struct_tags.go:21:13
./syntax_struct_tags.go:21:13:     from ... argument (slice-literal-element) at ./syntax_struct_tags.go:21:13
./syntax_struct_tags.go:21:13:   flow: {heap} = {storage for ... argument}:
./syntax_struct_tags.go:21:13:     from ... argument (spill) at ./syntax_struct_tags.go:21:13
./syntax_struct_tags.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_struct_tags.go:21:13
./syntax_struct_tags.go:21:13: ... argument does not escape
./syntax_struct_tags.go:21:13: p escapes to heap
./syntax_struct_tags.go:21:19: u == User(p) escapes to heap
./syntax_struct_tags.go:22:12: ... argument does not escape
./syntax_struct_tags.go:22:13: u escapes to heap
./syntax_struct_tags.go:22:13: u escapes to heap
./syntax_struct_tags.go:27:13: ... argument does not escape
./syntax_struct_tags.go:27:13: b escapes to heap

./seed_foo_escape.go:8:2: x escapes to heap:
./seed_foo_escape.go:8:2:   flow: ~r0 = &x:
./seed_foo_escape.go:8:2:     from &x (address-of) at ./seed_foo_escape.go:9:9
./seed_foo_escape.go:8:2:     from return &x (return) at ./seed_foo_escape.go:9:2
./seed_foo_escape.go:8:2: moved to heap: x
./seed_foo_escape.go:24:13: sum escapes to heap:
./seed_foo_escape.go:24:13:   flow: {storage for ... argument} = &{storage for sum}:
./seed_foo_escape.go:24:13:     from sum (spill) at ./seed_foo_escape.go:24:13
./seed_foo_escape.go:24:13:     from ... argument (slice-literal-element) at ./seed_foo_escape.go:24:13
./seed_foo_escape.go:24:13:   flow: {heap} = {storage for ... argument}:
./seed_foo_escape.go:24:13:     from ... argument (spill) at ./seed_foo_escape.go:24:13
./seed_foo_escape.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./seed_foo_escape.go:24:13
./seed_foo_escape.go:17:18: *b escapes to heap:
./seed_foo_escape.go:17:18:   flow: {storage for ... argument} = &{storage for *b}:
./seed_foo_escape.go:17:18:     from *b (spill) at ./seed_foo_escape.go:17:18
./seed_foo_escape.go:17:18:     from ... argument (slice-literal-element) at ./seed_foo_escape.go:17:13
./seed_foo_escape.go:17:18:   flow: {heap} = {storage for ... argument}:
./seed_foo_escape.go:17:18:     from ... argument (spill) at ./seed_foo_escape.go:17:13
./seed_foo_escape.go:17:18:     from fmt.Println(... argument...) (call parameter) at ./seed_foo_escape.go:17:13
./seed_foo_escape.go:17:14: *a escapes to heap:
./seed_foo_escape.go:17:14:   flow: {storage for ... argument} = &{storage for *a}:
./seed_foo_escape.go:17:14:     from *a (spill) at ./seed_foo_escape.go:17:14
./seed_foo_escape.go:17:14:     from ... argument (slice-literal-element) at ./seed_foo_escape.go:17:13
./seed_foo_escape.go:17:14:   flow: {heap} = {storage for ... argument}:
./seed_foo_escape.go:17:14:     from ... argument (spill) at ./seed_foo_escape.go:17:13
./seed_foo_escape.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./seed_foo_escape.go:17:13
./seed_foo_escape.go:15:24: a == b escapes to heap:
./seed_foo_escape.go:15:24:   flow: {storage for ... argument} = &{storage for a == b}:
./seed_foo_escape.go:15:24:     from a == b (spill) at ./seed_foo_escape.go:15:24
./seed_foo_escape.go:15:24:     from ... argument (slice-literal-element) at ./seed_foo_escape.go:15:13
./seed_foo_escape.go:15:24:   flow: {heap} = {storage for ... argument}:
./seed_foo_escape.go:15:24:     from ... argument (spill) at ./seed_foo_escape.go:15:13
./seed_foo_escape.go:15:24:     from fmt.Println(... argument...) (call parameter) at ./seed_foo_escape.go:15:13
./seed_foo_escape.go:15:18: *b escapes to heap:
./seed_foo_escape.go:15:18:   flow: {storage for ... argument} = &{storage for *b}:
./seed_foo_escape.go:15:18:     from *b (spill) at ./seed_foo_escape.go:15:18
./seed_foo_escape.go:15:18:     from ... argument (slice-literal-element) at ./seed_foo_escape.go:15:13
./seed_foo_escape.go:15:18:   flow: {heap} = {storage for ... argument}:
./seed_foo_escape.go:15:18:     from ... argument (spill) at ./seed_foo_escape.go:15:13
./seed_foo_escape.go:15:18:     from fmt.Println(... argument...) (call parameter) at ./seed_foo_escape.go:15:13
./seed_foo_escape.go:15:14: *a escapes to heap:
./seed_foo_escape.go:15:14:   flow: {storage for ... argument} = &{storage for *a}:
./seed_foo_escape.go:15:14:     from *a (spill) at ./seed_foo_escape.go:15:14
./seed_foo_escape.go:15:14:     from ... argument (slice-literal-element) at ./seed_foo_escape.go:15:13
./seed_foo_escape.go:15:14:   flow: {heap} = {storage for ... argument}:
./seed_foo_escape.go:15:14:     from ... argument (spill) at ./seed_foo_escape.go:15:13
./seed_foo_escape.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./seed_foo_escape.go:15:13
./seed_foo_escape.go:15:13: ... argument does not escape
./seed_foo_escape.go:15:14: *a escapes to heap
./seed_foo_escape.go:15:18: *b escapes to heap
./seed_foo_escape.go:15:24: a == b escapes to heap
./seed_foo_escape.go:17:13: ... argument does not escape
./seed_foo_escape.go:17:14: *a escapes to heap
./seed_foo_escape.go:17:18: *b escapes to heap
./seed_foo_escape.go:18:16: []*int{...} does not escape
./seed_foo_escape.go:24:13: ... argument does not escape
./seed_foo_escape.go:24:13: sum escapes to heap

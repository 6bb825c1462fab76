./prog_xorshift.go:37:13: f escapes to heap:
./prog_xorshift.go:37:13:   flow: {storage for ... argument} = &{storage for f}:
./prog_xorshift.go:37:13:     from f (spill) at ./prog_xorshift.go:37:13
./prog_xorshift.go:37:13:     from ... argument (slice-literal-element) at ./prog_xorshift.go:37:12
./prog_xorshift.go:37:13:   flow: {heap} = {storage for ... argument}:
./prog_xorshift.go:37:13:     from ... argument (spill) at ./prog_xorshift.go:37:12
./prog_xorshift.go:37:13:     from fmt.Printf("%.6f\n", ... argument...) (call parameter) at ./prog_xorshift.go:37:12
./prog_xorshift.go:35:38: int8(x) escapes to heap:
./prog_xorshift.go:35:38:   flow: {storage for ... argument} = &{storage for int8(x)}:
./prog_xorshift.go:35:38:     from int8(x) (spill) at ./prog_xorshift.go:35:38
./prog_xorshift.go:35:38:     from ... argument (slice-literal-element) at ./prog_xorshift.go:35:13
./prog_xorshift.go:35:38:   flow: {heap} = {storage for ... argument}:
./prog_xorshift.go:35:38:     from ... argument (spill) at ./prog_xorshift.go:35:13
./prog_xorshift.go:35:38:     from fmt.Println(... argument...) (call parameter) at ./prog_xorshift.go:35:13
./prog_xorshift.go:35:29: uint8(x) escapes to heap:
./prog_xorshift.go:35:29:   flow: {storage for ... argument} = &{storage for uint8(x)}:
./prog_xorshift.go:35:29:     from uint8(x) (spill) at ./prog_xorshift.go:35:29
./prog_xorshift.go:35:29:     from ... argument (slice-literal-element) at ./prog_xorshift.go:35:13
./prog_xorshift.go:35:29:   flow: {heap} = {storage for ... argument}:
./prog_xorshift.go:35:29:     from ... argument (spill) at ./prog_xorshift.go:35:13
./prog_xorshift.go:35:29:     from fmt.Println(... argument...) (call parameter) at ./prog_xorshift.go:35:13
./prog_xorshift.go:35:18: x >> 60 escapes to heap:
./prog_xorshift.go:35:18:   flow: {storage for ... argument} = &{storage for x >> 60}:
./prog_xorshift.go:35:18:     from x >> 60 (spill) at ./prog_xorshift.go:35:18
./prog_xorshift.go:35:18:     from ... argument (slice-literal-element) at ./prog_xorshift.go:35:13
./prog_xorshift.go:35:18:   flow: {heap} = {storage for ... argument}:
./prog_xorshift.go:35:18:     from ... argument (spill) at ./prog_xorshift.go:35:13
./prog_xorshift.go:35:18:     from fmt.Println(... argument...) (call parameter) at ./prog_xorshift.go:35:13
./prog_xorshift.go:35:13: x escapes to heap:
./prog_xorshift.go:35:13:   flow: {storage for ... argument} = &{storage for x}:
./prog_xorshift.go:35:13:     from x (spill) at ./prog_xorshift.go:35:13
./prog_xorshift.go:35:13:     from ... argument (slice-literal-element) at ./prog_xorshift.go:35:13
./prog_xorshift.go:35:13:   flow: {heap} = {storage for ... argument}:
./prog_xorshift.go:35:13:     from ... argument (spill) at ./prog_xorshift.go:35:13
./prog_xorshift.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./prog_xorshift.go:35:13
./prog_xorshift.go:33:38: h0 + h1 + h2 + h3 escapes to heap:
./prog_xorshift.go:33:38:   flow: {storage for ... argument} = &{storage for h0 + h1 + h2 + h3}:
./prog_xorshift.go:33:38:     from h0 + h1 + h2 + h3 (spill) at ./prog_xorshift.go:33:38
./prog_xorshift.go:33:38:     from ... argument (slice-literal-element) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:38:   flow: {heap} = {storage for ... argument}:
./prog_xorshift.go:33:38:     from ... argument (spill) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:38:     from fmt.Println(... argument...) (call parameter) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13: h3 escapes to heap:
./prog_xorshift.go:33:13:   flow: {storage for ... argument} = &{storage for h3}:
./prog_xorshift.go:33:13:     from h3 (spill) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13:     from ... argument (slice-literal-element) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13:   flow: {heap} = {storage for ... argument}:
./prog_xorshift.go:33:13:     from ... argument (spill) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13: h2 escapes to heap:
./prog_xorshift.go:33:13:   flow: {storage for ... argument} = &{storage for h2}:
./prog_xorshift.go:33:13:     from h2 (spill) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13:     from ... argument (slice-literal-element) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13:   flow: {heap} = {storage for ... argument}:
./prog_xorshift.go:33:13:     from ... argument (spill) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13: h1 escapes to heap:
./prog_xorshift.go:33:13:   flow: {storage for ... argument} = &{storage for h1}:
./prog_xorshift.go:33:13:     from h1 (spill) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13:     from ... argument (slice-literal-element) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13:   flow: {heap} = {storage for ... argument}:
./prog_xorshift.go:33:13:     from ... argument (spill) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13: h0 escapes to heap:
./prog_xorshift.go:33:13:   flow: {storage for ... argument} = &{storage for h0}:
./prog_xorshift.go:33:13:     from h0 (spill) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13:     from ... argument (slice-literal-element) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13:   flow: {heap} = {storage for ... argument}:
./prog_xorshift.go:33:13:     from ... argument (spill) at ./prog_xorshift.go:33:13
./prog_xorshift.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./prog_xorshift.go:33:13
./prog_xorshift.go:18:19: next() escapes to heap:
./prog_xorshift.go:18:19:   flow: {storage for ... argument} = &{storage for next()}:
./prog_xorshift.go:18:19:     from next() (spill) at ./prog_xorshift.go:18:19
./prog_xorshift.go:18:19:     from ... argument (slice-literal-element) at ./prog_xorshift.go:18:14
./prog_xorshift.go:18:19:   flow: {heap} = {storage for ... argument}:
./prog_xorshift.go:18:19:     from ... argument (spill) at ./prog_xorshift.go:18:14
./prog_xorshift.go:18:19:     from fmt.Println(... argument...) (call parameter) at ./prog_xorshift.go:18:14
./prog_xorshift.go:18:14: ... argument does not escape
./prog_xorshift.go:18:19: next() escapes to heap
./prog_xorshift.go:33:13: ... argument does not escape
./prog_xorshift.go:33:13: h0 escapes to heap
./prog_xorshift.go:33:13: h1 escapes to heap
./prog_xorshift.go:33:13: h2 escapes to heap
./prog_xorshift.go:33:13: h3 escapes to heap
./prog_xorshift.go:33:38: h0 + h1 + h2 + h3 escapes to heap
./prog_xorshift.go:35:13: ... argument does not escape
./prog_xorshift.go:35:13: x escapes to heap
./prog_xorshift.go:35:18: x >> 60 escapes to heap
./prog_xorshift.go:35:29: uint8(x) escapes to heap
./prog_xorshift.go:35:38: int8(x) escapes to heap
./prog_xorshift.go:37:12: ... argument does not escape
./prog_xorshift.go:37:13: f escapes to heap

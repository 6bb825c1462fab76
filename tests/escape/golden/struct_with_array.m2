./struct_with_array.go:13:7: r does not escape
./struct_with_array.go:23:13: make([]int, 0, r.n) escapes to heap:
./struct_with_array.go:23:13:   flow: {heap} = &{storage for make([]int, 0, r.n)}:
./struct_with_array.go:23:13:     from make([]int, 0, r.n) (non-constant size) at ./struct_with_array.go:23:13
./struct_with_array.go:23:13: make([]int, 0, r.n) escapes to heap
./struct_with_array.go:50:35: Ring.Items(r) escapes to heap:
./struct_with_array.go:50:35:   flow: {storage for ... argument} = &{storage for Ring.Items(r)}:
./struct_with_array.go:50:35:     from Ring.Items(r) (spill) at ./struct_with_array.go:50:35
./struct_with_array.go:50:35:     from ... argument (slice-literal-element) at ./struct_with_array.go:50:13
./struct_with_array.go:50:35:   flow: {heap} = {storage for ... argument}:
./struct_with_array.go:50:35:     from ... argument (spill) at ./struct_with_array.go:50:13
./struct_with_array.go:50:35:     from fmt.Println(... argument...) (call parameter) at ./struct_with_array.go:50:13
./struct_with_array.go:50:24: Ring.Items(snap) escapes to heap:
./struct_with_array.go:50:24:   flow: {storage for ... argument} = &{storage for Ring.Items(snap)}:
./struct_with_array.go:50:24:     from Ring.Items(snap) (spill) at ./struct_with_array.go:50:24
./struct_with_array.go:50:24:     from ... argument (slice-literal-element) at ./struct_with_array.go:50:13
./struct_with_array.go:50:24:   flow: {heap} = {storage for ... argument}:
./struct_with_array.go:50:24:     from ... argument (spill) at ./struct_with_array.go:50:13
./struct_with_array.go:50:24:     from fmt.Println(... argument...) (call parameter) at ./struct_with_array.go:50:13
./struct_with_array.go:46:16: a == b escapes to heap:
./struct_with_array.go:46:16:   flow: {storage for ... argument} = &{storage for a == b}:
./struct_with_array.go:46:16:     from a == b (spill) at ./struct_with_array.go:46:16
./struct_with_array.go:46:16:     from ... argument (slice-literal-element) at ./struct_with_array.go:46:13
./struct_with_array.go:46:16:   flow: {heap} = {storage for ... argument}:
./struct_with_array.go:46:16:     from ... argument (spill) at ./struct_with_array.go:46:13
./struct_with_array.go:46:16:     from fmt.Println(... argument...) (call parameter) at ./struct_with_array.go:46:13
./struct_with_array.go:44:22: a == b escapes to heap:
./struct_with_array.go:44:22:   flow: {storage for ... argument} = &{storage for a == b}:
./struct_with_array.go:44:22:     from a == b (spill) at ./struct_with_array.go:44:22
./struct_with_array.go:44:22:     from ... argument (slice-literal-element) at ./struct_with_array.go:44:13
./struct_with_array.go:44:22:   flow: {heap} = {storage for ... argument}:
./struct_with_array.go:44:22:     from ... argument (spill) at ./struct_with_array.go:44:13
./struct_with_array.go:44:22:     from fmt.Println(... argument...) (call parameter) at ./struct_with_array.go:44:13
./struct_with_array.go:44:13: b escapes to heap:
./struct_with_array.go:44:13:   flow: {storage for ... argument} = &{storage for b}:
./struct_with_array.go:44:13:     from b (spill) at ./struct_with_array.go:44:13
./struct_with_array.go:44:13:     from ... argument (slice-literal-element) at ./struct_with_array.go:44:13
./struct_with_array.go:44:13:   flow: {heap} = {storage for ... argument}:
./struct_with_array.go:44:13:     from ... argument (spill) at ./struct_with_array.go:44:13
./struct_with_array.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./struct_with_array.go:44:13
./struct_with_array.go:44:13: a escapes to heap:
./struct_with_array.go:44:13:   flow: {storage for ... argument} = &{storage for a}:
./struct_with_array.go:44:13:     from a (spill) at ./struct_with_array.go:44:13
./struct_with_array.go:44:13:     from ... argument (slice-literal-element) at ./struct_with_array.go:44:13
./struct_with_array.go:44:13:   flow: {heap} = {storage for ... argument}:
./struct_with_array.go:44:13:     from ... argument (spill) at ./struct_with_array.go:44:13
./struct_with_array.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./struct_with_array.go:44:13
./struct_with_array.go:38:27: r.buf escapes to heap:
./struct_with_array.go:38:27:   flow: {storage for ... argument} = &{storage for r.buf}:
./struct_with_array.go:38:27:     from r.buf (spill) at ./struct_with_array.go:38:27
./struct_with_array.go:38:27:     from ... argument (slice-literal-element) at ./struct_with_array.go:38:14
./struct_with_array.go:38:27:   flow: {heap} = {storage for ... argument}:
./struct_with_array.go:38:27:     from ... argument (spill) at ./struct_with_array.go:38:14
./struct_with_array.go:38:27:     from fmt.Println(... argument...) (call parameter) at ./struct_with_array.go:38:14
./struct_with_array.go:38:22: Ring.Items(r) escapes to heap:
./struct_with_array.go:38:22:   flow: {storage for ... argument} = &{storage for Ring.Items(r)}:
./struct_with_array.go:38:22:     from Ring.Items(r) (spill) at ./struct_with_array.go:38:22
./struct_with_array.go:38:22:     from ... argument (slice-literal-element) at ./struct_with_array.go:38:14
./struct_with_array.go:38:22:   flow: {heap} = {storage for ... argument}:
./struct_with_array.go:38:22:     from ... argument (spill) at ./struct_with_array.go:38:14
./struct_with_array.go:38:22:     from fmt.Println(... argument...) (call parameter) at ./struct_with_array.go:38:14
./struct_with_array.go:38:14: ... argument does not escape
./struct_with_array.go:38:22: Ring.Items(r) escapes to heap
./struct_with_array.go:38:27: r.buf escapes to heap
./struct_with_array.go:44:13: ... argument does not escape
./struct_with_array.go:44:13: a escapes to heap
./struct_with_array.go:44:13: b escapes to heap
./struct_with_array.go:44:22: a == b escapes to heap
./struct_with_array.go:46:13: ... argument does not escape
./struct_with_array.go:46:16: a == b escapes to heap
./struct_with_array.go:50:13: ... argument does not escape
./struct_with_array.go:50:24: Ring.Items(snap) escapes to heap
./struct_with_array.go:50:35: Ring.Items(r) escapes to heap

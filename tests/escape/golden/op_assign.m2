./op_assign.go:71:13: n escapes to heap:
./op_assign.go:71:13:   flow: {storage for ... argument} = &{storage for n}:
./op_assign.go:71:13:     from n (spill) at ./op_assign.go:71:13
./op_assign.go:71:13:     from ... argument (slice-literal-element) at ./op_assign.go:71:13
./op_assign.go:71:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:71:13:     from ... argument (spill) at ./op_assign.go:71:13
./op_assign.go:71:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:71:13
./op_assign.go:65:23: string(r) escapes to heap:
./op_assign.go:65:23:   flow: {storage for ... argument} = &{storage for string(r)}:
./op_assign.go:65:23:     from string(r) (spill) at ./op_assign.go:65:23
./op_assign.go:65:23:     from ... argument (slice-literal-element) at ./op_assign.go:65:13
./op_assign.go:65:23:   flow: {heap} = {storage for ... argument}:
./op_assign.go:65:23:     from ... argument (spill) at ./op_assign.go:65:13
./op_assign.go:65:23:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:65:13
./op_assign.go:65:13: r escapes to heap:
./op_assign.go:65:13:   flow: {storage for ... argument} = &{storage for r}:
./op_assign.go:65:13:     from r (spill) at ./op_assign.go:65:13
./op_assign.go:65:13:     from ... argument (slice-literal-element) at ./op_assign.go:65:13
./op_assign.go:65:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:65:13:     from ... argument (spill) at ./op_assign.go:65:13
./op_assign.go:65:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:65:13
./op_assign.go:60:20: len(s) escapes to heap:
./op_assign.go:60:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./op_assign.go:60:20:     from len(s) (spill) at ./op_assign.go:60:20
./op_assign.go:60:20:     from ... argument (slice-literal-element) at ./op_assign.go:60:13
./op_assign.go:60:20:   flow: {heap} = {storage for ... argument}:
./op_assign.go:60:20:     from ... argument (spill) at ./op_assign.go:60:13
./op_assign.go:60:20:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:60:13
./op_assign.go:60:13: s escapes to heap:
./op_assign.go:60:13:   flow: {storage for ... argument} = &{storage for s}:
./op_assign.go:60:13:     from s (spill) at ./op_assign.go:60:13
./op_assign.go:60:13:     from ... argument (slice-literal-element) at ./op_assign.go:60:13
./op_assign.go:60:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:60:13:     from ... argument (spill) at ./op_assign.go:60:13
./op_assign.go:60:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:60:13
./op_assign.go:54:13: f32 escapes to heap:
./op_assign.go:54:13:   flow: {storage for ... argument} = &{storage for f32}:
./op_assign.go:54:13:     from f32 (spill) at ./op_assign.go:54:13
./op_assign.go:54:13:     from ... argument (slice-literal-element) at ./op_assign.go:54:13
./op_assign.go:54:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:54:13:     from ... argument (spill) at ./op_assign.go:54:13
./op_assign.go:54:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:54:13
./op_assign.go:50:13: f escapes to heap:
./op_assign.go:50:13:   flow: {storage for ... argument} = &{storage for f}:
./op_assign.go:50:13:     from f (spill) at ./op_assign.go:50:13
./op_assign.go:50:13:     from ... argument (slice-literal-element) at ./op_assign.go:50:13
./op_assign.go:50:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:50:13:     from ... argument (spill) at ./op_assign.go:50:13
./op_assign.go:50:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:50:13
./op_assign.go:44:13: i8 escapes to heap:
./op_assign.go:44:13:   flow: {storage for ... argument} = &{storage for i8}:
./op_assign.go:44:13:     from i8 (spill) at ./op_assign.go:44:13
./op_assign.go:44:13:     from ... argument (slice-literal-element) at ./op_assign.go:44:13
./op_assign.go:44:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:44:13:     from ... argument (spill) at ./op_assign.go:44:13
./op_assign.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:44:13
./op_assign.go:42:13: i8 escapes to heap:
./op_assign.go:42:13:   flow: {storage for ... argument} = &{storage for i8}:
./op_assign.go:42:13:     from i8 (spill) at ./op_assign.go:42:13
./op_assign.go:42:13:     from ... argument (slice-literal-element) at ./op_assign.go:42:13
./op_assign.go:42:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:42:13:     from ... argument (spill) at ./op_assign.go:42:13
./op_assign.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:42:13
./op_assign.go:39:13: i8 escapes to heap:
./op_assign.go:39:13:   flow: {storage for ... argument} = &{storage for i8}:
./op_assign.go:39:13:     from i8 (spill) at ./op_assign.go:39:13
./op_assign.go:39:13:     from ... argument (slice-literal-element) at ./op_assign.go:39:13
./op_assign.go:39:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:39:13:     from ... argument (spill) at ./op_assign.go:39:13
./op_assign.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:39:13
./op_assign.go:36:13: u8 escapes to heap:
./op_assign.go:36:13:   flow: {storage for ... argument} = &{storage for u8}:
./op_assign.go:36:13:     from u8 (spill) at ./op_assign.go:36:13
./op_assign.go:36:13:     from ... argument (slice-literal-element) at ./op_assign.go:36:13
./op_assign.go:36:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:36:13:     from ... argument (spill) at ./op_assign.go:36:13
./op_assign.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:36:13
./op_assign.go:34:13: u8 escapes to heap:
./op_assign.go:34:13:   flow: {storage for ... argument} = &{storage for u8}:
./op_assign.go:34:13:     from u8 (spill) at ./op_assign.go:34:13
./op_assign.go:34:13:     from ... argument (slice-literal-element) at ./op_assign.go:34:13
./op_assign.go:34:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:34:13:     from ... argument (spill) at ./op_assign.go:34:13
./op_assign.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:34:13
./op_assign.go:32:13: u8 escapes to heap:
./op_assign.go:32:13:   flow: {storage for ... argument} = &{storage for u8}:
./op_assign.go:32:13:     from u8 (spill) at ./op_assign.go:32:13
./op_assign.go:32:13:     from ... argument (slice-literal-element) at ./op_assign.go:32:13
./op_assign.go:32:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:32:13:     from ... argument (spill) at ./op_assign.go:32:13
./op_assign.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:32:13
./op_assign.go:30:13: u8 escapes to heap:
./op_assign.go:30:13:   flow: {storage for ... argument} = &{storage for u8}:
./op_assign.go:30:13:     from u8 (spill) at ./op_assign.go:30:13
./op_assign.go:30:13:     from ... argument (slice-literal-element) at ./op_assign.go:30:13
./op_assign.go:30:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:30:13:     from ... argument (spill) at ./op_assign.go:30:13
./op_assign.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:30:13
./op_assign.go:26:13: i escapes to heap:
./op_assign.go:26:13:   flow: {storage for ... argument} = &{storage for i}:
./op_assign.go:26:13:     from i (spill) at ./op_assign.go:26:13
./op_assign.go:26:13:     from ... argument (slice-literal-element) at ./op_assign.go:26:13
./op_assign.go:26:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:26:13:     from ... argument (spill) at ./op_assign.go:26:13
./op_assign.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:26:13
./op_assign.go:22:13: i escapes to heap:
./op_assign.go:22:13:   flow: {storage for ... argument} = &{storage for i}:
./op_assign.go:22:13:     from i (spill) at ./op_assign.go:22:13
./op_assign.go:22:13:     from ... argument (slice-literal-element) at ./op_assign.go:22:13
./op_assign.go:22:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:22:13:     from ... argument (spill) at ./op_assign.go:22:13
./op_assign.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:22:13
./op_assign.go:14:13: i escapes to heap:
./op_assign.go:14:13:   flow: {storage for ... argument} = &{storage for i}:
./op_assign.go:14:13:     from i (spill) at ./op_assign.go:14:13
./op_assign.go:14:13:     from ... argument (slice-literal-element) at ./op_assign.go:14:13
./op_assign.go:14:13:   flow: {heap} = {storage for ... argument}:
./op_assign.go:14:13:     from ... argument (spill) at ./op_assign.go:14:13
./op_assign.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./op_assign.go:14:13
./op_assign.go:65:23: string(r) escapes to heap:
./op_assign.go:65:23:   flow: {storage for string(r)} = &{storage for string(r)}:
./op_assign.go:65:23:     from string(r) (spill) at ./op_assign.go:65:23
./op_assign.go:65:23:     from string(r) (interface-converted) at ./op_assign.go:65:23
./op_assign.go:14:13: ... argument does not escape
./op_assign.go:14:13: i escapes to heap
./op_assign.go:22:13: ... argument does not escape
./op_assign.go:22:13: i escapes to heap
./op_assign.go:26:13: ... argument does not escape
./op_assign.go:26:13: i escapes to heap
./op_assign.go:30:13: ... argument does not escape
./op_assign.go:30:13: u8 escapes to heap
./op_assign.go:32:13: ... argument does not escape
./op_assign.go:32:13: u8 escapes to heap
./op_assign.go:34:13: ... argument does not escape
./op_assign.go:34:13: u8 escapes to heap
./op_assign.go:36:13: ... argument does not escape
./op_assign.go:36:13: u8 escapes to heap
./op_assign.go:39:13: ... argument does not escape
./op_assign.go:39:13: i8 escapes to heap
./op_assign.go:42:13: ... argument does not escape
./op_assign.go:42:13: i8 escapes to heap
./op_assign.go:44:13: ... argument does not escape
./op_assign.go:44:13: i8 escapes to heap
./op_assign.go:50:13: ... argument does not escape
./op_assign.go:50:13: f escapes to heap
./op_assign.go:54:13: ... argument does not escape
./op_assign.go:54:13: f32 escapes to heap
./op_assign.go:60:13: ... argument does not escape
./op_assign.go:60:13: s escapes to heap
./op_assign.go:60:20: len(s) escapes to heap
./op_assign.go:65:13: ... argument does not escape
./op_assign.go:65:13: r escapes to heap
./op_assign.go:65:23: string(r) escapes to heap
./op_assign.go:65:23: string(r) escapes to heap
./op_assign.go:71:13: ... argument does not escape
./op_assign.go:71:13: n escapes to heap

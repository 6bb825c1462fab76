./scopes.go:50:19: inner() escapes to heap:
./scopes.go:50:19:   flow: {storage for ... argument} = &{storage for inner()}:
./scopes.go:50:19:     from inner() (spill) at ./scopes.go:50:19
./scopes.go:50:19:     from ... argument (slice-literal-element) at ./scopes.go:50:13
./scopes.go:50:19:   flow: {heap} = {storage for ... argument}:
./scopes.go:50:19:     from ... argument (spill) at ./scopes.go:50:13
./scopes.go:50:19:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:50:13
./scopes.go:45:13: len escapes to heap:
./scopes.go:45:13:   flow: {storage for ... argument} = &{storage for len}:
./scopes.go:45:13:     from len (spill) at ./scopes.go:45:13
./scopes.go:45:13:     from ... argument (slice-literal-element) at ./scopes.go:45:13
./scopes.go:45:13:   flow: {heap} = {storage for ... argument}:
./scopes.go:45:13:     from ... argument (spill) at ./scopes.go:45:13
./scopes.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:45:13
./scopes.go:42:13: c escapes to heap:
./scopes.go:42:13:   flow: {storage for ... argument} = &{storage for c}:
./scopes.go:42:13:     from c (spill) at ./scopes.go:42:13
./scopes.go:42:13:     from ... argument (slice-literal-element) at ./scopes.go:42:13
./scopes.go:42:13:   flow: {heap} = {storage for ... argument}:
./scopes.go:42:13:     from ... argument (spill) at ./scopes.go:42:13
./scopes.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:42:13
./scopes.go:42:13: b escapes to heap:
./scopes.go:42:13:   flow: {storage for ... argument} = &{storage for b}:
./scopes.go:42:13:     from b (spill) at ./scopes.go:42:13
./scopes.go:42:13:     from ... argument (slice-literal-element) at ./scopes.go:42:13
./scopes.go:42:13:   flow: {heap} = {storage for ... argument}:
./scopes.go:42:13:     from ... argument (spill) at ./scopes.go:42:13
./scopes.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:42:13
./scopes.go:42:13: a escapes to heap:
./scopes.go:42:13:   flow: {storage for ... argument} = &{storage for a}:
./scopes.go:42:13:     from a (spill) at ./scopes.go:42:13
./scopes.go:42:13:     from ... argument (slice-literal-element) at ./scopes.go:42:13
./scopes.go:42:13:   flow: {heap} = {storage for ... argument}:
./scopes.go:42:13:     from ... argument (spill) at ./scopes.go:42:13
./scopes.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:42:13
./scopes.go:38:13: x escapes to heap:
./scopes.go:38:13:   flow: {storage for ... argument} = &{storage for x}:
./scopes.go:38:13:     from x (spill) at ./scopes.go:38:13
./scopes.go:38:13:     from ... argument (slice-literal-element) at ./scopes.go:38:13
./scopes.go:38:13:   flow: {heap} = {storage for ... argument}:
./scopes.go:38:13:     from ... argument (spill) at ./scopes.go:38:13
./scopes.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:38:13
./scopes.go:36:15: x escapes to heap:
./scopes.go:36:15:   flow: {storage for ... argument} = &{storage for x}:
./scopes.go:36:15:     from x (spill) at ./scopes.go:36:15
./scopes.go:36:15:     from ... argument (slice-literal-element) at ./scopes.go:36:14
./scopes.go:36:15:   flow: {heap} = {storage for ... argument}:
./scopes.go:36:15:     from ... argument (spill) at ./scopes.go:36:14
./scopes.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:36:14
./scopes.go:36:15: "switch" escapes to heap:
./scopes.go:36:15:   flow: {storage for ... argument} = &{storage for "switch"}:
./scopes.go:36:15:     from "switch" (spill) at ./scopes.go:36:15
./scopes.go:36:15:     from ... argument (slice-literal-element) at ./scopes.go:36:14
./scopes.go:36:15:   flow: {heap} = {storage for ... argument}:
./scopes.go:36:15:     from ... argument (spill) at ./scopes.go:36:14
./scopes.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:36:14
./scopes.go:32:15: x escapes to heap:
./scopes.go:32:15:   flow: {storage for ... argument} = &{storage for x}:
./scopes.go:32:15:     from x (spill) at ./scopes.go:32:15
./scopes.go:32:15:     from ... argument (slice-literal-element) at ./scopes.go:32:14
./scopes.go:32:15:   flow: {heap} = {storage for ... argument}:
./scopes.go:32:15:     from ... argument (spill) at ./scopes.go:32:14
./scopes.go:32:15:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:32:14
./scopes.go:32:15: "for" escapes to heap:
./scopes.go:32:15:   flow: {storage for ... argument} = &{storage for "for"}:
./scopes.go:32:15:     from "for" (spill) at ./scopes.go:32:15
./scopes.go:32:15:     from ... argument (slice-literal-element) at ./scopes.go:32:14
./scopes.go:32:15:   flow: {heap} = {storage for ... argument}:
./scopes.go:32:15:     from ... argument (spill) at ./scopes.go:32:14
./scopes.go:32:15:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:32:14
./scopes.go:28:15: x escapes to heap:
./scopes.go:28:15:   flow: {storage for ... argument} = &{storage for x}:
./scopes.go:28:15:     from x (spill) at ./scopes.go:28:15
./scopes.go:28:15:     from ... argument (slice-literal-element) at ./scopes.go:28:14
./scopes.go:28:15:   flow: {heap} = {storage for ... argument}:
./scopes.go:28:15:     from ... argument (spill) at ./scopes.go:28:14
./scopes.go:28:15:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:28:14
./scopes.go:28:15: "else" escapes to heap:
./scopes.go:28:15:   flow: {storage for ... argument} = &{storage for "else"}:
./scopes.go:28:15:     from "else" (spill) at ./scopes.go:28:15
./scopes.go:28:15:     from ... argument (slice-literal-element) at ./scopes.go:28:14
./scopes.go:28:15:   flow: {heap} = {storage for ... argument}:
./scopes.go:28:15:     from ... argument (spill) at ./scopes.go:28:14
./scopes.go:28:15:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:28:14
./scopes.go:26:15: x escapes to heap:
./scopes.go:26:15:   flow: {storage for ... argument} = &{storage for x}:
./scopes.go:26:15:     from x (spill) at ./scopes.go:26:15
./scopes.go:26:15:     from ... argument (slice-literal-element) at ./scopes.go:26:14
./scopes.go:26:15:   flow: {heap} = {storage for ... argument}:
./scopes.go:26:15:     from ... argument (spill) at ./scopes.go:26:14
./scopes.go:26:15:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:26:14
./scopes.go:26:15: "if" escapes to heap:
./scopes.go:26:15:   flow: {storage for ... argument} = &{storage for "if"}:
./scopes.go:26:15:     from "if" (spill) at ./scopes.go:26:15
./scopes.go:26:15:     from ... argument (slice-literal-element) at ./scopes.go:26:14
./scopes.go:26:15:   flow: {heap} = {storage for ... argument}:
./scopes.go:26:15:     from ... argument (spill) at ./scopes.go:26:14
./scopes.go:26:15:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:26:14
./scopes.go:23:13: x escapes to heap:
./scopes.go:23:13:   flow: {storage for ... argument} = &{storage for x}:
./scopes.go:23:13:     from x (spill) at ./scopes.go:23:13
./scopes.go:23:13:     from ... argument (slice-literal-element) at ./scopes.go:23:13
./scopes.go:23:13:   flow: {heap} = {storage for ... argument}:
./scopes.go:23:13:     from ... argument (spill) at ./scopes.go:23:13
./scopes.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:23:13
./scopes.go:21:14: x escapes to heap:
./scopes.go:21:14:   flow: {storage for ... argument} = &{storage for x}:
./scopes.go:21:14:     from x (spill) at ./scopes.go:21:14
./scopes.go:21:14:     from ... argument (slice-literal-element) at ./scopes.go:21:14
./scopes.go:21:14:   flow: {heap} = {storage for ... argument}:
./scopes.go:21:14:     from ... argument (spill) at ./scopes.go:21:14
./scopes.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:21:14
./scopes.go:19:15: y escapes to heap:
./scopes.go:19:15:   flow: {storage for ... argument} = &{storage for y}:
./scopes.go:19:15:     from y (spill) at ./scopes.go:19:15
./scopes.go:19:15:     from ... argument (slice-literal-element) at ./scopes.go:19:15
./scopes.go:19:15:   flow: {heap} = {storage for ... argument}:
./scopes.go:19:15:     from ... argument (spill) at ./scopes.go:19:15
./scopes.go:19:15:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:19:15
./scopes.go:15:14: x escapes to heap:
./scopes.go:15:14:   flow: {storage for ... argument} = &{storage for x}:
./scopes.go:15:14:     from x (spill) at ./scopes.go:15:14
./scopes.go:15:14:     from ... argument (slice-literal-element) at ./scopes.go:15:14
./scopes.go:15:14:   flow: {heap} = {storage for ... argument}:
./scopes.go:15:14:     from ... argument (spill) at ./scopes.go:15:14
./scopes.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:15:14
./scopes.go:12:13: x escapes to heap:
./scopes.go:12:13:   flow: {storage for ... argument} = &{storage for x}:
./scopes.go:12:13:     from x (spill) at ./scopes.go:12:13
./scopes.go:12:13:     from ... argument (slice-literal-element) at ./scopes.go:12:13
./scopes.go:12:13:   flow: {heap} = {storage for ... argument}:
./scopes.go:12:13:     from ... argument (spill) at ./scopes.go:12:13
./scopes.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:12:13
./scopes.go:10:13: x escapes to heap:
./scopes.go:10:13:   flow: {storage for ... argument} = &{storage for x}:
./scopes.go:10:13:     from x (spill) at ./scopes.go:10:13
./scopes.go:10:13:     from ... argument (slice-literal-element) at ./scopes.go:10:13
./scopes.go:10:13:   flow: {heap} = {storage for ... argument}:
./scopes.go:10:13:     from ... argument (spill) at ./scopes.go:10:13
./scopes.go:10:13:     from fmt.Println(... argument...) (call parameter) at ./scopes.go:10:13
./scopes.go:10:13: ... argument does not escape
./scopes.go:10:13: x escapes to heap
./scopes.go:12:13: ... argument does not escape
./scopes.go:12:13: x escapes to heap
./scopes.go:15:14: ... argument does not escape
./scopes.go:15:14: x escapes to heap
./scopes.go:19:15: ... argument does not escape
./scopes.go:19:15: y escapes to heap
./scopes.go:21:14: ... argument does not escape
./scopes.go:21:14: x escapes to heap
./scopes.go:23:13: ... argument does not escape
./scopes.go:23:13: x escapes to heap
./scopes.go:26:14: ... argument does not escape
./scopes.go:26:15: "if" escapes to heap
./scopes.go:26:15: x escapes to heap
./scopes.go:28:14: ... argument does not escape
./scopes.go:28:15: "else" escapes to heap
./scopes.go:28:15: x escapes to heap
./scopes.go:32:14: ... argument does not escape
./scopes.go:32:15: "for" escapes to heap
./scopes.go:32:15: x escapes to heap
./scopes.go:36:14: ... argument does not escape
./scopes.go:36:15: "switch" escapes to heap
./scopes.go:36:15: x escapes to heap
./scopes.go:38:13: ... argument does not escape
./scopes.go:38:13: x escapes to heap
./scopes.go:42:13: ... argument does not escape
./scopes.go:42:13: a escapes to heap
./scopes.go:42:13: b escapes to heap
./scopes.go:42:13: c escapes to heap
./scopes.go:45:13: ... argument does not escape
./scopes.go:45:13: len escapes to heap
./scopes.go:50:13: ... argument does not escape
./scopes.go:50:19: inner() escapes to heap

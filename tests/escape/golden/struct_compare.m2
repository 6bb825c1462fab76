./struct_compare.go:51:26: z == P{...} escapes to heap:
./struct_compare.go:51:26:   flow: {storage for ... argument} = &{storage for z == P{...}}:
./struct_compare.go:51:26:     from z == P{...} (spill) at ./struct_compare.go:51:26
./struct_compare.go:51:26:     from ... argument (slice-literal-element) at ./struct_compare.go:51:13
./struct_compare.go:51:26:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:51:26:     from ... argument (spill) at ./struct_compare.go:51:13
./struct_compare.go:51:26:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:51:13
./struct_compare.go:51:16: z == P{} escapes to heap:
./struct_compare.go:51:16:   flow: {storage for ... argument} = &{storage for z == P{}}:
./struct_compare.go:51:16:     from z == P{} (spill) at ./struct_compare.go:51:16
./struct_compare.go:51:16:     from ... argument (slice-literal-element) at ./struct_compare.go:51:13
./struct_compare.go:51:16:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:51:16:     from ... argument (spill) at ./struct_compare.go:51:13
./struct_compare.go:51:16:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:51:13
./struct_compare.go:48:17: s1 == s2 escapes to heap:
./struct_compare.go:48:17:   flow: {storage for ... argument} = &{storage for s1 == s2}:
./struct_compare.go:48:17:     from s1 == s2 (spill) at ./struct_compare.go:48:17
./struct_compare.go:48:17:     from ... argument (slice-literal-element) at ./struct_compare.go:48:13
./struct_compare.go:48:17:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:48:17:     from ... argument (spill) at ./struct_compare.go:48:13
./struct_compare.go:48:17:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:48:13
./struct_compare.go:44:55: PP{} == PP{...} escapes to heap:
./struct_compare.go:44:55:   flow: {storage for ... argument} = &{storage for PP{} == PP{...}}:
./struct_compare.go:44:55:     from PP{} == PP{...} (spill) at ./struct_compare.go:44:55
./struct_compare.go:44:55:     from ... argument (slice-literal-element) at ./struct_compare.go:44:13
./struct_compare.go:44:55:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:44:55:     from ... argument (spill) at ./struct_compare.go:44:13
./struct_compare.go:44:55:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:44:13
./struct_compare.go:44:39: PP{...} == PP{...} escapes to heap:
./struct_compare.go:44:39:   flow: {storage for ... argument} = &{storage for PP{...} == PP{...}}:
./struct_compare.go:44:39:     from PP{...} == PP{...} (spill) at ./struct_compare.go:44:39
./struct_compare.go:44:39:     from ... argument (slice-literal-element) at ./struct_compare.go:44:13
./struct_compare.go:44:39:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:44:39:     from ... argument (spill) at ./struct_compare.go:44:13
./struct_compare.go:44:39:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:44:13
./struct_compare.go:44:21: PP{...} == PP{...} escapes to heap:
./struct_compare.go:44:21:   flow: {storage for ... argument} = &{storage for PP{...} == PP{...}}:
./struct_compare.go:44:21:     from PP{...} == PP{...} (spill) at ./struct_compare.go:44:21
./struct_compare.go:44:21:     from ... argument (slice-literal-element) at ./struct_compare.go:44:13
./struct_compare.go:44:21:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:44:21:     from ... argument (spill) at ./struct_compare.go:44:13
./struct_compare.go:44:21:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:44:13
./struct_compare.go:40:21: F{...} == F{...} escapes to heap:
./struct_compare.go:40:21:   flow: {storage for ... argument} = &{storage for F{...} == F{...}}:
./struct_compare.go:40:21:     from F{...} == F{...} (spill) at ./struct_compare.go:40:21
./struct_compare.go:40:21:     from ... argument (slice-literal-element) at ./struct_compare.go:40:13
./struct_compare.go:40:21:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:40:21:     from ... argument (spill) at ./struct_compare.go:40:13
./struct_compare.go:40:21:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:40:13
./struct_compare.go:37:19: F{...} == F{...} escapes to heap:
./struct_compare.go:37:19:   flow: {storage for ... argument} = &{storage for F{...} == F{...}}:
./struct_compare.go:37:19:     from F{...} == F{...} (spill) at ./struct_compare.go:37:19
./struct_compare.go:37:19:     from ... argument (slice-literal-element) at ./struct_compare.go:37:13
./struct_compare.go:37:19:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:37:19:     from ... argument (spill) at ./struct_compare.go:37:13
./struct_compare.go:37:19:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:37:13
./struct_compare.go:33:31: r1.Pos == P{...} escapes to heap:
./struct_compare.go:33:31:   flow: {storage for ... argument} = &{storage for r1.Pos == P{...}}:
./struct_compare.go:33:31:     from r1.Pos == P{...} (spill) at ./struct_compare.go:33:31
./struct_compare.go:33:31:     from ... argument (slice-literal-element) at ./struct_compare.go:33:13
./struct_compare.go:33:31:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:33:31:     from ... argument (spill) at ./struct_compare.go:33:13
./struct_compare.go:33:31:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:33:13
./struct_compare.go:33:17: r1 == r2 escapes to heap:
./struct_compare.go:33:17:   flow: {storage for ... argument} = &{storage for r1 == r2}:
./struct_compare.go:33:17:     from r1 == r2 (spill) at ./struct_compare.go:33:17
./struct_compare.go:33:17:     from ... argument (slice-literal-element) at ./struct_compare.go:33:13
./struct_compare.go:33:17:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:33:17:     from ... argument (spill) at ./struct_compare.go:33:13
./struct_compare.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:33:13
./struct_compare.go:30:17: r1 == r2 escapes to heap:
./struct_compare.go:30:17:   flow: {storage for ... argument} = &{storage for r1 == r2}:
./struct_compare.go:30:17:     from r1 == r2 (spill) at ./struct_compare.go:30:17
./struct_compare.go:30:17:     from ... argument (slice-literal-element) at ./struct_compare.go:30:13
./struct_compare.go:30:17:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:30:17:     from ... argument (spill) at ./struct_compare.go:30:13
./struct_compare.go:30:17:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:30:13
./struct_compare.go:28:17: r1 == r2 escapes to heap:
./struct_compare.go:28:17:   flow: {storage for ... argument} = &{storage for r1 == r2}:
./struct_compare.go:28:17:     from r1 == r2 (spill) at ./struct_compare.go:28:17
./struct_compare.go:28:17:     from ... argument (slice-literal-element) at ./struct_compare.go:28:13
./struct_compare.go:28:17:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:28:17:     from ... argument (spill) at ./struct_compare.go:28:13
./struct_compare.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:28:13
./struct_compare.go:24:40: a == P{...} escapes to heap:
./struct_compare.go:24:40:   flow: {storage for ... argument} = &{storage for a == P{...}}:
./struct_compare.go:24:40:     from a == P{...} (spill) at ./struct_compare.go:24:40
./struct_compare.go:24:40:     from ... argument (slice-literal-element) at ./struct_compare.go:24:13
./struct_compare.go:24:40:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:24:40:     from ... argument (spill) at ./struct_compare.go:24:13
./struct_compare.go:24:40:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:24:13
./struct_compare.go:24:32: a == c escapes to heap:
./struct_compare.go:24:32:   flow: {storage for ... argument} = &{storage for a == c}:
./struct_compare.go:24:32:     from a == c (spill) at ./struct_compare.go:24:32
./struct_compare.go:24:32:     from ... argument (slice-literal-element) at ./struct_compare.go:24:13
./struct_compare.go:24:32:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:24:32:     from ... argument (spill) at ./struct_compare.go:24:13
./struct_compare.go:24:32:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:24:13
./struct_compare.go:24:24: a != b escapes to heap:
./struct_compare.go:24:24:   flow: {storage for ... argument} = &{storage for a != b}:
./struct_compare.go:24:24:     from a != b (spill) at ./struct_compare.go:24:24
./struct_compare.go:24:24:     from ... argument (slice-literal-element) at ./struct_compare.go:24:13
./struct_compare.go:24:24:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:24:24:     from ... argument (spill) at ./struct_compare.go:24:13
./struct_compare.go:24:24:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:24:13
./struct_compare.go:24:16: a == b escapes to heap:
./struct_compare.go:24:16:   flow: {storage for ... argument} = &{storage for a == b}:
./struct_compare.go:24:16:     from a == b (spill) at ./struct_compare.go:24:16
./struct_compare.go:24:16:     from ... argument (slice-literal-element) at ./struct_compare.go:24:13
./struct_compare.go:24:16:   flow: {heap} = {storage for ... argument}:
./struct_compare.go:24:16:     from ... argument (spill) at ./struct_compare.go:24:13
./struct_compare.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./struct_compare.go:24:13
./struct_compare.go:24:13: ... argument does not escape
./struct_compare.go:24:16: a == b escapes to heap
./struct_compare.go:24:24: a != b escapes to heap
./struct_compare.go:24:32: a == c escapes to heap
./struct_compare.go:24:40: a == P{...} escapes to heap
./struct_compare.go:28:13: ... argument does not escape
./struct_compare.go:28:17: r1 == r2 escapes to heap
./struct_compare.go:30:13: ... argument does not escape
./struct_compare.go:30:17: r1 == r2 escapes to heap
./struct_compare.go:33:13: ... argument does not escape
./struct_compare.go:33:17: r1 == r2 escapes to heap
./struct_compare.go:33:31: r1.Pos == P{...} escapes to heap
./struct_compare.go:37:13: ... argument does not escape
./struct_compare.go:37:19: F{...} == F{...} escapes to heap
./struct_compare.go:40:13: ... argument does not escape
./struct_compare.go:40:21: F{...} == F{...} escapes to heap
./struct_compare.go:44:13: ... argument does not escape
./struct_compare.go:44:21: PP{...} == PP{...} escapes to heap
./struct_compare.go:44:39: PP{...} == PP{...} escapes to heap
./struct_compare.go:44:55: PP{} == PP{...} escapes to heap
./struct_compare.go:48:13: ... argument does not escape
./struct_compare.go:48:17: s1 == s2 escapes to heap
./struct_compare.go:51:13: ... argument does not escape
./struct_compare.go:51:16: z == P{} escapes to heap
./struct_compare.go:51:26: z == P{...} escapes to heap

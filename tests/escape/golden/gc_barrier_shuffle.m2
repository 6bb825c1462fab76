./gc_barrier_shuffle.go:20:9: &Node{...} escapes to heap:
./gc_barrier_shuffle.go:20:9:   flow: ~r0 = &{storage for &Node{...}}:
./gc_barrier_shuffle.go:20:9:     from &Node{...} (spill) at ./gc_barrier_shuffle.go:20:9
./gc_barrier_shuffle.go:20:9:     from return &Node{...} (return) at ./gc_barrier_shuffle.go:20:2
./gc_barrier_shuffle.go:18:10: &Node{...} escapes to heap:
./gc_barrier_shuffle.go:18:10:   flow: ~r0 = &{storage for &Node{...}}:
./gc_barrier_shuffle.go:18:10:     from &Node{...} (spill) at ./gc_barrier_shuffle.go:18:10
./gc_barrier_shuffle.go:18:10:     from return &Node{...} (return) at ./gc_barrier_shuffle.go:18:3
./gc_barrier_shuffle.go:18:10: &Node{...} escapes to heap
./gc_barrier_shuffle.go:20:9: &Node{...} escapes to heap
./gc_barrier_shuffle.go:23:12: n does not escape
./gc_barrier_shuffle.go:39:14: &Box{...} escapes to heap:
./gc_barrier_shuffle.go:39:14:   flow: {heap} = &{storage for &Box{...}}:
./gc_barrier_shuffle.go:39:14:     from &Box{...} (spill) at ./gc_barrier_shuffle.go:39:14
./gc_barrier_shuffle.go:39:14:     from boxes[i] = &Box{...} (assign) at ./gc_barrier_shuffle.go:39:12
./gc_barrier_shuffle.go:57:21: main ignoring self-assignment in bx.s[0], bx.s[1] = bx.s[1], bx.s[0]
./gc_barrier_shuffle.go:57:21: main ignoring self-assignment in bx.s[0], bx.s[1] = bx.s[1], bx.s[0]
./gc_barrier_shuffle.go:69:11: &Node{...} escapes to heap:
./gc_barrier_shuffle.go:69:11:   flow: {heap} = &{storage for &Node{...}}:
./gc_barrier_shuffle.go:69:11:     from &Node{...} (spill) at ./gc_barrier_shuffle.go:69:11
./gc_barrier_shuffle.go:69:11:     from bx.b = &Node{...} (assign) at ./gc_barrier_shuffle.go:69:9
./gc_barrier_shuffle.go:81:13: names escapes to heap:
./gc_barrier_shuffle.go:81:13:   flow: {storage for ... argument} = &{storage for names}:
./gc_barrier_shuffle.go:81:13:     from names (spill) at ./gc_barrier_shuffle.go:81:13
./gc_barrier_shuffle.go:81:13:     from ... argument (slice-literal-element) at ./gc_barrier_shuffle.go:81:13
./gc_barrier_shuffle.go:81:13:   flow: {heap} = {storage for ... argument}:
./gc_barrier_shuffle.go:81:13:     from ... argument (spill) at ./gc_barrier_shuffle.go:81:13
./gc_barrier_shuffle.go:81:13:     from fmt.Println(... argument...) (call parameter) at ./gc_barrier_shuffle.go:81:13
./gc_barrier_shuffle.go:81:13: want escapes to heap:
./gc_barrier_shuffle.go:81:13:   flow: {storage for ... argument} = &{storage for want}:
./gc_barrier_shuffle.go:81:13:     from want (spill) at ./gc_barrier_shuffle.go:81:13
./gc_barrier_shuffle.go:81:13:     from ... argument (slice-literal-element) at ./gc_barrier_shuffle.go:81:13
./gc_barrier_shuffle.go:81:13:   flow: {heap} = {storage for ... argument}:
./gc_barrier_shuffle.go:81:13:     from ... argument (spill) at ./gc_barrier_shuffle.go:81:13
./gc_barrier_shuffle.go:81:13:     from fmt.Println(... argument...) (call parameter) at ./gc_barrier_shuffle.go:81:13
./gc_barrier_shuffle.go:81:13: total escapes to heap:
./gc_barrier_shuffle.go:81:13:   flow: {storage for ... argument} = &{storage for total}:
./gc_barrier_shuffle.go:81:13:     from total (spill) at ./gc_barrier_shuffle.go:81:13
./gc_barrier_shuffle.go:81:13:     from ... argument (slice-literal-element) at ./gc_barrier_shuffle.go:81:13
./gc_barrier_shuffle.go:81:13:   flow: {heap} = {storage for ... argument}:
./gc_barrier_shuffle.go:81:13:     from ... argument (spill) at ./gc_barrier_shuffle.go:81:13
./gc_barrier_shuffle.go:81:13:     from fmt.Println(... argument...) (call parameter) at ./gc_barrier_shuffle.go:81:13
./gc_barrier_shuffle.go:73:52: want escapes to heap:
./gc_barrier_shuffle.go:73:52:   flow: {storage for ... argument} = &{storage for want}:
./gc_barrier_shuffle.go:73:52:     from want (spill) at ./gc_barrier_shuffle.go:73:52
./gc_barrier_shuffle.go:73:52:     from ... argument (slice-literal-element) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:52:   flow: {heap} = {storage for ... argument}:
./gc_barrier_shuffle.go:73:52:     from ... argument (spill) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:52:     from fmt.Println(... argument...) (call parameter) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:52: "want" escapes to heap:
./gc_barrier_shuffle.go:73:52:   flow: {storage for ... argument} = &{storage for "want"}:
./gc_barrier_shuffle.go:73:52:     from "want" (spill) at ./gc_barrier_shuffle.go:73:52
./gc_barrier_shuffle.go:73:52:     from ... argument (slice-literal-element) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:52:   flow: {heap} = {storage for ... argument}:
./gc_barrier_shuffle.go:73:52:     from ... argument (spill) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:52:     from fmt.Println(... argument...) (call parameter) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:32: got escapes to heap:
./gc_barrier_shuffle.go:73:32:   flow: {storage for ... argument} = &{storage for got}:
./gc_barrier_shuffle.go:73:32:     from got (spill) at ./gc_barrier_shuffle.go:73:32
./gc_barrier_shuffle.go:73:32:     from ... argument (slice-literal-element) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:32:   flow: {heap} = {storage for ... argument}:
./gc_barrier_shuffle.go:73:32:     from ... argument (spill) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:32:     from fmt.Println(... argument...) (call parameter) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:32: "lost nodes:" escapes to heap:
./gc_barrier_shuffle.go:73:32:   flow: {storage for ... argument} = &{storage for "lost nodes:"}:
./gc_barrier_shuffle.go:73:32:     from "lost nodes:" (spill) at ./gc_barrier_shuffle.go:73:32
./gc_barrier_shuffle.go:73:32:     from ... argument (slice-literal-element) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:32:   flow: {heap} = {storage for ... argument}:
./gc_barrier_shuffle.go:73:32:     from ... argument (spill) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:32:     from fmt.Println(... argument...) (call parameter) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:16: round escapes to heap:
./gc_barrier_shuffle.go:73:16:   flow: {storage for ... argument} = &{storage for round}:
./gc_barrier_shuffle.go:73:16:     from round (spill) at ./gc_barrier_shuffle.go:73:16
./gc_barrier_shuffle.go:73:16:     from ... argument (slice-literal-element) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:16:   flow: {heap} = {storage for ... argument}:
./gc_barrier_shuffle.go:73:16:     from ... argument (spill) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:16:     from fmt.Println(... argument...) (call parameter) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:16: "round" escapes to heap:
./gc_barrier_shuffle.go:73:16:   flow: {storage for ... argument} = &{storage for "round"}:
./gc_barrier_shuffle.go:73:16:     from "round" (spill) at ./gc_barrier_shuffle.go:73:16
./gc_barrier_shuffle.go:73:16:     from ... argument (slice-literal-element) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:16:   flow: {heap} = {storage for ... argument}:
./gc_barrier_shuffle.go:73:16:     from ... argument (spill) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:73:16:     from fmt.Println(... argument...) (call parameter) at ./gc_barrier_shuffle.go:73:15
./gc_barrier_shuffle.go:39:51: i escapes to heap:
./gc_barrier_shuffle.go:39:51:   flow: {storage for ... argument} = &{storage for i}:
./gc_barrier_shuffle.go:39:51:     from i (spill) at ./gc_barrier_shuffle.go:39:51
./gc_barrier_shuffle.go:39:51:     from ... argument (slice-literal-element) at ./gc_barrier_shuffle.go:39:50
./gc_barrier_shuffle.go:39:51:   flow: {heap} = {storage for ... argument}:
./gc_barrier_shuffle.go:39:51:     from ... argument (spill) at ./gc_barrier_shuffle.go:39:50
./gc_barrier_shuffle.go:39:51:     from fmt.Sprint(... argument...) (call parameter) at ./gc_barrier_shuffle.go:39:50
./gc_barrier_shuffle.go:39:51: "box" escapes to heap:
./gc_barrier_shuffle.go:39:51:   flow: {storage for ... argument} = &{storage for "box"}:
./gc_barrier_shuffle.go:39:51:     from "box" (spill) at ./gc_barrier_shuffle.go:39:51
./gc_barrier_shuffle.go:39:51:     from ... argument (slice-literal-element) at ./gc_barrier_shuffle.go:39:50
./gc_barrier_shuffle.go:39:51:   flow: {heap} = {storage for ... argument}:
./gc_barrier_shuffle.go:39:51:     from ... argument (spill) at ./gc_barrier_shuffle.go:39:50
./gc_barrier_shuffle.go:39:51:     from fmt.Sprint(... argument...) (call parameter) at ./gc_barrier_shuffle.go:39:50
./gc_barrier_shuffle.go:79:20: bx.name + " " escapes to heap:
./gc_barrier_shuffle.go:79:20:   flow: names = &{storage for bx.name + " "}:
./gc_barrier_shuffle.go:79:20:     from bx.name + " " (spill) at ./gc_barrier_shuffle.go:79:20
./gc_barrier_shuffle.go:79:20:     from names += bx.name + " " (assign) at ./gc_barrier_shuffle.go:79:9
./gc_barrier_shuffle.go:79:20:   flow: {storage for names} = names:
./gc_barrier_shuffle.go:79:20:     from names (interface-converted) at ./gc_barrier_shuffle.go:81:13
./gc_barrier_shuffle.go:37:15: make([]*Box, 32) does not escape
./gc_barrier_shuffle.go:39:14: &Box{...} escapes to heap
./gc_barrier_shuffle.go:39:50: ... argument does not escape
./gc_barrier_shuffle.go:39:51: "box" escapes to heap
./gc_barrier_shuffle.go:39:51: i escapes to heap
./gc_barrier_shuffle.go:69:11: &Node{...} escapes to heap
./gc_barrier_shuffle.go:73:15: ... argument does not escape
./gc_barrier_shuffle.go:73:16: "round" escapes to heap
./gc_barrier_shuffle.go:73:16: round escapes to heap
./gc_barrier_shuffle.go:73:32: "lost nodes:" escapes to heap
./gc_barrier_shuffle.go:73:32: got escapes to heap
./gc_barrier_shuffle.go:73:52: "want" escapes to heap
./gc_barrier_shuffle.go:73:52: want escapes to heap
./gc_barrier_shuffle.go:79:20: bx.name + " " escapes to heap
./gc_barrier_shuffle.go:81:13: ... argument does not escape
./gc_barrier_shuffle.go:81:13: total escapes to heap
./gc_barrier_shuffle.go:81:13: want escapes to heap
./gc_barrier_shuffle.go:81:13: names escapes to heap

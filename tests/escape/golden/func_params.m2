./func_params.go:13:13: parameter s leaks to ~r0 with derefs=0:
./func_params.go:13:13:   flow: ~r0 = s:
./func_params.go:13:13:     from return s, n (return) at ./func_params.go:16:2
./func_params.go:13:13: leaking param: s to result ~r0 level=0
./func_params.go:19:20: parameter b leaks to ~r0 with derefs=0:
./func_params.go:19:20:   flow: ~r0 = b:
./func_params.go:19:20:     from return b (return) at ./func_params.go:19:50
./func_params.go:19:20: leaking param: b to result ~r0 level=0
./func_params.go:21:12: op does not escape
./func_params.go:51:31: narrow(300) escapes to heap:
./func_params.go:51:31:   flow: {storage for ... argument} = &{storage for narrow(300)}:
./func_params.go:51:31:     from narrow(300) (spill) at ./func_params.go:51:31
./func_params.go:51:31:     from ... argument (slice-literal-element) at ./func_params.go:51:13
./func_params.go:51:31:   flow: {heap} = {storage for ... argument}:
./func_params.go:51:31:     from ... argument (spill) at ./func_params.go:51:13
./func_params.go:51:31:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:51:13
./func_params.go:51:19: widen(u8) escapes to heap:
./func_params.go:51:19:   flow: {storage for ... argument} = &{storage for widen(u8)}:
./func_params.go:51:19:     from widen(u8) (spill) at ./func_params.go:51:19
./func_params.go:51:19:     from ... argument (slice-literal-element) at ./func_params.go:51:13
./func_params.go:51:19:   flow: {heap} = {storage for ... argument}:
./func_params.go:51:19:     from ... argument (spill) at ./func_params.go:51:13
./func_params.go:51:19:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:51:13
./func_params.go:49:40: later(3) escapes to heap:
./func_params.go:49:40:   flow: {storage for ... argument} = &{storage for later(3)}:
./func_params.go:49:40:     from later(3) (spill) at ./func_params.go:49:40
./func_params.go:49:40:     from ... argument (slice-literal-element) at ./func_params.go:49:13
./func_params.go:49:40:   flow: {heap} = {storage for ... argument}:
./func_params.go:49:40:     from ... argument (spill) at ./func_params.go:49:13
./func_params.go:49:40:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:49:13
./func_params.go:49:20: square(square(1.5)) escapes to heap:
./func_params.go:49:20:   flow: {storage for ... argument} = &{storage for square(square(1.5))}:
./func_params.go:49:20:     from square(square(1.5)) (spill) at ./func_params.go:49:20
./func_params.go:49:20:     from ... argument (slice-literal-element) at ./func_params.go:49:13
./func_params.go:49:20:   flow: {heap} = {storage for ... argument}:
./func_params.go:49:20:     from ... argument (spill) at ./func_params.go:49:13
./func_params.go:49:20:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:49:13
./func_params.go:47:15: "conditions from calls" escapes to heap:
./func_params.go:47:15:   flow: {storage for ... argument} = &{storage for "conditions from calls"}:
./func_params.go:47:15:     from "conditions from calls" (spill) at ./func_params.go:47:15
./func_params.go:47:15:     from ... argument (slice-literal-element) at ./func_params.go:47:14
./func_params.go:47:15:   flow: {heap} = {storage for ... argument}:
./func_params.go:47:15:     from ... argument (spill) at ./func_params.go:47:14
./func_params.go:47:15:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:47:14
./func_params.go:45:88: apply("?", 1, 1) escapes to heap:
./func_params.go:45:88:   flow: {storage for ... argument} = &{storage for apply("?", 1, 1)}:
./func_params.go:45:88:     from apply("?", 1, 1) (spill) at ./func_params.go:45:88
./func_params.go:45:88:     from ... argument (slice-literal-element) at ./func_params.go:45:13
./func_params.go:45:88:   flow: {heap} = {storage for ... argument}:
./func_params.go:45:88:     from ... argument (spill) at ./func_params.go:45:13
./func_params.go:45:88:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:45:13
./func_params.go:45:55: apply("*", apply("+", 1, 2), 4) escapes to heap:
./func_params.go:45:55:   flow: {storage for ... argument} = &{storage for apply("*", apply("+", 1, 2), 4)}:
./func_params.go:45:55:     from apply("*", apply("+", 1, 2), 4) (spill) at ./func_params.go:45:55
./func_params.go:45:55:     from ... argument (slice-literal-element) at ./func_params.go:45:13
./func_params.go:45:55:   flow: {heap} = {storage for ... argument}:
./func_params.go:45:55:     from ... argument (spill) at ./func_params.go:45:13
./func_params.go:45:55:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:45:13
./func_params.go:45:37: apply("-", 2, 3) escapes to heap:
./func_params.go:45:37:   flow: {storage for ... argument} = &{storage for apply("-", 2, 3)}:
./func_params.go:45:37:     from apply("-", 2, 3) (spill) at ./func_params.go:45:37
./func_params.go:45:37:     from ... argument (slice-literal-element) at ./func_params.go:45:13
./func_params.go:45:37:   flow: {heap} = {storage for ... argument}:
./func_params.go:45:37:     from ... argument (spill) at ./func_params.go:45:13
./func_params.go:45:37:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:45:13
./func_params.go:45:19: apply("+", 2, 3) escapes to heap:
./func_params.go:45:19:   flow: {storage for ... argument} = &{storage for apply("+", 2, 3)}:
./func_params.go:45:19:     from apply("+", 2, 3) (spill) at ./func_params.go:45:19
./func_params.go:45:19:     from ... argument (slice-literal-element) at ./func_params.go:45:13
./func_params.go:45:19:   flow: {heap} = {storage for ... argument}:
./func_params.go:45:19:     from ... argument (spill) at ./func_params.go:45:13
./func_params.go:45:19:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:45:13
./func_params.go:44:20: ignore(1, "middle", 2.5) escapes to heap:
./func_params.go:44:20:   flow: {storage for ... argument} = &{storage for ignore(1, "middle", 2.5)}:
./func_params.go:44:20:     from ignore(1, "middle", 2.5) (spill) at ./func_params.go:44:20
./func_params.go:44:20:     from ... argument (slice-literal-element) at ./func_params.go:44:13
./func_params.go:44:20:   flow: {heap} = {storage for ... argument}:
./func_params.go:44:20:     from ... argument (spill) at ./func_params.go:44:13
./func_params.go:44:20:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:44:13
./func_params.go:43:13: n2 escapes to heap:
./func_params.go:43:13:   flow: {storage for ... argument} = &{storage for n2}:
./func_params.go:43:13:     from n2 (spill) at ./func_params.go:43:13
./func_params.go:43:13:     from ... argument (slice-literal-element) at ./func_params.go:43:13
./func_params.go:43:13:   flow: {heap} = {storage for ... argument}:
./func_params.go:43:13:     from ... argument (spill) at ./func_params.go:43:13
./func_params.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:43:13
./func_params.go:43:13: s2 escapes to heap:
./func_params.go:43:13:   flow: {storage for ... argument} = &{storage for s2}:
./func_params.go:43:13:     from s2 (spill) at ./func_params.go:43:13
./func_params.go:43:13:     from ... argument (slice-literal-element) at ./func_params.go:43:13
./func_params.go:43:13:   flow: {heap} = {storage for ... argument}:
./func_params.go:43:13:     from ... argument (spill) at ./func_params.go:43:13
./func_params.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:43:13
./func_params.go:43:13: n escapes to heap:
./func_params.go:43:13:   flow: {storage for ... argument} = &{storage for n}:
./func_params.go:43:13:     from n (spill) at ./func_params.go:43:13
./func_params.go:43:13:     from ... argument (slice-literal-element) at ./func_params.go:43:13
./func_params.go:43:13:   flow: {heap} = {storage for ... argument}:
./func_params.go:43:13:     from ... argument (spill) at ./func_params.go:43:13
./func_params.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:43:13
./func_params.go:43:13: s escapes to heap:
./func_params.go:43:13:   flow: {storage for ... argument} = &{storage for s}:
./func_params.go:43:13:     from s (spill) at ./func_params.go:43:13
./func_params.go:43:13:     from ... argument (slice-literal-element) at ./func_params.go:43:13
./func_params.go:43:13:   flow: {heap} = {storage for ... argument}:
./func_params.go:43:13:     from ... argument (spill) at ./func_params.go:43:13
./func_params.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:43:13
./func_params.go:40:13: m escapes to heap:
./func_params.go:40:13:   flow: {storage for ... argument} = &{storage for m}:
./func_params.go:40:13:     from m (spill) at ./func_params.go:40:13
./func_params.go:40:13:     from ... argument (slice-literal-element) at ./func_params.go:40:13
./func_params.go:40:13:   flow: {heap} = {storage for ... argument}:
./func_params.go:40:13:     from ... argument (spill) at ./func_params.go:40:13
./func_params.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:40:13
./func_params.go:40:13: n escapes to heap:
./func_params.go:40:13:   flow: {storage for ... argument} = &{storage for n}:
./func_params.go:40:13:     from n (spill) at ./func_params.go:40:13
./func_params.go:40:13:     from ... argument (slice-literal-element) at ./func_params.go:40:13
./func_params.go:40:13:   flow: {heap} = {storage for ... argument}:
./func_params.go:40:13:     from ... argument (spill) at ./func_params.go:40:13
./func_params.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./func_params.go:40:13
./func_params.go:40:13: ... argument does not escape
./func_params.go:40:13: n escapes to heap
./func_params.go:40:13: m escapes to heap
./func_params.go:43:13: ... argument does not escape
./func_params.go:43:13: s escapes to heap
./func_params.go:43:13: n escapes to heap
./func_params.go:43:13: s2 escapes to heap
./func_params.go:43:13: n2 escapes to heap
./func_params.go:44:13: ... argument does not escape
./func_params.go:44:20: ignore(1, "middle", 2.5) escapes to heap
./func_params.go:45:13: ... argument does not escape
./func_params.go:45:19: apply("+", 2, 3) escapes to heap
./func_params.go:45:37: apply("-", 2, 3) escapes to heap
./func_params.go:45:55: apply("*", apply("+", 1, 2), 4) escapes to heap
./func_params.go:45:88: apply("?", 1, 1) escapes to heap
./func_params.go:47:14: ... argument does not escape
./func_params.go:47:15: "conditions from calls" escapes to heap
./func_params.go:49:13: ... argument does not escape
./func_params.go:49:20: square(square(1.5)) escapes to heap
./func_params.go:49:40: later(3) escapes to heap
./func_params.go:51:13: ... argument does not escape
./func_params.go:51:19: widen(u8) escapes to heap
./func_params.go:51:31: narrow(300) escapes to heap

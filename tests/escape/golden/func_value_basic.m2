./func_value_basic.go:9:47: "hi " + name escapes to heap:
./func_value_basic.go:9:47:   flow: ~r0 = &{storage for "hi " + name}:
./func_value_basic.go:9:47:     from "hi " + name (spill) at ./func_value_basic.go:9:47
./func_value_basic.go:9:47:     from return "hi " + name (return) at ./func_value_basic.go:9:34
./func_value_basic.go:9:12: name does not escape
./func_value_basic.go:9:47: "hi " + name escapes to heap
./func_value_basic.go:42:20: arr[1](arr[0](4)) escapes to heap:
./func_value_basic.go:42:20:   flow: {storage for ... argument} = &{storage for arr[1](arr[0](4))}:
./func_value_basic.go:42:20:     from arr[1](arr[0](4)) (spill) at ./func_value_basic.go:42:20
./func_value_basic.go:42:20:     from ... argument (slice-literal-element) at ./func_value_basic.go:42:13
./func_value_basic.go:42:20:   flow: {heap} = {storage for ... argument}:
./func_value_basic.go:42:20:     from ... argument (spill) at ./func_value_basic.go:42:13
./func_value_basic.go:42:20:     from fmt.Println(... argument...) (call parameter) at ./func_value_basic.go:42:13
./func_value_basic.go:38:36: m["none"] == nil escapes to heap:
./func_value_basic.go:38:36:   flow: {storage for ... argument} = &{storage for m["none"] == nil}:
./func_value_basic.go:38:36:     from m["none"] == nil (spill) at ./func_value_basic.go:38:36
./func_value_basic.go:38:36:     from ... argument (slice-literal-element) at ./func_value_basic.go:38:13
./func_value_basic.go:38:36:   flow: {heap} = {storage for ... argument}:
./func_value_basic.go:38:36:     from ... argument (spill) at ./func_value_basic.go:38:13
./func_value_basic.go:38:36:     from fmt.Println(... argument...) (call parameter) at ./func_value_basic.go:38:13
./func_value_basic.go:38:21: m["sq"](5) escapes to heap:
./func_value_basic.go:38:21:   flow: {storage for ... argument} = &{storage for m["sq"](5)}:
./func_value_basic.go:38:21:     from m["sq"](5) (spill) at ./func_value_basic.go:38:21
./func_value_basic.go:38:21:     from ... argument (slice-literal-element) at ./func_value_basic.go:38:13
./func_value_basic.go:38:21:   flow: {heap} = {storage for ... argument}:
./func_value_basic.go:38:21:     from ... argument (spill) at ./func_value_basic.go:38:13
./func_value_basic.go:38:21:     from fmt.Println(... argument...) (call parameter) at ./func_value_basic.go:38:13
./func_value_basic.go:36:19: h.fn == nil escapes to heap:
./func_value_basic.go:36:19:   flow: {storage for ... argument} = &{storage for h.fn == nil}:
./func_value_basic.go:36:19:     from h.fn == nil (spill) at ./func_value_basic.go:36:19
./func_value_basic.go:36:19:     from ... argument (slice-literal-element) at ./func_value_basic.go:36:13
./func_value_basic.go:36:19:   flow: {heap} = {storage for ... argument}:
./func_value_basic.go:36:19:     from ... argument (spill) at ./func_value_basic.go:36:13
./func_value_basic.go:36:19:     from fmt.Println(... argument...) (call parameter) at ./func_value_basic.go:36:13
./func_value_basic.go:29:20: " " escapes to heap:
./func_value_basic.go:29:20:   flow: {storage for ... argument} = &{storage for " "}:
./func_value_basic.go:29:20:     from " " (spill) at ./func_value_basic.go:29:20
./func_value_basic.go:29:20:     from ... argument (slice-literal-element) at ./func_value_basic.go:29:12
./func_value_basic.go:29:20:   flow: {heap} = {storage for ... argument}:
./func_value_basic.go:29:20:     from ... argument (spill) at ./func_value_basic.go:29:12
./func_value_basic.go:29:20:     from fmt.Print(... argument...) (call parameter) at ./func_value_basic.go:29:12
./func_value_basic.go:29:15: fn(3) escapes to heap:
./func_value_basic.go:29:15:   flow: {storage for ... argument} = &{storage for fn(3)}:
./func_value_basic.go:29:15:     from fn(3) (spill) at ./func_value_basic.go:29:15
./func_value_basic.go:29:15:     from ... argument (slice-literal-element) at ./func_value_basic.go:29:12
./func_value_basic.go:29:15:   flow: {heap} = {storage for ... argument}:
./func_value_basic.go:29:15:     from ... argument (spill) at ./func_value_basic.go:29:12
./func_value_basic.go:29:15:     from fmt.Print(... argument...) (call parameter) at ./func_value_basic.go:29:12
./func_value_basic.go:25:13: s escapes to heap:
./func_value_basic.go:25:13:   flow: {storage for ... argument} = &{storage for s}:
./func_value_basic.go:25:13:     from s (spill) at ./func_value_basic.go:25:13
./func_value_basic.go:25:13:     from ... argument (slice-literal-element) at ./func_value_basic.go:25:13
./func_value_basic.go:25:13:   flow: {heap} = {storage for ... argument}:
./func_value_basic.go:25:13:     from ... argument (spill) at ./func_value_basic.go:25:13
./func_value_basic.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./func_value_basic.go:25:13
./func_value_basic.go:25:13: n escapes to heap:
./func_value_basic.go:25:13:   flow: {storage for ... argument} = &{storage for n}:
./func_value_basic.go:25:13:     from n (spill) at ./func_value_basic.go:25:13
./func_value_basic.go:25:13:     from ... argument (slice-literal-element) at ./func_value_basic.go:25:13
./func_value_basic.go:25:13:   flow: {heap} = {storage for ... argument}:
./func_value_basic.go:25:13:     from ... argument (spill) at ./func_value_basic.go:25:13
./func_value_basic.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./func_value_basic.go:25:13
./func_value_basic.go:21:15: g("bob") escapes to heap:
./func_value_basic.go:21:15:   flow: {storage for ... argument} = &{storage for g("bob")}:
./func_value_basic.go:21:15:     from g("bob") (spill) at ./func_value_basic.go:21:15
./func_value_basic.go:21:15:     from ... argument (slice-literal-element) at ./func_value_basic.go:21:13
./func_value_basic.go:21:15:   flow: {heap} = {storage for ... argument}:
./func_value_basic.go:21:15:     from ... argument (spill) at ./func_value_basic.go:21:13
./func_value_basic.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./func_value_basic.go:21:13
./func_value_basic.go:18:15: f(7) escapes to heap:
./func_value_basic.go:18:15:   flow: {storage for ... argument} = &{storage for f(7)}:
./func_value_basic.go:18:15:     from f(7) (spill) at ./func_value_basic.go:18:15
./func_value_basic.go:18:15:     from ... argument (slice-literal-element) at ./func_value_basic.go:18:13
./func_value_basic.go:18:15:   flow: {heap} = {storage for ... argument}:
./func_value_basic.go:18:15:     from ... argument (spill) at ./func_value_basic.go:18:13
./func_value_basic.go:18:15:     from fmt.Println(... argument...) (call parameter) at ./func_value_basic.go:18:13
./func_value_basic.go:16:25: f(7) escapes to heap:
./func_value_basic.go:16:25:   flow: {storage for ... argument} = &{storage for f(7)}:
./func_value_basic.go:16:25:     from f(7) (spill) at ./func_value_basic.go:16:25
./func_value_basic.go:16:25:     from ... argument (slice-literal-element) at ./func_value_basic.go:16:13
./func_value_basic.go:16:25:   flow: {heap} = {storage for ... argument}:
./func_value_basic.go:16:25:     from ... argument (spill) at ./func_value_basic.go:16:13
./func_value_basic.go:16:25:     from fmt.Println(... argument...) (call parameter) at ./func_value_basic.go:16:13
./func_value_basic.go:16:16: f != nil escapes to heap:
./func_value_basic.go:16:16:   flow: {storage for ... argument} = &{storage for f != nil}:
./func_value_basic.go:16:16:     from f != nil (spill) at ./func_value_basic.go:16:16
./func_value_basic.go:16:16:     from ... argument (slice-literal-element) at ./func_value_basic.go:16:13
./func_value_basic.go:16:16:   flow: {heap} = {storage for ... argument}:
./func_value_basic.go:16:16:     from ... argument (spill) at ./func_value_basic.go:16:13
./func_value_basic.go:16:16:     from fmt.Println(... argument...) (call parameter) at ./func_value_basic.go:16:13
./func_value_basic.go:14:16: f == nil escapes to heap:
./func_value_basic.go:14:16:   flow: {storage for ... argument} = &{storage for f == nil}:
./func_value_basic.go:14:16:     from f == nil (spill) at ./func_value_basic.go:14:16
./func_value_basic.go:14:16:     from ... argument (slice-literal-element) at ./func_value_basic.go:14:13
./func_value_basic.go:14:16:   flow: {heap} = {storage for ... argument}:
./func_value_basic.go:14:16:     from ... argument (spill) at ./func_value_basic.go:14:13
./func_value_basic.go:14:16:     from fmt.Println(... argument...) (call parameter) at ./func_value_basic.go:14:13
./func_value_basic.go:14:13: ... argument does not escape
./func_value_basic.go:14:16: f == nil escapes to heap
./func_value_basic.go:16:13: ... argument does not escape
./func_value_basic.go:16:16: f != nil escapes to heap
./func_value_basic.go:16:25: f(7) escapes to heap
./func_value_basic.go:18:13: ... argument does not escape
./func_value_basic.go:18:15: f(7) escapes to heap
./func_value_basic.go:21:13: ... argument does not escape
./func_value_basic.go:21:15: g("bob") escapes to heap
./func_value_basic.go:25:13: ... argument does not escape
./func_value_basic.go:25:13: n escapes to heap
./func_value_basic.go:25:13: s escapes to heap
./func_value_basic.go:27:23: []func(int) int{...} does not escape
./func_value_basic.go:27:40: func literal does not escape
./func_value_basic.go:29:12: ... argument does not escape
./func_value_basic.go:29:15: fn(3) escapes to heap
./func_value_basic.go:29:20: " " escapes to heap
./func_value_basic.go:36:13: ... argument does not escape
./func_value_basic.go:36:19: h.fn == nil escapes to heap
./func_value_basic.go:37:31: map[string]func(int) int{...} does not escape
./func_value_basic.go:38:13: ... argument does not escape
./func_value_basic.go:38:21: m["sq"](5) escapes to heap
./func_value_basic.go:38:36: m["none"] == nil escapes to heap
./func_value_basic.go:42:13: ... argument does not escape
./func_value_basic.go:42:20: arr[1](arr[0](4)) escapes to heap
./func_value_basic.go:43:12: ... argument does not escape

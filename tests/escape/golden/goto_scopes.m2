./goto_scopes.go:27:14: i escapes to heap:
./goto_scopes.go:27:14:   flow: {storage for ... argument} = &{storage for i}:
./goto_scopes.go:27:14:     from i (spill) at ./goto_scopes.go:27:14
./goto_scopes.go:27:14:     from ... argument (slice-literal-element) at ./goto_scopes.go:27:13
./goto_scopes.go:27:14:   flow: {heap} = {storage for ... argument}:
./goto_scopes.go:27:14:     from ... argument (spill) at ./goto_scopes.go:27:13
./goto_scopes.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./goto_scopes.go:27:13
./goto_scopes.go:27:14: "stopped at" escapes to heap:
./goto_scopes.go:27:14:   flow: {storage for ... argument} = &{storage for "stopped at"}:
./goto_scopes.go:27:14:     from "stopped at" (spill) at ./goto_scopes.go:27:14
./goto_scopes.go:27:14:     from ... argument (slice-literal-element) at ./goto_scopes.go:27:13
./goto_scopes.go:27:14:   flow: {heap} = {storage for ... argument}:
./goto_scopes.go:27:14:     from ... argument (spill) at ./goto_scopes.go:27:13
./goto_scopes.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./goto_scopes.go:27:13
./goto_scopes.go:23:21: "positive" escapes to heap:
./goto_scopes.go:23:21:   flow: {storage for ... argument} = &{storage for "positive"}:
./goto_scopes.go:23:21:     from "positive" (spill) at ./goto_scopes.go:23:21
./goto_scopes.go:23:21:     from ... argument (slice-literal-element) at ./goto_scopes.go:23:13
./goto_scopes.go:23:21:   flow: {heap} = {storage for ... argument}:
./goto_scopes.go:23:21:     from ... argument (spill) at ./goto_scopes.go:23:13
./goto_scopes.go:23:21:     from fmt.Println(... argument...) (call parameter) at ./goto_scopes.go:23:13
./goto_scopes.go:23:16: xs[i] escapes to heap:
./goto_scopes.go:23:16:   flow: {storage for ... argument} = &{storage for xs[i]}:
./goto_scopes.go:23:16:     from xs[i] (spill) at ./goto_scopes.go:23:16
./goto_scopes.go:23:16:     from ... argument (slice-literal-element) at ./goto_scopes.go:23:13
./goto_scopes.go:23:16:   flow: {heap} = {storage for ... argument}:
./goto_scopes.go:23:16:     from ... argument (spill) at ./goto_scopes.go:23:13
./goto_scopes.go:23:16:     from fmt.Println(... argument...) (call parameter) at ./goto_scopes.go:23:13
./goto_scopes.go:20:15: "zero ends it" escapes to heap:
./goto_scopes.go:20:15:   flow: {storage for ... argument} = &{storage for "zero ends it"}:
./goto_scopes.go:20:15:     from "zero ends it" (spill) at ./goto_scopes.go:20:15
./goto_scopes.go:20:15:     from ... argument (slice-literal-element) at ./goto_scopes.go:20:14
./goto_scopes.go:20:15:   flow: {heap} = {storage for ... argument}:
./goto_scopes.go:20:15:     from ... argument (spill) at ./goto_scopes.go:20:14
./goto_scopes.go:20:15:     from fmt.Println(... argument...) (call parameter) at ./goto_scopes.go:20:14
./goto_scopes.go:16:18: "negative" escapes to heap:
./goto_scopes.go:16:18:   flow: {storage for ... argument} = &{storage for "negative"}:
./goto_scopes.go:16:18:     from "negative" (spill) at ./goto_scopes.go:16:18
./goto_scopes.go:16:18:     from ... argument (slice-literal-element) at ./goto_scopes.go:16:14
./goto_scopes.go:16:18:   flow: {heap} = {storage for ... argument}:
./goto_scopes.go:16:18:     from ... argument (spill) at ./goto_scopes.go:16:14
./goto_scopes.go:16:18:     from fmt.Println(... argument...) (call parameter) at ./goto_scopes.go:16:14
./goto_scopes.go:16:14: x escapes to heap:
./goto_scopes.go:16:14:   flow: {storage for ... argument} = &{storage for x}:
./goto_scopes.go:16:14:     from x (spill) at ./goto_scopes.go:16:14
./goto_scopes.go:16:14:     from ... argument (slice-literal-element) at ./goto_scopes.go:16:14
./goto_scopes.go:16:14:   flow: {heap} = {storage for ... argument}:
./goto_scopes.go:16:14:     from ... argument (spill) at ./goto_scopes.go:16:14
./goto_scopes.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./goto_scopes.go:16:14
./goto_scopes.go:8:15: xs does not escape
./goto_scopes.go:16:14: ... argument does not escape
./goto_scopes.go:16:14: x escapes to heap
./goto_scopes.go:16:18: "negative" escapes to heap
./goto_scopes.go:20:14: ... argument does not escape
./goto_scopes.go:20:15: "zero ends it" escapes to heap
./goto_scopes.go:23:13: ... argument does not escape
./goto_scopes.go:23:16: xs[i] escapes to heap
./goto_scopes.go:23:21: "positive" escapes to heap
./goto_scopes.go:27:13: ... argument does not escape
./goto_scopes.go:27:14: "stopped at" escapes to heap
./goto_scopes.go:27:14: i escapes to heap
./goto_scopes.go:35:2: s escapes to heap:
./goto_scopes.go:35:2:   flow: {heap} = &s:
./goto_scopes.go:35:2:     from &s (address-of) at ./goto_scopes.go:36:18
./goto_scopes.go:35:2:     from append(fs, &s) (call parameter) at ./goto_scopes.go:36:13
./goto_scopes.go:51:14: "out" escapes to heap:
./goto_scopes.go:51:14:   flow: {storage for ... argument} = &{storage for "out"}:
./goto_scopes.go:51:14:     from "out" (spill) at ./goto_scopes.go:51:14
./goto_scopes.go:51:14:     from ... argument (slice-literal-element) at ./goto_scopes.go:51:13
./goto_scopes.go:51:14:   flow: {heap} = {storage for ... argument}:
./goto_scopes.go:51:14:     from ... argument (spill) at ./goto_scopes.go:51:13
./goto_scopes.go:51:14:     from fmt.Println(... argument...) (call parameter) at ./goto_scopes.go:51:13
./goto_scopes.go:48:15: j escapes to heap:
./goto_scopes.go:48:15:   flow: {storage for ... argument} = &{storage for j}:
./goto_scopes.go:48:15:     from j (spill) at ./goto_scopes.go:48:15
./goto_scopes.go:48:15:     from ... argument (slice-literal-element) at ./goto_scopes.go:48:14
./goto_scopes.go:48:15:   flow: {heap} = {storage for ... argument}:
./goto_scopes.go:48:15:     from ... argument (spill) at ./goto_scopes.go:48:14
./goto_scopes.go:48:15:     from fmt.Println(... argument...) (call parameter) at ./goto_scopes.go:48:14
./goto_scopes.go:48:15: "unreached" escapes to heap:
./goto_scopes.go:48:15:   flow: {storage for ... argument} = &{storage for "unreached"}:
./goto_scopes.go:48:15:     from "unreached" (spill) at ./goto_scopes.go:48:15
./goto_scopes.go:48:15:     from ... argument (slice-literal-element) at ./goto_scopes.go:48:14
./goto_scopes.go:48:15:   flow: {heap} = {storage for ... argument}:
./goto_scopes.go:48:15:     from ... argument (spill) at ./goto_scopes.go:48:14
./goto_scopes.go:48:15:     from fmt.Println(... argument...) (call parameter) at ./goto_scopes.go:48:14
./goto_scopes.go:41:15: *p escapes to heap:
./goto_scopes.go:41:15:   flow: {storage for ... argument} = &{storage for *p}:
./goto_scopes.go:41:15:     from *p (spill) at ./goto_scopes.go:41:15
./goto_scopes.go:41:15:     from ... argument (slice-literal-element) at ./goto_scopes.go:41:14
./goto_scopes.go:41:15:   flow: {heap} = {storage for ... argument}:
./goto_scopes.go:41:15:     from ... argument (spill) at ./goto_scopes.go:41:14
./goto_scopes.go:41:15:     from fmt.Println(... argument...) (call parameter) at ./goto_scopes.go:41:14
./goto_scopes.go:35:18: n escapes to heap:
./goto_scopes.go:35:18:   flow: {storage for ... argument} = &{storage for n}:
./goto_scopes.go:35:18:     from n (spill) at ./goto_scopes.go:35:18
./goto_scopes.go:35:18:     from ... argument (slice-literal-element) at ./goto_scopes.go:35:17
./goto_scopes.go:35:18:   flow: {heap} = {storage for ... argument}:
./goto_scopes.go:35:18:     from ... argument (spill) at ./goto_scopes.go:35:17
./goto_scopes.go:35:18:     from fmt.Sprint(... argument...) (call parameter) at ./goto_scopes.go:35:17
./goto_scopes.go:35:18: "pass " escapes to heap:
./goto_scopes.go:35:18:   flow: {storage for ... argument} = &{storage for "pass "}:
./goto_scopes.go:35:18:     from "pass " (spill) at ./goto_scopes.go:35:18
./goto_scopes.go:35:18:     from ... argument (slice-literal-element) at ./goto_scopes.go:35:17
./goto_scopes.go:35:18:   flow: {heap} = {storage for ... argument}:
./goto_scopes.go:35:18:     from ... argument (spill) at ./goto_scopes.go:35:17
./goto_scopes.go:35:18:     from fmt.Sprint(... argument...) (call parameter) at ./goto_scopes.go:35:17
./goto_scopes.go:35:2: moved to heap: s
./goto_scopes.go:31:16: []int{...} does not escape
./goto_scopes.go:35:17: ... argument does not escape
./goto_scopes.go:35:18: "pass " escapes to heap
./goto_scopes.go:35:18: n escapes to heap
./goto_scopes.go:41:14: ... argument does not escape
./goto_scopes.go:41:15: *p escapes to heap
./goto_scopes.go:48:14: ... argument does not escape
./goto_scopes.go:48:15: "unreached" escapes to heap
./goto_scopes.go:48:15: j escapes to heap
./goto_scopes.go:51:13: ... argument does not escape
./goto_scopes.go:51:14: "out" escapes to heap

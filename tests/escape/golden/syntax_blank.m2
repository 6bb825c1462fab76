./syntax_blank.go:12:15: parameter s leaks to {heap} with derefs=0:
./syntax_blank.go:12:15:   flow: {heap} = s:
./syntax_blank.go:12:15:     from append(registry, s) (call parameter) at ./syntax_blank.go:13:19
./syntax_blank.go:12:15: leaking param: s
./syntax_blank.go:43:13: c escapes to heap:
./syntax_blank.go:43:13:   flow: {storage for ... argument} = &{storage for c}:
./syntax_blank.go:43:13:     from c (spill) at ./syntax_blank.go:43:13
./syntax_blank.go:43:13:     from ... argument (slice-literal-element) at ./syntax_blank.go:43:13
./syntax_blank.go:43:13:   flow: {heap} = {storage for ... argument}:
./syntax_blank.go:43:13:     from ... argument (spill) at ./syntax_blank.go:43:13
./syntax_blank.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_blank.go:43:13
./syntax_blank.go:43:13: a escapes to heap:
./syntax_blank.go:43:13:   flow: {storage for ... argument} = &{storage for a}:
./syntax_blank.go:43:13:     from a (spill) at ./syntax_blank.go:43:13
./syntax_blank.go:43:13:     from ... argument (slice-literal-element) at ./syntax_blank.go:43:13
./syntax_blank.go:43:13:   flow: {heap} = {storage for ... argument}:
./syntax_blank.go:43:13:     from ... argument (spill) at ./syntax_blank.go:43:13
./syntax_blank.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_blank.go:43:13
./syntax_blank.go:40:15: "has a" escapes to heap:
./syntax_blank.go:40:15:   flow: {storage for ... argument} = &{storage for "has a"}:
./syntax_blank.go:40:15:     from "has a" (spill) at ./syntax_blank.go:40:15
./syntax_blank.go:40:15:     from ... argument (slice-literal-element) at ./syntax_blank.go:40:14
./syntax_blank.go:40:15:   flow: {heap} = {storage for ... argument}:
./syntax_blank.go:40:15:     from ... argument (spill) at ./syntax_blank.go:40:14
./syntax_blank.go:40:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_blank.go:40:14
./syntax_blank.go:34:16: " " escapes to heap:
./syntax_blank.go:34:16:   flow: {storage for ... argument} = &{storage for " "}:
./syntax_blank.go:34:16:     from " " (spill) at ./syntax_blank.go:34:16
./syntax_blank.go:34:16:     from ... argument (slice-literal-element) at ./syntax_blank.go:34:12
./syntax_blank.go:34:16:   flow: {heap} = {storage for ... argument}:
./syntax_blank.go:34:16:     from ... argument (spill) at ./syntax_blank.go:34:12
./syntax_blank.go:34:16:     from fmt.Print(... argument...) (call parameter) at ./syntax_blank.go:34:12
./syntax_blank.go:34:12: i escapes to heap:
./syntax_blank.go:34:12:   flow: {storage for ... argument} = &{storage for i}:
./syntax_blank.go:34:12:     from i (spill) at ./syntax_blank.go:34:12
./syntax_blank.go:34:12:     from ... argument (slice-literal-element) at ./syntax_blank.go:34:12
./syntax_blank.go:34:12:   flow: {heap} = {storage for ... argument}:
./syntax_blank.go:34:12:     from ... argument (spill) at ./syntax_blank.go:34:12
./syntax_blank.go:34:12:     from fmt.Print(... argument...) (call parameter) at ./syntax_blank.go:34:12
./syntax_blank.go:31:16: " " escapes to heap:
./syntax_blank.go:31:16:   flow: {storage for ... argument} = &{storage for " "}:
./syntax_blank.go:31:16:     from " " (spill) at ./syntax_blank.go:31:16
./syntax_blank.go:31:16:     from ... argument (slice-literal-element) at ./syntax_blank.go:31:12
./syntax_blank.go:31:16:   flow: {heap} = {storage for ... argument}:
./syntax_blank.go:31:16:     from ... argument (spill) at ./syntax_blank.go:31:12
./syntax_blank.go:31:16:     from fmt.Print(... argument...) (call parameter) at ./syntax_blank.go:31:12
./syntax_blank.go:31:12: v escapes to heap:
./syntax_blank.go:31:12:   flow: {storage for ... argument} = &{storage for v}:
./syntax_blank.go:31:12:     from v (spill) at ./syntax_blank.go:31:12
./syntax_blank.go:31:12:     from ... argument (slice-literal-element) at ./syntax_blank.go:31:12
./syntax_blank.go:31:12:   flow: {heap} = {storage for ... argument}:
./syntax_blank.go:31:12:     from ... argument (spill) at ./syntax_blank.go:31:12
./syntax_blank.go:31:12:     from fmt.Print(... argument...) (call parameter) at ./syntax_blank.go:31:12
./syntax_blank.go:28:13: registry escapes to heap:
./syntax_blank.go:28:13:   flow: {storage for ... argument} = &{storage for registry}:
./syntax_blank.go:28:13:     from registry (spill) at ./syntax_blank.go:28:13
./syntax_blank.go:28:13:     from ... argument (slice-literal-element) at ./syntax_blank.go:28:13
./syntax_blank.go:28:13:   flow: {heap} = {storage for ... argument}:
./syntax_blank.go:28:13:     from ... argument (spill) at ./syntax_blank.go:28:13
./syntax_blank.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_blank.go:28:13
./syntax_blank.go:28:13: s escapes to heap:
./syntax_blank.go:28:13:   flow: {storage for ... argument} = &{storage for s}:
./syntax_blank.go:28:13:     from s (spill) at ./syntax_blank.go:28:13
./syntax_blank.go:28:13:     from ... argument (slice-literal-element) at ./syntax_blank.go:28:13
./syntax_blank.go:28:13:   flow: {heap} = {storage for ... argument}:
./syntax_blank.go:28:13:     from ... argument (spill) at ./syntax_blank.go:28:13
./syntax_blank.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_blank.go:28:13
./syntax_blank.go:28:13: n escapes to heap:
./syntax_blank.go:28:13:   flow: {storage for ... argument} = &{storage for n}:
./syntax_blank.go:28:13:     from n (spill) at ./syntax_blank.go:28:13
./syntax_blank.go:28:13:     from ... argument (slice-literal-element) at ./syntax_blank.go:28:13
./syntax_blank.go:28:13:   flow: {heap} = {storage for ... argument}:
./syntax_blank.go:28:13:     from ... argument (spill) at ./syntax_blank.go:28:13
./syntax_blank.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_blank.go:28:13
./syntax_blank.go:28:13: ... argument does not escape
./syntax_blank.go:28:13: n escapes to heap
./syntax_blank.go:28:13: s escapes to heap
./syntax_blank.go:28:13: registry escapes to heap
./syntax_blank.go:30:25: []int{...} does not escape
./syntax_blank.go:31:12: ... argument does not escape
./syntax_blank.go:31:12: v escapes to heap
./syntax_blank.go:31:16: " " escapes to heap
./syntax_blank.go:33:25: []int{...} does not escape
./syntax_blank.go:34:12: ... argument does not escape
./syntax_blank.go:34:12: i escapes to heap
./syntax_blank.go:34:16: " " escapes to heap
./syntax_blank.go:38:24: map[string]int{...} does not escape
./syntax_blank.go:40:14: ... argument does not escape
./syntax_blank.go:40:15: "has a" escapes to heap
./syntax_blank.go:43:13: ... argument does not escape
./syntax_blank.go:43:13: a escapes to heap
./syntax_blank.go:43:13: c escapes to heap

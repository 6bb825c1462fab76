./a.go:9:27: C escapes to heap:
./a.go:9:27:   flow: {storage for ... argument} = &{storage for C}:
./a.go:9:27:     from C (spill) at ./a.go:9:27
./a.go:9:27:     from ... argument (slice-literal-element) at ./a.go:9:26
./a.go:9:27:   flow: {heap} = {storage for ... argument}:
./a.go:9:27:     from ... argument (spill) at ./a.go:9:26
./a.go:9:27:     from fmt.Println(... argument...) (call parameter) at ./a.go:9:26
./a.go:9:27: B escapes to heap:
./a.go:9:27:   flow: {storage for ... argument} = &{storage for B}:
./a.go:9:27:     from B (spill) at ./a.go:9:27
./a.go:9:27:     from ... argument (slice-literal-element) at ./a.go:9:26
./a.go:9:27:   flow: {heap} = {storage for ... argument}:
./a.go:9:27:     from ... argument (spill) at ./a.go:9:26
./a.go:9:27:     from fmt.Println(... argument...) (call parameter) at ./a.go:9:26
./a.go:9:27: A escapes to heap:
./a.go:9:27:   flow: {storage for ... argument} = &{storage for A}:
./a.go:9:27:     from A (spill) at ./a.go:9:27
./a.go:9:27:     from ... argument (slice-literal-element) at ./a.go:9:26
./a.go:9:27:   flow: {heap} = {storage for ... argument}:
./a.go:9:27:     from ... argument (spill) at ./a.go:9:26
./a.go:9:27:     from fmt.Println(... argument...) (call parameter) at ./a.go:9:26
./a.go:9:27: "init a.go" escapes to heap:
./a.go:9:27:   flow: {storage for ... argument} = &{storage for "init a.go"}:
./a.go:9:27:     from "init a.go" (spill) at ./a.go:9:27
./a.go:9:27:     from ... argument (slice-literal-element) at ./a.go:9:26
./a.go:9:27:   flow: {heap} = {storage for ... argument}:
./a.go:9:27:     from ... argument (spill) at ./a.go:9:26
./a.go:9:27:     from fmt.Println(... argument...) (call parameter) at ./a.go:9:26
./a.go:9:26: ... argument does not escape
./a.go:9:27: "init a.go" escapes to heap
./a.go:9:27: A escapes to heap
./a.go:9:27: B escapes to heap
./a.go:9:27: C escapes to heap
./a.go:13:13: trace escapes to heap:
./a.go:13:13:   flow: {storage for ... argument} = &{storage for trace}:
./a.go:13:13:     from trace (spill) at ./a.go:13:13
./a.go:13:13:     from ... argument (slice-literal-element) at ./a.go:13:13
./a.go:13:13:   flow: {heap} = {storage for ... argument}:
./a.go:13:13:     from ... argument (spill) at ./a.go:13:13
./a.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./a.go:13:13
./a.go:12:14: c1 escapes to heap:
./a.go:12:14:   flow: {storage for ... argument} = &{storage for c1}:
./a.go:12:14:     from c1 (spill) at ./a.go:12:14
./a.go:12:14:     from ... argument (slice-literal-element) at ./a.go:12:13
./a.go:12:14:   flow: {heap} = {storage for ... argument}:
./a.go:12:14:     from ... argument (spill) at ./a.go:12:13
./a.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./a.go:12:13
./a.go:12:14: z1 escapes to heap:
./a.go:12:14:   flow: {storage for ... argument} = &{storage for z1}:
./a.go:12:14:     from z1 (spill) at ./a.go:12:14
./a.go:12:14:     from ... argument (slice-literal-element) at ./a.go:12:13
./a.go:12:14:   flow: {heap} = {storage for ... argument}:
./a.go:12:14:     from ... argument (spill) at ./a.go:12:13
./a.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./a.go:12:13
./a.go:12:14: a1 escapes to heap:
./a.go:12:14:   flow: {storage for ... argument} = &{storage for a1}:
./a.go:12:14:     from a1 (spill) at ./a.go:12:14
./a.go:12:14:     from ... argument (slice-literal-element) at ./a.go:12:13
./a.go:12:14:   flow: {heap} = {storage for ... argument}:
./a.go:12:14:     from ... argument (spill) at ./a.go:12:13
./a.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./a.go:12:13
./a.go:12:14: C escapes to heap:
./a.go:12:14:   flow: {storage for ... argument} = &{storage for C}:
./a.go:12:14:     from C (spill) at ./a.go:12:14
./a.go:12:14:     from ... argument (slice-literal-element) at ./a.go:12:13
./a.go:12:14:   flow: {heap} = {storage for ... argument}:
./a.go:12:14:     from ... argument (spill) at ./a.go:12:13
./a.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./a.go:12:13
./a.go:12:14: B escapes to heap:
./a.go:12:14:   flow: {storage for ... argument} = &{storage for B}:
./a.go:12:14:     from B (spill) at ./a.go:12:14
./a.go:12:14:     from ... argument (slice-literal-element) at ./a.go:12:13
./a.go:12:14:   flow: {heap} = {storage for ... argument}:
./a.go:12:14:     from ... argument (spill) at ./a.go:12:13
./a.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./a.go:12:13
./a.go:12:14: A escapes to heap:
./a.go:12:14:   flow: {storage for ... argument} = &{storage for A}:
./a.go:12:14:     from A (spill) at ./a.go:12:14
./a.go:12:14:     from ... argument (slice-literal-element) at ./a.go:12:13
./a.go:12:14:   flow: {heap} = {storage for ... argument}:
./a.go:12:14:     from ... argument (spill) at ./a.go:12:13
./a.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./a.go:12:13
./a.go:12:14: "main" escapes to heap:
./a.go:12:14:   flow: {storage for ... argument} = &{storage for "main"}:
./a.go:12:14:     from "main" (spill) at ./a.go:12:14
./a.go:12:14:     from ... argument (slice-literal-element) at ./a.go:12:13
./a.go:12:14:   flow: {heap} = {storage for ... argument}:
./a.go:12:14:     from ... argument (spill) at ./a.go:12:13
./a.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./a.go:12:13
./a.go:12:13: ... argument does not escape
./a.go:12:14: "main" escapes to heap
./a.go:12:14: A escapes to heap
./a.go:12:14: B escapes to heap
./a.go:12:14: C escapes to heap
./a.go:12:14: a1 escapes to heap
./a.go:12:14: z1 escapes to heap
./a.go:12:14: c1 escapes to heap
./a.go:13:13: ... argument does not escape
./a.go:13:13: trace escapes to heap
./b.go:10:11: parameter s leaks to {heap} with derefs=0:
./b.go:10:11:   flow: {heap} = s:
./b.go:10:11:     from append(trace, s) (call parameter) at ./b.go:11:16
./b.go:10:11: leaking param: s
./b.go:17:27: B escapes to heap:
./b.go:17:27:   flow: {storage for ... argument} = &{storage for B}:
./b.go:17:27:     from B (spill) at ./b.go:17:27
./b.go:17:27:     from ... argument (slice-literal-element) at ./b.go:17:26
./b.go:17:27:   flow: {heap} = {storage for ... argument}:
./b.go:17:27:     from ... argument (spill) at ./b.go:17:26
./b.go:17:27:     from fmt.Println(... argument...) (call parameter) at ./b.go:17:26
./b.go:17:27: "init b.go #1" escapes to heap:
./b.go:17:27:   flow: {storage for ... argument} = &{storage for "init b.go #1"}:
./b.go:17:27:     from "init b.go #1" (spill) at ./b.go:17:27
./b.go:17:27:     from ... argument (slice-literal-element) at ./b.go:17:26
./b.go:17:27:   flow: {heap} = {storage for ... argument}:
./b.go:17:27:     from ... argument (spill) at ./b.go:17:26
./b.go:17:27:     from fmt.Println(... argument...) (call parameter) at ./b.go:17:26
./b.go:17:26: ... argument does not escape
./b.go:17:27: "init b.go #1" escapes to heap
./b.go:17:27: B escapes to heap
./b.go:21:27: trace escapes to heap:
./b.go:21:27:   flow: {storage for ... argument} = &{storage for trace}:
./b.go:21:27:     from trace (spill) at ./b.go:21:27
./b.go:21:27:     from ... argument (slice-literal-element) at ./b.go:21:26
./b.go:21:27:   flow: {heap} = {storage for ... argument}:
./b.go:21:27:     from ... argument (spill) at ./b.go:21:26
./b.go:21:27:     from fmt.Println(... argument...) (call parameter) at ./b.go:21:26
./b.go:21:27: "init b.go #2" escapes to heap:
./b.go:21:27:   flow: {storage for ... argument} = &{storage for "init b.go #2"}:
./b.go:21:27:     from "init b.go #2" (spill) at ./b.go:21:27
./b.go:21:27:     from ... argument (slice-literal-element) at ./b.go:21:26
./b.go:21:27:   flow: {heap} = {storage for ... argument}:
./b.go:21:27:     from ... argument (spill) at ./b.go:21:26
./b.go:21:27:     from fmt.Println(... argument...) (call parameter) at ./b.go:21:26
./b.go:21:26: ... argument does not escape
./b.go:21:27: "init b.go #2" escapes to heap
./b.go:21:27: trace escapes to heap
./c.go:11:43: len(trace) escapes to heap:
./c.go:11:43:   flow: {storage for ... argument} = &{storage for len(trace)}:
./c.go:11:43:     from len(trace) (spill) at ./c.go:11:43
./c.go:11:43:     from ... argument (slice-literal-element) at ./c.go:11:26
./c.go:11:43:   flow: {heap} = {storage for ... argument}:
./c.go:11:43:     from ... argument (spill) at ./c.go:11:26
./c.go:11:43:     from fmt.Println(... argument...) (call parameter) at ./c.go:11:26
./c.go:11:27: "init c.go" escapes to heap:
./c.go:11:27:   flow: {storage for ... argument} = &{storage for "init c.go"}:
./c.go:11:27:     from "init c.go" (spill) at ./c.go:11:27
./c.go:11:27:     from ... argument (slice-literal-element) at ./c.go:11:26
./c.go:11:27:   flow: {heap} = {storage for ... argument}:
./c.go:11:27:     from ... argument (spill) at ./c.go:11:26
./c.go:11:27:     from fmt.Println(... argument...) (call parameter) at ./c.go:11:26
./c.go:11:26: ... argument does not escape
./c.go:11:27: "init c.go" escapes to heap
./c.go:11:43: len(trace) escapes to heap

./multi_assign.go:12:11: parameter s leaks to {heap} with derefs=0:
./multi_assign.go:12:11:   flow: {heap} = s:
./multi_assign.go:12:11:     from trace += s (assign) at ./multi_assign.go:13:8
./multi_assign.go:12:11: leaking param: s
./multi_assign.go:54:13: trace escapes to heap:
./multi_assign.go:54:13:   flow: {storage for ... argument} = &{storage for trace}:
./multi_assign.go:54:13:     from trace (spill) at ./multi_assign.go:54:13
./multi_assign.go:54:13:     from ... argument (slice-literal-element) at ./multi_assign.go:54:13
./multi_assign.go:54:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:54:13:     from ... argument (spill) at ./multi_assign.go:54:13
./multi_assign.go:54:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:54:13
./multi_assign.go:51:13: j escapes to heap:
./multi_assign.go:51:13:   flow: {storage for ... argument} = &{storage for j}:
./multi_assign.go:51:13:     from j (spill) at ./multi_assign.go:51:13
./multi_assign.go:51:13:     from ... argument (slice-literal-element) at ./multi_assign.go:51:13
./multi_assign.go:51:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:51:13:     from ... argument (spill) at ./multi_assign.go:51:13
./multi_assign.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:51:13
./multi_assign.go:51:13: i escapes to heap:
./multi_assign.go:51:13:   flow: {storage for ... argument} = &{storage for i}:
./multi_assign.go:51:13:     from i (spill) at ./multi_assign.go:51:13
./multi_assign.go:51:13:     from ... argument (slice-literal-element) at ./multi_assign.go:51:13
./multi_assign.go:51:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:51:13:     from ... argument (spill) at ./multi_assign.go:51:13
./multi_assign.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:51:13
./multi_assign.go:47:13: trace escapes to heap:
./multi_assign.go:47:13:   flow: {storage for ... argument} = &{storage for trace}:
./multi_assign.go:47:13:     from trace (spill) at ./multi_assign.go:47:13
./multi_assign.go:47:13:     from ... argument (slice-literal-element) at ./multi_assign.go:47:13
./multi_assign.go:47:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:47:13:     from ... argument (spill) at ./multi_assign.go:47:13
./multi_assign.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:47:13
./multi_assign.go:47:13: d escapes to heap:
./multi_assign.go:47:13:   flow: {storage for ... argument} = &{storage for d}:
./multi_assign.go:47:13:     from d (spill) at ./multi_assign.go:47:13
./multi_assign.go:47:13:     from ... argument (slice-literal-element) at ./multi_assign.go:47:13
./multi_assign.go:47:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:47:13:     from ... argument (spill) at ./multi_assign.go:47:13
./multi_assign.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:47:13
./multi_assign.go:47:13: c escapes to heap:
./multi_assign.go:47:13:   flow: {storage for ... argument} = &{storage for c}:
./multi_assign.go:47:13:     from c (spill) at ./multi_assign.go:47:13
./multi_assign.go:47:13:     from ... argument (slice-literal-element) at ./multi_assign.go:47:13
./multi_assign.go:47:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:47:13:     from ... argument (spill) at ./multi_assign.go:47:13
./multi_assign.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:47:13
./multi_assign.go:45:13: trace escapes to heap:
./multi_assign.go:45:13:   flow: {storage for ... argument} = &{storage for trace}:
./multi_assign.go:45:13:     from trace (spill) at ./multi_assign.go:45:13
./multi_assign.go:45:13:     from ... argument (slice-literal-element) at ./multi_assign.go:45:13
./multi_assign.go:45:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:45:13:     from ... argument (spill) at ./multi_assign.go:45:13
./multi_assign.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:45:13
./multi_assign.go:45:13: d escapes to heap:
./multi_assign.go:45:13:   flow: {storage for ... argument} = &{storage for d}:
./multi_assign.go:45:13:     from d (spill) at ./multi_assign.go:45:13
./multi_assign.go:45:13:     from ... argument (slice-literal-element) at ./multi_assign.go:45:13
./multi_assign.go:45:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:45:13:     from ... argument (spill) at ./multi_assign.go:45:13
./multi_assign.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:45:13
./multi_assign.go:45:13: c escapes to heap:
./multi_assign.go:45:13:   flow: {storage for ... argument} = &{storage for c}:
./multi_assign.go:45:13:     from c (spill) at ./multi_assign.go:45:13
./multi_assign.go:45:13:     from ... argument (slice-literal-element) at ./multi_assign.go:45:13
./multi_assign.go:45:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:45:13:     from ... argument (spill) at ./multi_assign.go:45:13
./multi_assign.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:45:13
./multi_assign.go:41:13: u escapes to heap:
./multi_assign.go:41:13:   flow: {storage for ... argument} = &{storage for u}:
./multi_assign.go:41:13:     from u (spill) at ./multi_assign.go:41:13
./multi_assign.go:41:13:     from ... argument (slice-literal-element) at ./multi_assign.go:41:13
./multi_assign.go:41:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:41:13:     from ... argument (spill) at ./multi_assign.go:41:13
./multi_assign.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:41:13
./multi_assign.go:41:13: r escapes to heap:
./multi_assign.go:41:13:   flow: {storage for ... argument} = &{storage for r}:
./multi_assign.go:41:13:     from r (spill) at ./multi_assign.go:41:13
./multi_assign.go:41:13:     from ... argument (slice-literal-element) at ./multi_assign.go:41:13
./multi_assign.go:41:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:41:13:     from ... argument (spill) at ./multi_assign.go:41:13
./multi_assign.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:41:13
./multi_assign.go:41:13: q escapes to heap:
./multi_assign.go:41:13:   flow: {storage for ... argument} = &{storage for q}:
./multi_assign.go:41:13:     from q (spill) at ./multi_assign.go:41:13
./multi_assign.go:41:13:     from ... argument (slice-literal-element) at ./multi_assign.go:41:13
./multi_assign.go:41:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:41:13:     from ... argument (spill) at ./multi_assign.go:41:13
./multi_assign.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:41:13
./multi_assign.go:41:13: p escapes to heap:
./multi_assign.go:41:13:   flow: {storage for ... argument} = &{storage for p}:
./multi_assign.go:41:13:     from p (spill) at ./multi_assign.go:41:13
./multi_assign.go:41:13:     from ... argument (slice-literal-element) at ./multi_assign.go:41:13
./multi_assign.go:41:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:41:13:     from ... argument (spill) at ./multi_assign.go:41:13
./multi_assign.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:41:13
./multi_assign.go:37:13: s escapes to heap:
./multi_assign.go:37:13:   flow: {storage for ... argument} = &{storage for s}:
./multi_assign.go:37:13:     from s (spill) at ./multi_assign.go:37:13
./multi_assign.go:37:13:     from ... argument (slice-literal-element) at ./multi_assign.go:37:13
./multi_assign.go:37:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:37:13:     from ... argument (spill) at ./multi_assign.go:37:13
./multi_assign.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:37:13
./multi_assign.go:37:13: m escapes to heap:
./multi_assign.go:37:13:   flow: {storage for ... argument} = &{storage for m}:
./multi_assign.go:37:13:     from m (spill) at ./multi_assign.go:37:13
./multi_assign.go:37:13:     from ... argument (slice-literal-element) at ./multi_assign.go:37:13
./multi_assign.go:37:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:37:13:     from ... argument (spill) at ./multi_assign.go:37:13
./multi_assign.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:37:13
./multi_assign.go:34:13: t escapes to heap:
./multi_assign.go:34:13:   flow: {storage for ... argument} = &{storage for t}:
./multi_assign.go:34:13:     from t (spill) at ./multi_assign.go:34:13
./multi_assign.go:34:13:     from ... argument (slice-literal-element) at ./multi_assign.go:34:13
./multi_assign.go:34:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:34:13:     from ... argument (spill) at ./multi_assign.go:34:13
./multi_assign.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:34:13
./multi_assign.go:34:13: n escapes to heap:
./multi_assign.go:34:13:   flow: {storage for ... argument} = &{storage for n}:
./multi_assign.go:34:13:     from n (spill) at ./multi_assign.go:34:13
./multi_assign.go:34:13:     from ... argument (slice-literal-element) at ./multi_assign.go:34:13
./multi_assign.go:34:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:34:13:     from ... argument (spill) at ./multi_assign.go:34:13
./multi_assign.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:34:13
./multi_assign.go:32:13: s escapes to heap:
./multi_assign.go:32:13:   flow: {storage for ... argument} = &{storage for s}:
./multi_assign.go:32:13:     from s (spill) at ./multi_assign.go:32:13
./multi_assign.go:32:13:     from ... argument (slice-literal-element) at ./multi_assign.go:32:13
./multi_assign.go:32:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:32:13:     from ... argument (spill) at ./multi_assign.go:32:13
./multi_assign.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:32:13
./multi_assign.go:32:13: n escapes to heap:
./multi_assign.go:32:13:   flow: {storage for ... argument} = &{storage for n}:
./multi_assign.go:32:13:     from n (spill) at ./multi_assign.go:32:13
./multi_assign.go:32:13:     from ... argument (slice-literal-element) at ./multi_assign.go:32:13
./multi_assign.go:32:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:32:13:     from ... argument (spill) at ./multi_assign.go:32:13
./multi_assign.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:32:13
./multi_assign.go:29:13: fib2 escapes to heap:
./multi_assign.go:29:13:   flow: {storage for ... argument} = &{storage for fib2}:
./multi_assign.go:29:13:     from fib2 (spill) at ./multi_assign.go:29:13
./multi_assign.go:29:13:     from ... argument (slice-literal-element) at ./multi_assign.go:29:13
./multi_assign.go:29:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:29:13:     from ... argument (spill) at ./multi_assign.go:29:13
./multi_assign.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:29:13
./multi_assign.go:29:13: fib1 escapes to heap:
./multi_assign.go:29:13:   flow: {storage for ... argument} = &{storage for fib1}:
./multi_assign.go:29:13:     from fib1 (spill) at ./multi_assign.go:29:13
./multi_assign.go:29:13:     from ... argument (slice-literal-element) at ./multi_assign.go:29:13
./multi_assign.go:29:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:29:13:     from ... argument (spill) at ./multi_assign.go:29:13
./multi_assign.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:29:13
./multi_assign.go:23:13: z escapes to heap:
./multi_assign.go:23:13:   flow: {storage for ... argument} = &{storage for z}:
./multi_assign.go:23:13:     from z (spill) at ./multi_assign.go:23:13
./multi_assign.go:23:13:     from ... argument (slice-literal-element) at ./multi_assign.go:23:13
./multi_assign.go:23:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:23:13:     from ... argument (spill) at ./multi_assign.go:23:13
./multi_assign.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:23:13
./multi_assign.go:23:13: y escapes to heap:
./multi_assign.go:23:13:   flow: {storage for ... argument} = &{storage for y}:
./multi_assign.go:23:13:     from y (spill) at ./multi_assign.go:23:13
./multi_assign.go:23:13:     from ... argument (slice-literal-element) at ./multi_assign.go:23:13
./multi_assign.go:23:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:23:13:     from ... argument (spill) at ./multi_assign.go:23:13
./multi_assign.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:23:13
./multi_assign.go:23:13: x escapes to heap:
./multi_assign.go:23:13:   flow: {storage for ... argument} = &{storage for x}:
./multi_assign.go:23:13:     from x (spill) at ./multi_assign.go:23:13
./multi_assign.go:23:13:     from ... argument (slice-literal-element) at ./multi_assign.go:23:13
./multi_assign.go:23:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:23:13:     from ... argument (spill) at ./multi_assign.go:23:13
./multi_assign.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:23:13
./multi_assign.go:20:13: b escapes to heap:
./multi_assign.go:20:13:   flow: {storage for ... argument} = &{storage for b}:
./multi_assign.go:20:13:     from b (spill) at ./multi_assign.go:20:13
./multi_assign.go:20:13:     from ... argument (slice-literal-element) at ./multi_assign.go:20:13
./multi_assign.go:20:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:20:13:     from ... argument (spill) at ./multi_assign.go:20:13
./multi_assign.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:20:13
./multi_assign.go:20:13: a escapes to heap:
./multi_assign.go:20:13:   flow: {storage for ... argument} = &{storage for a}:
./multi_assign.go:20:13:     from a (spill) at ./multi_assign.go:20:13
./multi_assign.go:20:13:     from ... argument (slice-literal-element) at ./multi_assign.go:20:13
./multi_assign.go:20:13:   flow: {heap} = {storage for ... argument}:
./multi_assign.go:20:13:     from ... argument (spill) at ./multi_assign.go:20:13
./multi_assign.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./multi_assign.go:20:13
./multi_assign.go:20:13: ... argument does not escape
./multi_assign.go:20:13: a escapes to heap
./multi_assign.go:20:13: b escapes to heap
./multi_assign.go:23:13: ... argument does not escape
./multi_assign.go:23:13: x escapes to heap
./multi_assign.go:23:13: y escapes to heap
./multi_assign.go:23:13: z escapes to heap
./multi_assign.go:29:13: ... argument does not escape
./multi_assign.go:29:13: fib1 escapes to heap
./multi_assign.go:29:13: fib2 escapes to heap
./multi_assign.go:32:13: ... argument does not escape
./multi_assign.go:32:13: n escapes to heap
./multi_assign.go:32:13: s escapes to heap
./multi_assign.go:34:13: ... argument does not escape
./multi_assign.go:34:13: n escapes to heap
./multi_assign.go:34:13: t escapes to heap
./multi_assign.go:37:13: ... argument does not escape
./multi_assign.go:37:13: m escapes to heap
./multi_assign.go:37:13: s escapes to heap
./multi_assign.go:41:13: ... argument does not escape
./multi_assign.go:41:13: p escapes to heap
./multi_assign.go:41:13: q escapes to heap
./multi_assign.go:41:13: r escapes to heap
./multi_assign.go:41:13: u escapes to heap
./multi_assign.go:45:13: ... argument does not escape
./multi_assign.go:45:13: c escapes to heap
./multi_assign.go:45:13: d escapes to heap
./multi_assign.go:45:13: trace escapes to heap
./multi_assign.go:47:13: ... argument does not escape
./multi_assign.go:47:13: c escapes to heap
./multi_assign.go:47:13: d escapes to heap
./multi_assign.go:47:13: trace escapes to heap
./multi_assign.go:51:13: ... argument does not escape
./multi_assign.go:51:13: i escapes to heap
./multi_assign.go:51:13: j escapes to heap
./multi_assign.go:54:13: ... argument does not escape
./multi_assign.go:54:13: trace escapes to heap

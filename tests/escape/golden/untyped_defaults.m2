./untyped_defaults.go:36:13: k escapes to heap:
./untyped_defaults.go:36:13:   flow: {storage for ... argument} = &{storage for k}:
./untyped_defaults.go:36:13:     from k (spill) at ./untyped_defaults.go:36:13
./untyped_defaults.go:36:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:36:12
./untyped_defaults.go:36:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:36:13:     from ... argument (spill) at ./untyped_defaults.go:36:12
./untyped_defaults.go:36:13:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./untyped_defaults.go:36:12
./untyped_defaults.go:36:13: k escapes to heap:
./untyped_defaults.go:36:13:   flow: {storage for ... argument} = &{storage for k}:
./untyped_defaults.go:36:13:     from k (spill) at ./untyped_defaults.go:36:13
./untyped_defaults.go:36:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:36:12
./untyped_defaults.go:36:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:36:13:     from ... argument (spill) at ./untyped_defaults.go:36:12
./untyped_defaults.go:36:13:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./untyped_defaults.go:36:12
./untyped_defaults.go:34:40: 1.0 * 5 escapes to heap:
./untyped_defaults.go:34:40:   flow: {storage for ... argument} = &{storage for 1.0 * 5}:
./untyped_defaults.go:34:40:     from 1.0 * 5 (spill) at ./untyped_defaults.go:34:40
./untyped_defaults.go:34:40:     from ... argument (slice-literal-element) at ./untyped_defaults.go:34:13
./untyped_defaults.go:34:40:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:34:40:     from ... argument (spill) at ./untyped_defaults.go:34:13
./untyped_defaults.go:34:40:     from fmt.Println(... argument...) (call parameter) at ./untyped_defaults.go:34:13
./untyped_defaults.go:34:30: 1 << idx escapes to heap:
./untyped_defaults.go:34:30:   flow: {storage for ... argument} = &{storage for 1 << idx}:
./untyped_defaults.go:34:30:     from 1 << idx (spill) at ./untyped_defaults.go:34:30
./untyped_defaults.go:34:30:     from ... argument (slice-literal-element) at ./untyped_defaults.go:34:13
./untyped_defaults.go:34:30:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:34:30:     from ... argument (spill) at ./untyped_defaults.go:34:13
./untyped_defaults.go:34:30:     from fmt.Println(... argument...) (call parameter) at ./untyped_defaults.go:34:13
./untyped_defaults.go:34:22: "abcdef"[idx] escapes to heap:
./untyped_defaults.go:34:22:   flow: {storage for ... argument} = &{storage for "abcdef"[idx]}:
./untyped_defaults.go:34:22:     from "abcdef"[idx] (spill) at ./untyped_defaults.go:34:22
./untyped_defaults.go:34:22:     from ... argument (slice-literal-element) at ./untyped_defaults.go:34:13
./untyped_defaults.go:34:22:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:34:22:     from ... argument (spill) at ./untyped_defaults.go:34:13
./untyped_defaults.go:34:22:     from fmt.Println(... argument...) (call parameter) at ./untyped_defaults.go:34:13
./untyped_defaults.go:32:13: n escapes to heap:
./untyped_defaults.go:32:13:   flow: {storage for ... argument} = &{storage for n}:
./untyped_defaults.go:32:13:     from n (spill) at ./untyped_defaults.go:32:13
./untyped_defaults.go:32:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:32:12
./untyped_defaults.go:32:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:32:13:     from ... argument (spill) at ./untyped_defaults.go:32:12
./untyped_defaults.go:32:13:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./untyped_defaults.go:32:12
./untyped_defaults.go:32:13: n escapes to heap:
./untyped_defaults.go:32:13:   flow: {storage for ... argument} = &{storage for n}:
./untyped_defaults.go:32:13:     from n (spill) at ./untyped_defaults.go:32:13
./untyped_defaults.go:32:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:32:12
./untyped_defaults.go:32:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:32:13:     from ... argument (spill) at ./untyped_defaults.go:32:12
./untyped_defaults.go:32:13:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./untyped_defaults.go:32:12
./untyped_defaults.go:29:13: h escapes to heap:
./untyped_defaults.go:29:13:   flow: {storage for ... argument} = &{storage for h}:
./untyped_defaults.go:29:13:     from h (spill) at ./untyped_defaults.go:29:13
./untyped_defaults.go:29:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:29:12
./untyped_defaults.go:29:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:29:13:     from ... argument (spill) at ./untyped_defaults.go:29:12
./untyped_defaults.go:29:13:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./untyped_defaults.go:29:12
./untyped_defaults.go:29:13: h escapes to heap:
./untyped_defaults.go:29:13:   flow: {storage for ... argument} = &{storage for h}:
./untyped_defaults.go:29:13:     from h (spill) at ./untyped_defaults.go:29:13
./untyped_defaults.go:29:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:29:12
./untyped_defaults.go:29:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:29:13:     from ... argument (spill) at ./untyped_defaults.go:29:12
./untyped_defaults.go:29:13:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./untyped_defaults.go:29:12
./untyped_defaults.go:27:29: big escapes to heap:
./untyped_defaults.go:27:29:   flow: {storage for ... argument} = &{storage for big}:
./untyped_defaults.go:27:29:     from big (spill) at ./untyped_defaults.go:27:29
./untyped_defaults.go:27:29:     from ... argument (slice-literal-element) at ./untyped_defaults.go:27:12
./untyped_defaults.go:27:29:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:27:29:     from ... argument (spill) at ./untyped_defaults.go:27:12
./untyped_defaults.go:27:29:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./untyped_defaults.go:27:12
./untyped_defaults.go:27:24: big escapes to heap:
./untyped_defaults.go:27:24:   flow: {storage for ... argument} = &{storage for big}:
./untyped_defaults.go:27:24:     from big (spill) at ./untyped_defaults.go:27:24
./untyped_defaults.go:27:24:     from ... argument (slice-literal-element) at ./untyped_defaults.go:27:12
./untyped_defaults.go:27:24:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:27:24:     from ... argument (spill) at ./untyped_defaults.go:27:12
./untyped_defaults.go:27:24:     from fmt.Printf("%T %v\n", ... argument...) (call parameter) at ./untyped_defaults.go:27:12
./untyped_defaults.go:24:13: v escapes to heap:
./untyped_defaults.go:24:13:   flow: {storage for ... argument} = &{storage for v}:
./untyped_defaults.go:24:13:     from v (spill) at ./untyped_defaults.go:24:13
./untyped_defaults.go:24:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:24:13:     from ... argument (spill) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:     from fmt.Printf("%T=%v %T=%v %T=%v %T=%v %T=%v\n", ... argument...) (call parameter) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13: v escapes to heap:
./untyped_defaults.go:24:13:   flow: {storage for ... argument} = &{storage for v}:
./untyped_defaults.go:24:13:     from v (spill) at ./untyped_defaults.go:24:13
./untyped_defaults.go:24:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:24:13:     from ... argument (spill) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:     from fmt.Printf("%T=%v %T=%v %T=%v %T=%v %T=%v\n", ... argument...) (call parameter) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13: w escapes to heap:
./untyped_defaults.go:24:13:   flow: {storage for ... argument} = &{storage for w}:
./untyped_defaults.go:24:13:     from w (spill) at ./untyped_defaults.go:24:13
./untyped_defaults.go:24:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:24:13:     from ... argument (spill) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:     from fmt.Printf("%T=%v %T=%v %T=%v %T=%v %T=%v\n", ... argument...) (call parameter) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13: w escapes to heap:
./untyped_defaults.go:24:13:   flow: {storage for ... argument} = &{storage for w}:
./untyped_defaults.go:24:13:     from w (spill) at ./untyped_defaults.go:24:13
./untyped_defaults.go:24:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:24:13:     from ... argument (spill) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:     from fmt.Printf("%T=%v %T=%v %T=%v %T=%v %T=%v\n", ... argument...) (call parameter) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13: z escapes to heap:
./untyped_defaults.go:24:13:   flow: {storage for ... argument} = &{storage for z}:
./untyped_defaults.go:24:13:     from z (spill) at ./untyped_defaults.go:24:13
./untyped_defaults.go:24:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:24:13:     from ... argument (spill) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:     from fmt.Printf("%T=%v %T=%v %T=%v %T=%v %T=%v\n", ... argument...) (call parameter) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13: z escapes to heap:
./untyped_defaults.go:24:13:   flow: {storage for ... argument} = &{storage for z}:
./untyped_defaults.go:24:13:     from z (spill) at ./untyped_defaults.go:24:13
./untyped_defaults.go:24:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:24:13:     from ... argument (spill) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:     from fmt.Printf("%T=%v %T=%v %T=%v %T=%v %T=%v\n", ... argument...) (call parameter) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13: y escapes to heap:
./untyped_defaults.go:24:13:   flow: {storage for ... argument} = &{storage for y}:
./untyped_defaults.go:24:13:     from y (spill) at ./untyped_defaults.go:24:13
./untyped_defaults.go:24:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:24:13:     from ... argument (spill) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:     from fmt.Printf("%T=%v %T=%v %T=%v %T=%v %T=%v\n", ... argument...) (call parameter) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13: y escapes to heap:
./untyped_defaults.go:24:13:   flow: {storage for ... argument} = &{storage for y}:
./untyped_defaults.go:24:13:     from y (spill) at ./untyped_defaults.go:24:13
./untyped_defaults.go:24:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:24:13:     from ... argument (spill) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:     from fmt.Printf("%T=%v %T=%v %T=%v %T=%v %T=%v\n", ... argument...) (call parameter) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13: x escapes to heap:
./untyped_defaults.go:24:13:   flow: {storage for ... argument} = &{storage for x}:
./untyped_defaults.go:24:13:     from x (spill) at ./untyped_defaults.go:24:13
./untyped_defaults.go:24:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:24:13:     from ... argument (spill) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:     from fmt.Printf("%T=%v %T=%v %T=%v %T=%v %T=%v\n", ... argument...) (call parameter) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13: x escapes to heap:
./untyped_defaults.go:24:13:   flow: {storage for ... argument} = &{storage for x}:
./untyped_defaults.go:24:13:     from x (spill) at ./untyped_defaults.go:24:13
./untyped_defaults.go:24:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:24:13:     from ... argument (spill) at ./untyped_defaults.go:24:12
./untyped_defaults.go:24:13:     from fmt.Printf("%T=%v %T=%v %T=%v %T=%v %T=%v\n", ... argument...) (call parameter) at ./untyped_defaults.go:24:12
./untyped_defaults.go:15:13: e escapes to heap:
./untyped_defaults.go:15:13:   flow: {storage for ... argument} = &{storage for e}:
./untyped_defaults.go:15:13:     from e (spill) at ./untyped_defaults.go:15:13
./untyped_defaults.go:15:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:15:13:     from ... argument (spill) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13: b escapes to heap:
./untyped_defaults.go:15:13:   flow: {storage for ... argument} = &{storage for b}:
./untyped_defaults.go:15:13:     from b (spill) at ./untyped_defaults.go:15:13
./untyped_defaults.go:15:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:15:13:     from ... argument (spill) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13: s escapes to heap:
./untyped_defaults.go:15:13:   flow: {storage for ... argument} = &{storage for s}:
./untyped_defaults.go:15:13:     from s (spill) at ./untyped_defaults.go:15:13
./untyped_defaults.go:15:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:15:13:     from ... argument (spill) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13: r escapes to heap:
./untyped_defaults.go:15:13:   flow: {storage for ... argument} = &{storage for r}:
./untyped_defaults.go:15:13:     from r (spill) at ./untyped_defaults.go:15:13
./untyped_defaults.go:15:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:15:13:     from ... argument (spill) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13: f escapes to heap:
./untyped_defaults.go:15:13:   flow: {storage for ... argument} = &{storage for f}:
./untyped_defaults.go:15:13:     from f (spill) at ./untyped_defaults.go:15:13
./untyped_defaults.go:15:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:15:13:     from ... argument (spill) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13: i escapes to heap:
./untyped_defaults.go:15:13:   flow: {storage for ... argument} = &{storage for i}:
./untyped_defaults.go:15:13:     from i (spill) at ./untyped_defaults.go:15:13
./untyped_defaults.go:15:13:     from ... argument (slice-literal-element) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13:   flow: {heap} = {storage for ... argument}:
./untyped_defaults.go:15:13:     from ... argument (spill) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:13:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./untyped_defaults.go:15:12
./untyped_defaults.go:15:12: ... argument does not escape
./untyped_defaults.go:15:13: i escapes to heap
./untyped_defaults.go:15:13: f escapes to heap
./untyped_defaults.go:15:13: r escapes to heap
./untyped_defaults.go:15:13: s escapes to heap
./untyped_defaults.go:15:13: b escapes to heap
./untyped_defaults.go:15:13: e escapes to heap
./untyped_defaults.go:24:12: ... argument does not escape
./untyped_defaults.go:24:13: x escapes to heap
./untyped_defaults.go:24:13: x escapes to heap
./untyped_defaults.go:24:13: y escapes to heap
./untyped_defaults.go:24:13: y escapes to heap
./untyped_defaults.go:24:13: z escapes to heap
./untyped_defaults.go:24:13: z escapes to heap
./untyped_defaults.go:24:13: w escapes to heap
./untyped_defaults.go:24:13: w escapes to heap
./untyped_defaults.go:24:13: v escapes to heap
./untyped_defaults.go:24:13: v escapes to heap
./untyped_defaults.go:27:12: ... argument does not escape
./untyped_defaults.go:27:24: big escapes to heap
./untyped_defaults.go:27:29: big escapes to heap
./untyped_defaults.go:29:12: ... argument does not escape
./untyped_defaults.go:29:13: h escapes to heap
./untyped_defaults.go:29:13: h escapes to heap
./untyped_defaults.go:32:12: ... argument does not escape
./untyped_defaults.go:32:13: n escapes to heap
./untyped_defaults.go:32:13: n escapes to heap
./untyped_defaults.go:34:13: ... argument does not escape
./untyped_defaults.go:34:22: "abcdef"[idx] escapes to heap
./untyped_defaults.go:34:30: 1 << idx escapes to heap
./untyped_defaults.go:34:40: 1.0 * 5 escapes to heap
./untyped_defaults.go:36:12: ... argument does not escape
./untyped_defaults.go:36:13: k escapes to heap
./untyped_defaults.go:36:13: k escapes to heap

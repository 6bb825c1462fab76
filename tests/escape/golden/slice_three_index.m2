./slice_three_index.go:37:35: z == nil escapes to heap:
./slice_three_index.go:37:35:   flow: {storage for ... argument} = &{storage for z == nil}:
./slice_three_index.go:37:35:     from z == nil (spill) at ./slice_three_index.go:37:35
./slice_three_index.go:37:35:     from ... argument (slice-literal-element) at ./slice_three_index.go:37:13
./slice_three_index.go:37:35:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:37:35:     from ... argument (spill) at ./slice_three_index.go:37:13
./slice_three_index.go:37:35:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:37:13
./slice_three_index.go:37:28: cap(z) escapes to heap:
./slice_three_index.go:37:28:   flow: {storage for ... argument} = &{storage for cap(z)}:
./slice_three_index.go:37:28:     from cap(z) (spill) at ./slice_three_index.go:37:28
./slice_three_index.go:37:28:     from ... argument (slice-literal-element) at ./slice_three_index.go:37:13
./slice_three_index.go:37:28:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:37:28:     from ... argument (spill) at ./slice_three_index.go:37:13
./slice_three_index.go:37:28:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:37:13
./slice_three_index.go:37:20: len(z) escapes to heap:
./slice_three_index.go:37:20:   flow: {storage for ... argument} = &{storage for len(z)}:
./slice_three_index.go:37:20:     from len(z) (spill) at ./slice_three_index.go:37:20
./slice_three_index.go:37:20:     from ... argument (slice-literal-element) at ./slice_three_index.go:37:13
./slice_three_index.go:37:20:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:37:20:     from ... argument (spill) at ./slice_three_index.go:37:13
./slice_three_index.go:37:20:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:37:13
./slice_three_index.go:37:13: z escapes to heap:
./slice_three_index.go:37:13:   flow: {storage for ... argument} = &{storage for z}:
./slice_three_index.go:37:13:     from z (spill) at ./slice_three_index.go:37:13
./slice_three_index.go:37:13:     from ... argument (slice-literal-element) at ./slice_three_index.go:37:13
./slice_three_index.go:37:13:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:37:13:     from ... argument (spill) at ./slice_three_index.go:37:13
./slice_three_index.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:37:13
./slice_three_index.go:35:28: cap(y) escapes to heap:
./slice_three_index.go:35:28:   flow: {storage for ... argument} = &{storage for cap(y)}:
./slice_three_index.go:35:28:     from cap(y) (spill) at ./slice_three_index.go:35:28
./slice_three_index.go:35:28:     from ... argument (slice-literal-element) at ./slice_three_index.go:35:13
./slice_three_index.go:35:28:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:35:28:     from ... argument (spill) at ./slice_three_index.go:35:13
./slice_three_index.go:35:28:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:35:13
./slice_three_index.go:35:20: len(y) escapes to heap:
./slice_three_index.go:35:20:   flow: {storage for ... argument} = &{storage for len(y)}:
./slice_three_index.go:35:20:     from len(y) (spill) at ./slice_three_index.go:35:20
./slice_three_index.go:35:20:     from ... argument (slice-literal-element) at ./slice_three_index.go:35:13
./slice_three_index.go:35:20:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:35:20:     from ... argument (spill) at ./slice_three_index.go:35:13
./slice_three_index.go:35:20:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:35:13
./slice_three_index.go:35:13: y escapes to heap:
./slice_three_index.go:35:13:   flow: {storage for ... argument} = &{storage for y}:
./slice_three_index.go:35:13:     from y (spill) at ./slice_three_index.go:35:13
./slice_three_index.go:35:13:     from ... argument (slice-literal-element) at ./slice_three_index.go:35:13
./slice_three_index.go:35:13:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:35:13:     from ... argument (spill) at ./slice_three_index.go:35:13
./slice_three_index.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:35:13
./slice_three_index.go:31:13: x escapes to heap:
./slice_three_index.go:31:13:   flow: {storage for ... argument} = &{storage for x}:
./slice_three_index.go:31:13:     from x (spill) at ./slice_three_index.go:31:13
./slice_three_index.go:31:13:     from ... argument (slice-literal-element) at ./slice_three_index.go:31:13
./slice_three_index.go:31:13:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:31:13:     from ... argument (spill) at ./slice_three_index.go:31:13
./slice_three_index.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:31:13
./slice_three_index.go:29:28: cap(x) escapes to heap:
./slice_three_index.go:29:28:   flow: {storage for ... argument} = &{storage for cap(x)}:
./slice_three_index.go:29:28:     from cap(x) (spill) at ./slice_three_index.go:29:28
./slice_three_index.go:29:28:     from ... argument (slice-literal-element) at ./slice_three_index.go:29:13
./slice_three_index.go:29:28:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:29:28:     from ... argument (spill) at ./slice_three_index.go:29:13
./slice_three_index.go:29:28:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:29:13
./slice_three_index.go:29:20: len(x) escapes to heap:
./slice_three_index.go:29:20:   flow: {storage for ... argument} = &{storage for len(x)}:
./slice_three_index.go:29:20:     from len(x) (spill) at ./slice_three_index.go:29:20
./slice_three_index.go:29:20:     from ... argument (slice-literal-element) at ./slice_three_index.go:29:13
./slice_three_index.go:29:20:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:29:20:     from ... argument (spill) at ./slice_three_index.go:29:13
./slice_three_index.go:29:20:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:29:13
./slice_three_index.go:29:13: x escapes to heap:
./slice_three_index.go:29:13:   flow: {storage for ... argument} = &{storage for x}:
./slice_three_index.go:29:13:     from x (spill) at ./slice_three_index.go:29:13
./slice_three_index.go:29:13:     from ... argument (slice-literal-element) at ./slice_three_index.go:29:13
./slice_three_index.go:29:13:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:29:13:     from ... argument (spill) at ./slice_three_index.go:29:13
./slice_three_index.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:29:13
./slice_three_index.go:25:13: b escapes to heap:
./slice_three_index.go:25:13:   flow: {storage for ... argument} = &{storage for b}:
./slice_three_index.go:25:13:     from b (spill) at ./slice_three_index.go:25:13
./slice_three_index.go:25:13:     from ... argument (slice-literal-element) at ./slice_three_index.go:25:13
./slice_three_index.go:25:13:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:25:13:     from ... argument (spill) at ./slice_three_index.go:25:13
./slice_three_index.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:25:13
./slice_three_index.go:25:13: s escapes to heap:
./slice_three_index.go:25:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_three_index.go:25:13:     from s (spill) at ./slice_three_index.go:25:13
./slice_three_index.go:25:13:     from ... argument (slice-literal-element) at ./slice_three_index.go:25:13
./slice_three_index.go:25:13:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:25:13:     from ... argument (spill) at ./slice_three_index.go:25:13
./slice_three_index.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:25:13
./slice_three_index.go:22:13: a escapes to heap:
./slice_three_index.go:22:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_three_index.go:22:13:     from a (spill) at ./slice_three_index.go:22:13
./slice_three_index.go:22:13:     from ... argument (slice-literal-element) at ./slice_three_index.go:22:13
./slice_three_index.go:22:13:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:22:13:     from ... argument (spill) at ./slice_three_index.go:22:13
./slice_three_index.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:22:13
./slice_three_index.go:22:13: s escapes to heap:
./slice_three_index.go:22:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_three_index.go:22:13:     from s (spill) at ./slice_three_index.go:22:13
./slice_three_index.go:22:13:     from ... argument (slice-literal-element) at ./slice_three_index.go:22:13
./slice_three_index.go:22:13:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:22:13:     from ... argument (spill) at ./slice_three_index.go:22:13
./slice_three_index.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:22:13
./slice_three_index.go:18:13: a escapes to heap:
./slice_three_index.go:18:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_three_index.go:18:13:     from a (spill) at ./slice_three_index.go:18:13
./slice_three_index.go:18:13:     from ... argument (slice-literal-element) at ./slice_three_index.go:18:13
./slice_three_index.go:18:13:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:18:13:     from ... argument (spill) at ./slice_three_index.go:18:13
./slice_three_index.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:18:13
./slice_three_index.go:18:13: s escapes to heap:
./slice_three_index.go:18:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_three_index.go:18:13:     from s (spill) at ./slice_three_index.go:18:13
./slice_three_index.go:18:13:     from ... argument (slice-literal-element) at ./slice_three_index.go:18:13
./slice_three_index.go:18:13:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:18:13:     from ... argument (spill) at ./slice_three_index.go:18:13
./slice_three_index.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:18:13
./slice_three_index.go:14:28: cap(c) escapes to heap:
./slice_three_index.go:14:28:   flow: {storage for ... argument} = &{storage for cap(c)}:
./slice_three_index.go:14:28:     from cap(c) (spill) at ./slice_three_index.go:14:28
./slice_three_index.go:14:28:     from ... argument (slice-literal-element) at ./slice_three_index.go:14:13
./slice_three_index.go:14:28:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:14:28:     from ... argument (spill) at ./slice_three_index.go:14:13
./slice_three_index.go:14:28:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:14:13
./slice_three_index.go:14:20: len(c) escapes to heap:
./slice_three_index.go:14:20:   flow: {storage for ... argument} = &{storage for len(c)}:
./slice_three_index.go:14:20:     from len(c) (spill) at ./slice_three_index.go:14:20
./slice_three_index.go:14:20:     from ... argument (slice-literal-element) at ./slice_three_index.go:14:13
./slice_three_index.go:14:20:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:14:20:     from ... argument (spill) at ./slice_three_index.go:14:13
./slice_three_index.go:14:20:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:14:13
./slice_three_index.go:14:13: c escapes to heap:
./slice_three_index.go:14:13:   flow: {storage for ... argument} = &{storage for c}:
./slice_three_index.go:14:13:     from c (spill) at ./slice_three_index.go:14:13
./slice_three_index.go:14:13:     from ... argument (slice-literal-element) at ./slice_three_index.go:14:13
./slice_three_index.go:14:13:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:14:13:     from ... argument (spill) at ./slice_three_index.go:14:13
./slice_three_index.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:14:13
./slice_three_index.go:12:28: cap(b) escapes to heap:
./slice_three_index.go:12:28:   flow: {storage for ... argument} = &{storage for cap(b)}:
./slice_three_index.go:12:28:     from cap(b) (spill) at ./slice_three_index.go:12:28
./slice_three_index.go:12:28:     from ... argument (slice-literal-element) at ./slice_three_index.go:12:13
./slice_three_index.go:12:28:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:12:28:     from ... argument (spill) at ./slice_three_index.go:12:13
./slice_three_index.go:12:28:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:12:13
./slice_three_index.go:12:20: len(b) escapes to heap:
./slice_three_index.go:12:20:   flow: {storage for ... argument} = &{storage for len(b)}:
./slice_three_index.go:12:20:     from len(b) (spill) at ./slice_three_index.go:12:20
./slice_three_index.go:12:20:     from ... argument (slice-literal-element) at ./slice_three_index.go:12:13
./slice_three_index.go:12:20:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:12:20:     from ... argument (spill) at ./slice_three_index.go:12:13
./slice_three_index.go:12:20:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:12:13
./slice_three_index.go:12:13: b escapes to heap:
./slice_three_index.go:12:13:   flow: {storage for ... argument} = &{storage for b}:
./slice_three_index.go:12:13:     from b (spill) at ./slice_three_index.go:12:13
./slice_three_index.go:12:13:     from ... argument (slice-literal-element) at ./slice_three_index.go:12:13
./slice_three_index.go:12:13:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:12:13:     from ... argument (spill) at ./slice_three_index.go:12:13
./slice_three_index.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:12:13
./slice_three_index.go:10:28: cap(a) escapes to heap:
./slice_three_index.go:10:28:   flow: {storage for ... argument} = &{storage for cap(a)}:
./slice_three_index.go:10:28:     from cap(a) (spill) at ./slice_three_index.go:10:28
./slice_three_index.go:10:28:     from ... argument (slice-literal-element) at ./slice_three_index.go:10:13
./slice_three_index.go:10:28:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:10:28:     from ... argument (spill) at ./slice_three_index.go:10:13
./slice_three_index.go:10:28:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:10:13
./slice_three_index.go:10:20: len(a) escapes to heap:
./slice_three_index.go:10:20:   flow: {storage for ... argument} = &{storage for len(a)}:
./slice_three_index.go:10:20:     from len(a) (spill) at ./slice_three_index.go:10:20
./slice_three_index.go:10:20:     from ... argument (slice-literal-element) at ./slice_three_index.go:10:13
./slice_three_index.go:10:20:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:10:20:     from ... argument (spill) at ./slice_three_index.go:10:13
./slice_three_index.go:10:20:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:10:13
./slice_three_index.go:10:13: a escapes to heap:
./slice_three_index.go:10:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_three_index.go:10:13:     from a (spill) at ./slice_three_index.go:10:13
./slice_three_index.go:10:13:     from ... argument (slice-literal-element) at ./slice_three_index.go:10:13
./slice_three_index.go:10:13:   flow: {heap} = {storage for ... argument}:
./slice_three_index.go:10:13:     from ... argument (spill) at ./slice_three_index.go:10:13
./slice_three_index.go:10:13:     from fmt.Println(... argument...) (call parameter) at ./slice_three_index.go:10:13
./slice_three_index.go:8:12: []int{...} escapes to heap:
./slice_three_index.go:8:12:   flow: s = &{storage for []int{...}}:
./slice_three_index.go:8:12:     from []int{...} (spill) at ./slice_three_index.go:8:12
./slice_three_index.go:8:12:     from s := []int{...} (assign) at ./slice_three_index.go:8:4
./slice_three_index.go:8:12:   flow: z = s:
./slice_three_index.go:8:12:     from s[:0:0] (slice) at ./slice_three_index.go:36:8
./slice_three_index.go:8:12:     from z := s[:0:0] (assign) at ./slice_three_index.go:36:4
./slice_three_index.go:8:12:   flow: {storage for z} = z:
./slice_three_index.go:8:12:     from z (interface-converted) at ./slice_three_index.go:37:13
./slice_three_index.go:27:2: arr escapes to heap:
./slice_three_index.go:27:2:   flow: x = &arr:
./slice_three_index.go:27:2:     from arr (address-of) at ./slice_three_index.go:28:7
./slice_three_index.go:27:2:     from arr[2:4:5] (slice) at ./slice_three_index.go:28:10
./slice_three_index.go:27:2:     from x := arr[2:4:5] (assign) at ./slice_three_index.go:28:4
./slice_three_index.go:27:2:   flow: {storage for x} = x:
./slice_three_index.go:27:2:     from x (interface-converted) at ./slice_three_index.go:31:13
./slice_three_index.go:27:2: moved to heap: arr
./slice_three_index.go:8:12: []int{...} escapes to heap
./slice_three_index.go:10:13: ... argument does not escape
./slice_three_index.go:10:13: a escapes to heap
./slice_three_index.go:10:20: len(a) escapes to heap
./slice_three_index.go:10:28: cap(a) escapes to heap
./slice_three_index.go:12:13: ... argument does not escape
./slice_three_index.go:12:13: b escapes to heap
./slice_three_index.go:12:20: len(b) escapes to heap
./slice_three_index.go:12:28: cap(b) escapes to heap
./slice_three_index.go:14:13: ... argument does not escape
./slice_three_index.go:14:13: c escapes to heap
./slice_three_index.go:14:20: len(c) escapes to heap
./slice_three_index.go:14:28: cap(c) escapes to heap
./slice_three_index.go:18:13: ... argument does not escape
./slice_three_index.go:18:13: s escapes to heap
./slice_three_index.go:18:13: a escapes to heap
./slice_three_index.go:22:13: ... argument does not escape
./slice_three_index.go:22:13: s escapes to heap
./slice_three_index.go:22:13: a escapes to heap
./slice_three_index.go:25:13: ... argument does not escape
./slice_three_index.go:25:13: s escapes to heap
./slice_three_index.go:25:13: b escapes to heap
./slice_three_index.go:29:13: ... argument does not escape
./slice_three_index.go:29:13: x escapes to heap
./slice_three_index.go:29:20: len(x) escapes to heap
./slice_three_index.go:29:28: cap(x) escapes to heap
./slice_three_index.go:31:13: ... argument does not escape
./slice_three_index.go:31:13: x escapes to heap
./slice_three_index.go:35:13: ... argument does not escape
./slice_three_index.go:35:13: y escapes to heap
./slice_three_index.go:35:20: len(y) escapes to heap
./slice_three_index.go:35:28: cap(y) escapes to heap
./slice_three_index.go:37:13: ... argument does not escape
./slice_three_index.go:37:13: z escapes to heap
./slice_three_index.go:37:20: len(z) escapes to heap
./slice_three_index.go:37:28: cap(z) escapes to heap
./slice_three_index.go:37:35: z == nil escapes to heap

./slice_aliasing.go:37:13: s does not escape
./slice_aliasing.go:34:18: t[:3] escapes to heap:
./slice_aliasing.go:34:18:   flow: {storage for ... argument} = &{storage for t[:3]}:
./slice_aliasing.go:34:18:     from t[:3] (spill) at ./slice_aliasing.go:34:18
./slice_aliasing.go:34:18:     from ... argument (slice-literal-element) at ./slice_aliasing.go:34:13
./slice_aliasing.go:34:18:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:34:18:     from ... argument (spill) at ./slice_aliasing.go:34:13
./slice_aliasing.go:34:18:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:34:13
./slice_aliasing.go:34:13: t escapes to heap:
./slice_aliasing.go:34:13:   flow: {storage for ... argument} = &{storage for t}:
./slice_aliasing.go:34:13:     from t (spill) at ./slice_aliasing.go:34:13
./slice_aliasing.go:34:13:     from ... argument (slice-literal-element) at ./slice_aliasing.go:34:13
./slice_aliasing.go:34:13:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:34:13:     from ... argument (spill) at ./slice_aliasing.go:34:13
./slice_aliasing.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:34:13
./slice_aliasing.go:28:13: head escapes to heap:
./slice_aliasing.go:28:13:   flow: {storage for ... argument} = &{storage for head}:
./slice_aliasing.go:28:13:     from head (spill) at ./slice_aliasing.go:28:13
./slice_aliasing.go:28:13:     from ... argument (slice-literal-element) at ./slice_aliasing.go:28:13
./slice_aliasing.go:28:13:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:28:13:     from ... argument (spill) at ./slice_aliasing.go:28:13
./slice_aliasing.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:28:13
./slice_aliasing.go:28:13: s escapes to heap:
./slice_aliasing.go:28:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_aliasing.go:28:13:     from s (spill) at ./slice_aliasing.go:28:13
./slice_aliasing.go:28:13:     from ... argument (slice-literal-element) at ./slice_aliasing.go:28:13
./slice_aliasing.go:28:13:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:28:13:     from ... argument (spill) at ./slice_aliasing.go:28:13
./slice_aliasing.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:28:13
./slice_aliasing.go:22:37: cap(a) escapes to heap:
./slice_aliasing.go:22:37:   flow: {storage for ... argument} = &{storage for cap(a)}:
./slice_aliasing.go:22:37:     from cap(a) (spill) at ./slice_aliasing.go:22:37
./slice_aliasing.go:22:37:     from ... argument (slice-literal-element) at ./slice_aliasing.go:22:13
./slice_aliasing.go:22:37:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:22:37:     from ... argument (spill) at ./slice_aliasing.go:22:13
./slice_aliasing.go:22:37:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:22:13
./slice_aliasing.go:22:29: len(c) escapes to heap:
./slice_aliasing.go:22:29:   flow: {storage for ... argument} = &{storage for len(c)}:
./slice_aliasing.go:22:29:     from len(c) (spill) at ./slice_aliasing.go:22:29
./slice_aliasing.go:22:29:     from ... argument (slice-literal-element) at ./slice_aliasing.go:22:13
./slice_aliasing.go:22:29:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:22:29:     from ... argument (spill) at ./slice_aliasing.go:22:13
./slice_aliasing.go:22:29:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:22:13
./slice_aliasing.go:22:21: c[0] escapes to heap:
./slice_aliasing.go:22:21:   flow: {storage for ... argument} = &{storage for c[0]}:
./slice_aliasing.go:22:21:     from c[0] (spill) at ./slice_aliasing.go:22:21
./slice_aliasing.go:22:21:     from ... argument (slice-literal-element) at ./slice_aliasing.go:22:13
./slice_aliasing.go:22:21:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:22:21:     from ... argument (spill) at ./slice_aliasing.go:22:13
./slice_aliasing.go:22:21:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:22:13
./slice_aliasing.go:22:15: a[0] escapes to heap:
./slice_aliasing.go:22:15:   flow: {storage for ... argument} = &{storage for a[0]}:
./slice_aliasing.go:22:15:     from a[0] (spill) at ./slice_aliasing.go:22:15
./slice_aliasing.go:22:15:     from ... argument (slice-literal-element) at ./slice_aliasing.go:22:13
./slice_aliasing.go:22:15:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:22:15:     from ... argument (spill) at ./slice_aliasing.go:22:13
./slice_aliasing.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:22:13
./slice_aliasing.go:17:24: b[0] escapes to heap:
./slice_aliasing.go:17:24:   flow: {storage for ... argument} = &{storage for b[0]}:
./slice_aliasing.go:17:24:     from b[0] (spill) at ./slice_aliasing.go:17:24
./slice_aliasing.go:17:24:     from ... argument (slice-literal-element) at ./slice_aliasing.go:17:13
./slice_aliasing.go:17:24:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:17:24:     from ... argument (spill) at ./slice_aliasing.go:17:13
./slice_aliasing.go:17:24:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:17:13
./slice_aliasing.go:17:18: base[0] escapes to heap:
./slice_aliasing.go:17:18:   flow: {storage for ... argument} = &{storage for base[0]}:
./slice_aliasing.go:17:18:     from base[0] (spill) at ./slice_aliasing.go:17:18
./slice_aliasing.go:17:18:     from ... argument (slice-literal-element) at ./slice_aliasing.go:17:13
./slice_aliasing.go:17:18:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:17:18:     from ... argument (spill) at ./slice_aliasing.go:17:13
./slice_aliasing.go:17:18:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:17:13
./slice_aliasing.go:14:21: b[3] escapes to heap:
./slice_aliasing.go:14:21:   flow: {storage for ... argument} = &{storage for b[3]}:
./slice_aliasing.go:14:21:     from b[3] (spill) at ./slice_aliasing.go:14:21
./slice_aliasing.go:14:21:     from ... argument (slice-literal-element) at ./slice_aliasing.go:14:13
./slice_aliasing.go:14:21:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:14:21:     from ... argument (spill) at ./slice_aliasing.go:14:13
./slice_aliasing.go:14:21:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:14:13
./slice_aliasing.go:14:15: a[3] escapes to heap:
./slice_aliasing.go:14:15:   flow: {storage for ... argument} = &{storage for a[3]}:
./slice_aliasing.go:14:15:     from a[3] (spill) at ./slice_aliasing.go:14:15
./slice_aliasing.go:14:15:     from ... argument (slice-literal-element) at ./slice_aliasing.go:14:13
./slice_aliasing.go:14:15:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:14:15:     from ... argument (spill) at ./slice_aliasing.go:14:13
./slice_aliasing.go:14:15:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:14:13
./slice_aliasing.go:13:13: b escapes to heap:
./slice_aliasing.go:13:13:   flow: {storage for ... argument} = &{storage for b}:
./slice_aliasing.go:13:13:     from b (spill) at ./slice_aliasing.go:13:13
./slice_aliasing.go:13:13:     from ... argument (slice-literal-element) at ./slice_aliasing.go:13:13
./slice_aliasing.go:13:13:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:13:13:     from ... argument (spill) at ./slice_aliasing.go:13:13
./slice_aliasing.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:13:13
./slice_aliasing.go:13:13: a escapes to heap:
./slice_aliasing.go:13:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_aliasing.go:13:13:     from a (spill) at ./slice_aliasing.go:13:13
./slice_aliasing.go:13:13:     from ... argument (slice-literal-element) at ./slice_aliasing.go:13:13
./slice_aliasing.go:13:13:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:13:13:     from ... argument (spill) at ./slice_aliasing.go:13:13
./slice_aliasing.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:13:13
./slice_aliasing.go:13:13: base escapes to heap:
./slice_aliasing.go:13:13:   flow: {storage for ... argument} = &{storage for base}:
./slice_aliasing.go:13:13:     from base (spill) at ./slice_aliasing.go:13:13
./slice_aliasing.go:13:13:     from ... argument (slice-literal-element) at ./slice_aliasing.go:13:13
./slice_aliasing.go:13:13:   flow: {heap} = {storage for ... argument}:
./slice_aliasing.go:13:13:     from ... argument (spill) at ./slice_aliasing.go:13:13
./slice_aliasing.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./slice_aliasing.go:13:13
./slice_aliasing.go:32:11: make([]int, 2, 4) escapes to heap:
./slice_aliasing.go:32:11:   flow: t = &{storage for make([]int, 2, 4)}:
./slice_aliasing.go:32:11:     from make([]int, 2, 4) (spill) at ./slice_aliasing.go:32:11
./slice_aliasing.go:32:11:     from t := make([]int, 2, 4) (assign) at ./slice_aliasing.go:32:4
./slice_aliasing.go:32:11:   flow: {storage for t[:3]} = t:
./slice_aliasing.go:32:11:     from t[:3] (slice) at ./slice_aliasing.go:34:18
./slice_aliasing.go:32:11:     from t[:3] (interface-converted) at ./slice_aliasing.go:34:18
./slice_aliasing.go:25:12: []int{...} escapes to heap:
./slice_aliasing.go:25:12:   flow: s = &{storage for []int{...}}:
./slice_aliasing.go:25:12:     from []int{...} (spill) at ./slice_aliasing.go:25:12
./slice_aliasing.go:25:12:     from s := []int{...} (assign) at ./slice_aliasing.go:25:4
./slice_aliasing.go:25:12:   flow: head = s:
./slice_aliasing.go:25:12:     from s[:2] (slice) at ./slice_aliasing.go:26:11
./slice_aliasing.go:25:12:     from head := s[:2] (assign) at ./slice_aliasing.go:26:7
./slice_aliasing.go:25:12:   flow: {storage for head} = head:
./slice_aliasing.go:25:12:     from head (interface-converted) at ./slice_aliasing.go:28:13
./slice_aliasing.go:9:14: make([]int, 3, 5) escapes to heap:
./slice_aliasing.go:9:14:   flow: base = &{storage for make([]int, 3, 5)}:
./slice_aliasing.go:9:14:     from make([]int, 3, 5) (spill) at ./slice_aliasing.go:9:14
./slice_aliasing.go:9:14:     from base := make([]int, 3, 5) (assign) at ./slice_aliasing.go:9:7
./slice_aliasing.go:9:14:   flow: b = base:
./slice_aliasing.go:9:14:     from append(base, 5) (call parameter) at ./slice_aliasing.go:12:13
./slice_aliasing.go:9:14:     from b := append(base, 5) (assign) at ./slice_aliasing.go:12:4
./slice_aliasing.go:9:14:   flow: {storage for b} = b:
./slice_aliasing.go:9:14:     from b (interface-converted) at ./slice_aliasing.go:13:13
./slice_aliasing.go:9:14: make([]int, 3, 5) escapes to heap
./slice_aliasing.go:13:13: ... argument does not escape
./slice_aliasing.go:13:13: base escapes to heap
./slice_aliasing.go:13:13: a escapes to heap
./slice_aliasing.go:13:13: b escapes to heap
./slice_aliasing.go:14:13: ... argument does not escape
./slice_aliasing.go:14:15: a[3] escapes to heap
./slice_aliasing.go:14:21: b[3] escapes to heap
./slice_aliasing.go:17:13: ... argument does not escape
./slice_aliasing.go:17:18: base[0] escapes to heap
./slice_aliasing.go:17:24: b[0] escapes to heap
./slice_aliasing.go:22:13: ... argument does not escape
./slice_aliasing.go:22:15: a[0] escapes to heap
./slice_aliasing.go:22:21: c[0] escapes to heap
./slice_aliasing.go:22:29: len(c) escapes to heap
./slice_aliasing.go:22:37: cap(a) escapes to heap
./slice_aliasing.go:25:12: []int{...} escapes to heap
./slice_aliasing.go:28:13: ... argument does not escape
./slice_aliasing.go:28:13: s escapes to heap
./slice_aliasing.go:28:13: head escapes to heap
./slice_aliasing.go:32:11: make([]int, 2, 4) escapes to heap
./slice_aliasing.go:34:13: ... argument does not escape
./slice_aliasing.go:34:13: t escapes to heap
./slice_aliasing.go:34:18: t[:3] escapes to heap

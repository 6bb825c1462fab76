./slice_append_spread.go:45:13: clone escapes to heap:
./slice_append_spread.go:45:13:   flow: {storage for ... argument} = &{storage for clone}:
./slice_append_spread.go:45:13:     from clone (spill) at ./slice_append_spread.go:45:13
./slice_append_spread.go:45:13:     from ... argument (slice-literal-element) at ./slice_append_spread.go:45:13
./slice_append_spread.go:45:13:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:45:13:     from ... argument (spill) at ./slice_append_spread.go:45:13
./slice_append_spread.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:45:13
./slice_append_spread.go:45:13: orig escapes to heap:
./slice_append_spread.go:45:13:   flow: {storage for ... argument} = &{storage for orig}:
./slice_append_spread.go:45:13:     from orig (spill) at ./slice_append_spread.go:45:13
./slice_append_spread.go:45:13:     from ... argument (slice-literal-element) at ./slice_append_spread.go:45:13
./slice_append_spread.go:45:13:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:45:13:     from ... argument (spill) at ./slice_append_spread.go:45:13
./slice_append_spread.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:45:13
./slice_append_spread.go:39:13: strs escapes to heap:
./slice_append_spread.go:39:13:   flow: {storage for ... argument} = &{storage for strs}:
./slice_append_spread.go:39:13:     from strs (spill) at ./slice_append_spread.go:39:13
./slice_append_spread.go:39:13:     from ... argument (slice-literal-element) at ./slice_append_spread.go:39:13
./slice_append_spread.go:39:13:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:39:13:     from ... argument (spill) at ./slice_append_spread.go:39:13
./slice_append_spread.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:39:13
./slice_append_spread.go:34:13: s escapes to heap:
./slice_append_spread.go:34:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_append_spread.go:34:13:     from s (spill) at ./slice_append_spread.go:34:13
./slice_append_spread.go:34:13:     from ... argument (slice-literal-element) at ./slice_append_spread.go:34:13
./slice_append_spread.go:34:13:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:34:13:     from ... argument (spill) at ./slice_append_spread.go:34:13
./slice_append_spread.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:34:13
./slice_append_spread.go:28:29: len(bs) escapes to heap:
./slice_append_spread.go:28:29:   flow: {storage for ... argument} = &{storage for len(bs)}:
./slice_append_spread.go:28:29:     from len(bs) (spill) at ./slice_append_spread.go:28:29
./slice_append_spread.go:28:29:     from ... argument (slice-literal-element) at ./slice_append_spread.go:28:13
./slice_append_spread.go:28:29:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:28:29:     from ... argument (spill) at ./slice_append_spread.go:28:13
./slice_append_spread.go:28:29:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:28:13
./slice_append_spread.go:28:20: string(bs) escapes to heap:
./slice_append_spread.go:28:20:   flow: {storage for ... argument} = &{storage for string(bs)}:
./slice_append_spread.go:28:20:     from string(bs) (spill) at ./slice_append_spread.go:28:20
./slice_append_spread.go:28:20:     from ... argument (slice-literal-element) at ./slice_append_spread.go:28:13
./slice_append_spread.go:28:20:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:28:20:     from ... argument (spill) at ./slice_append_spread.go:28:13
./slice_append_spread.go:28:20:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:28:13
./slice_append_spread.go:26:20: string(bs) escapes to heap:
./slice_append_spread.go:26:20:   flow: {storage for ... argument} = &{storage for string(bs)}:
./slice_append_spread.go:26:20:     from string(bs) (spill) at ./slice_append_spread.go:26:20
./slice_append_spread.go:26:20:     from ... argument (slice-literal-element) at ./slice_append_spread.go:26:13
./slice_append_spread.go:26:20:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:26:20:     from ... argument (spill) at ./slice_append_spread.go:26:13
./slice_append_spread.go:26:20:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:26:13
./slice_append_spread.go:22:27: len(e) escapes to heap:
./slice_append_spread.go:22:27:   flow: {storage for ... argument} = &{storage for len(e)}:
./slice_append_spread.go:22:27:     from len(e) (spill) at ./slice_append_spread.go:22:27
./slice_append_spread.go:22:27:     from ... argument (slice-literal-element) at ./slice_append_spread.go:22:13
./slice_append_spread.go:22:27:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:22:27:     from ... argument (spill) at ./slice_append_spread.go:22:13
./slice_append_spread.go:22:27:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:22:13
./slice_append_spread.go:22:16: e == nil escapes to heap:
./slice_append_spread.go:22:16:   flow: {storage for ... argument} = &{storage for e == nil}:
./slice_append_spread.go:22:16:     from e == nil (spill) at ./slice_append_spread.go:22:16
./slice_append_spread.go:22:16:     from ... argument (slice-literal-element) at ./slice_append_spread.go:22:13
./slice_append_spread.go:22:16:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:22:16:     from ... argument (spill) at ./slice_append_spread.go:22:13
./slice_append_spread.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:22:13
./slice_append_spread.go:20:27: len(e) escapes to heap:
./slice_append_spread.go:20:27:   flow: {storage for ... argument} = &{storage for len(e)}:
./slice_append_spread.go:20:27:     from len(e) (spill) at ./slice_append_spread.go:20:27
./slice_append_spread.go:20:27:     from ... argument (slice-literal-element) at ./slice_append_spread.go:20:13
./slice_append_spread.go:20:27:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:20:27:     from ... argument (spill) at ./slice_append_spread.go:20:13
./slice_append_spread.go:20:27:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:20:13
./slice_append_spread.go:20:16: e == nil escapes to heap:
./slice_append_spread.go:20:16:   flow: {storage for ... argument} = &{storage for e == nil}:
./slice_append_spread.go:20:16:     from e == nil (spill) at ./slice_append_spread.go:20:16
./slice_append_spread.go:20:16:     from ... argument (slice-literal-element) at ./slice_append_spread.go:20:13
./slice_append_spread.go:20:16:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:20:16:     from ... argument (spill) at ./slice_append_spread.go:20:13
./slice_append_spread.go:20:16:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:20:13
./slice_append_spread.go:18:27: len(e) escapes to heap:
./slice_append_spread.go:18:27:   flow: {storage for ... argument} = &{storage for len(e)}:
./slice_append_spread.go:18:27:     from len(e) (spill) at ./slice_append_spread.go:18:27
./slice_append_spread.go:18:27:     from ... argument (slice-literal-element) at ./slice_append_spread.go:18:13
./slice_append_spread.go:18:27:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:18:27:     from ... argument (spill) at ./slice_append_spread.go:18:13
./slice_append_spread.go:18:27:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:18:13
./slice_append_spread.go:18:16: e == nil escapes to heap:
./slice_append_spread.go:18:16:   flow: {storage for ... argument} = &{storage for e == nil}:
./slice_append_spread.go:18:16:     from e == nil (spill) at ./slice_append_spread.go:18:16
./slice_append_spread.go:18:16:     from ... argument (slice-literal-element) at ./slice_append_spread.go:18:13
./slice_append_spread.go:18:16:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:18:16:     from ... argument (spill) at ./slice_append_spread.go:18:13
./slice_append_spread.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:18:13
./slice_append_spread.go:14:13: d escapes to heap:
./slice_append_spread.go:14:13:   flow: {storage for ... argument} = &{storage for d}:
./slice_append_spread.go:14:13:     from d (spill) at ./slice_append_spread.go:14:13
./slice_append_spread.go:14:13:     from ... argument (slice-literal-element) at ./slice_append_spread.go:14:13
./slice_append_spread.go:14:13:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:14:13:     from ... argument (spill) at ./slice_append_spread.go:14:13
./slice_append_spread.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:14:13
./slice_append_spread.go:11:20: len(c) escapes to heap:
./slice_append_spread.go:11:20:   flow: {storage for ... argument} = &{storage for len(c)}:
./slice_append_spread.go:11:20:     from len(c) (spill) at ./slice_append_spread.go:11:20
./slice_append_spread.go:11:20:     from ... argument (slice-literal-element) at ./slice_append_spread.go:11:13
./slice_append_spread.go:11:20:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:11:20:     from ... argument (spill) at ./slice_append_spread.go:11:13
./slice_append_spread.go:11:20:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:11:13
./slice_append_spread.go:11:13: c escapes to heap:
./slice_append_spread.go:11:13:   flow: {storage for ... argument} = &{storage for c}:
./slice_append_spread.go:11:13:     from c (spill) at ./slice_append_spread.go:11:13
./slice_append_spread.go:11:13:     from ... argument (slice-literal-element) at ./slice_append_spread.go:11:13
./slice_append_spread.go:11:13:   flow: {heap} = {storage for ... argument}:
./slice_append_spread.go:11:13:     from ... argument (spill) at ./slice_append_spread.go:11:13
./slice_append_spread.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./slice_append_spread.go:11:13
./slice_append_spread.go:42:15: []int{...} escapes to heap:
./slice_append_spread.go:42:15:   flow: orig = &{storage for []int{...}}:
./slice_append_spread.go:42:15:     from []int{...} (spill) at ./slice_append_spread.go:42:15
./slice_append_spread.go:42:15:     from orig := []int{...} (assign) at ./slice_append_spread.go:42:7
./slice_append_spread.go:42:15:   flow: {storage for orig} = orig:
./slice_append_spread.go:42:15:     from orig (interface-converted) at ./slice_append_spread.go:45:13
./slice_append_spread.go:36:18: []string{...} escapes to heap:
./slice_append_spread.go:36:18:   flow: strs = &{storage for []string{...}}:
./slice_append_spread.go:36:18:     from []string{...} (spill) at ./slice_append_spread.go:36:18
./slice_append_spread.go:36:18:     from strs := []string{...} (assign) at ./slice_append_spread.go:36:7
./slice_append_spread.go:36:18:   flow: {storage for strs} = strs:
./slice_append_spread.go:36:18:     from strs (interface-converted) at ./slice_append_spread.go:39:13
./slice_append_spread.go:31:11: make([]int, 3, 10) escapes to heap:
./slice_append_spread.go:31:11:   flow: s = &{storage for make([]int, 3, 10)}:
./slice_append_spread.go:31:11:     from make([]int, 3, 10) (spill) at ./slice_append_spread.go:31:11
./slice_append_spread.go:31:11:     from s := make([]int, 3, 10) (assign) at ./slice_append_spread.go:31:4
./slice_append_spread.go:31:11:   flow: {storage for s} = s:
./slice_append_spread.go:31:11:     from s (interface-converted) at ./slice_append_spread.go:34:13
./slice_append_spread.go:28:20: string(bs) escapes to heap:
./slice_append_spread.go:28:20:   flow: {storage for string(bs)} = &{storage for string(bs)}:
./slice_append_spread.go:28:20:     from string(bs) (spill) at ./slice_append_spread.go:28:20
./slice_append_spread.go:28:20:     from string(bs) (interface-converted) at ./slice_append_spread.go:28:20
./slice_append_spread.go:26:20: string(bs) escapes to heap:
./slice_append_spread.go:26:20:   flow: {storage for string(bs)} = &{storage for string(bs)}:
./slice_append_spread.go:26:20:     from string(bs) (spill) at ./slice_append_spread.go:26:20
./slice_append_spread.go:26:20:     from string(bs) (interface-converted) at ./slice_append_spread.go:26:20
./slice_append_spread.go:8:12: []int{...} escapes to heap:
./slice_append_spread.go:8:12:   flow: a = &{storage for []int{...}}:
./slice_append_spread.go:8:12:     from []int{...} (spill) at ./slice_append_spread.go:8:12
./slice_append_spread.go:8:12:     from a := []int{...} (assign) at ./slice_append_spread.go:8:4
./slice_append_spread.go:8:12:   flow: c = a:
./slice_append_spread.go:8:12:     from append(a, b...) (call parameter) at ./slice_append_spread.go:10:13
./slice_append_spread.go:8:12:     from c := append(a, b...) (assign) at ./slice_append_spread.go:10:4
./slice_append_spread.go:8:12:   flow: d = c:
./slice_append_spread.go:8:12:     from append(c, c...) (call parameter) at ./slice_append_spread.go:13:13
./slice_append_spread.go:8:12:     from d := append(c, c...) (assign) at ./slice_append_spread.go:13:4
./slice_append_spread.go:8:12:   flow: {storage for d} = d:
./slice_append_spread.go:8:12:     from d (interface-converted) at ./slice_append_spread.go:14:13
./slice_append_spread.go:8:12: []int{...} escapes to heap
./slice_append_spread.go:9:12: []int{...} does not escape
./slice_append_spread.go:11:13: ... argument does not escape
./slice_append_spread.go:11:13: c escapes to heap
./slice_append_spread.go:11:20: len(c) escapes to heap
./slice_append_spread.go:14:13: ... argument does not escape
./slice_append_spread.go:14:13: d escapes to heap
./slice_append_spread.go:18:13: ... argument does not escape
./slice_append_spread.go:18:16: e == nil escapes to heap
./slice_append_spread.go:18:27: len(e) escapes to heap
./slice_append_spread.go:19:21: []int{} does not escape
./slice_append_spread.go:20:13: ... argument does not escape
./slice_append_spread.go:20:16: e == nil escapes to heap
./slice_append_spread.go:20:27: len(e) escapes to heap
./slice_append_spread.go:21:18: []int{} does not escape
./slice_append_spread.go:22:13: ... argument does not escape
./slice_append_spread.go:22:16: e == nil escapes to heap
./slice_append_spread.go:22:27: len(e) escapes to heap
./slice_append_spread.go:24:14: ([]byte)("hello") does not escape
./slice_append_spread.go:26:13: ... argument does not escape
./slice_append_spread.go:26:20: string(bs) escapes to heap
./slice_append_spread.go:26:20: string(bs) escapes to heap
./slice_append_spread.go:28:13: ... argument does not escape
./slice_append_spread.go:28:20: string(bs) escapes to heap
./slice_append_spread.go:28:20: string(bs) escapes to heap
./slice_append_spread.go:28:29: len(bs) escapes to heap
./slice_append_spread.go:31:11: make([]int, 3, 10) escapes to heap
./slice_append_spread.go:34:13: ... argument does not escape
./slice_append_spread.go:34:13: s escapes to heap
./slice_append_spread.go:36:18: []string{...} escapes to heap
./slice_append_spread.go:37:30: []string{...} does not escape
./slice_append_spread.go:39:13: ... argument does not escape
./slice_append_spread.go:39:13: strs escapes to heap
./slice_append_spread.go:42:15: []int{...} escapes to heap
./slice_append_spread.go:45:13: ... argument does not escape
./slice_append_spread.go:45:13: orig escapes to heap
./slice_append_spread.go:45:13: clone escapes to heap

./slice_range.go:20:15: t[i] + t[i] escapes to heap:
./slice_range.go:20:15:   flow: {heap} = &{storage for t[i] + t[i]}:
./slice_range.go:20:15:     from t[i] + t[i] (spill) at ./slice_range.go:20:15
./slice_range.go:20:15:     from t[i] = t[i] + t[i] (assign) at ./slice_range.go:20:8
./slice_range.go:37:2: main capturing by ref: calls (addr=false assign=true width=8)
./slice_range.go:54:14: u escapes to heap:
./slice_range.go:54:14:   flow: {storage for ... argument} = &{storage for u}:
./slice_range.go:54:14:     from u (spill) at ./slice_range.go:54:14
./slice_range.go:54:14:     from ... argument (slice-literal-element) at ./slice_range.go:54:13
./slice_range.go:54:14:   flow: {heap} = {storage for ... argument}:
./slice_range.go:54:14:     from ... argument (spill) at ./slice_range.go:54:13
./slice_range.go:54:14:     from fmt.Println(... argument...) (call parameter) at ./slice_range.go:54:13
./slice_range.go:54:14: " " escapes to heap:
./slice_range.go:54:14:   flow: {storage for ... argument} = &{storage for " "}:
./slice_range.go:54:14:     from " " (spill) at ./slice_range.go:54:14
./slice_range.go:54:14:     from ... argument (slice-literal-element) at ./slice_range.go:54:13
./slice_range.go:54:14:   flow: {heap} = {storage for ... argument}:
./slice_range.go:54:14:     from ... argument (spill) at ./slice_range.go:54:13
./slice_range.go:54:14:     from fmt.Println(... argument...) (call parameter) at ./slice_range.go:54:13
./slice_range.go:52:12: v escapes to heap:
./slice_range.go:52:12:   flow: {storage for ... argument} = &{storage for v}:
./slice_range.go:52:12:     from v (spill) at ./slice_range.go:52:12
./slice_range.go:52:12:     from ... argument (slice-literal-element) at ./slice_range.go:52:12
./slice_range.go:52:12:   flow: {heap} = {storage for ... argument}:
./slice_range.go:52:12:     from ... argument (spill) at ./slice_range.go:52:12
./slice_range.go:52:12:     from fmt.Print(... argument...) (call parameter) at ./slice_range.go:52:12
./slice_range.go:46:13: calls escapes to heap:
./slice_range.go:46:13:   flow: {storage for ... argument} = &{storage for calls}:
./slice_range.go:46:13:     from calls (spill) at ./slice_range.go:46:13
./slice_range.go:46:13:     from ... argument (slice-literal-element) at ./slice_range.go:46:13
./slice_range.go:46:13:   flow: {heap} = {storage for ... argument}:
./slice_range.go:46:13:     from ... argument (spill) at ./slice_range.go:46:13
./slice_range.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./slice_range.go:46:13
./slice_range.go:46:13: sum escapes to heap:
./slice_range.go:46:13:   flow: {storage for ... argument} = &{storage for sum}:
./slice_range.go:46:13:     from sum (spill) at ./slice_range.go:46:13
./slice_range.go:46:13:     from ... argument (slice-literal-element) at ./slice_range.go:46:13
./slice_range.go:46:13:   flow: {heap} = {storage for ... argument}:
./slice_range.go:46:13:     from ... argument (spill) at ./slice_range.go:46:13
./slice_range.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./slice_range.go:46:13
./slice_range.go:34:13: val escapes to heap:
./slice_range.go:34:13:   flow: {storage for ... argument} = &{storage for val}:
./slice_range.go:34:13:     from val (spill) at ./slice_range.go:34:13
./slice_range.go:34:13:     from ... argument (slice-literal-element) at ./slice_range.go:34:13
./slice_range.go:34:13:   flow: {heap} = {storage for ... argument}:
./slice_range.go:34:13:     from ... argument (spill) at ./slice_range.go:34:13
./slice_range.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./slice_range.go:34:13
./slice_range.go:34:13: idx escapes to heap:
./slice_range.go:34:13:   flow: {storage for ... argument} = &{storage for idx}:
./slice_range.go:34:13:     from idx (spill) at ./slice_range.go:34:13
./slice_range.go:34:13:     from ... argument (slice-literal-element) at ./slice_range.go:34:13
./slice_range.go:34:13:   flow: {heap} = {storage for ... argument}:
./slice_range.go:34:13:     from ... argument (spill) at ./slice_range.go:34:13
./slice_range.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./slice_range.go:34:13
./slice_range.go:28:13: n escapes to heap:
./slice_range.go:28:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_range.go:28:13:     from n (spill) at ./slice_range.go:28:13
./slice_range.go:28:13:     from ... argument (slice-literal-element) at ./slice_range.go:28:13
./slice_range.go:28:13:   flow: {heap} = {storage for ... argument}:
./slice_range.go:28:13:     from ... argument (spill) at ./slice_range.go:28:13
./slice_range.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./slice_range.go:28:13
./slice_range.go:22:13: t escapes to heap:
./slice_range.go:22:13:   flow: {storage for ... argument} = &{storage for t}:
./slice_range.go:22:13:     from t (spill) at ./slice_range.go:22:13
./slice_range.go:22:13:     from ... argument (slice-literal-element) at ./slice_range.go:22:13
./slice_range.go:22:13:   flow: {heap} = {storage for ... argument}:
./slice_range.go:22:13:     from ... argument (spill) at ./slice_range.go:22:13
./slice_range.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./slice_range.go:22:13
./slice_range.go:16:17: len(s) escapes to heap:
./slice_range.go:16:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./slice_range.go:16:17:     from len(s) (spill) at ./slice_range.go:16:17
./slice_range.go:16:17:     from ... argument (slice-literal-element) at ./slice_range.go:16:13
./slice_range.go:16:17:   flow: {heap} = {storage for ... argument}:
./slice_range.go:16:17:     from ... argument (spill) at ./slice_range.go:16:13
./slice_range.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./slice_range.go:16:13
./slice_range.go:14:16: " " escapes to heap:
./slice_range.go:14:16:   flow: {storage for ... argument} = &{storage for " "}:
./slice_range.go:14:16:     from " " (spill) at ./slice_range.go:14:16
./slice_range.go:14:16:     from ... argument (slice-literal-element) at ./slice_range.go:14:12
./slice_range.go:14:16:   flow: {heap} = {storage for ... argument}:
./slice_range.go:14:16:     from ... argument (spill) at ./slice_range.go:14:12
./slice_range.go:14:16:     from fmt.Print(... argument...) (call parameter) at ./slice_range.go:14:12
./slice_range.go:14:12: v escapes to heap:
./slice_range.go:14:12:   flow: {storage for ... argument} = &{storage for v}:
./slice_range.go:14:12:     from v (spill) at ./slice_range.go:14:12
./slice_range.go:14:12:     from ... argument (slice-literal-element) at ./slice_range.go:14:12
./slice_range.go:14:12:   flow: {heap} = {storage for ... argument}:
./slice_range.go:14:12:     from ... argument (spill) at ./slice_range.go:14:12
./slice_range.go:14:12:     from fmt.Print(... argument...) (call parameter) at ./slice_range.go:14:12
./slice_range.go:49:12: []int{...} escapes to heap:
./slice_range.go:49:12:   flow: u = &{storage for []int{...}}:
./slice_range.go:49:12:     from []int{...} (spill) at ./slice_range.go:49:12
./slice_range.go:49:12:     from u := []int{...} (assign) at ./slice_range.go:49:4
./slice_range.go:49:12:   flow: {storage for u} = u:
./slice_range.go:49:12:     from u (interface-converted) at ./slice_range.go:54:14
./slice_range.go:40:15: []int{...} escapes to heap:
./slice_range.go:40:15:   flow: ~r0 = &{storage for []int{...}}:
./slice_range.go:40:15:     from []int{...} (spill) at ./slice_range.go:40:15
./slice_range.go:40:15:     from return []int{...} (return) at ./slice_range.go:40:3
./slice_range.go:40:15:   flow: {temp} = ~r0:
./slice_range.go:18:15: []string{...} escapes to heap:
./slice_range.go:18:15:   flow: t = &{storage for []string{...}}:
./slice_range.go:18:15:     from []string{...} (spill) at ./slice_range.go:18:15
./slice_range.go:18:15:     from t := []string{...} (assign) at ./slice_range.go:18:4
./slice_range.go:18:15:   flow: {storage for t} = t:
./slice_range.go:18:15:     from t (interface-converted) at ./slice_range.go:22:13
./slice_range.go:8:12: []int{...} does not escape
./slice_range.go:14:12: ... argument does not escape
./slice_range.go:14:12: v escapes to heap
./slice_range.go:14:16: " " escapes to heap
./slice_range.go:16:13: ... argument does not escape
./slice_range.go:16:17: len(s) escapes to heap
./slice_range.go:18:15: []string{...} escapes to heap
./slice_range.go:20:15: t[i] + t[i] escapes to heap
./slice_range.go:22:13: ... argument does not escape
./slice_range.go:22:13: t escapes to heap
./slice_range.go:28:13: ... argument does not escape
./slice_range.go:28:13: n escapes to heap
./slice_range.go:34:13: ... argument does not escape
./slice_range.go:34:13: idx escapes to heap
./slice_range.go:34:13: val escapes to heap
./slice_range.go:38:9: func literal does not escape
./slice_range.go:40:15: []int{...} escapes to heap
./slice_range.go:46:13: ... argument does not escape
./slice_range.go:46:13: sum escapes to heap
./slice_range.go:46:13: calls escapes to heap
./slice_range.go:49:12: []int{...} escapes to heap
./slice_range.go:52:12: ... argument does not escape
./slice_range.go:52:12: v escapes to heap
./slice_range.go:54:13: ... argument does not escape
./slice_range.go:54:14: " " escapes to heap
./slice_range.go:54:14: u escapes to heap

./struct_copy.go:14:13: b does not escape
./struct_copy.go:21:16: b does not escape
./struct_copy.go:54:24: y.Label escapes to heap:
./struct_copy.go:54:24:   flow: {storage for ... argument} = &{storage for y.Label}:
./struct_copy.go:54:24:     from y.Label (spill) at ./struct_copy.go:54:24
./struct_copy.go:54:24:     from ... argument (slice-literal-element) at ./struct_copy.go:54:13
./struct_copy.go:54:24:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:54:24:     from ... argument (spill) at ./struct_copy.go:54:13
./struct_copy.go:54:24:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:54:13
./struct_copy.go:54:15: x.Label escapes to heap:
./struct_copy.go:54:15:   flow: {storage for ... argument} = &{storage for x.Label}:
./struct_copy.go:54:15:     from x.Label (spill) at ./struct_copy.go:54:15
./struct_copy.go:54:15:     from ... argument (slice-literal-element) at ./struct_copy.go:54:13
./struct_copy.go:54:15:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:54:15:     from ... argument (spill) at ./struct_copy.go:54:13
./struct_copy.go:54:15:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:54:13
./struct_copy.go:49:44: arr2[0].Items[2] escapes to heap:
./struct_copy.go:49:44:   flow: {storage for ... argument} = &{storage for arr2[0].Items[2]}:
./struct_copy.go:49:44:     from arr2[0].Items[2] (spill) at ./struct_copy.go:49:44
./struct_copy.go:49:44:     from ... argument (slice-literal-element) at ./struct_copy.go:49:13
./struct_copy.go:49:44:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:49:44:     from ... argument (spill) at ./struct_copy.go:49:13
./struct_copy.go:49:44:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:49:13
./struct_copy.go:49:26: arr[0].Items[2] escapes to heap:
./struct_copy.go:49:26:   flow: {storage for ... argument} = &{storage for arr[0].Items[2]}:
./struct_copy.go:49:26:     from arr[0].Items[2] (spill) at ./struct_copy.go:49:26
./struct_copy.go:49:26:     from ... argument (slice-literal-element) at ./struct_copy.go:49:13
./struct_copy.go:49:26:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:49:26:     from ... argument (spill) at ./struct_copy.go:49:13
./struct_copy.go:49:26:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:49:13
./struct_copy.go:44:26: f2.Items escapes to heap:
./struct_copy.go:44:26:   flow: {storage for ... argument} = &{storage for f2.Items}:
./struct_copy.go:44:26:     from f2.Items (spill) at ./struct_copy.go:44:26
./struct_copy.go:44:26:     from ... argument (slice-literal-element) at ./struct_copy.go:44:13
./struct_copy.go:44:26:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:44:26:     from ... argument (spill) at ./struct_copy.go:44:13
./struct_copy.go:44:26:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:44:13
./struct_copy.go:44:16: f1.Items escapes to heap:
./struct_copy.go:44:16:   flow: {storage for ... argument} = &{storage for f1.Items}:
./struct_copy.go:44:16:     from f1.Items (spill) at ./struct_copy.go:44:16
./struct_copy.go:44:16:     from ... argument (slice-literal-element) at ./struct_copy.go:44:13
./struct_copy.go:44:16:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:44:16:     from ... argument (spill) at ./struct_copy.go:44:13
./struct_copy.go:44:16:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:44:13
./struct_copy.go:40:24: b.Label escapes to heap:
./struct_copy.go:40:24:   flow: {storage for ... argument} = &{storage for b.Label}:
./struct_copy.go:40:24:     from b.Label (spill) at ./struct_copy.go:40:24
./struct_copy.go:40:24:     from ... argument (slice-literal-element) at ./struct_copy.go:40:13
./struct_copy.go:40:24:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:40:24:     from ... argument (spill) at ./struct_copy.go:40:13
./struct_copy.go:40:24:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:40:13
./struct_copy.go:40:15: b.Items escapes to heap:
./struct_copy.go:40:15:   flow: {storage for ... argument} = &{storage for b.Items}:
./struct_copy.go:40:15:     from b.Items (spill) at ./struct_copy.go:40:15
./struct_copy.go:40:15:     from ... argument (slice-literal-element) at ./struct_copy.go:40:13
./struct_copy.go:40:15:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:40:15:     from ... argument (spill) at ./struct_copy.go:40:13
./struct_copy.go:40:15:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:40:13
./struct_copy.go:38:45: b.Label escapes to heap:
./struct_copy.go:38:45:   flow: {storage for ... argument} = &{storage for b.Label}:
./struct_copy.go:38:45:     from b.Label (spill) at ./struct_copy.go:38:45
./struct_copy.go:38:45:     from ... argument (slice-literal-element) at ./struct_copy.go:38:13
./struct_copy.go:38:45:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:38:45:     from ... argument (spill) at ./struct_copy.go:38:13
./struct_copy.go:38:45:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:38:13
./struct_copy.go:38:37: b.Meta["n"] escapes to heap:
./struct_copy.go:38:37:   flow: {storage for ... argument} = &{storage for b.Meta["n"]}:
./struct_copy.go:38:37:     from b.Meta["n"] (spill) at ./struct_copy.go:38:37
./struct_copy.go:38:37:     from ... argument (slice-literal-element) at ./struct_copy.go:38:13
./struct_copy.go:38:37:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:38:37:     from ... argument (spill) at ./struct_copy.go:38:13
./struct_copy.go:38:37:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:38:13
./struct_copy.go:38:24: b.Tags escapes to heap:
./struct_copy.go:38:24:   flow: {storage for ... argument} = &{storage for b.Tags}:
./struct_copy.go:38:24:     from b.Tags (spill) at ./struct_copy.go:38:24
./struct_copy.go:38:24:     from ... argument (slice-literal-element) at ./struct_copy.go:38:13
./struct_copy.go:38:24:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:38:24:     from ... argument (spill) at ./struct_copy.go:38:13
./struct_copy.go:38:24:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:38:13
./struct_copy.go:38:15: b.Items escapes to heap:
./struct_copy.go:38:15:   flow: {storage for ... argument} = &{storage for b.Items}:
./struct_copy.go:38:15:     from b.Items (spill) at ./struct_copy.go:38:15
./struct_copy.go:38:15:     from ... argument (slice-literal-element) at ./struct_copy.go:38:13
./struct_copy.go:38:15:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:38:15:     from ... argument (spill) at ./struct_copy.go:38:13
./struct_copy.go:38:15:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:38:13
./struct_copy.go:35:42: c.Label escapes to heap:
./struct_copy.go:35:42:   flow: {storage for ... argument} = &{storage for c.Label}:
./struct_copy.go:35:42:     from c.Label (spill) at ./struct_copy.go:35:42
./struct_copy.go:35:42:     from ... argument (slice-literal-element) at ./struct_copy.go:35:13
./struct_copy.go:35:42:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:35:42:     from ... argument (spill) at ./struct_copy.go:35:13
./struct_copy.go:35:42:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:35:13
./struct_copy.go:35:33: c.Items escapes to heap:
./struct_copy.go:35:33:   flow: {storage for ... argument} = &{storage for c.Items}:
./struct_copy.go:35:33:     from c.Items (spill) at ./struct_copy.go:35:33
./struct_copy.go:35:33:     from ... argument (slice-literal-element) at ./struct_copy.go:35:13
./struct_copy.go:35:33:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:35:33:     from ... argument (spill) at ./struct_copy.go:35:13
./struct_copy.go:35:33:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:35:13
./struct_copy.go:35:24: b.Label escapes to heap:
./struct_copy.go:35:24:   flow: {storage for ... argument} = &{storage for b.Label}:
./struct_copy.go:35:24:     from b.Label (spill) at ./struct_copy.go:35:24
./struct_copy.go:35:24:     from ... argument (slice-literal-element) at ./struct_copy.go:35:13
./struct_copy.go:35:24:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:35:24:     from ... argument (spill) at ./struct_copy.go:35:13
./struct_copy.go:35:24:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:35:13
./struct_copy.go:35:15: b.Items escapes to heap:
./struct_copy.go:35:15:   flow: {storage for ... argument} = &{storage for b.Items}:
./struct_copy.go:35:15:     from b.Items (spill) at ./struct_copy.go:35:15
./struct_copy.go:35:15:     from ... argument (slice-literal-element) at ./struct_copy.go:35:13
./struct_copy.go:35:15:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:35:15:     from ... argument (spill) at ./struct_copy.go:35:13
./struct_copy.go:35:15:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:35:13
./struct_copy.go:31:57: map[string]int{...} escapes to heap:
./struct_copy.go:31:57:   flow: b = &{storage for map[string]int{...}}:
./struct_copy.go:31:57:     from map[string]int{...} (spill) at ./struct_copy.go:31:57
./struct_copy.go:31:57:     from Box{...} (struct literal element) at ./struct_copy.go:31:10
./struct_copy.go:31:57:     from b := Box{...} (assign) at ./struct_copy.go:31:4
./struct_copy.go:31:57:   flow: {storage for b.Label} = b:
./struct_copy.go:31:57:     from b.Label (dot) at ./struct_copy.go:40:24
./struct_copy.go:31:57:     from b.Label (interface-converted) at ./struct_copy.go:40:24
./struct_copy.go:31:36: []string{...} escapes to heap:
./struct_copy.go:31:36:   flow: b = &{storage for []string{...}}:
./struct_copy.go:31:36:     from []string{...} (spill) at ./struct_copy.go:31:36
./struct_copy.go:31:36:     from Box{...} (struct literal element) at ./struct_copy.go:31:10
./struct_copy.go:31:36:     from b := Box{...} (assign) at ./struct_copy.go:31:4
./struct_copy.go:31:36:   flow: {storage for b.Label} = b:
./struct_copy.go:31:36:     from b.Label (dot) at ./struct_copy.go:40:24
./struct_copy.go:31:36:     from b.Label (interface-converted) at ./struct_copy.go:40:24
./struct_copy.go:31:36: []string{...} escapes to heap
./struct_copy.go:31:57: map[string]int{...} escapes to heap
./struct_copy.go:35:13: ... argument does not escape
./struct_copy.go:35:15: b.Items escapes to heap
./struct_copy.go:35:24: b.Label escapes to heap
./struct_copy.go:35:33: c.Items escapes to heap
./struct_copy.go:35:42: c.Label escapes to heap
./struct_copy.go:38:13: ... argument does not escape
./struct_copy.go:38:15: b.Items escapes to heap
./struct_copy.go:38:24: b.Tags escapes to heap
./struct_copy.go:38:37: b.Meta["n"] escapes to heap
./struct_copy.go:38:45: b.Label escapes to heap
./struct_copy.go:40:13: ... argument does not escape
./struct_copy.go:40:15: b.Items escapes to heap
./struct_copy.go:40:24: b.Label escapes to heap
./struct_copy.go:44:13: ... argument does not escape
./struct_copy.go:44:16: f1.Items escapes to heap
./struct_copy.go:44:26: f2.Items escapes to heap
./struct_copy.go:49:13: ... argument does not escape
./struct_copy.go:49:26: arr[0].Items[2] escapes to heap
./struct_copy.go:49:44: arr2[0].Items[2] escapes to heap
./struct_copy.go:54:13: ... argument does not escape
./struct_copy.go:54:15: x.Label escapes to heap
./struct_copy.go:54:24: y.Label escapes to heap

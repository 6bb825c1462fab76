./large_locals.go:24:6: a escapes to heap:
./large_locals.go:24:6:   flow: {heap} = &a:
./large_locals.go:24:6:     from a (too large for stack) at ./large_locals.go:24:6
./large_locals.go:28:2: c escapes to heap:
./large_locals.go:28:2:   flow: {heap} = &c:
./large_locals.go:28:2:     from c (too large for stack) at ./large_locals.go:28:2
./large_locals.go:29:7: &Big{...} escapes to heap:
./large_locals.go:29:7:   flow: {heap} = &{storage for &Big{...}}:
./large_locals.go:29:7:     from &Big{...} (too large for stack) at ./large_locals.go:29:7
./large_locals.go:33:7: &[100000]int32{...} escapes to heap:
./large_locals.go:33:7:   flow: {heap} = &{storage for &[100000]int32{...}}:
./large_locals.go:33:7:     from &[100000]int32{...} (too large for stack) at ./large_locals.go:33:7
./large_locals.go:44:13: sum escapes to heap:
./large_locals.go:44:13:   flow: {storage for ... argument} = &{storage for sum}:
./large_locals.go:44:13:     from sum (spill) at ./large_locals.go:44:13
./large_locals.go:44:13:     from ... argument (slice-literal-element) at ./large_locals.go:44:13
./large_locals.go:44:13:   flow: {heap} = {storage for ... argument}:
./large_locals.go:44:13:     from ... argument (spill) at ./large_locals.go:44:13
./large_locals.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:44:13
./large_locals.go:36:18: fill(3) escapes to heap:
./large_locals.go:36:18:   flow: {storage for ... argument} = &{storage for fill(3)}:
./large_locals.go:36:18:     from fill(3) (spill) at ./large_locals.go:36:18
./large_locals.go:36:18:     from ... argument (slice-literal-element) at ./large_locals.go:36:13
./large_locals.go:36:18:   flow: {heap} = {storage for ... argument}:
./large_locals.go:36:18:     from ... argument (spill) at ./large_locals.go:36:13
./large_locals.go:36:18:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:36:13
./large_locals.go:35:62: len(r) escapes to heap:
./large_locals.go:35:62:   flow: {storage for ... argument} = &{storage for len(r)}:
./large_locals.go:35:62:     from len(r) (spill) at ./large_locals.go:35:62
./large_locals.go:35:62:     from ... argument (slice-literal-element) at ./large_locals.go:35:13
./large_locals.go:35:62:   flow: {heap} = {storage for ... argument}:
./large_locals.go:35:62:     from ... argument (spill) at ./large_locals.go:35:13
./large_locals.go:35:62:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:35:13
./large_locals.go:35:54: r[2] escapes to heap:
./large_locals.go:35:54:   flow: {storage for ... argument} = &{storage for r[2]}:
./large_locals.go:35:54:     from r[2] (spill) at ./large_locals.go:35:54
./large_locals.go:35:54:     from ... argument (slice-literal-element) at ./large_locals.go:35:13
./large_locals.go:35:54:   flow: {heap} = {storage for ... argument}:
./large_locals.go:35:54:     from ... argument (spill) at ./large_locals.go:35:13
./large_locals.go:35:54:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:35:13
./large_locals.go:35:48: r[0] escapes to heap:
./large_locals.go:35:48:   flow: {storage for ... argument} = &{storage for r[0]}:
./large_locals.go:35:48:     from r[0] (spill) at ./large_locals.go:35:48
./large_locals.go:35:48:     from ... argument (slice-literal-element) at ./large_locals.go:35:13
./large_locals.go:35:48:   flow: {heap} = {storage for ... argument}:
./large_locals.go:35:48:     from ... argument (spill) at ./large_locals.go:35:13
./large_locals.go:35:48:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:35:13
./large_locals.go:35:40: q.Tail == "" escapes to heap:
./large_locals.go:35:40:   flow: {storage for ... argument} = &{storage for q.Tail == ""}:
./large_locals.go:35:40:     from q.Tail == "" (spill) at ./large_locals.go:35:40
./large_locals.go:35:40:     from ... argument (slice-literal-element) at ./large_locals.go:35:13
./large_locals.go:35:40:   flow: {heap} = {storage for ... argument}:
./large_locals.go:35:40:     from ... argument (spill) at ./large_locals.go:35:13
./large_locals.go:35:40:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:35:13
./large_locals.go:35:28: q.Body[0] escapes to heap:
./large_locals.go:35:28:   flow: {storage for ... argument} = &{storage for q.Body[0]}:
./large_locals.go:35:28:     from q.Body[0] (spill) at ./large_locals.go:35:28
./large_locals.go:35:28:     from ... argument (slice-literal-element) at ./large_locals.go:35:13
./large_locals.go:35:28:   flow: {heap} = {storage for ... argument}:
./large_locals.go:35:28:     from ... argument (spill) at ./large_locals.go:35:13
./large_locals.go:35:28:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:35:13
./large_locals.go:35:15: q.Head escapes to heap:
./large_locals.go:35:15:   flow: {storage for ... argument} = &{storage for q.Head}:
./large_locals.go:35:15:     from q.Head (spill) at ./large_locals.go:35:15
./large_locals.go:35:15:     from ... argument (slice-literal-element) at ./large_locals.go:35:13
./large_locals.go:35:15:   flow: {heap} = {storage for ... argument}:
./large_locals.go:35:15:     from ... argument (spill) at ./large_locals.go:35:13
./large_locals.go:35:15:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:35:13
./large_locals.go:34:77: p.Tail escapes to heap:
./large_locals.go:34:77:   flow: {storage for ... argument} = &{storage for p.Tail}:
./large_locals.go:34:77:     from p.Tail (spill) at ./large_locals.go:34:77
./large_locals.go:34:77:     from ... argument (slice-literal-element) at ./large_locals.go:34:13
./large_locals.go:34:77:   flow: {heap} = {storage for ... argument}:
./large_locals.go:34:77:     from ... argument (spill) at ./large_locals.go:34:13
./large_locals.go:34:77:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:34:13
./large_locals.go:34:67: p.Body[69999] escapes to heap:
./large_locals.go:34:67:   flow: {storage for ... argument} = &{storage for p.Body[69999]}:
./large_locals.go:34:67:     from p.Body[69999] (spill) at ./large_locals.go:34:67
./large_locals.go:34:67:     from ... argument (slice-literal-element) at ./large_locals.go:34:13
./large_locals.go:34:67:   flow: {heap} = {storage for ... argument}:
./large_locals.go:34:67:     from ... argument (spill) at ./large_locals.go:34:13
./large_locals.go:34:67:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:34:13
./large_locals.go:34:54: p.Head escapes to heap:
./large_locals.go:34:54:   flow: {storage for ... argument} = &{storage for p.Head}:
./large_locals.go:34:54:     from p.Head (spill) at ./large_locals.go:34:54
./large_locals.go:34:54:     from ... argument (slice-literal-element) at ./large_locals.go:34:13
./large_locals.go:34:54:   flow: {heap} = {storage for ... argument}:
./large_locals.go:34:54:     from ... argument (spill) at ./large_locals.go:34:13
./large_locals.go:34:54:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:34:13
./large_locals.go:34:48: len(c) escapes to heap:
./large_locals.go:34:48:   flow: {storage for ... argument} = &{storage for len(c)}:
./large_locals.go:34:48:     from len(c) (spill) at ./large_locals.go:34:48
./large_locals.go:34:48:     from ... argument (slice-literal-element) at ./large_locals.go:34:13
./large_locals.go:34:48:   flow: {heap} = {storage for ... argument}:
./large_locals.go:34:48:     from ... argument (spill) at ./large_locals.go:34:13
./large_locals.go:34:48:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:34:13
./large_locals.go:34:40: c[8] escapes to heap:
./large_locals.go:34:40:   flow: {storage for ... argument} = &{storage for c[8]}:
./large_locals.go:34:40:     from c[8] (spill) at ./large_locals.go:34:40
./large_locals.go:34:40:     from ... argument (slice-literal-element) at ./large_locals.go:34:13
./large_locals.go:34:40:   flow: {heap} = {storage for ... argument}:
./large_locals.go:34:40:     from ... argument (spill) at ./large_locals.go:34:13
./large_locals.go:34:40:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:34:13
./large_locals.go:34:34: c[7] escapes to heap:
./large_locals.go:34:34:   flow: {storage for ... argument} = &{storage for c[7]}:
./large_locals.go:34:34:     from c[7] (spill) at ./large_locals.go:34:34
./large_locals.go:34:34:     from ... argument (slice-literal-element) at ./large_locals.go:34:13
./large_locals.go:34:34:   flow: {heap} = {storage for ... argument}:
./large_locals.go:34:34:     from ... argument (spill) at ./large_locals.go:34:13
./large_locals.go:34:34:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:34:13
./large_locals.go:34:21: b[len(b) - 1] escapes to heap:
./large_locals.go:34:21:   flow: {storage for ... argument} = &{storage for b[len(b) - 1]}:
./large_locals.go:34:21:     from b[len(b) - 1] (spill) at ./large_locals.go:34:21
./large_locals.go:34:21:     from ... argument (slice-literal-element) at ./large_locals.go:34:13
./large_locals.go:34:21:   flow: {heap} = {storage for ... argument}:
./large_locals.go:34:21:     from ... argument (spill) at ./large_locals.go:34:13
./large_locals.go:34:21:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:34:13
./large_locals.go:34:15: a[5] escapes to heap:
./large_locals.go:34:15:   flow: {storage for ... argument} = &{storage for a[5]}:
./large_locals.go:34:15:     from a[5] (spill) at ./large_locals.go:34:15
./large_locals.go:34:15:     from ... argument (slice-literal-element) at ./large_locals.go:34:13
./large_locals.go:34:15:   flow: {heap} = {storage for ... argument}:
./large_locals.go:34:15:     from ... argument (spill) at ./large_locals.go:34:13
./large_locals.go:34:15:     from fmt.Println(... argument...) (call parameter) at ./large_locals.go:34:13
./large_locals.go:24:6: moved to heap: a
./large_locals.go:28:2: moved to heap: c
./large_locals.go:29:7: &Big{...} escapes to heap
./large_locals.go:33:7: &[100000]int32{...} escapes to heap
./large_locals.go:34:13: ... argument does not escape
./large_locals.go:34:15: a[5] escapes to heap
./large_locals.go:34:21: b[len(b) - 1] escapes to heap
./large_locals.go:34:34: c[7] escapes to heap
./large_locals.go:34:40: c[8] escapes to heap
./large_locals.go:34:48: len(c) escapes to heap
./large_locals.go:34:54: p.Head escapes to heap
./large_locals.go:34:67: p.Body[69999] escapes to heap
./large_locals.go:34:77: p.Tail escapes to heap
./large_locals.go:35:13: ... argument does not escape
./large_locals.go:35:15: q.Head escapes to heap
./large_locals.go:35:28: q.Body[0] escapes to heap
./large_locals.go:35:40: q.Tail == "" escapes to heap
./large_locals.go:35:48: r[0] escapes to heap
./large_locals.go:35:54: r[2] escapes to heap
./large_locals.go:35:62: len(r) escapes to heap
./large_locals.go:36:13: ... argument does not escape
./large_locals.go:36:18: fill(3) escapes to heap
./large_locals.go:44:13: ... argument does not escape
./large_locals.go:44:13: sum escapes to heap

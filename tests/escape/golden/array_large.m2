./array_large.go:52:67: touch(x) == y escapes to heap:
./array_large.go:52:67:   flow: {storage for ... argument} = &{storage for touch(x) == y}:
./array_large.go:52:67:     from touch(x) == y (spill) at ./array_large.go:52:67
./array_large.go:52:67:     from ... argument (slice-literal-element) at ./array_large.go:52:13
./array_large.go:52:67:   flow: {heap} = {storage for ... argument}:
./array_large.go:52:67:     from ... argument (spill) at ./array_large.go:52:13
./array_large.go:52:67:     from fmt.Println(... argument...) (call parameter) at ./array_large.go:52:13
./array_large.go:52:52: x == y escapes to heap:
./array_large.go:52:52:   flow: {storage for ... argument} = &{storage for x == y}:
./array_large.go:52:52:     from x == y (spill) at ./array_large.go:52:52
./array_large.go:52:52:     from ... argument (slice-literal-element) at ./array_large.go:52:13
./array_large.go:52:52:   flow: {heap} = {storage for ... argument}:
./array_large.go:52:52:     from ... argument (spill) at ./array_large.go:52:13
./array_large.go:52:52:     from fmt.Println(... argument...) (call parameter) at ./array_large.go:52:13
./array_large.go:52:46: y.N escapes to heap:
./array_large.go:52:46:   flow: {storage for ... argument} = &{storage for y.N}:
./array_large.go:52:46:     from y.N (spill) at ./array_large.go:52:46
./array_large.go:52:46:     from ... argument (slice-literal-element) at ./array_large.go:52:13
./array_large.go:52:46:   flow: {heap} = {storage for ... argument}:
./array_large.go:52:46:     from ... argument (spill) at ./array_large.go:52:13
./array_large.go:52:46:     from fmt.Println(... argument...) (call parameter) at ./array_large.go:52:13
./array_large.go:52:38: y.Data[999] escapes to heap:
./array_large.go:52:38:   flow: {storage for ... argument} = &{storage for y.Data[999]}:
./array_large.go:52:38:     from y.Data[999] (spill) at ./array_large.go:52:38
./array_large.go:52:38:     from ... argument (slice-literal-element) at ./array_large.go:52:13
./array_large.go:52:38:   flow: {heap} = {storage for ... argument}:
./array_large.go:52:38:     from ... argument (spill) at ./array_large.go:52:13
./array_large.go:52:38:     from fmt.Println(... argument...) (call parameter) at ./array_large.go:52:13
./array_large.go:52:28: x.N escapes to heap:
./array_large.go:52:28:   flow: {storage for ... argument} = &{storage for x.N}:
./array_large.go:52:28:     from x.N (spill) at ./array_large.go:52:28
./array_large.go:52:28:     from ... argument (slice-literal-element) at ./array_large.go:52:13
./array_large.go:52:28:   flow: {heap} = {storage for ... argument}:
./array_large.go:52:28:     from ... argument (spill) at ./array_large.go:52:13
./array_large.go:52:28:     from fmt.Println(... argument...) (call parameter) at ./array_large.go:52:13
./array_large.go:52:20: x.Data[999] escapes to heap:
./array_large.go:52:20:   flow: {storage for ... argument} = &{storage for x.Data[999]}:
./array_large.go:52:20:     from x.Data[999] (spill) at ./array_large.go:52:20
./array_large.go:52:20:     from ... argument (slice-literal-element) at ./array_large.go:52:13
./array_large.go:52:20:   flow: {heap} = {storage for ... argument}:
./array_large.go:52:20:     from ... argument (spill) at ./array_large.go:52:13
./array_large.go:52:20:     from fmt.Println(... argument...) (call parameter) at ./array_large.go:52:13
./array_large.go:48:33: h[5][5] escapes to heap:
./array_large.go:48:33:   flow: {storage for ... argument} = &{storage for h[5][5]}:
./array_large.go:48:33:     from h[5][5] (spill) at ./array_large.go:48:33
./array_large.go:48:33:     from ... argument (slice-literal-element) at ./array_large.go:48:13
./array_large.go:48:33:   flow: {heap} = {storage for ... argument}:
./array_large.go:48:33:     from ... argument (spill) at ./array_large.go:48:13
./array_large.go:48:33:     from fmt.Println(... argument...) (call parameter) at ./array_large.go:48:13
./array_large.go:48:24: g[5][5] escapes to heap:
./array_large.go:48:24:   flow: {storage for ... argument} = &{storage for g[5][5]}:
./array_large.go:48:24:     from g[5][5] (spill) at ./array_large.go:48:24
./array_large.go:48:24:     from ... argument (slice-literal-element) at ./array_large.go:48:13
./array_large.go:48:24:   flow: {heap} = {storage for ... argument}:
./array_large.go:48:24:     from ... argument (spill) at ./array_large.go:48:13
./array_large.go:48:24:     from fmt.Println(... argument...) (call parameter) at ./array_large.go:48:13
./array_large.go:48:13: diag escapes to heap:
./array_large.go:48:13:   flow: {storage for ... argument} = &{storage for diag}:
./array_large.go:48:13:     from diag (spill) at ./array_large.go:48:13
./array_large.go:48:13:     from ... argument (slice-literal-element) at ./array_large.go:48:13
./array_large.go:48:13:   flow: {heap} = {storage for ... argument}:
./array_large.go:48:13:     from ... argument (spill) at ./array_large.go:48:13
./array_large.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./array_large.go:48:13
./array_large.go:34:37: a[500] escapes to heap:
./array_large.go:34:37:   flow: {storage for ... argument} = &{storage for a[500]}:
./array_large.go:34:37:     from a[500] (spill) at ./array_large.go:34:37
./array_large.go:34:37:     from ... argument (slice-literal-element) at ./array_large.go:34:13
./array_large.go:34:37:   flow: {heap} = {storage for ... argument}:
./array_large.go:34:37:     from ... argument (spill) at ./array_large.go:34:13
./array_large.go:34:37:     from fmt.Println(... argument...) (call parameter) at ./array_large.go:34:13
./array_large.go:34:31: a[0] escapes to heap:
./array_large.go:34:31:   flow: {storage for ... argument} = &{storage for a[0]}:
./array_large.go:34:31:     from a[0] (spill) at ./array_large.go:34:31
./array_large.go:34:31:     from ... argument (slice-literal-element) at ./array_large.go:34:13
./array_large.go:34:31:   flow: {heap} = {storage for ... argument}:
./array_large.go:34:31:     from ... argument (spill) at ./array_large.go:34:13
./array_large.go:34:31:     from fmt.Println(... argument...) (call parameter) at ./array_large.go:34:13
./array_large.go:34:25: sum(b) escapes to heap:
./array_large.go:34:25:   flow: {storage for ... argument} = &{storage for sum(b)}:
./array_large.go:34:25:     from sum(b) (spill) at ./array_large.go:34:25
./array_large.go:34:25:     from ... argument (slice-literal-element) at ./array_large.go:34:13
./array_large.go:34:25:   flow: {heap} = {storage for ... argument}:
./array_large.go:34:25:     from ... argument (spill) at ./array_large.go:34:13
./array_large.go:34:25:     from fmt.Println(... argument...) (call parameter) at ./array_large.go:34:13
./array_large.go:34:17: sum(a) escapes to heap:
./array_large.go:34:17:   flow: {storage for ... argument} = &{storage for sum(a)}:
./array_large.go:34:17:     from sum(a) (spill) at ./array_large.go:34:17
./array_large.go:34:17:     from ... argument (slice-literal-element) at ./array_large.go:34:13
./array_large.go:34:17:   flow: {heap} = {storage for ... argument}:
./array_large.go:34:17:     from ... argument (spill) at ./array_large.go:34:13
./array_large.go:34:17:     from fmt.Println(... argument...) (call parameter) at ./array_large.go:34:13
./array_large.go:34:13: ... argument does not escape
./array_large.go:34:17: sum(a) escapes to heap
./array_large.go:34:25: sum(b) escapes to heap
./array_large.go:34:31: a[0] escapes to heap
./array_large.go:34:37: a[500] escapes to heap
./array_large.go:48:13: ... argument does not escape
./array_large.go:48:13: diag escapes to heap
./array_large.go:48:24: g[5][5] escapes to heap
./array_large.go:48:33: h[5][5] escapes to heap
./array_large.go:52:13: ... argument does not escape
./array_large.go:52:20: x.Data[999] escapes to heap
./array_large.go:52:28: x.N escapes to heap
./array_large.go:52:38: y.Data[999] escapes to heap
./array_large.go:52:46: y.N escapes to heap
./array_large.go:52:52: x == y escapes to heap
./array_large.go:52:67: touch(x) == y escapes to heap

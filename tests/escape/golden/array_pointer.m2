./array_pointer.go:7:11: p does not escape
./array_pointer.go:42:14: sum escapes to heap:
./array_pointer.go:42:14:   flow: {storage for ... argument} = &{storage for sum}:
./array_pointer.go:42:14:     from sum (spill) at ./array_pointer.go:42:14
./array_pointer.go:42:14:     from ... argument (slice-literal-element) at ./array_pointer.go:42:13
./array_pointer.go:42:14:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:42:14:     from ... argument (spill) at ./array_pointer.go:42:13
./array_pointer.go:42:14:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:42:13
./array_pointer.go:42:14: "sum" escapes to heap:
./array_pointer.go:42:14:   flow: {storage for ... argument} = &{storage for "sum"}:
./array_pointer.go:42:14:     from "sum" (spill) at ./array_pointer.go:42:14
./array_pointer.go:42:14:     from ... argument (slice-literal-element) at ./array_pointer.go:42:13
./array_pointer.go:42:14:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:42:14:     from ... argument (spill) at ./array_pointer.go:42:13
./array_pointer.go:42:14:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:42:13
./array_pointer.go:36:21: b[0] escapes to heap:
./array_pointer.go:36:21:   flow: {storage for ... argument} = &{storage for b[0]}:
./array_pointer.go:36:21:     from b[0] (spill) at ./array_pointer.go:36:21
./array_pointer.go:36:21:     from ... argument (slice-literal-element) at ./array_pointer.go:36:13
./array_pointer.go:36:21:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:36:21:     from ... argument (spill) at ./array_pointer.go:36:13
./array_pointer.go:36:21:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:36:13
./array_pointer.go:36:15: a[0] escapes to heap:
./array_pointer.go:36:15:   flow: {storage for ... argument} = &{storage for a[0]}:
./array_pointer.go:36:15:     from a[0] (spill) at ./array_pointer.go:36:15
./array_pointer.go:36:15:     from ... argument (slice-literal-element) at ./array_pointer.go:36:13
./array_pointer.go:36:15:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:36:15:     from ... argument (spill) at ./array_pointer.go:36:13
./array_pointer.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:36:13
./array_pointer.go:32:25: *p == *q escapes to heap:
./array_pointer.go:32:25:   flow: {storage for ... argument} = &{storage for *p == *q}:
./array_pointer.go:32:25:     from *p == *q (spill) at ./array_pointer.go:32:25
./array_pointer.go:32:25:     from ... argument (slice-literal-element) at ./array_pointer.go:32:13
./array_pointer.go:32:25:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:32:25:     from ... argument (spill) at ./array_pointer.go:32:13
./array_pointer.go:32:25:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:32:13
./array_pointer.go:32:16: p == q escapes to heap:
./array_pointer.go:32:16:   flow: {storage for ... argument} = &{storage for p == q}:
./array_pointer.go:32:16:     from p == q (spill) at ./array_pointer.go:32:16
./array_pointer.go:32:16:     from ... argument (slice-literal-element) at ./array_pointer.go:32:13
./array_pointer.go:32:16:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:32:16:     from ... argument (spill) at ./array_pointer.go:32:13
./array_pointer.go:32:16:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:32:13
./array_pointer.go:29:31: cap(t) escapes to heap:
./array_pointer.go:29:31:   flow: {storage for ... argument} = &{storage for cap(t)}:
./array_pointer.go:29:31:     from cap(t) (spill) at ./array_pointer.go:29:31
./array_pointer.go:29:31:     from ... argument (slice-literal-element) at ./array_pointer.go:29:13
./array_pointer.go:29:31:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:29:31:     from ... argument (spill) at ./array_pointer.go:29:13
./array_pointer.go:29:31:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:29:13
./array_pointer.go:29:23: len(t) escapes to heap:
./array_pointer.go:29:23:   flow: {storage for ... argument} = &{storage for len(t)}:
./array_pointer.go:29:23:     from len(t) (spill) at ./array_pointer.go:29:23
./array_pointer.go:29:23:     from ... argument (slice-literal-element) at ./array_pointer.go:29:13
./array_pointer.go:29:23:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:29:23:     from ... argument (spill) at ./array_pointer.go:29:13
./array_pointer.go:29:23:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:29:13
./array_pointer.go:29:13: t escapes to heap:
./array_pointer.go:29:13:   flow: {storage for ... argument} = &{storage for t}:
./array_pointer.go:29:13:     from t (spill) at ./array_pointer.go:29:13
./array_pointer.go:29:13:     from ... argument (slice-literal-element) at ./array_pointer.go:29:13
./array_pointer.go:29:13:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:29:13:     from ... argument (spill) at ./array_pointer.go:29:13
./array_pointer.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:29:13
./array_pointer.go:29:13: a escapes to heap:
./array_pointer.go:29:13:   flow: {storage for ... argument} = &{storage for a}:
./array_pointer.go:29:13:     from a (spill) at ./array_pointer.go:29:13
./array_pointer.go:29:13:     from ... argument (slice-literal-element) at ./array_pointer.go:29:13
./array_pointer.go:29:13:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:29:13:     from ... argument (spill) at ./array_pointer.go:29:13
./array_pointer.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:29:13
./array_pointer.go:25:28: cap(s) escapes to heap:
./array_pointer.go:25:28:   flow: {storage for ... argument} = &{storage for cap(s)}:
./array_pointer.go:25:28:     from cap(s) (spill) at ./array_pointer.go:25:28
./array_pointer.go:25:28:     from ... argument (slice-literal-element) at ./array_pointer.go:25:13
./array_pointer.go:25:28:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:25:28:     from ... argument (spill) at ./array_pointer.go:25:13
./array_pointer.go:25:28:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:25:13
./array_pointer.go:25:20: len(s) escapes to heap:
./array_pointer.go:25:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./array_pointer.go:25:20:     from len(s) (spill) at ./array_pointer.go:25:20
./array_pointer.go:25:20:     from ... argument (slice-literal-element) at ./array_pointer.go:25:13
./array_pointer.go:25:20:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:25:20:     from ... argument (spill) at ./array_pointer.go:25:13
./array_pointer.go:25:20:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:25:13
./array_pointer.go:25:13: a escapes to heap:
./array_pointer.go:25:13:   flow: {storage for ... argument} = &{storage for a}:
./array_pointer.go:25:13:     from a (spill) at ./array_pointer.go:25:13
./array_pointer.go:25:13:     from ... argument (slice-literal-element) at ./array_pointer.go:25:13
./array_pointer.go:25:13:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:25:13:     from ... argument (spill) at ./array_pointer.go:25:13
./array_pointer.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:25:13
./array_pointer.go:21:26: p[3] escapes to heap:
./array_pointer.go:21:26:   flow: {storage for ... argument} = &{storage for p[3]}:
./array_pointer.go:21:26:     from p[3] (spill) at ./array_pointer.go:21:26
./array_pointer.go:21:26:     from ... argument (slice-literal-element) at ./array_pointer.go:21:13
./array_pointer.go:21:26:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:21:26:     from ... argument (spill) at ./array_pointer.go:21:13
./array_pointer.go:21:26:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:21:13
./array_pointer.go:21:20: len(p) escapes to heap:
./array_pointer.go:21:20:   flow: {storage for ... argument} = &{storage for len(p)}:
./array_pointer.go:21:20:     from len(p) (spill) at ./array_pointer.go:21:20
./array_pointer.go:21:20:     from ... argument (slice-literal-element) at ./array_pointer.go:21:13
./array_pointer.go:21:20:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:21:20:     from ... argument (spill) at ./array_pointer.go:21:13
./array_pointer.go:21:20:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:21:13
./array_pointer.go:21:13: a escapes to heap:
./array_pointer.go:21:13:   flow: {storage for ... argument} = &{storage for a}:
./array_pointer.go:21:13:     from a (spill) at ./array_pointer.go:21:13
./array_pointer.go:21:13:     from ... argument (slice-literal-element) at ./array_pointer.go:21:13
./array_pointer.go:21:13:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:21:13:     from ... argument (spill) at ./array_pointer.go:21:13
./array_pointer.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:21:13
./array_pointer.go:16:13: a escapes to heap:
./array_pointer.go:16:13:   flow: {storage for ... argument} = &{storage for a}:
./array_pointer.go:16:13:     from a (spill) at ./array_pointer.go:16:13
./array_pointer.go:16:13:     from ... argument (slice-literal-element) at ./array_pointer.go:16:13
./array_pointer.go:16:13:   flow: {heap} = {storage for ... argument}:
./array_pointer.go:16:13:     from ... argument (spill) at ./array_pointer.go:16:13
./array_pointer.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./array_pointer.go:16:13
./array_pointer.go:14:6: a escapes to heap:
./array_pointer.go:14:6:   flow: p = &a:
./array_pointer.go:14:6:     from &a (address-of) at ./array_pointer.go:18:7
./array_pointer.go:14:6:     from p := &a (assign) at ./array_pointer.go:18:4
./array_pointer.go:14:6:   flow: t = p:
./array_pointer.go:14:6:     from p[1:3] (slice) at ./array_pointer.go:27:8
./array_pointer.go:14:6:     from t := p[1:3] (assign) at ./array_pointer.go:27:4
./array_pointer.go:14:6:   flow: {storage for t} = t:
./array_pointer.go:14:6:     from t (interface-converted) at ./array_pointer.go:29:13
./array_pointer.go:14:6: moved to heap: a
./array_pointer.go:16:13: ... argument does not escape
./array_pointer.go:16:13: a escapes to heap
./array_pointer.go:21:13: ... argument does not escape
./array_pointer.go:21:13: a escapes to heap
./array_pointer.go:21:20: len(p) escapes to heap
./array_pointer.go:21:26: p[3] escapes to heap
./array_pointer.go:25:13: ... argument does not escape
./array_pointer.go:25:13: a escapes to heap
./array_pointer.go:25:20: len(s) escapes to heap
./array_pointer.go:25:28: cap(s) escapes to heap
./array_pointer.go:29:13: ... argument does not escape
./array_pointer.go:29:13: a escapes to heap
./array_pointer.go:29:13: t escapes to heap
./array_pointer.go:29:23: len(t) escapes to heap
./array_pointer.go:29:31: cap(t) escapes to heap
./array_pointer.go:32:13: ... argument does not escape
./array_pointer.go:32:16: p == q escapes to heap
./array_pointer.go:32:25: *p == *q escapes to heap
./array_pointer.go:36:13: ... argument does not escape
./array_pointer.go:36:15: a[0] escapes to heap
./array_pointer.go:36:21: b[0] escapes to heap
./array_pointer.go:42:13: ... argument does not escape
./array_pointer.go:42:14: "sum" escapes to heap
./array_pointer.go:42:14: sum escapes to heap

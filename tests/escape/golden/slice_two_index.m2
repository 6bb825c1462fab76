./slice_two_index.go:46:28: ns escapes to heap:
./slice_two_index.go:46:28:   flow: {storage for ... argument} = &{storage for ns}:
./slice_two_index.go:46:28:     from ns (spill) at ./slice_two_index.go:46:28
./slice_two_index.go:46:28:     from ... argument (slice-literal-element) at ./slice_two_index.go:46:13
./slice_two_index.go:46:28:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:46:28:     from ... argument (spill) at ./slice_two_index.go:46:13
./slice_two_index.go:46:28:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:46:13
./slice_two_index.go:46:28: len(nilS[0:]) escapes to heap:
./slice_two_index.go:46:28:   flow: {storage for ... argument} = &{storage for len(nilS[0:])}:
./slice_two_index.go:46:28:     from len(nilS[0:]) (spill) at ./slice_two_index.go:46:28
./slice_two_index.go:46:28:     from ... argument (slice-literal-element) at ./slice_two_index.go:46:13
./slice_two_index.go:46:28:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:46:28:     from ... argument (spill) at ./slice_two_index.go:46:13
./slice_two_index.go:46:28:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:46:13
./slice_two_index.go:46:17: ns == nil escapes to heap:
./slice_two_index.go:46:17:   flow: {storage for ... argument} = &{storage for ns == nil}:
./slice_two_index.go:46:17:     from ns == nil (spill) at ./slice_two_index.go:46:17
./slice_two_index.go:46:17:     from ... argument (slice-literal-element) at ./slice_two_index.go:46:13
./slice_two_index.go:46:17:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:46:17:     from ... argument (spill) at ./slice_two_index.go:46:13
./slice_two_index.go:46:17:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:46:13
./slice_two_index.go:41:13: arr escapes to heap:
./slice_two_index.go:41:13:   flow: {storage for ... argument} = &{storage for arr}:
./slice_two_index.go:41:13:     from arr (spill) at ./slice_two_index.go:41:13
./slice_two_index.go:41:13:     from ... argument (slice-literal-element) at ./slice_two_index.go:41:13
./slice_two_index.go:41:13:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:41:13:     from ... argument (spill) at ./slice_two_index.go:41:13
./slice_two_index.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:41:13
./slice_two_index.go:39:30: cap(as) escapes to heap:
./slice_two_index.go:39:30:   flow: {storage for ... argument} = &{storage for cap(as)}:
./slice_two_index.go:39:30:     from cap(as) (spill) at ./slice_two_index.go:39:30
./slice_two_index.go:39:30:     from ... argument (slice-literal-element) at ./slice_two_index.go:39:13
./slice_two_index.go:39:30:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:39:30:     from ... argument (spill) at ./slice_two_index.go:39:13
./slice_two_index.go:39:30:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:39:13
./slice_two_index.go:39:21: len(as) escapes to heap:
./slice_two_index.go:39:21:   flow: {storage for ... argument} = &{storage for len(as)}:
./slice_two_index.go:39:21:     from len(as) (spill) at ./slice_two_index.go:39:21
./slice_two_index.go:39:21:     from ... argument (slice-literal-element) at ./slice_two_index.go:39:13
./slice_two_index.go:39:21:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:39:21:     from ... argument (spill) at ./slice_two_index.go:39:13
./slice_two_index.go:39:21:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:39:13
./slice_two_index.go:39:13: as escapes to heap:
./slice_two_index.go:39:13:   flow: {storage for ... argument} = &{storage for as}:
./slice_two_index.go:39:13:     from as (spill) at ./slice_two_index.go:39:13
./slice_two_index.go:39:13:     from ... argument (slice-literal-element) at ./slice_two_index.go:39:13
./slice_two_index.go:39:13:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:39:13:     from ... argument (spill) at ./slice_two_index.go:39:13
./slice_two_index.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:39:13
./slice_two_index.go:35:33: s[:hi] escapes to heap:
./slice_two_index.go:35:33:   flow: {storage for ... argument} = &{storage for s[:hi]}:
./slice_two_index.go:35:33:     from s[:hi] (spill) at ./slice_two_index.go:35:33
./slice_two_index.go:35:33:     from ... argument (slice-literal-element) at ./slice_two_index.go:35:13
./slice_two_index.go:35:33:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:35:33:     from ... argument (spill) at ./slice_two_index.go:35:13
./slice_two_index.go:35:33:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:35:13
./slice_two_index.go:35:25: s[lo:] escapes to heap:
./slice_two_index.go:35:25:   flow: {storage for ... argument} = &{storage for s[lo:]}:
./slice_two_index.go:35:25:     from s[lo:] (spill) at ./slice_two_index.go:35:25
./slice_two_index.go:35:25:     from ... argument (slice-literal-element) at ./slice_two_index.go:35:13
./slice_two_index.go:35:25:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:35:25:     from ... argument (spill) at ./slice_two_index.go:35:13
./slice_two_index.go:35:25:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:35:13
./slice_two_index.go:35:15: s[lo:hi] escapes to heap:
./slice_two_index.go:35:15:   flow: {storage for ... argument} = &{storage for s[lo:hi]}:
./slice_two_index.go:35:15:     from s[lo:hi] (spill) at ./slice_two_index.go:35:15
./slice_two_index.go:35:15:     from ... argument (slice-literal-element) at ./slice_two_index.go:35:13
./slice_two_index.go:35:15:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:35:15:     from ... argument (spill) at ./slice_two_index.go:35:13
./slice_two_index.go:35:15:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:35:13
./slice_two_index.go:31:28: cap(g) escapes to heap:
./slice_two_index.go:31:28:   flow: {storage for ... argument} = &{storage for cap(g)}:
./slice_two_index.go:31:28:     from cap(g) (spill) at ./slice_two_index.go:31:28
./slice_two_index.go:31:28:     from ... argument (slice-literal-element) at ./slice_two_index.go:31:13
./slice_two_index.go:31:28:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:31:28:     from ... argument (spill) at ./slice_two_index.go:31:13
./slice_two_index.go:31:28:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:31:13
./slice_two_index.go:31:20: len(g) escapes to heap:
./slice_two_index.go:31:20:   flow: {storage for ... argument} = &{storage for len(g)}:
./slice_two_index.go:31:20:     from len(g) (spill) at ./slice_two_index.go:31:20
./slice_two_index.go:31:20:     from ... argument (slice-literal-element) at ./slice_two_index.go:31:13
./slice_two_index.go:31:20:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:31:20:     from ... argument (spill) at ./slice_two_index.go:31:13
./slice_two_index.go:31:20:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:31:13
./slice_two_index.go:31:13: g escapes to heap:
./slice_two_index.go:31:13:   flow: {storage for ... argument} = &{storage for g}:
./slice_two_index.go:31:13:     from g (spill) at ./slice_two_index.go:31:13
./slice_two_index.go:31:13:     from ... argument (slice-literal-element) at ./slice_two_index.go:31:13
./slice_two_index.go:31:13:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:31:13:     from ... argument (spill) at ./slice_two_index.go:31:13
./slice_two_index.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:31:13
./slice_two_index.go:29:13: g escapes to heap:
./slice_two_index.go:29:13:   flow: {storage for ... argument} = &{storage for g}:
./slice_two_index.go:29:13:     from g (spill) at ./slice_two_index.go:29:13
./slice_two_index.go:29:13:     from ... argument (slice-literal-element) at ./slice_two_index.go:29:13
./slice_two_index.go:29:13:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:29:13:     from ... argument (spill) at ./slice_two_index.go:29:13
./slice_two_index.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:29:13
./slice_two_index.go:27:28: cap(g) escapes to heap:
./slice_two_index.go:27:28:   flow: {storage for ... argument} = &{storage for cap(g)}:
./slice_two_index.go:27:28:     from cap(g) (spill) at ./slice_two_index.go:27:28
./slice_two_index.go:27:28:     from ... argument (slice-literal-element) at ./slice_two_index.go:27:13
./slice_two_index.go:27:28:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:27:28:     from ... argument (spill) at ./slice_two_index.go:27:13
./slice_two_index.go:27:28:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:27:13
./slice_two_index.go:27:20: len(g) escapes to heap:
./slice_two_index.go:27:20:   flow: {storage for ... argument} = &{storage for len(g)}:
./slice_two_index.go:27:20:     from len(g) (spill) at ./slice_two_index.go:27:20
./slice_two_index.go:27:20:     from ... argument (slice-literal-element) at ./slice_two_index.go:27:13
./slice_two_index.go:27:20:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:27:20:     from ... argument (spill) at ./slice_two_index.go:27:13
./slice_two_index.go:27:20:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:27:13
./slice_two_index.go:27:13: g escapes to heap:
./slice_two_index.go:27:13:   flow: {storage for ... argument} = &{storage for g}:
./slice_two_index.go:27:13:     from g (spill) at ./slice_two_index.go:27:13
./slice_two_index.go:27:13:     from ... argument (slice-literal-element) at ./slice_two_index.go:27:13
./slice_two_index.go:27:13:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:27:13:     from ... argument (spill) at ./slice_two_index.go:27:13
./slice_two_index.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:27:13
./slice_two_index.go:23:13: s escapes to heap:
./slice_two_index.go:23:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_two_index.go:23:13:     from s (spill) at ./slice_two_index.go:23:13
./slice_two_index.go:23:13:     from ... argument (slice-literal-element) at ./slice_two_index.go:23:13
./slice_two_index.go:23:13:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:23:13:     from ... argument (spill) at ./slice_two_index.go:23:13
./slice_two_index.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:23:13
./slice_two_index.go:20:28: cap(f) escapes to heap:
./slice_two_index.go:20:28:   flow: {storage for ... argument} = &{storage for cap(f)}:
./slice_two_index.go:20:28:     from cap(f) (spill) at ./slice_two_index.go:20:28
./slice_two_index.go:20:28:     from ... argument (slice-literal-element) at ./slice_two_index.go:20:13
./slice_two_index.go:20:28:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:20:28:     from ... argument (spill) at ./slice_two_index.go:20:13
./slice_two_index.go:20:28:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:20:13
./slice_two_index.go:20:20: len(f) escapes to heap:
./slice_two_index.go:20:20:   flow: {storage for ... argument} = &{storage for len(f)}:
./slice_two_index.go:20:20:     from len(f) (spill) at ./slice_two_index.go:20:20
./slice_two_index.go:20:20:     from ... argument (slice-literal-element) at ./slice_two_index.go:20:13
./slice_two_index.go:20:20:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:20:20:     from ... argument (spill) at ./slice_two_index.go:20:13
./slice_two_index.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:20:13
./slice_two_index.go:20:13: f escapes to heap:
./slice_two_index.go:20:13:   flow: {storage for ... argument} = &{storage for f}:
./slice_two_index.go:20:13:     from f (spill) at ./slice_two_index.go:20:13
./slice_two_index.go:20:13:     from ... argument (slice-literal-element) at ./slice_two_index.go:20:13
./slice_two_index.go:20:13:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:20:13:     from ... argument (spill) at ./slice_two_index.go:20:13
./slice_two_index.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:20:13
./slice_two_index.go:18:35: e == nil escapes to heap:
./slice_two_index.go:18:35:   flow: {storage for ... argument} = &{storage for e == nil}:
./slice_two_index.go:18:35:     from e == nil (spill) at ./slice_two_index.go:18:35
./slice_two_index.go:18:35:     from ... argument (slice-literal-element) at ./slice_two_index.go:18:13
./slice_two_index.go:18:35:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:18:35:     from ... argument (spill) at ./slice_two_index.go:18:13
./slice_two_index.go:18:35:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:18:13
./slice_two_index.go:18:28: cap(e) escapes to heap:
./slice_two_index.go:18:28:   flow: {storage for ... argument} = &{storage for cap(e)}:
./slice_two_index.go:18:28:     from cap(e) (spill) at ./slice_two_index.go:18:28
./slice_two_index.go:18:28:     from ... argument (slice-literal-element) at ./slice_two_index.go:18:13
./slice_two_index.go:18:28:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:18:28:     from ... argument (spill) at ./slice_two_index.go:18:13
./slice_two_index.go:18:28:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:18:13
./slice_two_index.go:18:20: len(e) escapes to heap:
./slice_two_index.go:18:20:   flow: {storage for ... argument} = &{storage for len(e)}:
./slice_two_index.go:18:20:     from len(e) (spill) at ./slice_two_index.go:18:20
./slice_two_index.go:18:20:     from ... argument (slice-literal-element) at ./slice_two_index.go:18:13
./slice_two_index.go:18:20:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:18:20:     from ... argument (spill) at ./slice_two_index.go:18:13
./slice_two_index.go:18:20:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:18:13
./slice_two_index.go:18:13: e escapes to heap:
./slice_two_index.go:18:13:   flow: {storage for ... argument} = &{storage for e}:
./slice_two_index.go:18:13:     from e (spill) at ./slice_two_index.go:18:13
./slice_two_index.go:18:13:     from ... argument (slice-literal-element) at ./slice_two_index.go:18:13
./slice_two_index.go:18:13:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:18:13:     from ... argument (spill) at ./slice_two_index.go:18:13
./slice_two_index.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:18:13
./slice_two_index.go:16:28: cap(d) escapes to heap:
./slice_two_index.go:16:28:   flow: {storage for ... argument} = &{storage for cap(d)}:
./slice_two_index.go:16:28:     from cap(d) (spill) at ./slice_two_index.go:16:28
./slice_two_index.go:16:28:     from ... argument (slice-literal-element) at ./slice_two_index.go:16:13
./slice_two_index.go:16:28:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:16:28:     from ... argument (spill) at ./slice_two_index.go:16:13
./slice_two_index.go:16:28:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:16:13
./slice_two_index.go:16:20: len(d) escapes to heap:
./slice_two_index.go:16:20:   flow: {storage for ... argument} = &{storage for len(d)}:
./slice_two_index.go:16:20:     from len(d) (spill) at ./slice_two_index.go:16:20
./slice_two_index.go:16:20:     from ... argument (slice-literal-element) at ./slice_two_index.go:16:13
./slice_two_index.go:16:20:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:16:20:     from ... argument (spill) at ./slice_two_index.go:16:13
./slice_two_index.go:16:20:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:16:13
./slice_two_index.go:16:13: d escapes to heap:
./slice_two_index.go:16:13:   flow: {storage for ... argument} = &{storage for d}:
./slice_two_index.go:16:13:     from d (spill) at ./slice_two_index.go:16:13
./slice_two_index.go:16:13:     from ... argument (slice-literal-element) at ./slice_two_index.go:16:13
./slice_two_index.go:16:13:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:16:13:     from ... argument (spill) at ./slice_two_index.go:16:13
./slice_two_index.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:16:13
./slice_two_index.go:14:28: cap(c) escapes to heap:
./slice_two_index.go:14:28:   flow: {storage for ... argument} = &{storage for cap(c)}:
./slice_two_index.go:14:28:     from cap(c) (spill) at ./slice_two_index.go:14:28
./slice_two_index.go:14:28:     from ... argument (slice-literal-element) at ./slice_two_index.go:14:13
./slice_two_index.go:14:28:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:14:28:     from ... argument (spill) at ./slice_two_index.go:14:13
./slice_two_index.go:14:28:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:14:13
./slice_two_index.go:14:20: len(c) escapes to heap:
./slice_two_index.go:14:20:   flow: {storage for ... argument} = &{storage for len(c)}:
./slice_two_index.go:14:20:     from len(c) (spill) at ./slice_two_index.go:14:20
./slice_two_index.go:14:20:     from ... argument (slice-literal-element) at ./slice_two_index.go:14:13
./slice_two_index.go:14:20:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:14:20:     from ... argument (spill) at ./slice_two_index.go:14:13
./slice_two_index.go:14:20:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:14:13
./slice_two_index.go:14:13: c escapes to heap:
./slice_two_index.go:14:13:   flow: {storage for ... argument} = &{storage for c}:
./slice_two_index.go:14:13:     from c (spill) at ./slice_two_index.go:14:13
./slice_two_index.go:14:13:     from ... argument (slice-literal-element) at ./slice_two_index.go:14:13
./slice_two_index.go:14:13:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:14:13:     from ... argument (spill) at ./slice_two_index.go:14:13
./slice_two_index.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:14:13
./slice_two_index.go:12:28: cap(b) escapes to heap:
./slice_two_index.go:12:28:   flow: {storage for ... argument} = &{storage for cap(b)}:
./slice_two_index.go:12:28:     from cap(b) (spill) at ./slice_two_index.go:12:28
./slice_two_index.go:12:28:     from ... argument (slice-literal-element) at ./slice_two_index.go:12:13
./slice_two_index.go:12:28:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:12:28:     from ... argument (spill) at ./slice_two_index.go:12:13
./slice_two_index.go:12:28:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:12:13
./slice_two_index.go:12:20: len(b) escapes to heap:
./slice_two_index.go:12:20:   flow: {storage for ... argument} = &{storage for len(b)}:
./slice_two_index.go:12:20:     from len(b) (spill) at ./slice_two_index.go:12:20
./slice_two_index.go:12:20:     from ... argument (slice-literal-element) at ./slice_two_index.go:12:13
./slice_two_index.go:12:20:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:12:20:     from ... argument (spill) at ./slice_two_index.go:12:13
./slice_two_index.go:12:20:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:12:13
./slice_two_index.go:12:13: b escapes to heap:
./slice_two_index.go:12:13:   flow: {storage for ... argument} = &{storage for b}:
./slice_two_index.go:12:13:     from b (spill) at ./slice_two_index.go:12:13
./slice_two_index.go:12:13:     from ... argument (slice-literal-element) at ./slice_two_index.go:12:13
./slice_two_index.go:12:13:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:12:13:     from ... argument (spill) at ./slice_two_index.go:12:13
./slice_two_index.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:12:13
./slice_two_index.go:10:28: cap(a) escapes to heap:
./slice_two_index.go:10:28:   flow: {storage for ... argument} = &{storage for cap(a)}:
./slice_two_index.go:10:28:     from cap(a) (spill) at ./slice_two_index.go:10:28
./slice_two_index.go:10:28:     from ... argument (slice-literal-element) at ./slice_two_index.go:10:13
./slice_two_index.go:10:28:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:10:28:     from ... argument (spill) at ./slice_two_index.go:10:13
./slice_two_index.go:10:28:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:10:13
./slice_two_index.go:10:20: len(a) escapes to heap:
./slice_two_index.go:10:20:   flow: {storage for ... argument} = &{storage for len(a)}:
./slice_two_index.go:10:20:     from len(a) (spill) at ./slice_two_index.go:10:20
./slice_two_index.go:10:20:     from ... argument (slice-literal-element) at ./slice_two_index.go:10:13
./slice_two_index.go:10:20:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:10:20:     from ... argument (spill) at ./slice_two_index.go:10:13
./slice_two_index.go:10:20:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:10:13
./slice_two_index.go:10:13: a escapes to heap:
./slice_two_index.go:10:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_two_index.go:10:13:     from a (spill) at ./slice_two_index.go:10:13
./slice_two_index.go:10:13:     from ... argument (slice-literal-element) at ./slice_two_index.go:10:13
./slice_two_index.go:10:13:   flow: {heap} = {storage for ... argument}:
./slice_two_index.go:10:13:     from ... argument (spill) at ./slice_two_index.go:10:13
./slice_two_index.go:10:13:     from fmt.Println(... argument...) (call parameter) at ./slice_two_index.go:10:13
./slice_two_index.go:37:2: arr escapes to heap:
./slice_two_index.go:37:2:   flow: as = &arr:
./slice_two_index.go:37:2:     from arr (address-of) at ./slice_two_index.go:38:8
./slice_two_index.go:37:2:     from arr[1:3] (slice) at ./slice_two_index.go:38:11
./slice_two_index.go:37:2:     from as := arr[1:3] (assign) at ./slice_two_index.go:38:5
./slice_two_index.go:37:2:   flow: {storage for as} = as:
./slice_two_index.go:37:2:     from as (interface-converted) at ./slice_two_index.go:39:13
./slice_two_index.go:8:12: []int{...} escapes to heap:
./slice_two_index.go:8:12:   flow: s = &{storage for []int{...}}:
./slice_two_index.go:8:12:     from []int{...} (spill) at ./slice_two_index.go:8:12
./slice_two_index.go:8:12:     from s := []int{...} (assign) at ./slice_two_index.go:8:4
./slice_two_index.go:8:12:   flow: {storage for s[:hi]} = s:
./slice_two_index.go:8:12:     from s[:hi] (slice) at ./slice_two_index.go:35:33
./slice_two_index.go:8:12:     from s[:hi] (interface-converted) at ./slice_two_index.go:35:33
./slice_two_index.go:37:2: moved to heap: arr
./slice_two_index.go:8:12: []int{...} escapes to heap
./slice_two_index.go:10:13: ... argument does not escape
./slice_two_index.go:10:13: a escapes to heap
./slice_two_index.go:10:20: len(a) escapes to heap
./slice_two_index.go:10:28: cap(a) escapes to heap
./slice_two_index.go:12:13: ... argument does not escape
./slice_two_index.go:12:13: b escapes to heap
./slice_two_index.go:12:20: len(b) escapes to heap
./slice_two_index.go:12:28: cap(b) escapes to heap
./slice_two_index.go:14:13: ... argument does not escape
./slice_two_index.go:14:13: c escapes to heap
./slice_two_index.go:14:20: len(c) escapes to heap
./slice_two_index.go:14:28: cap(c) escapes to heap
./slice_two_index.go:16:13: ... argument does not escape
./slice_two_index.go:16:13: d escapes to heap
./slice_two_index.go:16:20: len(d) escapes to heap
./slice_two_index.go:16:28: cap(d) escapes to heap
./slice_two_index.go:18:13: ... argument does not escape
./slice_two_index.go:18:13: e escapes to heap
./slice_two_index.go:18:20: len(e) escapes to heap
./slice_two_index.go:18:28: cap(e) escapes to heap
./slice_two_index.go:18:35: e == nil escapes to heap
./slice_two_index.go:20:13: ... argument does not escape
./slice_two_index.go:20:13: f escapes to heap
./slice_two_index.go:20:20: len(f) escapes to heap
./slice_two_index.go:20:28: cap(f) escapes to heap
./slice_two_index.go:23:13: ... argument does not escape
./slice_two_index.go:23:13: s escapes to heap
./slice_two_index.go:27:13: ... argument does not escape
./slice_two_index.go:27:13: g escapes to heap
./slice_two_index.go:27:20: len(g) escapes to heap
./slice_two_index.go:27:28: cap(g) escapes to heap
./slice_two_index.go:29:13: ... argument does not escape
./slice_two_index.go:29:13: g escapes to heap
./slice_two_index.go:31:13: ... argument does not escape
./slice_two_index.go:31:13: g escapes to heap
./slice_two_index.go:31:20: len(g) escapes to heap
./slice_two_index.go:31:28: cap(g) escapes to heap
./slice_two_index.go:35:13: ... argument does not escape
./slice_two_index.go:35:15: s[lo:hi] escapes to heap
./slice_two_index.go:35:25: s[lo:] escapes to heap
./slice_two_index.go:35:33: s[:hi] escapes to heap
./slice_two_index.go:39:13: ... argument does not escape
./slice_two_index.go:39:13: as escapes to heap
./slice_two_index.go:39:21: len(as) escapes to heap
./slice_two_index.go:39:30: cap(as) escapes to heap
./slice_two_index.go:41:13: ... argument does not escape
./slice_two_index.go:41:13: arr escapes to heap
./slice_two_index.go:46:13: ... argument does not escape
./slice_two_index.go:46:17: ns == nil escapes to heap
./slice_two_index.go:46:28: len(nilS[0:]) escapes to heap
./slice_two_index.go:46:28: ns escapes to heap

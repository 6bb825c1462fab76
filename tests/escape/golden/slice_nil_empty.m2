./slice_nil_empty.go:7:12: s does not escape
./slice_nil_empty.go:49:27: len(b) escapes to heap:
./slice_nil_empty.go:49:27:   flow: {storage for ... argument} = &{storage for len(b)}:
./slice_nil_empty.go:49:27:     from len(b) (spill) at ./slice_nil_empty.go:49:27
./slice_nil_empty.go:49:27:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:49:13
./slice_nil_empty.go:49:27:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:49:27:     from ... argument (spill) at ./slice_nil_empty.go:49:13
./slice_nil_empty.go:49:27:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:49:13
./slice_nil_empty.go:49:16: b == nil escapes to heap:
./slice_nil_empty.go:49:16:   flow: {storage for ... argument} = &{storage for b == nil}:
./slice_nil_empty.go:49:16:     from b == nil (spill) at ./slice_nil_empty.go:49:16
./slice_nil_empty.go:49:16:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:49:13
./slice_nil_empty.go:49:16:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:49:16:     from ... argument (spill) at ./slice_nil_empty.go:49:13
./slice_nil_empty.go:49:16:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:49:13
./slice_nil_empty.go:45:37: m escapes to heap:
./slice_nil_empty.go:45:37:   flow: {storage for ... argument} = &{storage for m}:
./slice_nil_empty.go:45:37:     from m (spill) at ./slice_nil_empty.go:45:37
./slice_nil_empty.go:45:37:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:45:13
./slice_nil_empty.go:45:37:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:45:37:     from ... argument (spill) at ./slice_nil_empty.go:45:13
./slice_nil_empty.go:45:37:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:45:13
./slice_nil_empty.go:45:37: m[0] == nil escapes to heap:
./slice_nil_empty.go:45:37:   flow: {storage for ... argument} = &{storage for m[0] == nil}:
./slice_nil_empty.go:45:37:     from m[0] == nil (spill) at ./slice_nil_empty.go:45:37
./slice_nil_empty.go:45:37:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:45:13
./slice_nil_empty.go:45:37:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:45:37:     from ... argument (spill) at ./slice_nil_empty.go:45:13
./slice_nil_empty.go:45:37:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:45:13
./slice_nil_empty.go:45:27: len(m) escapes to heap:
./slice_nil_empty.go:45:27:   flow: {storage for ... argument} = &{storage for len(m)}:
./slice_nil_empty.go:45:27:     from len(m) (spill) at ./slice_nil_empty.go:45:27
./slice_nil_empty.go:45:27:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:45:13
./slice_nil_empty.go:45:27:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:45:27:     from ... argument (spill) at ./slice_nil_empty.go:45:13
./slice_nil_empty.go:45:27:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:45:13
./slice_nil_empty.go:45:16: m == nil escapes to heap:
./slice_nil_empty.go:45:16:   flow: {storage for ... argument} = &{storage for m == nil}:
./slice_nil_empty.go:45:16:     from m == nil (spill) at ./slice_nil_empty.go:45:16
./slice_nil_empty.go:45:16:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:45:13
./slice_nil_empty.go:45:16:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:45:16:     from ... argument (spill) at ./slice_nil_empty.go:45:13
./slice_nil_empty.go:45:16:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:45:13
./slice_nil_empty.go:43:27: len(m) escapes to heap:
./slice_nil_empty.go:43:27:   flow: {storage for ... argument} = &{storage for len(m)}:
./slice_nil_empty.go:43:27:     from len(m) (spill) at ./slice_nil_empty.go:43:27
./slice_nil_empty.go:43:27:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:43:13
./slice_nil_empty.go:43:27:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:43:27:     from ... argument (spill) at ./slice_nil_empty.go:43:13
./slice_nil_empty.go:43:27:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:43:13
./slice_nil_empty.go:43:16: m == nil escapes to heap:
./slice_nil_empty.go:43:16:   flow: {storage for ... argument} = &{storage for m == nil}:
./slice_nil_empty.go:43:16:     from m == nil (spill) at ./slice_nil_empty.go:43:16
./slice_nil_empty.go:43:16:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:43:13
./slice_nil_empty.go:43:16:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:43:16:     from ... argument (spill) at ./slice_nil_empty.go:43:13
./slice_nil_empty.go:43:16:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:43:13
./slice_nil_empty.go:40:36: ([]byte)("") == nil escapes to heap:
./slice_nil_empty.go:40:36:   flow: {storage for ... argument} = &{storage for ([]byte)("") == nil}:
./slice_nil_empty.go:40:36:     from ([]byte)("") == nil (spill) at ./slice_nil_empty.go:40:36
./slice_nil_empty.go:40:36:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:40:13
./slice_nil_empty.go:40:36:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:40:36:     from ... argument (spill) at ./slice_nil_empty.go:40:13
./slice_nil_empty.go:40:36:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:40:13
./slice_nil_empty.go:40:17: bs == nil escapes to heap:
./slice_nil_empty.go:40:17:   flow: {storage for ... argument} = &{storage for bs == nil}:
./slice_nil_empty.go:40:17:     from bs == nil (spill) at ./slice_nil_empty.go:40:17
./slice_nil_empty.go:40:17:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:40:13
./slice_nil_empty.go:40:17:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:40:17:     from ... argument (spill) at ./slice_nil_empty.go:40:13
./slice_nil_empty.go:40:17:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:40:13
./slice_nil_empty.go:39:35: len(string(bs)) escapes to heap:
./slice_nil_empty.go:39:35:   flow: {storage for ... argument} = &{storage for len(string(bs))}:
./slice_nil_empty.go:39:35:     from len(string(bs)) (spill) at ./slice_nil_empty.go:39:35
./slice_nil_empty.go:39:35:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:39:13
./slice_nil_empty.go:39:35:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:39:35:     from ... argument (spill) at ./slice_nil_empty.go:39:13
./slice_nil_empty.go:39:35:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:39:13
./slice_nil_empty.go:39:25: string(bs) == "" escapes to heap:
./slice_nil_empty.go:39:25:   flow: {storage for ... argument} = &{storage for string(bs) == ""}:
./slice_nil_empty.go:39:25:     from string(bs) == "" (spill) at ./slice_nil_empty.go:39:25
./slice_nil_empty.go:39:25:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:39:13
./slice_nil_empty.go:39:25:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:39:25:     from ... argument (spill) at ./slice_nil_empty.go:39:13
./slice_nil_empty.go:39:25:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:39:13
./slice_nil_empty.go:36:13: s escapes to heap:
./slice_nil_empty.go:36:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_nil_empty.go:36:13:     from s (spill) at ./slice_nil_empty.go:36:13
./slice_nil_empty.go:36:13:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:36:12
./slice_nil_empty.go:36:13:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:36:13:     from ... argument (spill) at ./slice_nil_empty.go:36:12
./slice_nil_empty.go:36:13:     from fmt.Printf("%q %#v\n", ... argument...) (call parameter) at ./slice_nil_empty.go:36:12
./slice_nil_empty.go:36:13: s escapes to heap:
./slice_nil_empty.go:36:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_nil_empty.go:36:13:     from s (spill) at ./slice_nil_empty.go:36:13
./slice_nil_empty.go:36:13:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:36:12
./slice_nil_empty.go:36:13:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:36:13:     from ... argument (spill) at ./slice_nil_empty.go:36:12
./slice_nil_empty.go:36:13:     from fmt.Printf("%q %#v\n", ... argument...) (call parameter) at ./slice_nil_empty.go:36:12
./slice_nil_empty.go:35:27: len(s) escapes to heap:
./slice_nil_empty.go:35:27:   flow: {storage for ... argument} = &{storage for len(s)}:
./slice_nil_empty.go:35:27:     from len(s) (spill) at ./slice_nil_empty.go:35:27
./slice_nil_empty.go:35:27:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:35:13
./slice_nil_empty.go:35:27:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:35:27:     from ... argument (spill) at ./slice_nil_empty.go:35:13
./slice_nil_empty.go:35:27:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:35:13
./slice_nil_empty.go:35:16: s == nil escapes to heap:
./slice_nil_empty.go:35:16:   flow: {storage for ... argument} = &{storage for s == nil}:
./slice_nil_empty.go:35:16:     from s == nil (spill) at ./slice_nil_empty.go:35:16
./slice_nil_empty.go:35:16:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:35:13
./slice_nil_empty.go:35:16:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:35:16:     from ... argument (spill) at ./slice_nil_empty.go:35:13
./slice_nil_empty.go:35:16:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:35:13
./slice_nil_empty.go:32:16: d == nil escapes to heap:
./slice_nil_empty.go:32:16:   flow: {storage for ... argument} = &{storage for d == nil}:
./slice_nil_empty.go:32:16:     from d == nil (spill) at ./slice_nil_empty.go:32:16
./slice_nil_empty.go:32:16:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:32:13
./slice_nil_empty.go:32:16:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:32:16:     from ... argument (spill) at ./slice_nil_empty.go:32:13
./slice_nil_empty.go:32:16:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:32:13
./slice_nil_empty.go:29:19: a == nil escapes to heap:
./slice_nil_empty.go:29:19:   flow: {storage for ... argument} = &{storage for a == nil}:
./slice_nil_empty.go:29:19:     from a == nil (spill) at ./slice_nil_empty.go:29:19
./slice_nil_empty.go:29:19:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:29:13
./slice_nil_empty.go:29:19:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:29:19:     from ... argument (spill) at ./slice_nil_empty.go:29:13
./slice_nil_empty.go:29:19:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:29:13
./slice_nil_empty.go:29:13: a escapes to heap:
./slice_nil_empty.go:29:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_nil_empty.go:29:13:     from a (spill) at ./slice_nil_empty.go:29:13
./slice_nil_empty.go:29:13:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:29:13
./slice_nil_empty.go:29:13:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:29:13:     from ... argument (spill) at ./slice_nil_empty.go:29:13
./slice_nil_empty.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:29:13
./slice_nil_empty.go:26:29: count(b) escapes to heap:
./slice_nil_empty.go:26:29:   flow: {storage for ... argument} = &{storage for count(b)}:
./slice_nil_empty.go:26:29:     from count(b) (spill) at ./slice_nil_empty.go:26:29
./slice_nil_empty.go:26:29:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:26:13
./slice_nil_empty.go:26:29:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:26:29:     from ... argument (spill) at ./slice_nil_empty.go:26:13
./slice_nil_empty.go:26:29:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:26:13
./slice_nil_empty.go:26:19: count(a) escapes to heap:
./slice_nil_empty.go:26:19:   flow: {storage for ... argument} = &{storage for count(a)}:
./slice_nil_empty.go:26:19:     from count(a) (spill) at ./slice_nil_empty.go:26:19
./slice_nil_empty.go:26:19:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:26:13
./slice_nil_empty.go:26:19:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:26:19:     from ... argument (spill) at ./slice_nil_empty.go:26:13
./slice_nil_empty.go:26:19:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:26:13
./slice_nil_empty.go:25:13: b escapes to heap:
./slice_nil_empty.go:25:13:   flow: {storage for ... argument} = &{storage for b}:
./slice_nil_empty.go:25:13:     from b (spill) at ./slice_nil_empty.go:25:13
./slice_nil_empty.go:25:13:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:25:12
./slice_nil_empty.go:25:13:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:25:13:     from ... argument (spill) at ./slice_nil_empty.go:25:12
./slice_nil_empty.go:25:13:     from fmt.Printf("%#v %#v\n", ... argument...) (call parameter) at ./slice_nil_empty.go:25:12
./slice_nil_empty.go:25:13: a escapes to heap:
./slice_nil_empty.go:25:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_nil_empty.go:25:13:     from a (spill) at ./slice_nil_empty.go:25:13
./slice_nil_empty.go:25:13:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:25:12
./slice_nil_empty.go:25:13:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:25:13:     from ... argument (spill) at ./slice_nil_empty.go:25:12
./slice_nil_empty.go:25:13:     from fmt.Printf("%#v %#v\n", ... argument...) (call parameter) at ./slice_nil_empty.go:25:12
./slice_nil_empty.go:24:13: a escapes to heap:
./slice_nil_empty.go:24:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_nil_empty.go:24:13:     from a (spill) at ./slice_nil_empty.go:24:13
./slice_nil_empty.go:24:13:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:24:12
./slice_nil_empty.go:24:13:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:24:13:     from ... argument (spill) at ./slice_nil_empty.go:24:12
./slice_nil_empty.go:24:13:     from fmt.Printf("%v %v %d\n", ... argument...) (call parameter) at ./slice_nil_empty.go:24:12
./slice_nil_empty.go:24:13: b escapes to heap:
./slice_nil_empty.go:24:13:   flow: {storage for ... argument} = &{storage for b}:
./slice_nil_empty.go:24:13:     from b (spill) at ./slice_nil_empty.go:24:13
./slice_nil_empty.go:24:13:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:24:12
./slice_nil_empty.go:24:13:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:24:13:     from ... argument (spill) at ./slice_nil_empty.go:24:12
./slice_nil_empty.go:24:13:     from fmt.Printf("%v %v %d\n", ... argument...) (call parameter) at ./slice_nil_empty.go:24:12
./slice_nil_empty.go:24:13: a escapes to heap:
./slice_nil_empty.go:24:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_nil_empty.go:24:13:     from a (spill) at ./slice_nil_empty.go:24:13
./slice_nil_empty.go:24:13:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:24:12
./slice_nil_empty.go:24:13:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:24:13:     from ... argument (spill) at ./slice_nil_empty.go:24:12
./slice_nil_empty.go:24:13:     from fmt.Printf("%v %v %d\n", ... argument...) (call parameter) at ./slice_nil_empty.go:24:12
./slice_nil_empty.go:23:13: c escapes to heap:
./slice_nil_empty.go:23:13:   flow: {storage for ... argument} = &{storage for c}:
./slice_nil_empty.go:23:13:     from c (spill) at ./slice_nil_empty.go:23:13
./slice_nil_empty.go:23:13:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:23:13
./slice_nil_empty.go:23:13:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:23:13:     from ... argument (spill) at ./slice_nil_empty.go:23:13
./slice_nil_empty.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:23:13
./slice_nil_empty.go:23:13: b escapes to heap:
./slice_nil_empty.go:23:13:   flow: {storage for ... argument} = &{storage for b}:
./slice_nil_empty.go:23:13:     from b (spill) at ./slice_nil_empty.go:23:13
./slice_nil_empty.go:23:13:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:23:13
./slice_nil_empty.go:23:13:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:23:13:     from ... argument (spill) at ./slice_nil_empty.go:23:13
./slice_nil_empty.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:23:13
./slice_nil_empty.go:23:13: a escapes to heap:
./slice_nil_empty.go:23:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_nil_empty.go:23:13:     from a (spill) at ./slice_nil_empty.go:23:13
./slice_nil_empty.go:23:13:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:23:13
./slice_nil_empty.go:23:13:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:23:13:     from ... argument (spill) at ./slice_nil_empty.go:23:13
./slice_nil_empty.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:23:13
./slice_nil_empty.go:22:41: cap(b) escapes to heap:
./slice_nil_empty.go:22:41:   flow: {storage for ... argument} = &{storage for cap(b)}:
./slice_nil_empty.go:22:41:     from cap(b) (spill) at ./slice_nil_empty.go:22:41
./slice_nil_empty.go:22:41:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:22:13
./slice_nil_empty.go:22:41:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:22:41:     from ... argument (spill) at ./slice_nil_empty.go:22:13
./slice_nil_empty.go:22:41:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:22:13
./slice_nil_empty.go:22:33: len(b) escapes to heap:
./slice_nil_empty.go:22:33:   flow: {storage for ... argument} = &{storage for len(b)}:
./slice_nil_empty.go:22:33:     from len(b) (spill) at ./slice_nil_empty.go:22:33
./slice_nil_empty.go:22:33:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:22:13
./slice_nil_empty.go:22:33:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:22:33:     from ... argument (spill) at ./slice_nil_empty.go:22:13
./slice_nil_empty.go:22:33:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:22:13
./slice_nil_empty.go:22:25: cap(a) escapes to heap:
./slice_nil_empty.go:22:25:   flow: {storage for ... argument} = &{storage for cap(a)}:
./slice_nil_empty.go:22:25:     from cap(a) (spill) at ./slice_nil_empty.go:22:25
./slice_nil_empty.go:22:25:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:22:13
./slice_nil_empty.go:22:25:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:22:25:     from ... argument (spill) at ./slice_nil_empty.go:22:13
./slice_nil_empty.go:22:25:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:22:13
./slice_nil_empty.go:22:17: len(a) escapes to heap:
./slice_nil_empty.go:22:17:   flow: {storage for ... argument} = &{storage for len(a)}:
./slice_nil_empty.go:22:17:     from len(a) (spill) at ./slice_nil_empty.go:22:17
./slice_nil_empty.go:22:17:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:22:13
./slice_nil_empty.go:22:17:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:22:17:     from ... argument (spill) at ./slice_nil_empty.go:22:13
./slice_nil_empty.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:22:13
./slice_nil_empty.go:21:36: c == nil escapes to heap:
./slice_nil_empty.go:21:36:   flow: {storage for ... argument} = &{storage for c == nil}:
./slice_nil_empty.go:21:36:     from c == nil (spill) at ./slice_nil_empty.go:21:36
./slice_nil_empty.go:21:36:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:21:13
./slice_nil_empty.go:21:36:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:21:36:     from ... argument (spill) at ./slice_nil_empty.go:21:13
./slice_nil_empty.go:21:36:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:21:13
./slice_nil_empty.go:21:26: b == nil escapes to heap:
./slice_nil_empty.go:21:26:   flow: {storage for ... argument} = &{storage for b == nil}:
./slice_nil_empty.go:21:26:     from b == nil (spill) at ./slice_nil_empty.go:21:26
./slice_nil_empty.go:21:26:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:21:13
./slice_nil_empty.go:21:26:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:21:26:     from ... argument (spill) at ./slice_nil_empty.go:21:13
./slice_nil_empty.go:21:26:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:21:13
./slice_nil_empty.go:21:16: a == nil escapes to heap:
./slice_nil_empty.go:21:16:   flow: {storage for ... argument} = &{storage for a == nil}:
./slice_nil_empty.go:21:16:     from a == nil (spill) at ./slice_nil_empty.go:21:16
./slice_nil_empty.go:21:16:     from ... argument (slice-literal-element) at ./slice_nil_empty.go:21:13
./slice_nil_empty.go:21:16:   flow: {heap} = {storage for ... argument}:
./slice_nil_empty.go:21:16:     from ... argument (spill) at ./slice_nil_empty.go:21:13
./slice_nil_empty.go:21:16:     from fmt.Println(... argument...) (call parameter) at ./slice_nil_empty.go:21:13
./slice_nil_empty.go:19:12: []int{} escapes to heap:
./slice_nil_empty.go:19:12:   flow: b = &{storage for []int{}}:
./slice_nil_empty.go:19:12:     from []int{} (spill) at ./slice_nil_empty.go:19:12
./slice_nil_empty.go:19:12:     from b := []int{} (assign) at ./slice_nil_empty.go:19:4
./slice_nil_empty.go:19:12:   flow: {storage for b} = b:
./slice_nil_empty.go:19:12:     from b (interface-converted) at ./slice_nil_empty.go:25:13
./slice_nil_empty.go:20:11: make([]int, 0) escapes to heap:
./slice_nil_empty.go:20:11:   flow: c = &{storage for make([]int, 0)}:
./slice_nil_empty.go:20:11:     from make([]int, 0) (spill) at ./slice_nil_empty.go:20:11
./slice_nil_empty.go:20:11:     from c := make([]int, 0) (assign) at ./slice_nil_empty.go:20:4
./slice_nil_empty.go:20:11:   flow: {storage for c} = c:
./slice_nil_empty.go:20:11:     from c (interface-converted) at ./slice_nil_empty.go:23:13
./slice_nil_empty.go:19:12: []int{} escapes to heap
./slice_nil_empty.go:20:11: make([]int, 0) escapes to heap
./slice_nil_empty.go:21:13: ... argument does not escape
./slice_nil_empty.go:21:16: a == nil escapes to heap
./slice_nil_empty.go:21:26: b == nil escapes to heap
./slice_nil_empty.go:21:36: c == nil escapes to heap
./slice_nil_empty.go:22:13: ... argument does not escape
./slice_nil_empty.go:22:17: len(a) escapes to heap
./slice_nil_empty.go:22:25: cap(a) escapes to heap
./slice_nil_empty.go:22:33: len(b) escapes to heap
./slice_nil_empty.go:22:41: cap(b) escapes to heap
./slice_nil_empty.go:23:13: ... argument does not escape
./slice_nil_empty.go:23:13: a escapes to heap
./slice_nil_empty.go:23:13: b escapes to heap
./slice_nil_empty.go:23:13: c escapes to heap
./slice_nil_empty.go:24:12: ... argument does not escape
./slice_nil_empty.go:24:13: a escapes to heap
./slice_nil_empty.go:24:13: b escapes to heap
./slice_nil_empty.go:24:13: a escapes to heap
./slice_nil_empty.go:25:12: ... argument does not escape
./slice_nil_empty.go:25:13: a escapes to heap
./slice_nil_empty.go:25:13: b escapes to heap
./slice_nil_empty.go:26:13: ... argument does not escape
./slice_nil_empty.go:26:19: count(a) escapes to heap
./slice_nil_empty.go:26:29: count(b) escapes to heap
./slice_nil_empty.go:29:13: ... argument does not escape
./slice_nil_empty.go:29:13: a escapes to heap
./slice_nil_empty.go:29:19: a == nil escapes to heap
./slice_nil_empty.go:32:13: ... argument does not escape
./slice_nil_empty.go:32:16: d == nil escapes to heap
./slice_nil_empty.go:35:13: ... argument does not escape
./slice_nil_empty.go:35:16: s == nil escapes to heap
./slice_nil_empty.go:35:27: len(s) escapes to heap
./slice_nil_empty.go:36:12: ... argument does not escape
./slice_nil_empty.go:36:13: s escapes to heap
./slice_nil_empty.go:36:13: s escapes to heap
./slice_nil_empty.go:39:13: ... argument does not escape
./slice_nil_empty.go:39:25: string(bs) == "" escapes to heap
./slice_nil_empty.go:39:20: string(bs) does not escape
./slice_nil_empty.go:39:35: len(string(bs)) escapes to heap
./slice_nil_empty.go:39:42: string(bs) does not escape
./slice_nil_empty.go:40:13: ... argument does not escape
./slice_nil_empty.go:40:17: bs == nil escapes to heap
./slice_nil_empty.go:40:36: ([]byte)("") == nil escapes to heap
./slice_nil_empty.go:40:31: ([]byte)("") does not escape
./slice_nil_empty.go:43:13: ... argument does not escape
./slice_nil_empty.go:43:16: m == nil escapes to heap
./slice_nil_empty.go:43:27: len(m) escapes to heap
./slice_nil_empty.go:45:13: ... argument does not escape
./slice_nil_empty.go:45:16: m == nil escapes to heap
./slice_nil_empty.go:45:27: len(m) escapes to heap
./slice_nil_empty.go:45:37: m[0] == nil escapes to heap
./slice_nil_empty.go:45:37: m escapes to heap
./slice_nil_empty.go:49:13: ... argument does not escape
./slice_nil_empty.go:49:16: b == nil escapes to heap
./slice_nil_empty.go:49:27: len(b) escapes to heap

./cplx_aggregates.go:22:7: p does not escape
./cplx_aggregates.go:68:16: " " escapes to heap:
./cplx_aggregates.go:68:16:   flow: {storage for ... argument} = &{storage for " "}:
./cplx_aggregates.go:68:16:     from " " (spill) at ./cplx_aggregates.go:68:16
./cplx_aggregates.go:68:16:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:68:12
./cplx_aggregates.go:68:16:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:68:16:     from ... argument (spill) at ./cplx_aggregates.go:68:12
./cplx_aggregates.go:68:16:     from fmt.Print(... argument...) (call parameter) at ./cplx_aggregates.go:68:12
./cplx_aggregates.go:68:12: v escapes to heap:
./cplx_aggregates.go:68:12:   flow: {storage for ... argument} = &{storage for v}:
./cplx_aggregates.go:68:12:     from v (spill) at ./cplx_aggregates.go:68:12
./cplx_aggregates.go:68:12:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:68:12
./cplx_aggregates.go:68:12:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:68:12:     from ... argument (spill) at ./cplx_aggregates.go:68:12
./cplx_aggregates.go:68:12:     from fmt.Print(... argument...) (call parameter) at ./cplx_aggregates.go:68:12
./cplx_aggregates.go:62:13: nested escapes to heap:
./cplx_aggregates.go:62:13:   flow: {storage for ... argument} = &{storage for nested}:
./cplx_aggregates.go:62:13:     from nested (spill) at ./cplx_aggregates.go:62:13
./cplx_aggregates.go:62:13:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:62:13
./cplx_aggregates.go:62:13:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:62:13:     from ... argument (spill) at ./cplx_aggregates.go:62:13
./cplx_aggregates.go:62:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:62:13
./cplx_aggregates.go:57:13: ps escapes to heap:
./cplx_aggregates.go:57:13:   flow: {storage for ... argument} = &{storage for ps}:
./cplx_aggregates.go:57:13:     from ps (spill) at ./cplx_aggregates.go:57:13
./cplx_aggregates.go:57:13:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:57:13
./cplx_aggregates.go:57:13:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:57:13:     from ... argument (spill) at ./cplx_aggregates.go:57:13
./cplx_aggregates.go:57:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:57:13
./cplx_aggregates.go:54:14: *ptr escapes to heap:
./cplx_aggregates.go:54:14:   flow: {storage for ... argument} = &{storage for *ptr}:
./cplx_aggregates.go:54:14:     from *ptr (spill) at ./cplx_aggregates.go:54:14
./cplx_aggregates.go:54:14:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:54:13
./cplx_aggregates.go:54:14:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:54:14:     from ... argument (spill) at ./cplx_aggregates.go:54:13
./cplx_aggregates.go:54:14:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:54:13
./cplx_aggregates.go:50:13: arr escapes to heap:
./cplx_aggregates.go:50:13:   flow: {storage for ... argument} = &{storage for arr}:
./cplx_aggregates.go:50:13:     from arr (spill) at ./cplx_aggregates.go:50:13
./cplx_aggregates.go:50:13:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:50:13
./cplx_aggregates.go:50:13:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:50:13:     from ... argument (spill) at ./cplx_aggregates.go:50:13
./cplx_aggregates.go:50:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:50:13
./cplx_aggregates.go:44:18: t[1:3] escapes to heap:
./cplx_aggregates.go:44:18:   flow: {storage for ... argument} = &{storage for t[1:3]}:
./cplx_aggregates.go:44:18:     from t[1:3] (spill) at ./cplx_aggregates.go:44:18
./cplx_aggregates.go:44:18:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:44:13
./cplx_aggregates.go:44:18:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:44:18:     from ... argument (spill) at ./cplx_aggregates.go:44:13
./cplx_aggregates.go:44:18:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:44:13
./cplx_aggregates.go:44:13: t escapes to heap:
./cplx_aggregates.go:44:13:   flow: {storage for ... argument} = &{storage for t}:
./cplx_aggregates.go:44:13:     from t (spill) at ./cplx_aggregates.go:44:13
./cplx_aggregates.go:44:13:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:44:13
./cplx_aggregates.go:44:13:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:44:13:     from ... argument (spill) at ./cplx_aggregates.go:44:13
./cplx_aggregates.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:44:13
./cplx_aggregates.go:40:37: s[19] escapes to heap:
./cplx_aggregates.go:40:37:   flow: {storage for ... argument} = &{storage for s[19]}:
./cplx_aggregates.go:40:37:     from s[19] (spill) at ./cplx_aggregates.go:40:37
./cplx_aggregates.go:40:37:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:40:13
./cplx_aggregates.go:40:37:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:40:37:     from ... argument (spill) at ./cplx_aggregates.go:40:13
./cplx_aggregates.go:40:37:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:40:13
./cplx_aggregates.go:40:31: s[3] escapes to heap:
./cplx_aggregates.go:40:31:   flow: {storage for ... argument} = &{storage for s[3]}:
./cplx_aggregates.go:40:31:     from s[3] (spill) at ./cplx_aggregates.go:40:31
./cplx_aggregates.go:40:31:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:40:13
./cplx_aggregates.go:40:31:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:40:31:     from ... argument (spill) at ./cplx_aggregates.go:40:13
./cplx_aggregates.go:40:31:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:40:13
./cplx_aggregates.go:40:25: cap(s) escapes to heap:
./cplx_aggregates.go:40:25:   flow: {storage for ... argument} = &{storage for cap(s)}:
./cplx_aggregates.go:40:25:     from cap(s) (spill) at ./cplx_aggregates.go:40:25
./cplx_aggregates.go:40:25:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:40:13
./cplx_aggregates.go:40:25:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:40:25:     from ... argument (spill) at ./cplx_aggregates.go:40:13
./cplx_aggregates.go:40:25:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:40:13
./cplx_aggregates.go:40:17: len(s) escapes to heap:
./cplx_aggregates.go:40:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./cplx_aggregates.go:40:17:     from len(s) (spill) at ./cplx_aggregates.go:40:17
./cplx_aggregates.go:40:17:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:40:13
./cplx_aggregates.go:40:17:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:40:17:     from ... argument (spill) at ./cplx_aggregates.go:40:13
./cplx_aggregates.go:40:17:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:40:13
./cplx_aggregates.go:35:28: g == Grid{...} escapes to heap:
./cplx_aggregates.go:35:28:   flow: {storage for ... argument} = &{storage for g == Grid{...}}:
./cplx_aggregates.go:35:28:     from g == Grid{...} (spill) at ./cplx_aggregates.go:35:28
./cplx_aggregates.go:35:28:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:35:13
./cplx_aggregates.go:35:28:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:35:28:     from ... argument (spill) at ./cplx_aggregates.go:35:13
./cplx_aggregates.go:35:28:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:35:13
./cplx_aggregates.go:35:19: g escapes to heap:
./cplx_aggregates.go:35:19:   flow: {storage for ... argument} = &{storage for g}:
./cplx_aggregates.go:35:19:     from g (spill) at ./cplx_aggregates.go:35:19
./cplx_aggregates.go:35:19:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:35:13
./cplx_aggregates.go:35:19:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:35:19:     from ... argument (spill) at ./cplx_aggregates.go:35:13
./cplx_aggregates.go:35:19:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:35:13
./cplx_aggregates.go:35:19: Grid.Sum(g) escapes to heap:
./cplx_aggregates.go:35:19:   flow: {storage for ... argument} = &{storage for Grid.Sum(g)}:
./cplx_aggregates.go:35:19:     from Grid.Sum(g) (spill) at ./cplx_aggregates.go:35:19
./cplx_aggregates.go:35:19:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:35:13
./cplx_aggregates.go:35:19:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:35:19:     from ... argument (spill) at ./cplx_aggregates.go:35:13
./cplx_aggregates.go:35:19:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:35:13
./cplx_aggregates.go:33:25: (*pp).Z escapes to heap:
./cplx_aggregates.go:33:25:   flow: {storage for ... argument} = &{storage for (*pp).Z}:
./cplx_aggregates.go:33:25:     from (*pp).Z (spill) at ./cplx_aggregates.go:33:25
./cplx_aggregates.go:33:25:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:33:13
./cplx_aggregates.go:33:25:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:33:25:     from ... argument (spill) at ./cplx_aggregates.go:33:13
./cplx_aggregates.go:33:25:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:33:13
./cplx_aggregates.go:33:16: pp.W escapes to heap:
./cplx_aggregates.go:33:16:   flow: {storage for ... argument} = &{storage for pp.W}:
./cplx_aggregates.go:33:16:     from pp.W (spill) at ./cplx_aggregates.go:33:16
./cplx_aggregates.go:33:16:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:33:13
./cplx_aggregates.go:33:16:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:33:16:     from ... argument (spill) at ./cplx_aggregates.go:33:13
./cplx_aggregates.go:33:16:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:33:13
./cplx_aggregates.go:30:13: p escapes to heap:
./cplx_aggregates.go:30:13:   flow: {storage for ... argument} = &{storage for p}:
./cplx_aggregates.go:30:13:     from p (spill) at ./cplx_aggregates.go:30:13
./cplx_aggregates.go:30:13:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:30:12
./cplx_aggregates.go:30:13:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:30:13:     from ... argument (spill) at ./cplx_aggregates.go:30:12
./cplx_aggregates.go:30:13:     from fmt.Printf("%+v\n", ... argument...) (call parameter) at ./cplx_aggregates.go:30:12
./cplx_aggregates.go:28:30: p != q escapes to heap:
./cplx_aggregates.go:28:30:   flow: {storage for ... argument} = &{storage for p != q}:
./cplx_aggregates.go:28:30:     from p != q (spill) at ./cplx_aggregates.go:28:30
./cplx_aggregates.go:28:30:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:28:30:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:28:30:     from ... argument (spill) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:28:30:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:28:22: p == q escapes to heap:
./cplx_aggregates.go:28:22:   flow: {storage for ... argument} = &{storage for p == q}:
./cplx_aggregates.go:28:22:     from p == q (spill) at ./cplx_aggregates.go:28:22
./cplx_aggregates.go:28:22:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:28:22:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:28:22:     from ... argument (spill) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:28:22:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:28:13: q escapes to heap:
./cplx_aggregates.go:28:13:   flow: {storage for ... argument} = &{storage for q}:
./cplx_aggregates.go:28:13:     from q (spill) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:28:13:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:28:13:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:28:13:     from ... argument (spill) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:28:13: p escapes to heap:
./cplx_aggregates.go:28:13:   flow: {storage for ... argument} = &{storage for p}:
./cplx_aggregates.go:28:13:     from p (spill) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:28:13:     from ... argument (slice-literal-element) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:28:13:   flow: {heap} = {storage for ... argument}:
./cplx_aggregates.go:28:13:     from ... argument (spill) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./cplx_aggregates.go:28:13
./cplx_aggregates.go:55:15: []Point{...} escapes to heap:
./cplx_aggregates.go:55:15:   flow: ps = &{storage for []Point{...}}:
./cplx_aggregates.go:55:15:     from []Point{...} (spill) at ./cplx_aggregates.go:55:15
./cplx_aggregates.go:55:15:     from ps := []Point{...} (assign) at ./cplx_aggregates.go:55:5
./cplx_aggregates.go:55:15:   flow: {storage for ps} = ps:
./cplx_aggregates.go:55:15:     from ps (interface-converted) at ./cplx_aggregates.go:57:13
./cplx_aggregates.go:41:11: make([]complex64, 5, 10) escapes to heap:
./cplx_aggregates.go:41:11:   flow: t = &{storage for make([]complex64, 5, 10)}:
./cplx_aggregates.go:41:11:     from make([]complex64, 5, 10) (spill) at ./cplx_aggregates.go:41:11
./cplx_aggregates.go:41:11:     from t := make([]complex64, 5, 10) (assign) at ./cplx_aggregates.go:41:4
./cplx_aggregates.go:41:11:   flow: {storage for t[1:3]} = t:
./cplx_aggregates.go:41:11:     from t[1:3] (slice) at ./cplx_aggregates.go:44:18
./cplx_aggregates.go:41:11:     from t[1:3] (interface-converted) at ./cplx_aggregates.go:44:18
./cplx_aggregates.go:28:13: ... argument does not escape
./cplx_aggregates.go:28:13: p escapes to heap
./cplx_aggregates.go:28:13: q escapes to heap
./cplx_aggregates.go:28:22: p == q escapes to heap
./cplx_aggregates.go:28:30: p != q escapes to heap
./cplx_aggregates.go:30:12: ... argument does not escape
./cplx_aggregates.go:30:13: p escapes to heap
./cplx_aggregates.go:33:13: ... argument does not escape
./cplx_aggregates.go:33:16: pp.W escapes to heap
./cplx_aggregates.go:33:25: (*pp).Z escapes to heap
./cplx_aggregates.go:35:13: ... argument does not escape
./cplx_aggregates.go:35:19: Grid.Sum(g) escapes to heap
./cplx_aggregates.go:35:19: g escapes to heap
./cplx_aggregates.go:35:28: g == Grid{...} escapes to heap
./cplx_aggregates.go:36:19: []complex128{} does not escape
./cplx_aggregates.go:40:13: ... argument does not escape
./cplx_aggregates.go:40:17: len(s) escapes to heap
./cplx_aggregates.go:40:25: cap(s) escapes to heap
./cplx_aggregates.go:40:31: s[3] escapes to heap
./cplx_aggregates.go:40:37: s[19] escapes to heap
./cplx_aggregates.go:41:11: make([]complex64, 5, 10) escapes to heap
./cplx_aggregates.go:42:21: []complex64{...} does not escape
./cplx_aggregates.go:44:13: ... argument does not escape
./cplx_aggregates.go:44:13: t escapes to heap
./cplx_aggregates.go:44:18: t[1:3] escapes to heap
./cplx_aggregates.go:50:13: ... argument does not escape
./cplx_aggregates.go:50:13: arr escapes to heap
./cplx_aggregates.go:51:12: new(complex64) does not escape
./cplx_aggregates.go:54:13: ... argument does not escape
./cplx_aggregates.go:54:14: *ptr escapes to heap
./cplx_aggregates.go:55:15: []Point{...} escapes to heap
./cplx_aggregates.go:57:13: ... argument does not escape
./cplx_aggregates.go:57:13: ps escapes to heap
./cplx_aggregates.go:62:13: ... argument does not escape
./cplx_aggregates.go:62:13: nested escapes to heap
./cplx_aggregates.go:68:12: ... argument does not escape
./cplx_aggregates.go:68:12: v escapes to heap
./cplx_aggregates.go:68:16: " " escapes to heap

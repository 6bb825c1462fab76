./io_builder_basic.go:28:24: (*strings.Builder).String(p)[len((*strings.Builder).String(p)) - 12:] escapes to heap:
./io_builder_basic.go:28:24:   flow: {storage for ... argument} = &{storage for (*strings.Builder).String(p)[len((*strings.Builder).String(p)) - 12:]}:
./io_builder_basic.go:28:24:     from (*strings.Builder).String(p)[len((*strings.Builder).String(p)) - 12:] (spill) at ./io_builder_basic.go:28:24
./io_builder_basic.go:28:24:     from ... argument (slice-literal-element) at ./io_builder_basic.go:28:13
./io_builder_basic.go:28:24:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:28:24:     from ... argument (spill) at ./io_builder_basic.go:28:13
./io_builder_basic.go:28:24:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:28:13
./io_builder_basic.go:25:25: len((*strings.Builder).String(sb)) escapes to heap:
./io_builder_basic.go:25:25:   flow: {storage for ... argument} = &{storage for len((*strings.Builder).String(sb))}:
./io_builder_basic.go:25:25:     from len((*strings.Builder).String(sb)) (spill) at ./io_builder_basic.go:25:25
./io_builder_basic.go:25:25:     from ... argument (slice-literal-element) at ./io_builder_basic.go:25:13
./io_builder_basic.go:25:25:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:25:25:     from ... argument (spill) at ./io_builder_basic.go:25:13
./io_builder_basic.go:25:25:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:25:13
./io_builder_basic.go:25:17: len(s) escapes to heap:
./io_builder_basic.go:25:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./io_builder_basic.go:25:17:     from len(s) (spill) at ./io_builder_basic.go:25:17
./io_builder_basic.go:25:17:     from ... argument (slice-literal-element) at ./io_builder_basic.go:25:13
./io_builder_basic.go:25:17:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:25:17:     from ... argument (spill) at ./io_builder_basic.go:25:13
./io_builder_basic.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:25:13
./io_builder_basic.go:22:28: (*strings.Builder).Len(sb) escapes to heap:
./io_builder_basic.go:22:28:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Len(sb)}:
./io_builder_basic.go:22:28:     from (*strings.Builder).Len(sb) (spill) at ./io_builder_basic.go:22:28
./io_builder_basic.go:22:28:     from ... argument (slice-literal-element) at ./io_builder_basic.go:22:13
./io_builder_basic.go:22:28:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:22:28:     from ... argument (spill) at ./io_builder_basic.go:22:13
./io_builder_basic.go:22:28:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:22:13
./io_builder_basic.go:22:13: n escapes to heap:
./io_builder_basic.go:22:13:   flow: {storage for ... argument} = &{storage for n}:
./io_builder_basic.go:22:13:     from n (spill) at ./io_builder_basic.go:22:13
./io_builder_basic.go:22:13:     from ... argument (slice-literal-element) at ./io_builder_basic.go:22:13
./io_builder_basic.go:22:13:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:22:13:     from ... argument (spill) at ./io_builder_basic.go:22:13
./io_builder_basic.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:22:13
./io_builder_basic.go:20:28: (*strings.Builder).Len(sb) escapes to heap:
./io_builder_basic.go:20:28:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Len(sb)}:
./io_builder_basic.go:20:28:     from (*strings.Builder).Len(sb) (spill) at ./io_builder_basic.go:20:28
./io_builder_basic.go:20:28:     from ... argument (slice-literal-element) at ./io_builder_basic.go:20:13
./io_builder_basic.go:20:28:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:20:28:     from ... argument (spill) at ./io_builder_basic.go:20:13
./io_builder_basic.go:20:28:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:20:13
./io_builder_basic.go:20:13: n escapes to heap:
./io_builder_basic.go:20:13:   flow: {storage for ... argument} = &{storage for n}:
./io_builder_basic.go:20:13:     from n (spill) at ./io_builder_basic.go:20:13
./io_builder_basic.go:20:13:     from ... argument (slice-literal-element) at ./io_builder_basic.go:20:13
./io_builder_basic.go:20:13:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:20:13:     from ... argument (spill) at ./io_builder_basic.go:20:13
./io_builder_basic.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:20:13
./io_builder_basic.go:18:13: n escapes to heap:
./io_builder_basic.go:18:13:   flow: {storage for ... argument} = &{storage for n}:
./io_builder_basic.go:18:13:     from n (spill) at ./io_builder_basic.go:18:13
./io_builder_basic.go:18:13:     from ... argument (slice-literal-element) at ./io_builder_basic.go:18:13
./io_builder_basic.go:18:13:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:18:13:     from ... argument (spill) at ./io_builder_basic.go:18:13
./io_builder_basic.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:18:13
./io_builder_basic.go:16:23: (*strings.Builder).String(sb) escapes to heap:
./io_builder_basic.go:16:23:   flow: {storage for ... argument} = &{storage for (*strings.Builder).String(sb)}:
./io_builder_basic.go:16:23:     from (*strings.Builder).String(sb) (spill) at ./io_builder_basic.go:16:23
./io_builder_basic.go:16:23:     from ... argument (slice-literal-element) at ./io_builder_basic.go:16:13
./io_builder_basic.go:16:23:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:16:23:     from ... argument (spill) at ./io_builder_basic.go:16:13
./io_builder_basic.go:16:23:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:16:13
./io_builder_basic.go:14:34: (*strings.Builder).Cap(sb) escapes to heap:
./io_builder_basic.go:14:34:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Cap(sb)}:
./io_builder_basic.go:14:34:     from (*strings.Builder).Cap(sb) (spill) at ./io_builder_basic.go:14:34
./io_builder_basic.go:14:34:     from ... argument (slice-literal-element) at ./io_builder_basic.go:14:14
./io_builder_basic.go:14:34:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:14:34:     from ... argument (spill) at ./io_builder_basic.go:14:14
./io_builder_basic.go:14:34:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:14:14
./io_builder_basic.go:14:24: (*strings.Builder).Len(sb) escapes to heap:
./io_builder_basic.go:14:24:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Len(sb)}:
./io_builder_basic.go:14:24:     from (*strings.Builder).Len(sb) (spill) at ./io_builder_basic.go:14:24
./io_builder_basic.go:14:24:     from ... argument (slice-literal-element) at ./io_builder_basic.go:14:14
./io_builder_basic.go:14:24:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:14:24:     from ... argument (spill) at ./io_builder_basic.go:14:14
./io_builder_basic.go:14:24:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:14:14
./io_builder_basic.go:14:14: i escapes to heap:
./io_builder_basic.go:14:14:   flow: {storage for ... argument} = &{storage for i}:
./io_builder_basic.go:14:14:     from i (spill) at ./io_builder_basic.go:14:14
./io_builder_basic.go:14:14:     from ... argument (slice-literal-element) at ./io_builder_basic.go:14:14
./io_builder_basic.go:14:14:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:14:14:     from ... argument (spill) at ./io_builder_basic.go:14:14
./io_builder_basic.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:14:14
./io_builder_basic.go:10:46: (*strings.Builder).String(sb) == "" escapes to heap:
./io_builder_basic.go:10:46:   flow: {storage for ... argument} = &{storage for (*strings.Builder).String(sb) == ""}:
./io_builder_basic.go:10:46:     from (*strings.Builder).String(sb) == "" (spill) at ./io_builder_basic.go:10:46
./io_builder_basic.go:10:46:     from ... argument (slice-literal-element) at ./io_builder_basic.go:10:13
./io_builder_basic.go:10:46:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:10:46:     from ... argument (spill) at ./io_builder_basic.go:10:13
./io_builder_basic.go:10:46:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:10:13
./io_builder_basic.go:10:30: (*strings.Builder).Cap(sb) escapes to heap:
./io_builder_basic.go:10:30:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Cap(sb)}:
./io_builder_basic.go:10:30:     from (*strings.Builder).Cap(sb) (spill) at ./io_builder_basic.go:10:30
./io_builder_basic.go:10:30:     from ... argument (slice-literal-element) at ./io_builder_basic.go:10:13
./io_builder_basic.go:10:30:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:10:30:     from ... argument (spill) at ./io_builder_basic.go:10:13
./io_builder_basic.go:10:30:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:10:13
./io_builder_basic.go:10:20: (*strings.Builder).Len(sb) escapes to heap:
./io_builder_basic.go:10:20:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Len(sb)}:
./io_builder_basic.go:10:20:     from (*strings.Builder).Len(sb) (spill) at ./io_builder_basic.go:10:20
./io_builder_basic.go:10:20:     from ... argument (slice-literal-element) at ./io_builder_basic.go:10:13
./io_builder_basic.go:10:20:   flow: {heap} = {storage for ... argument}:
./io_builder_basic.go:10:20:     from ... argument (spill) at ./io_builder_basic.go:10:13
./io_builder_basic.go:10:20:     from fmt.Println(... argument...) (call parameter) at ./io_builder_basic.go:10:13
./io_builder_basic.go:10:13: ... argument does not escape
./io_builder_basic.go:10:20: (*strings.Builder).Len(sb) escapes to heap
./io_builder_basic.go:10:30: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_basic.go:10:46: (*strings.Builder).String(sb) == "" escapes to heap
./io_builder_basic.go:14:14: ... argument does not escape
./io_builder_basic.go:14:14: i escapes to heap
./io_builder_basic.go:14:24: (*strings.Builder).Len(sb) escapes to heap
./io_builder_basic.go:14:34: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_basic.go:16:13: ... argument does not escape
./io_builder_basic.go:16:23: (*strings.Builder).String(sb) escapes to heap
./io_builder_basic.go:17:27: ([]byte)("!!") does not escape
./io_builder_basic.go:18:13: ... argument does not escape
./io_builder_basic.go:18:13: n escapes to heap
./io_builder_basic.go:20:13: ... argument does not escape
./io_builder_basic.go:20:13: n escapes to heap
./io_builder_basic.go:20:28: (*strings.Builder).Len(sb) escapes to heap
./io_builder_basic.go:22:13: ... argument does not escape
./io_builder_basic.go:22:13: n escapes to heap
./io_builder_basic.go:22:28: (*strings.Builder).Len(sb) escapes to heap
./io_builder_basic.go:25:13: ... argument does not escape
./io_builder_basic.go:25:17: len(s) escapes to heap
./io_builder_basic.go:25:25: len((*strings.Builder).String(sb)) escapes to heap
./io_builder_basic.go:28:13: ... argument does not escape
./io_builder_basic.go:28:24: (*strings.Builder).String(p)[len((*strings.Builder).String(p)) - 12:] escapes to heap

./io_builder_grow.go:30:15: "recovered:" escapes to heap:
./io_builder_grow.go:30:15:   flow: {storage for ... argument} = &{storage for "recovered:"}:
./io_builder_grow.go:30:15:     from "recovered:" (spill) at ./io_builder_grow.go:30:15
./io_builder_grow.go:30:15:     from ... argument (slice-literal-element) at ./io_builder_grow.go:30:14
./io_builder_grow.go:30:15:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:30:15:     from ... argument (spill) at ./io_builder_grow.go:30:14
./io_builder_grow.go:30:15:     from fmt.Println(... argument...) (call parameter) at ./io_builder_grow.go:30:14
./io_builder_grow.go:28:30: (*strings.Builder).String(sb) escapes to heap:
./io_builder_grow.go:28:30:   flow: {storage for ... argument} = &{storage for (*strings.Builder).String(sb)}:
./io_builder_grow.go:28:30:     from (*strings.Builder).String(sb) (spill) at ./io_builder_grow.go:28:30
./io_builder_grow.go:28:30:     from ... argument (slice-literal-element) at ./io_builder_grow.go:28:12
./io_builder_grow.go:28:30:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:28:30:     from ... argument (spill) at ./io_builder_grow.go:28:12
./io_builder_grow.go:28:30:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./io_builder_grow.go:28:12
./io_builder_grow.go:25:30: (*strings.Builder).Cap(sb) escapes to heap:
./io_builder_grow.go:25:30:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Cap(sb)}:
./io_builder_grow.go:25:30:     from (*strings.Builder).Cap(sb) (spill) at ./io_builder_grow.go:25:30
./io_builder_grow.go:25:30:     from ... argument (slice-literal-element) at ./io_builder_grow.go:25:13
./io_builder_grow.go:25:30:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:25:30:     from ... argument (spill) at ./io_builder_grow.go:25:13
./io_builder_grow.go:25:30:     from fmt.Println(... argument...) (call parameter) at ./io_builder_grow.go:25:13
./io_builder_grow.go:25:20: (*strings.Builder).Len(sb) escapes to heap:
./io_builder_grow.go:25:20:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Len(sb)}:
./io_builder_grow.go:25:20:     from (*strings.Builder).Len(sb) (spill) at ./io_builder_grow.go:25:20
./io_builder_grow.go:25:20:     from ... argument (slice-literal-element) at ./io_builder_grow.go:25:13
./io_builder_grow.go:25:20:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:25:20:     from ... argument (spill) at ./io_builder_grow.go:25:13
./io_builder_grow.go:25:20:     from fmt.Println(... argument...) (call parameter) at ./io_builder_grow.go:25:13
./io_builder_grow.go:23:23: (*strings.Builder).String(sb) escapes to heap:
./io_builder_grow.go:23:23:   flow: {storage for ... argument} = &{storage for (*strings.Builder).String(sb)}:
./io_builder_grow.go:23:23:     from (*strings.Builder).String(sb) (spill) at ./io_builder_grow.go:23:23
./io_builder_grow.go:23:23:     from ... argument (slice-literal-element) at ./io_builder_grow.go:23:13
./io_builder_grow.go:23:23:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:23:23:     from ... argument (spill) at ./io_builder_grow.go:23:13
./io_builder_grow.go:23:23:     from fmt.Println(... argument...) (call parameter) at ./io_builder_grow.go:23:13
./io_builder_grow.go:20:38: " " escapes to heap:
./io_builder_grow.go:20:38:   flow: {storage for ... argument} = &{storage for " "}:
./io_builder_grow.go:20:38:     from " " (spill) at ./io_builder_grow.go:20:38
./io_builder_grow.go:20:38:     from ... argument (slice-literal-element) at ./io_builder_grow.go:20:12
./io_builder_grow.go:20:38:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:20:38:     from ... argument (spill) at ./io_builder_grow.go:20:12
./io_builder_grow.go:20:38:     from fmt.Print(... argument...) (call parameter) at ./io_builder_grow.go:20:12
./io_builder_grow.go:20:34: (*strings.Builder).Cap(sb) escapes to heap:
./io_builder_grow.go:20:34:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Cap(sb)}:
./io_builder_grow.go:20:34:     from (*strings.Builder).Cap(sb) (spill) at ./io_builder_grow.go:20:34
./io_builder_grow.go:20:34:     from ... argument (slice-literal-element) at ./io_builder_grow.go:20:12
./io_builder_grow.go:20:34:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:20:34:     from ... argument (spill) at ./io_builder_grow.go:20:12
./io_builder_grow.go:20:34:     from fmt.Print(... argument...) (call parameter) at ./io_builder_grow.go:20:12
./io_builder_grow.go:20:23: ":" escapes to heap:
./io_builder_grow.go:20:23:   flow: {storage for ... argument} = &{storage for ":"}:
./io_builder_grow.go:20:23:     from ":" (spill) at ./io_builder_grow.go:20:23
./io_builder_grow.go:20:23:     from ... argument (slice-literal-element) at ./io_builder_grow.go:20:12
./io_builder_grow.go:20:23:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:20:23:     from ... argument (spill) at ./io_builder_grow.go:20:12
./io_builder_grow.go:20:23:     from fmt.Print(... argument...) (call parameter) at ./io_builder_grow.go:20:12
./io_builder_grow.go:20:19: (*strings.Builder).Len(sb) escapes to heap:
./io_builder_grow.go:20:19:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Len(sb)}:
./io_builder_grow.go:20:19:     from (*strings.Builder).Len(sb) (spill) at ./io_builder_grow.go:20:19
./io_builder_grow.go:20:19:     from ... argument (slice-literal-element) at ./io_builder_grow.go:20:12
./io_builder_grow.go:20:19:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:20:19:     from ... argument (spill) at ./io_builder_grow.go:20:12
./io_builder_grow.go:20:19:     from fmt.Print(... argument...) (call parameter) at ./io_builder_grow.go:20:12
./io_builder_grow.go:17:30: (*strings.Builder).Cap(sb) escapes to heap:
./io_builder_grow.go:17:30:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Cap(sb)}:
./io_builder_grow.go:17:30:     from (*strings.Builder).Cap(sb) (spill) at ./io_builder_grow.go:17:30
./io_builder_grow.go:17:30:     from ... argument (slice-literal-element) at ./io_builder_grow.go:17:13
./io_builder_grow.go:17:30:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:17:30:     from ... argument (spill) at ./io_builder_grow.go:17:13
./io_builder_grow.go:17:30:     from fmt.Println(... argument...) (call parameter) at ./io_builder_grow.go:17:13
./io_builder_grow.go:17:20: (*strings.Builder).Len(sb) escapes to heap:
./io_builder_grow.go:17:20:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Len(sb)}:
./io_builder_grow.go:17:20:     from (*strings.Builder).Len(sb) (spill) at ./io_builder_grow.go:17:20
./io_builder_grow.go:17:20:     from ... argument (slice-literal-element) at ./io_builder_grow.go:17:13
./io_builder_grow.go:17:20:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:17:20:     from ... argument (spill) at ./io_builder_grow.go:17:13
./io_builder_grow.go:17:20:     from fmt.Println(... argument...) (call parameter) at ./io_builder_grow.go:17:13
./io_builder_grow.go:15:30: (*strings.Builder).Cap(sb) escapes to heap:
./io_builder_grow.go:15:30:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Cap(sb)}:
./io_builder_grow.go:15:30:     from (*strings.Builder).Cap(sb) (spill) at ./io_builder_grow.go:15:30
./io_builder_grow.go:15:30:     from ... argument (slice-literal-element) at ./io_builder_grow.go:15:13
./io_builder_grow.go:15:30:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:15:30:     from ... argument (spill) at ./io_builder_grow.go:15:13
./io_builder_grow.go:15:30:     from fmt.Println(... argument...) (call parameter) at ./io_builder_grow.go:15:13
./io_builder_grow.go:15:20: (*strings.Builder).Len(sb) escapes to heap:
./io_builder_grow.go:15:20:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Len(sb)}:
./io_builder_grow.go:15:20:     from (*strings.Builder).Len(sb) (spill) at ./io_builder_grow.go:15:20
./io_builder_grow.go:15:20:     from ... argument (slice-literal-element) at ./io_builder_grow.go:15:13
./io_builder_grow.go:15:20:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:15:20:     from ... argument (spill) at ./io_builder_grow.go:15:13
./io_builder_grow.go:15:20:     from fmt.Println(... argument...) (call parameter) at ./io_builder_grow.go:15:13
./io_builder_grow.go:13:30: (*strings.Builder).Cap(sb) escapes to heap:
./io_builder_grow.go:13:30:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Cap(sb)}:
./io_builder_grow.go:13:30:     from (*strings.Builder).Cap(sb) (spill) at ./io_builder_grow.go:13:30
./io_builder_grow.go:13:30:     from ... argument (slice-literal-element) at ./io_builder_grow.go:13:13
./io_builder_grow.go:13:30:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:13:30:     from ... argument (spill) at ./io_builder_grow.go:13:13
./io_builder_grow.go:13:30:     from fmt.Println(... argument...) (call parameter) at ./io_builder_grow.go:13:13
./io_builder_grow.go:13:20: (*strings.Builder).Len(sb) escapes to heap:
./io_builder_grow.go:13:20:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Len(sb)}:
./io_builder_grow.go:13:20:     from (*strings.Builder).Len(sb) (spill) at ./io_builder_grow.go:13:20
./io_builder_grow.go:13:20:     from ... argument (slice-literal-element) at ./io_builder_grow.go:13:13
./io_builder_grow.go:13:20:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:13:20:     from ... argument (spill) at ./io_builder_grow.go:13:13
./io_builder_grow.go:13:20:     from fmt.Println(... argument...) (call parameter) at ./io_builder_grow.go:13:13
./io_builder_grow.go:11:30: (*strings.Builder).Cap(sb) escapes to heap:
./io_builder_grow.go:11:30:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Cap(sb)}:
./io_builder_grow.go:11:30:     from (*strings.Builder).Cap(sb) (spill) at ./io_builder_grow.go:11:30
./io_builder_grow.go:11:30:     from ... argument (slice-literal-element) at ./io_builder_grow.go:11:13
./io_builder_grow.go:11:30:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:11:30:     from ... argument (spill) at ./io_builder_grow.go:11:13
./io_builder_grow.go:11:30:     from fmt.Println(... argument...) (call parameter) at ./io_builder_grow.go:11:13
./io_builder_grow.go:11:20: (*strings.Builder).Len(sb) escapes to heap:
./io_builder_grow.go:11:20:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Len(sb)}:
./io_builder_grow.go:11:20:     from (*strings.Builder).Len(sb) (spill) at ./io_builder_grow.go:11:20
./io_builder_grow.go:11:20:     from ... argument (slice-literal-element) at ./io_builder_grow.go:11:13
./io_builder_grow.go:11:20:   flow: {heap} = {storage for ... argument}:
./io_builder_grow.go:11:20:     from ... argument (spill) at ./io_builder_grow.go:11:13
./io_builder_grow.go:11:20:     from fmt.Println(... argument...) (call parameter) at ./io_builder_grow.go:11:13
./io_builder_grow.go:11:13: ... argument does not escape
./io_builder_grow.go:11:20: (*strings.Builder).Len(sb) escapes to heap
./io_builder_grow.go:11:30: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_grow.go:13:13: ... argument does not escape
./io_builder_grow.go:13:20: (*strings.Builder).Len(sb) escapes to heap
./io_builder_grow.go:13:30: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_grow.go:15:13: ... argument does not escape
./io_builder_grow.go:15:20: (*strings.Builder).Len(sb) escapes to heap
./io_builder_grow.go:15:30: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_grow.go:17:13: ... argument does not escape
./io_builder_grow.go:17:20: (*strings.Builder).Len(sb) escapes to heap
./io_builder_grow.go:17:30: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_grow.go:20:12: ... argument does not escape
./io_builder_grow.go:20:19: (*strings.Builder).Len(sb) escapes to heap
./io_builder_grow.go:20:23: ":" escapes to heap
./io_builder_grow.go:20:34: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_grow.go:20:38: " " escapes to heap
./io_builder_grow.go:23:13: ... argument does not escape
./io_builder_grow.go:23:23: (*strings.Builder).String(sb) escapes to heap
./io_builder_grow.go:25:13: ... argument does not escape
./io_builder_grow.go:25:20: (*strings.Builder).Len(sb) escapes to heap
./io_builder_grow.go:25:30: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_grow.go:28:12: ... argument does not escape
./io_builder_grow.go:28:30: (*strings.Builder).String(sb) escapes to heap
./io_builder_grow.go:29:8: func literal does not escape
./io_builder_grow.go:30:14: ... argument does not escape
./io_builder_grow.go:30:15: "recovered:" escapes to heap

./io_buffer_truncate.go:8:10: try capturing by value: name (addr=false assign=false width=16)
./io_buffer_truncate.go:15:20: "ok" escapes to heap:
./io_buffer_truncate.go:15:20:   flow: {storage for ... argument} = &{storage for "ok"}:
./io_buffer_truncate.go:15:20:     from "ok" (spill) at ./io_buffer_truncate.go:15:20
./io_buffer_truncate.go:15:20:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:15:13
./io_buffer_truncate.go:15:20:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:15:20:     from ... argument (spill) at ./io_buffer_truncate.go:15:13
./io_buffer_truncate.go:15:20:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:15:13
./io_buffer_truncate.go:15:13: name escapes to heap:
./io_buffer_truncate.go:15:13:   flow: {storage for ... argument} = &{storage for name}:
./io_buffer_truncate.go:15:13:     from name (spill) at ./io_buffer_truncate.go:15:13
./io_buffer_truncate.go:15:13:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:15:13
./io_buffer_truncate.go:15:13:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:15:13:     from ... argument (spill) at ./io_buffer_truncate.go:15:13
./io_buffer_truncate.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:15:13
./io_buffer_truncate.go:11:22: "panic:" escapes to heap:
./io_buffer_truncate.go:11:22:   flow: {storage for ... argument} = &{storage for "panic:"}:
./io_buffer_truncate.go:11:22:     from "panic:" (spill) at ./io_buffer_truncate.go:11:22
./io_buffer_truncate.go:11:22:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:11:15
./io_buffer_truncate.go:11:22:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:11:22:     from ... argument (spill) at ./io_buffer_truncate.go:11:15
./io_buffer_truncate.go:11:22:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:11:15
./io_buffer_truncate.go:11:15: name escapes to heap:
./io_buffer_truncate.go:11:15:   flow: {storage for ... argument} = &{storage for name}:
./io_buffer_truncate.go:11:15:     from name (spill) at ./io_buffer_truncate.go:11:15
./io_buffer_truncate.go:11:15:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:11:15
./io_buffer_truncate.go:11:15:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:11:15:     from ... argument (spill) at ./io_buffer_truncate.go:11:15
./io_buffer_truncate.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:11:15
./io_buffer_truncate.go:8:10: parameter name leaks to {storage for name} with derefs=0:
./io_buffer_truncate.go:8:10:   flow: {storage for name} = name:
./io_buffer_truncate.go:8:10:     from name (interface-converted) at ./io_buffer_truncate.go:15:13
./io_buffer_truncate.go:8:10: parameter name leaks to {storage for name} with derefs=0:
./io_buffer_truncate.go:8:10:   flow: {storage for name} = name:
./io_buffer_truncate.go:8:10:     from name (interface-converted) at ./io_buffer_truncate.go:11:15
./io_buffer_truncate.go:8:10: leaking param: name
./io_buffer_truncate.go:8:23: f does not escape
./io_buffer_truncate.go:9:8: func literal does not escape
./io_buffer_truncate.go:11:15: ... argument does not escape
./io_buffer_truncate.go:11:15: name escapes to heap
./io_buffer_truncate.go:11:22: "panic:" escapes to heap
./io_buffer_truncate.go:15:13: ... argument does not escape
./io_buffer_truncate.go:15:13: name escapes to heap
./io_buffer_truncate.go:15:20: "ok" escapes to heap
./io_buffer_truncate.go:19:6: main capturing by ref: b (addr=true assign=false width=40)
./io_buffer_truncate.go:19:6: main capturing by ref: b (addr=true assign=false width=40)
./io_buffer_truncate.go:19:6: main capturing by ref: b (addr=true assign=false width=40)
./io_buffer_truncate.go:44:28: (*bytes.Buffer).Cap(c) escapes to heap:
./io_buffer_truncate.go:44:28:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Cap(c)}:
./io_buffer_truncate.go:44:28:     from (*bytes.Buffer).Cap(c) (spill) at ./io_buffer_truncate.go:44:28
./io_buffer_truncate.go:44:28:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:44:13
./io_buffer_truncate.go:44:28:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:44:28:     from ... argument (spill) at ./io_buffer_truncate.go:44:13
./io_buffer_truncate.go:44:28:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:44:13
./io_buffer_truncate.go:44:19: (*bytes.Buffer).Len(c) escapes to heap:
./io_buffer_truncate.go:44:19:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(c)}:
./io_buffer_truncate.go:44:19:     from (*bytes.Buffer).Len(c) (spill) at ./io_buffer_truncate.go:44:19
./io_buffer_truncate.go:44:19:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:44:13
./io_buffer_truncate.go:44:19:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:44:19:     from ... argument (spill) at ./io_buffer_truncate.go:44:13
./io_buffer_truncate.go:44:19:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:44:13
./io_buffer_truncate.go:37:28: (*bytes.Buffer).Cap(c) escapes to heap:
./io_buffer_truncate.go:37:28:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Cap(c)}:
./io_buffer_truncate.go:37:28:     from (*bytes.Buffer).Cap(c) (spill) at ./io_buffer_truncate.go:37:28
./io_buffer_truncate.go:37:28:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:37:13
./io_buffer_truncate.go:37:28:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:37:28:     from ... argument (spill) at ./io_buffer_truncate.go:37:13
./io_buffer_truncate.go:37:28:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:37:13
./io_buffer_truncate.go:37:19: (*bytes.Buffer).Len(c) escapes to heap:
./io_buffer_truncate.go:37:19:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(c)}:
./io_buffer_truncate.go:37:19:     from (*bytes.Buffer).Len(c) (spill) at ./io_buffer_truncate.go:37:19
./io_buffer_truncate.go:37:19:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:37:13
./io_buffer_truncate.go:37:19:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:37:19:     from ... argument (spill) at ./io_buffer_truncate.go:37:13
./io_buffer_truncate.go:37:19:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:37:13
./io_buffer_truncate.go:35:28: (*bytes.Buffer).Cap(c) escapes to heap:
./io_buffer_truncate.go:35:28:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Cap(c)}:
./io_buffer_truncate.go:35:28:     from (*bytes.Buffer).Cap(c) (spill) at ./io_buffer_truncate.go:35:28
./io_buffer_truncate.go:35:28:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:35:13
./io_buffer_truncate.go:35:28:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:35:28:     from ... argument (spill) at ./io_buffer_truncate.go:35:13
./io_buffer_truncate.go:35:28:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:35:13
./io_buffer_truncate.go:35:19: (*bytes.Buffer).Len(c) escapes to heap:
./io_buffer_truncate.go:35:19:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(c)}:
./io_buffer_truncate.go:35:19:     from (*bytes.Buffer).Len(c) (spill) at ./io_buffer_truncate.go:35:19
./io_buffer_truncate.go:35:19:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:35:13
./io_buffer_truncate.go:35:19:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:35:19:     from ... argument (spill) at ./io_buffer_truncate.go:35:13
./io_buffer_truncate.go:35:19:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:35:13
./io_buffer_truncate.go:29:28: (*bytes.Buffer).Cap(b) escapes to heap:
./io_buffer_truncate.go:29:28:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Cap(b)}:
./io_buffer_truncate.go:29:28:     from (*bytes.Buffer).Cap(b) (spill) at ./io_buffer_truncate.go:29:28
./io_buffer_truncate.go:29:28:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:29:13
./io_buffer_truncate.go:29:28:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:29:28:     from ... argument (spill) at ./io_buffer_truncate.go:29:13
./io_buffer_truncate.go:29:28:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:29:13
./io_buffer_truncate.go:29:19: (*bytes.Buffer).Len(b) escapes to heap:
./io_buffer_truncate.go:29:19:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(b)}:
./io_buffer_truncate.go:29:19:     from (*bytes.Buffer).Len(b) (spill) at ./io_buffer_truncate.go:29:19
./io_buffer_truncate.go:29:19:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:29:13
./io_buffer_truncate.go:29:19:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:29:19:     from ... argument (spill) at ./io_buffer_truncate.go:29:13
./io_buffer_truncate.go:29:19:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:29:13
./io_buffer_truncate.go:27:22: (*bytes.Buffer).String(b) escapes to heap:
./io_buffer_truncate.go:27:22:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).String(b)}:
./io_buffer_truncate.go:27:22:     from (*bytes.Buffer).String(b) (spill) at ./io_buffer_truncate.go:27:22
./io_buffer_truncate.go:27:22:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:27:13
./io_buffer_truncate.go:27:22:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:27:22:     from ... argument (spill) at ./io_buffer_truncate.go:27:13
./io_buffer_truncate.go:27:22:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:27:13
./io_buffer_truncate.go:24:28: (*bytes.Buffer).Cap(b) escapes to heap:
./io_buffer_truncate.go:24:28:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Cap(b)}:
./io_buffer_truncate.go:24:28:     from (*bytes.Buffer).Cap(b) (spill) at ./io_buffer_truncate.go:24:28
./io_buffer_truncate.go:24:28:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:24:13
./io_buffer_truncate.go:24:28:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:24:28:     from ... argument (spill) at ./io_buffer_truncate.go:24:13
./io_buffer_truncate.go:24:28:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:24:13
./io_buffer_truncate.go:24:19: (*bytes.Buffer).Len(b) escapes to heap:
./io_buffer_truncate.go:24:19:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(b)}:
./io_buffer_truncate.go:24:19:     from (*bytes.Buffer).Len(b) (spill) at ./io_buffer_truncate.go:24:19
./io_buffer_truncate.go:24:19:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:24:13
./io_buffer_truncate.go:24:19:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:24:19:     from ... argument (spill) at ./io_buffer_truncate.go:24:13
./io_buffer_truncate.go:24:19:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:24:13
./io_buffer_truncate.go:22:40: (*bytes.Buffer).Cap(b) escapes to heap:
./io_buffer_truncate.go:22:40:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Cap(b)}:
./io_buffer_truncate.go:22:40:     from (*bytes.Buffer).Cap(b) (spill) at ./io_buffer_truncate.go:22:40
./io_buffer_truncate.go:22:40:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:22:13
./io_buffer_truncate.go:22:40:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:22:40:     from ... argument (spill) at ./io_buffer_truncate.go:22:13
./io_buffer_truncate.go:22:40:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:22:13
./io_buffer_truncate.go:22:31: (*bytes.Buffer).Len(b) escapes to heap:
./io_buffer_truncate.go:22:31:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(b)}:
./io_buffer_truncate.go:22:31:     from (*bytes.Buffer).Len(b) (spill) at ./io_buffer_truncate.go:22:31
./io_buffer_truncate.go:22:31:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:22:13
./io_buffer_truncate.go:22:31:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:22:31:     from ... argument (spill) at ./io_buffer_truncate.go:22:13
./io_buffer_truncate.go:22:31:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:22:13
./io_buffer_truncate.go:22:22: (*bytes.Buffer).String(b) escapes to heap:
./io_buffer_truncate.go:22:22:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).String(b)}:
./io_buffer_truncate.go:22:22:     from (*bytes.Buffer).String(b) (spill) at ./io_buffer_truncate.go:22:22
./io_buffer_truncate.go:22:22:     from ... argument (slice-literal-element) at ./io_buffer_truncate.go:22:13
./io_buffer_truncate.go:22:22:   flow: {heap} = {storage for ... argument}:
./io_buffer_truncate.go:22:22:     from ... argument (spill) at ./io_buffer_truncate.go:22:13
./io_buffer_truncate.go:22:22:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_truncate.go:22:13
./io_buffer_truncate.go:22:13: ... argument does not escape
./io_buffer_truncate.go:22:22: (*bytes.Buffer).String(b) escapes to heap
./io_buffer_truncate.go:22:31: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_truncate.go:22:40: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_truncate.go:24:13: ... argument does not escape
./io_buffer_truncate.go:24:19: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_truncate.go:24:28: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_truncate.go:27:13: ... argument does not escape
./io_buffer_truncate.go:27:22: (*bytes.Buffer).String(b) escapes to heap
./io_buffer_truncate.go:29:13: ... argument does not escape
./io_buffer_truncate.go:29:19: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_truncate.go:29:28: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_truncate.go:30:15: func literal does not escape
./io_buffer_truncate.go:31:19: func literal does not escape
./io_buffer_truncate.go:32:18: func literal does not escape
./io_buffer_truncate.go:35:13: ... argument does not escape
./io_buffer_truncate.go:35:19: (*bytes.Buffer).Len(c) escapes to heap
./io_buffer_truncate.go:35:28: (*bytes.Buffer).Cap(c) escapes to heap
./io_buffer_truncate.go:37:13: ... argument does not escape
./io_buffer_truncate.go:37:19: (*bytes.Buffer).Len(c) escapes to heap
./io_buffer_truncate.go:37:28: (*bytes.Buffer).Cap(c) escapes to heap
./io_buffer_truncate.go:44:13: ... argument does not escape
./io_buffer_truncate.go:44:19: (*bytes.Buffer).Len(c) escapes to heap
./io_buffer_truncate.go:44:28: (*bytes.Buffer).Cap(c) escapes to heap

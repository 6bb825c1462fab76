./io_buffer_basic.go:9:6: b escapes to heap:
./io_buffer_basic.go:9:6:   flow: {heap} = &b:
./io_buffer_basic.go:9:6:     from &b (address-of) at ./io_buffer_basic.go:27:14
./io_buffer_basic.go:9:6:     from &b (interface-converted) at ./io_buffer_basic.go:27:14
./io_buffer_basic.go:9:6:     from fmt.Fprintf(&b, "%d-%s", ... argument...) (call parameter) at ./io_buffer_basic.go:27:13
./io_buffer_basic.go:31:29: make([]byte, 0, 1000) escapes to heap:
./io_buffer_basic.go:31:29:   flow: {heap} = &{storage for make([]byte, 0, 1000)}:
./io_buffer_basic.go:31:29:     from make([]byte, 0, 1000) (spill) at ./io_buffer_basic.go:31:29
./io_buffer_basic.go:31:29:     from bytes.NewBuffer(make([]byte, 0, 1000)) (call parameter) at ./io_buffer_basic.go:31:24
./io_buffer_basic.go:36:35: (*bytes.Buffer).Len(bs2) escapes to heap:
./io_buffer_basic.go:36:35:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(bs2)}:
./io_buffer_basic.go:36:35:     from (*bytes.Buffer).Len(bs2) (spill) at ./io_buffer_basic.go:36:35
./io_buffer_basic.go:36:35:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:36:13
./io_buffer_basic.go:36:35:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:36:35:     from ... argument (spill) at ./io_buffer_basic.go:36:13
./io_buffer_basic.go:36:35:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:36:13
./io_buffer_basic.go:36:24: (*bytes.Buffer).String(bs2) escapes to heap:
./io_buffer_basic.go:36:24:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).String(bs2)}:
./io_buffer_basic.go:36:24:     from (*bytes.Buffer).String(bs2) (spill) at ./io_buffer_basic.go:36:24
./io_buffer_basic.go:36:24:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:36:13
./io_buffer_basic.go:36:24:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:36:24:     from ... argument (spill) at ./io_buffer_basic.go:36:13
./io_buffer_basic.go:36:24:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:36:13
./io_buffer_basic.go:33:32: (*bytes.Buffer).Cap(big) escapes to heap:
./io_buffer_basic.go:33:32:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Cap(big)}:
./io_buffer_basic.go:33:32:     from (*bytes.Buffer).Cap(big) (spill) at ./io_buffer_basic.go:33:32
./io_buffer_basic.go:33:32:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:33:13
./io_buffer_basic.go:33:32:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:33:32:     from ... argument (spill) at ./io_buffer_basic.go:33:13
./io_buffer_basic.go:33:32:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:33:13
./io_buffer_basic.go:33:21: (*bytes.Buffer).Len(big) escapes to heap:
./io_buffer_basic.go:33:21:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(big)}:
./io_buffer_basic.go:33:21:     from (*bytes.Buffer).Len(big) (spill) at ./io_buffer_basic.go:33:21
./io_buffer_basic.go:33:21:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:33:13
./io_buffer_basic.go:33:21:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:33:21:     from ... argument (spill) at ./io_buffer_basic.go:33:13
./io_buffer_basic.go:33:21:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:33:13
./io_buffer_basic.go:30:23: (*bytes.Buffer).String(nb) escapes to heap:
./io_buffer_basic.go:30:23:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).String(nb)}:
./io_buffer_basic.go:30:23:     from (*bytes.Buffer).String(nb) (spill) at ./io_buffer_basic.go:30:23
./io_buffer_basic.go:30:23:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:30:13
./io_buffer_basic.go:30:23:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:30:23:     from ... argument (spill) at ./io_buffer_basic.go:30:13
./io_buffer_basic.go:30:23:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:30:13
./io_buffer_basic.go:28:22: (*bytes.Buffer).String(b) escapes to heap:
./io_buffer_basic.go:28:22:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).String(b)}:
./io_buffer_basic.go:28:22:     from (*bytes.Buffer).String(b) (spill) at ./io_buffer_basic.go:28:22
./io_buffer_basic.go:28:22:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:28:13
./io_buffer_basic.go:28:22:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:28:22:     from ... argument (spill) at ./io_buffer_basic.go:28:13
./io_buffer_basic.go:28:22:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:28:13
./io_buffer_basic.go:27:31: "x" escapes to heap:
./io_buffer_basic.go:27:31:   flow: {storage for ... argument} = &{storage for "x"}:
./io_buffer_basic.go:27:31:     from "x" (spill) at ./io_buffer_basic.go:27:31
./io_buffer_basic.go:27:31:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:27:13
./io_buffer_basic.go:27:31:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:27:31:     from ... argument (spill) at ./io_buffer_basic.go:27:13
./io_buffer_basic.go:27:31:     from fmt.Fprintf(&b, "%d-%s", ... argument...) (call parameter) at ./io_buffer_basic.go:27:13
./io_buffer_basic.go:27:27: 42 escapes to heap:
./io_buffer_basic.go:27:27:   flow: {storage for ... argument} = &{storage for 42}:
./io_buffer_basic.go:27:27:     from 42 (spill) at ./io_buffer_basic.go:27:27
./io_buffer_basic.go:27:27:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:27:13
./io_buffer_basic.go:27:27:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:27:27:     from ... argument (spill) at ./io_buffer_basic.go:27:13
./io_buffer_basic.go:27:27:     from fmt.Fprintf(&b, "%d-%s", ... argument...) (call parameter) at ./io_buffer_basic.go:27:13
./io_buffer_basic.go:26:28: (*bytes.Buffer).Cap(b) escapes to heap:
./io_buffer_basic.go:26:28:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Cap(b)}:
./io_buffer_basic.go:26:28:     from (*bytes.Buffer).Cap(b) (spill) at ./io_buffer_basic.go:26:28
./io_buffer_basic.go:26:28:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:26:13
./io_buffer_basic.go:26:28:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:26:28:     from ... argument (spill) at ./io_buffer_basic.go:26:13
./io_buffer_basic.go:26:28:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:26:13
./io_buffer_basic.go:26:19: (*bytes.Buffer).Len(b) escapes to heap:
./io_buffer_basic.go:26:19:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(b)}:
./io_buffer_basic.go:26:19:     from (*bytes.Buffer).Len(b) (spill) at ./io_buffer_basic.go:26:19
./io_buffer_basic.go:26:19:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:26:13
./io_buffer_basic.go:26:19:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:26:19:     from ... argument (spill) at ./io_buffer_basic.go:26:13
./io_buffer_basic.go:26:19:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:26:13
./io_buffer_basic.go:24:29: string(bs[:5]) escapes to heap:
./io_buffer_basic.go:24:29:   flow: {storage for ... argument} = &{storage for string(bs[:5])}:
./io_buffer_basic.go:24:29:     from string(bs[:5]) (spill) at ./io_buffer_basic.go:24:29
./io_buffer_basic.go:24:29:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:24:13
./io_buffer_basic.go:24:29:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:24:29:     from ... argument (spill) at ./io_buffer_basic.go:24:13
./io_buffer_basic.go:24:29:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:24:13
./io_buffer_basic.go:24:17: len(bs) escapes to heap:
./io_buffer_basic.go:24:17:   flow: {storage for ... argument} = &{storage for len(bs)}:
./io_buffer_basic.go:24:17:     from len(bs) (spill) at ./io_buffer_basic.go:24:17
./io_buffer_basic.go:24:17:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:24:13
./io_buffer_basic.go:24:17:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:24:17:     from ... argument (spill) at ./io_buffer_basic.go:24:13
./io_buffer_basic.go:24:17:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:24:13
./io_buffer_basic.go:20:22: " " escapes to heap:
./io_buffer_basic.go:20:22:   flow: {storage for ... argument} = &{storage for " "}:
./io_buffer_basic.go:20:22:     from " " (spill) at ./io_buffer_basic.go:20:22
./io_buffer_basic.go:20:22:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:20:12
./io_buffer_basic.go:20:22:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:20:22:     from ... argument (spill) at ./io_buffer_basic.go:20:12
./io_buffer_basic.go:20:22:     from fmt.Print(... argument...) (call parameter) at ./io_buffer_basic.go:20:12
./io_buffer_basic.go:20:18: (*bytes.Buffer).Cap(b) escapes to heap:
./io_buffer_basic.go:20:18:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Cap(b)}:
./io_buffer_basic.go:20:18:     from (*bytes.Buffer).Cap(b) (spill) at ./io_buffer_basic.go:20:18
./io_buffer_basic.go:20:18:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:20:12
./io_buffer_basic.go:20:18:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:20:18:     from ... argument (spill) at ./io_buffer_basic.go:20:12
./io_buffer_basic.go:20:18:     from fmt.Print(... argument...) (call parameter) at ./io_buffer_basic.go:20:12
./io_buffer_basic.go:17:40: (*bytes.Buffer).Cap(b) escapes to heap:
./io_buffer_basic.go:17:40:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Cap(b)}:
./io_buffer_basic.go:17:40:     from (*bytes.Buffer).Cap(b) (spill) at ./io_buffer_basic.go:17:40
./io_buffer_basic.go:17:40:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:17:13
./io_buffer_basic.go:17:40:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:17:40:     from ... argument (spill) at ./io_buffer_basic.go:17:13
./io_buffer_basic.go:17:40:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:17:13
./io_buffer_basic.go:17:31: (*bytes.Buffer).Len(b) escapes to heap:
./io_buffer_basic.go:17:31:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(b)}:
./io_buffer_basic.go:17:31:     from (*bytes.Buffer).Len(b) (spill) at ./io_buffer_basic.go:17:31
./io_buffer_basic.go:17:31:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:17:13
./io_buffer_basic.go:17:31:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:17:31:     from ... argument (spill) at ./io_buffer_basic.go:17:13
./io_buffer_basic.go:17:31:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:17:13
./io_buffer_basic.go:17:22: (*bytes.Buffer).String(b) escapes to heap:
./io_buffer_basic.go:17:22:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).String(b)}:
./io_buffer_basic.go:17:22:     from (*bytes.Buffer).String(b) (spill) at ./io_buffer_basic.go:17:22
./io_buffer_basic.go:17:22:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:17:13
./io_buffer_basic.go:17:22:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:17:22:     from ... argument (spill) at ./io_buffer_basic.go:17:13
./io_buffer_basic.go:17:22:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:17:13
./io_buffer_basic.go:12:28: (*bytes.Buffer).Cap(b) escapes to heap:
./io_buffer_basic.go:12:28:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Cap(b)}:
./io_buffer_basic.go:12:28:     from (*bytes.Buffer).Cap(b) (spill) at ./io_buffer_basic.go:12:28
./io_buffer_basic.go:12:28:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:12:13
./io_buffer_basic.go:12:28:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:12:28:     from ... argument (spill) at ./io_buffer_basic.go:12:13
./io_buffer_basic.go:12:28:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:12:13
./io_buffer_basic.go:12:19: (*bytes.Buffer).Len(b) escapes to heap:
./io_buffer_basic.go:12:19:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(b)}:
./io_buffer_basic.go:12:19:     from (*bytes.Buffer).Len(b) (spill) at ./io_buffer_basic.go:12:19
./io_buffer_basic.go:12:19:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:12:13
./io_buffer_basic.go:12:19:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:12:19:     from ... argument (spill) at ./io_buffer_basic.go:12:13
./io_buffer_basic.go:12:19:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:12:13
./io_buffer_basic.go:10:60: (*bytes.Buffer).Bytes(b) == nil escapes to heap:
./io_buffer_basic.go:10:60:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Bytes(b) == nil}:
./io_buffer_basic.go:10:60:     from (*bytes.Buffer).Bytes(b) == nil (spill) at ./io_buffer_basic.go:10:60
./io_buffer_basic.go:10:60:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:10:13
./io_buffer_basic.go:10:60:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:10:60:     from ... argument (spill) at ./io_buffer_basic.go:10:13
./io_buffer_basic.go:10:60:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:10:13
./io_buffer_basic.go:10:43: (*bytes.Buffer).String(b) == "" escapes to heap:
./io_buffer_basic.go:10:43:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).String(b) == ""}:
./io_buffer_basic.go:10:43:     from (*bytes.Buffer).String(b) == "" (spill) at ./io_buffer_basic.go:10:43
./io_buffer_basic.go:10:43:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:10:13
./io_buffer_basic.go:10:43:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:10:43:     from ... argument (spill) at ./io_buffer_basic.go:10:13
./io_buffer_basic.go:10:43:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:10:13
./io_buffer_basic.go:10:28: (*bytes.Buffer).Cap(b) escapes to heap:
./io_buffer_basic.go:10:28:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Cap(b)}:
./io_buffer_basic.go:10:28:     from (*bytes.Buffer).Cap(b) (spill) at ./io_buffer_basic.go:10:28
./io_buffer_basic.go:10:28:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:10:13
./io_buffer_basic.go:10:28:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:10:28:     from ... argument (spill) at ./io_buffer_basic.go:10:13
./io_buffer_basic.go:10:28:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:10:13
./io_buffer_basic.go:10:19: (*bytes.Buffer).Len(b) escapes to heap:
./io_buffer_basic.go:10:19:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(b)}:
./io_buffer_basic.go:10:19:     from (*bytes.Buffer).Len(b) (spill) at ./io_buffer_basic.go:10:19
./io_buffer_basic.go:10:19:     from ... argument (slice-literal-element) at ./io_buffer_basic.go:10:13
./io_buffer_basic.go:10:19:   flow: {heap} = {storage for ... argument}:
./io_buffer_basic.go:10:19:     from ... argument (spill) at ./io_buffer_basic.go:10:13
./io_buffer_basic.go:10:19:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_basic.go:10:13
./io_buffer_basic.go:24:29: string(bs[:5]) escapes to heap:
./io_buffer_basic.go:24:29:   flow: {storage for string(bs[:5])} = &{storage for string(bs[:5])}:
./io_buffer_basic.go:24:29:     from string(bs[:5]) (spill) at ./io_buffer_basic.go:24:29
./io_buffer_basic.go:24:29:     from string(bs[:5]) (interface-converted) at ./io_buffer_basic.go:24:29
./io_buffer_basic.go:9:6: moved to heap: b
./io_buffer_basic.go:10:13: ... argument does not escape
./io_buffer_basic.go:10:19: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_basic.go:10:28: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_basic.go:10:43: (*bytes.Buffer).String(b) == "" escapes to heap
./io_buffer_basic.go:10:60: (*bytes.Buffer).Bytes(b) == nil escapes to heap
./io_buffer_basic.go:12:13: ... argument does not escape
./io_buffer_basic.go:12:19: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_basic.go:12:28: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_basic.go:14:16: ([]byte)("world") does not escape
./io_buffer_basic.go:17:13: ... argument does not escape
./io_buffer_basic.go:17:22: (*bytes.Buffer).String(b) escapes to heap
./io_buffer_basic.go:17:31: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_basic.go:17:40: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_basic.go:20:12: ... argument does not escape
./io_buffer_basic.go:20:18: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_basic.go:20:22: " " escapes to heap
./io_buffer_basic.go:24:13: ... argument does not escape
./io_buffer_basic.go:24:17: len(bs) escapes to heap
./io_buffer_basic.go:24:29: string(bs[:5]) escapes to heap
./io_buffer_basic.go:24:29: string(bs[:5]) escapes to heap
./io_buffer_basic.go:26:13: ... argument does not escape
./io_buffer_basic.go:26:19: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_basic.go:26:28: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_basic.go:27:13: ... argument does not escape
./io_buffer_basic.go:27:27: 42 escapes to heap
./io_buffer_basic.go:27:31: "x" escapes to heap
./io_buffer_basic.go:28:13: ... argument does not escape
./io_buffer_basic.go:28:22: (*bytes.Buffer).String(b) escapes to heap
./io_buffer_basic.go:30:13: ... argument does not escape
./io_buffer_basic.go:30:23: (*bytes.Buffer).String(nb) escapes to heap
./io_buffer_basic.go:31:29: make([]byte, 0, 1000) escapes to heap
./io_buffer_basic.go:33:13: ... argument does not escape
./io_buffer_basic.go:33:21: (*bytes.Buffer).Len(big) escapes to heap
./io_buffer_basic.go:33:32: (*bytes.Buffer).Cap(big) escapes to heap
./io_buffer_basic.go:36:13: ... argument does not escape
./io_buffer_basic.go:36:24: (*bytes.Buffer).String(bs2) escapes to heap
./io_buffer_basic.go:36:35: (*bytes.Buffer).Len(bs2) escapes to heap

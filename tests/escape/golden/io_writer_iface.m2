./io_writer_iface.go:15:18: v escapes to heap:
./io_writer_iface.go:15:18:   flow: {storage for ... argument} = &{storage for v}:
./io_writer_iface.go:15:18:     from v (spill) at ./io_writer_iface.go:15:18
./io_writer_iface.go:15:18:     from ... argument (slice-literal-element) at ./io_writer_iface.go:15:14
./io_writer_iface.go:15:18:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:15:18:     from ... argument (spill) at ./io_writer_iface.go:15:14
./io_writer_iface.go:15:18:     from fmt.Fprintf(w, "%d: %d\n", ... argument...) (call parameter) at ./io_writer_iface.go:15:14
./io_writer_iface.go:15:18: i escapes to heap:
./io_writer_iface.go:15:18:   flow: {storage for ... argument} = &{storage for i}:
./io_writer_iface.go:15:18:     from i (spill) at ./io_writer_iface.go:15:18
./io_writer_iface.go:15:18:     from ... argument (slice-literal-element) at ./io_writer_iface.go:15:14
./io_writer_iface.go:15:18:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:15:18:     from ... argument (spill) at ./io_writer_iface.go:15:14
./io_writer_iface.go:15:18:     from fmt.Fprintf(w, "%d: %d\n", ... argument...) (call parameter) at ./io_writer_iface.go:15:14
./io_writer_iface.go:13:17: title escapes to heap:
./io_writer_iface.go:13:17:   flow: {storage for ... argument} = &{storage for title}:
./io_writer_iface.go:13:17:     from title (spill) at ./io_writer_iface.go:13:17
./io_writer_iface.go:13:17:     from ... argument (slice-literal-element) at ./io_writer_iface.go:13:13
./io_writer_iface.go:13:17:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:13:17:     from ... argument (spill) at ./io_writer_iface.go:13:13
./io_writer_iface.go:13:17:     from fmt.Fprintf(w, "== %s ==\n", ... argument...) (call parameter) at ./io_writer_iface.go:13:13
./io_writer_iface.go:12:13: parameter w leaks to {heap} with derefs=0:
./io_writer_iface.go:12:13:   flow: {heap} = w:
./io_writer_iface.go:12:13:     from fmt.Fprintf(w, "== %s ==\n", ... argument...) (call parameter) at ./io_writer_iface.go:13:13
./io_writer_iface.go:12:26: parameter title leaks to {storage for title} with derefs=0:
./io_writer_iface.go:12:26:   flow: {storage for title} = title:
./io_writer_iface.go:12:26:     from title (interface-converted) at ./io_writer_iface.go:13:17
./io_writer_iface.go:12:13: leaking param: w
./io_writer_iface.go:12:26: leaking param: title
./io_writer_iface.go:12:40: vals does not escape
./io_writer_iface.go:13:13: ... argument does not escape
./io_writer_iface.go:13:17: title escapes to heap
./io_writer_iface.go:15:14: ... argument does not escape
./io_writer_iface.go:15:18: i escapes to heap
./io_writer_iface.go:15:18: v escapes to heap
./io_writer_iface.go:28:50: (*bufio.Writer).Buffered(v) escapes to heap:
./io_writer_iface.go:28:50:   flow: {storage for ... argument} = &{storage for (*bufio.Writer).Buffered(v)}:
./io_writer_iface.go:28:50:     from (*bufio.Writer).Buffered(v) (spill) at ./io_writer_iface.go:28:50
./io_writer_iface.go:28:50:     from ... argument (slice-literal-element) at ./io_writer_iface.go:28:20
./io_writer_iface.go:28:50:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:28:50:     from ... argument (spill) at ./io_writer_iface.go:28:20
./io_writer_iface.go:28:50:     from fmt.Sprint(... argument...) (call parameter) at ./io_writer_iface.go:28:20
./io_writer_iface.go:28:21: "bufio buffered " escapes to heap:
./io_writer_iface.go:28:21:   flow: {storage for ... argument} = &{storage for "bufio buffered "}:
./io_writer_iface.go:28:21:     from "bufio buffered " (spill) at ./io_writer_iface.go:28:21
./io_writer_iface.go:28:21:     from ... argument (slice-literal-element) at ./io_writer_iface.go:28:20
./io_writer_iface.go:28:21:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:28:21:     from ... argument (spill) at ./io_writer_iface.go:28:20
./io_writer_iface.go:28:21:     from fmt.Sprint(... argument...) (call parameter) at ./io_writer_iface.go:28:20
./io_writer_iface.go:26:42: (*strings.Builder).Len(v) escapes to heap:
./io_writer_iface.go:26:42:   flow: {storage for ... argument} = &{storage for (*strings.Builder).Len(v)}:
./io_writer_iface.go:26:42:     from (*strings.Builder).Len(v) (spill) at ./io_writer_iface.go:26:42
./io_writer_iface.go:26:42:     from ... argument (slice-literal-element) at ./io_writer_iface.go:26:20
./io_writer_iface.go:26:42:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:26:42:     from ... argument (spill) at ./io_writer_iface.go:26:20
./io_writer_iface.go:26:42:     from fmt.Sprint(... argument...) (call parameter) at ./io_writer_iface.go:26:20
./io_writer_iface.go:26:21: "builder len " escapes to heap:
./io_writer_iface.go:26:21:   flow: {storage for ... argument} = &{storage for "builder len "}:
./io_writer_iface.go:26:21:     from "builder len " (spill) at ./io_writer_iface.go:26:21
./io_writer_iface.go:26:21:     from ... argument (slice-literal-element) at ./io_writer_iface.go:26:20
./io_writer_iface.go:26:21:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:26:21:     from ... argument (spill) at ./io_writer_iface.go:26:20
./io_writer_iface.go:26:21:     from fmt.Sprint(... argument...) (call parameter) at ./io_writer_iface.go:26:20
./io_writer_iface.go:24:41: (*bytes.Buffer).Len(v) escapes to heap:
./io_writer_iface.go:24:41:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(v)}:
./io_writer_iface.go:24:41:     from (*bytes.Buffer).Len(v) (spill) at ./io_writer_iface.go:24:41
./io_writer_iface.go:24:41:     from ... argument (slice-literal-element) at ./io_writer_iface.go:24:20
./io_writer_iface.go:24:41:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:24:41:     from ... argument (spill) at ./io_writer_iface.go:24:20
./io_writer_iface.go:24:41:     from fmt.Sprint(... argument...) (call parameter) at ./io_writer_iface.go:24:20
./io_writer_iface.go:24:21: "buffer len " escapes to heap:
./io_writer_iface.go:24:21:   flow: {storage for ... argument} = &{storage for "buffer len "}:
./io_writer_iface.go:24:21:     from "buffer len " (spill) at ./io_writer_iface.go:24:21
./io_writer_iface.go:24:21:     from ... argument (slice-literal-element) at ./io_writer_iface.go:24:20
./io_writer_iface.go:24:21:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:24:21:     from ... argument (spill) at ./io_writer_iface.go:24:20
./io_writer_iface.go:24:21:     from fmt.Sprint(... argument...) (call parameter) at ./io_writer_iface.go:24:20
./io_writer_iface.go:22:18: "file " + (*os.File).Name(v) escapes to heap:
./io_writer_iface.go:22:18:   flow: ~r0 = &{storage for "file " + (*os.File).Name(v)}:
./io_writer_iface.go:22:18:     from "file " + (*os.File).Name(v) (spill) at ./io_writer_iface.go:22:18
./io_writer_iface.go:22:18:     from return "file " + (*os.File).Name(v) (return) at ./io_writer_iface.go:22:3
./io_writer_iface.go:19:15: w does not escape
./io_writer_iface.go:22:18: "file " + (*os.File).Name(v) escapes to heap
./io_writer_iface.go:24:20: ... argument does not escape
./io_writer_iface.go:24:21: "buffer len " escapes to heap
./io_writer_iface.go:24:41: (*bytes.Buffer).Len(v) escapes to heap
./io_writer_iface.go:26:20: ... argument does not escape
./io_writer_iface.go:26:21: "builder len " escapes to heap
./io_writer_iface.go:26:42: (*strings.Builder).Len(v) escapes to heap
./io_writer_iface.go:28:20: ... argument does not escape
./io_writer_iface.go:28:21: "bufio buffered " escapes to heap
./io_writer_iface.go:28:50: (*bufio.Writer).Buffered(v) escapes to heap
./io_writer_iface.go:51:15: "strings.Builder is not a Reader" escapes to heap:
./io_writer_iface.go:51:15:   flow: {storage for ... argument} = &{storage for "strings.Builder is not a Reader"}:
./io_writer_iface.go:51:15:     from "strings.Builder is not a Reader" (spill) at ./io_writer_iface.go:51:15
./io_writer_iface.go:51:15:     from ... argument (slice-literal-element) at ./io_writer_iface.go:51:14
./io_writer_iface.go:51:15:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:51:15:     from ... argument (spill) at ./io_writer_iface.go:51:14
./io_writer_iface.go:51:15:     from fmt.Println(... argument...) (call parameter) at ./io_writer_iface.go:51:14
./io_writer_iface.go:48:15: "bytes.Buffer is also a Reader" escapes to heap:
./io_writer_iface.go:48:15:   flow: {storage for ... argument} = &{storage for "bytes.Buffer is also a Reader"}:
./io_writer_iface.go:48:15:     from "bytes.Buffer is also a Reader" (spill) at ./io_writer_iface.go:48:15
./io_writer_iface.go:48:15:     from ... argument (slice-literal-element) at ./io_writer_iface.go:48:14
./io_writer_iface.go:48:15:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:48:15:     from ... argument (spill) at ./io_writer_iface.go:48:14
./io_writer_iface.go:48:15:     from fmt.Println(... argument...) (call parameter) at ./io_writer_iface.go:48:14
./io_writer_iface.go:46:16: w == nil escapes to heap:
./io_writer_iface.go:46:16:   flow: {storage for ... argument} = &{storage for w == nil}:
./io_writer_iface.go:46:16:     from w == nil (spill) at ./io_writer_iface.go:46:16
./io_writer_iface.go:46:16:     from ... argument (slice-literal-element) at ./io_writer_iface.go:46:13
./io_writer_iface.go:46:16:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:46:16:     from ... argument (spill) at ./io_writer_iface.go:46:13
./io_writer_iface.go:46:16:     from fmt.Println(... argument...) (call parameter) at ./io_writer_iface.go:46:13
./io_writer_iface.go:44:21: (*strings.Builder).String(sb) escapes to heap:
./io_writer_iface.go:44:21:   flow: {storage for ... argument} = &{storage for (*strings.Builder).String(sb)}:
./io_writer_iface.go:44:21:     from (*strings.Builder).String(sb) (spill) at ./io_writer_iface.go:44:21
./io_writer_iface.go:44:21:     from ... argument (slice-literal-element) at ./io_writer_iface.go:44:11
./io_writer_iface.go:44:21:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:44:21:     from ... argument (spill) at ./io_writer_iface.go:44:11
./io_writer_iface.go:44:21:     from fmt.Print(... argument...) (call parameter) at ./io_writer_iface.go:44:11
./io_writer_iface.go:43:22: (*bytes.Buffer).String(buf) escapes to heap:
./io_writer_iface.go:43:22:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).String(buf)}:
./io_writer_iface.go:43:22:     from (*bytes.Buffer).String(buf) (spill) at ./io_writer_iface.go:43:22
./io_writer_iface.go:43:22:     from ... argument (slice-literal-element) at ./io_writer_iface.go:43:11
./io_writer_iface.go:43:22:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:43:22:     from ... argument (spill) at ./io_writer_iface.go:43:11
./io_writer_iface.go:43:22:     from fmt.Print(... argument...) (call parameter) at ./io_writer_iface.go:43:11
./io_writer_iface.go:40:23: describe(w) escapes to heap:
./io_writer_iface.go:40:23:   flow: {storage for ... argument} = &{storage for describe(w)}:
./io_writer_iface.go:40:23:     from describe(w) (spill) at ./io_writer_iface.go:40:23
./io_writer_iface.go:40:23:     from ... argument (slice-literal-element) at ./io_writer_iface.go:40:14
./io_writer_iface.go:40:23:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:40:23:     from ... argument (spill) at ./io_writer_iface.go:40:14
./io_writer_iface.go:40:23:     from fmt.Println(... argument...) (call parameter) at ./io_writer_iface.go:40:14
./io_writer_iface.go:39:24: i escapes to heap:
./io_writer_iface.go:39:24:   flow: {storage for ... argument} = &{storage for i}:
./io_writer_iface.go:39:24:     from i (spill) at ./io_writer_iface.go:39:24
./io_writer_iface.go:39:24:     from ... argument (slice-literal-element) at ./io_writer_iface.go:39:23
./io_writer_iface.go:39:24:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:39:24:     from ... argument (spill) at ./io_writer_iface.go:39:23
./io_writer_iface.go:39:24:     from fmt.Sprint(... argument...) (call parameter) at ./io_writer_iface.go:39:23
./io_writer_iface.go:39:24: "writer " escapes to heap:
./io_writer_iface.go:39:24:   flow: {storage for ... argument} = &{storage for "writer "}:
./io_writer_iface.go:39:24:     from "writer " (spill) at ./io_writer_iface.go:39:24
./io_writer_iface.go:39:24:     from ... argument (slice-literal-element) at ./io_writer_iface.go:39:23
./io_writer_iface.go:39:24:   flow: {heap} = {storage for ... argument}:
./io_writer_iface.go:39:24:     from ... argument (spill) at ./io_writer_iface.go:39:23
./io_writer_iface.go:39:24:     from fmt.Sprint(... argument...) (call parameter) at ./io_writer_iface.go:39:23
./io_writer_iface.go:35:6: sb escapes to heap:
./io_writer_iface.go:35:6:   flow: {storage for []io.Writer{...}} = &sb:
./io_writer_iface.go:35:6:     from &sb (address-of) at ./io_writer_iface.go:37:42
./io_writer_iface.go:35:6:     from &sb (interface-converted) at ./io_writer_iface.go:37:42
./io_writer_iface.go:35:6:     from []io.Writer{...} (slice-literal-element) at ./io_writer_iface.go:37:24
./io_writer_iface.go:35:6:   flow: writers = &{storage for []io.Writer{...}}:
./io_writer_iface.go:35:6:     from []io.Writer{...} (spill) at ./io_writer_iface.go:37:24
./io_writer_iface.go:35:6:     from writers := []io.Writer{...} (assign) at ./io_writer_iface.go:37:10
./io_writer_iface.go:35:6:   flow: {temp} = writers:
./io_writer_iface.go:35:6:   flow: w = *{temp}:
./io_writer_iface.go:35:6:     from for loop (range-deref) at ./io_writer_iface.go:38:14
./io_writer_iface.go:35:6:   flow: {heap} = w:
./io_writer_iface.go:35:6:     from report(w, fmt.Sprint(... argument...), ... argument...) (call parameter) at ./io_writer_iface.go:39:9
./io_writer_iface.go:34:6: buf escapes to heap:
./io_writer_iface.go:34:6:   flow: {storage for []io.Writer{...}} = &buf:
./io_writer_iface.go:34:6:     from &buf (address-of) at ./io_writer_iface.go:37:36
./io_writer_iface.go:34:6:     from &buf (interface-converted) at ./io_writer_iface.go:37:36
./io_writer_iface.go:34:6:     from []io.Writer{...} (slice-literal-element) at ./io_writer_iface.go:37:24
./io_writer_iface.go:34:6:   flow: writers = &{storage for []io.Writer{...}}:
./io_writer_iface.go:34:6:     from []io.Writer{...} (spill) at ./io_writer_iface.go:37:24
./io_writer_iface.go:34:6:     from writers := []io.Writer{...} (assign) at ./io_writer_iface.go:37:10
./io_writer_iface.go:34:6:   flow: {temp} = writers:
./io_writer_iface.go:34:6:   flow: w = *{temp}:
./io_writer_iface.go:34:6:     from for loop (range-deref) at ./io_writer_iface.go:38:14
./io_writer_iface.go:34:6:   flow: {heap} = w:
./io_writer_iface.go:34:6:     from report(w, fmt.Sprint(... argument...), ... argument...) (call parameter) at ./io_writer_iface.go:39:9
./io_writer_iface.go:34:6: moved to heap: buf
./io_writer_iface.go:35:6: moved to heap: sb
./io_writer_iface.go:37:24: []io.Writer{...} does not escape
./io_writer_iface.go:39:23: ... argument does not escape
./io_writer_iface.go:39:24: "writer " escapes to heap
./io_writer_iface.go:39:24: i escapes to heap
./io_writer_iface.go:39:9: ... argument does not escape
./io_writer_iface.go:40:14: ... argument does not escape
./io_writer_iface.go:40:23: describe(w) escapes to heap
./io_writer_iface.go:43:11: ... argument does not escape
./io_writer_iface.go:43:22: (*bytes.Buffer).String(buf) escapes to heap
./io_writer_iface.go:44:11: ... argument does not escape
./io_writer_iface.go:44:21: (*strings.Builder).String(sb) escapes to heap
./io_writer_iface.go:46:13: ... argument does not escape
./io_writer_iface.go:46:16: w == nil escapes to heap
./io_writer_iface.go:48:14: ... argument does not escape
./io_writer_iface.go:48:15: "bytes.Buffer is also a Reader" escapes to heap
./io_writer_iface.go:51:14: ... argument does not escape
./io_writer_iface.go:51:15: "strings.Builder is not a Reader" escapes to heap

./io_builder_gc.go:36:49: (*bytes.Buffer).Len(keep[5].buf) escapes to heap:
./io_builder_gc.go:36:49:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(keep[5].buf)}:
./io_builder_gc.go:36:49:     from (*bytes.Buffer).Len(keep[5].buf) (spill) at ./io_builder_gc.go:36:49
./io_builder_gc.go:36:49:     from ... argument (slice-literal-element) at ./io_builder_gc.go:36:13
./io_builder_gc.go:36:49:   flow: {heap} = {storage for ... argument}:
./io_builder_gc.go:36:49:     from ... argument (spill) at ./io_builder_gc.go:36:13
./io_builder_gc.go:36:49:     from fmt.Println(... argument...) (call parameter) at ./io_builder_gc.go:36:13
./io_builder_gc.go:36:30: (*strings.Builder).String(keep[5].b) escapes to heap:
./io_builder_gc.go:36:30:   flow: {storage for ... argument} = &{storage for (*strings.Builder).String(keep[5].b)}:
./io_builder_gc.go:36:30:     from (*strings.Builder).String(keep[5].b) (spill) at ./io_builder_gc.go:36:30
./io_builder_gc.go:36:30:     from ... argument (slice-literal-element) at ./io_builder_gc.go:36:13
./io_builder_gc.go:36:30:   flow: {heap} = {storage for ... argument}:
./io_builder_gc.go:36:30:     from ... argument (spill) at ./io_builder_gc.go:36:13
./io_builder_gc.go:36:30:     from fmt.Println(... argument...) (call parameter) at ./io_builder_gc.go:36:13
./io_builder_gc.go:35:17: total escapes to heap:
./io_builder_gc.go:35:17:   flow: {storage for ... argument} = &{storage for total}:
./io_builder_gc.go:35:17:     from total (spill) at ./io_builder_gc.go:35:17
./io_builder_gc.go:35:17:     from ... argument (slice-literal-element) at ./io_builder_gc.go:35:13
./io_builder_gc.go:35:17:   flow: {heap} = {storage for ... argument}:
./io_builder_gc.go:35:17:     from ... argument (spill) at ./io_builder_gc.go:35:13
./io_builder_gc.go:35:17:     from fmt.Println(... argument...) (call parameter) at ./io_builder_gc.go:35:13
./io_builder_gc.go:35:17: len(keep) escapes to heap:
./io_builder_gc.go:35:17:   flow: {storage for ... argument} = &{storage for len(keep)}:
./io_builder_gc.go:35:17:     from len(keep) (spill) at ./io_builder_gc.go:35:17
./io_builder_gc.go:35:17:     from ... argument (slice-literal-element) at ./io_builder_gc.go:35:13
./io_builder_gc.go:35:17:   flow: {heap} = {storage for ... argument}:
./io_builder_gc.go:35:17:     from ... argument (spill) at ./io_builder_gc.go:35:13
./io_builder_gc.go:35:17:     from fmt.Println(... argument...) (call parameter) at ./io_builder_gc.go:35:13
./io_builder_gc.go:20:21: j escapes to heap:
./io_builder_gc.go:20:21:   flow: {storage for ... argument} = &{storage for j}:
./io_builder_gc.go:20:21:     from j (spill) at ./io_builder_gc.go:20:21
./io_builder_gc.go:20:21:     from ... argument (slice-literal-element) at ./io_builder_gc.go:20:15
./io_builder_gc.go:20:21:   flow: {heap} = {storage for ... argument}:
./io_builder_gc.go:20:21:     from ... argument (spill) at ./io_builder_gc.go:20:15
./io_builder_gc.go:20:21:     from fmt.Fprintf(r.b, "%d,", ... argument...) (call parameter) at ./io_builder_gc.go:20:15
./io_builder_gc.go:18:35: new(bytes.Buffer) escapes to heap:
./io_builder_gc.go:18:35:   flow: r = &{storage for new(bytes.Buffer)}:
./io_builder_gc.go:18:35:     from new(bytes.Buffer) (spill) at ./io_builder_gc.go:18:35
./io_builder_gc.go:18:35:     from rec{...} (struct literal element) at ./io_builder_gc.go:18:11
./io_builder_gc.go:18:35:     from r := rec{...} (assign) at ./io_builder_gc.go:18:5
./io_builder_gc.go:18:35:   flow: {heap} = r:
./io_builder_gc.go:18:35:     from r.b (dot) at ./io_builder_gc.go:20:17
./io_builder_gc.go:18:35:     from r.b (interface-converted) at ./io_builder_gc.go:20:17
./io_builder_gc.go:18:35:     from fmt.Fprintf(r.b, "%d,", ... argument...) (call parameter) at ./io_builder_gc.go:20:15
./io_builder_gc.go:18:12: &strings.Builder{} escapes to heap:
./io_builder_gc.go:18:12:   flow: r = &{storage for &strings.Builder{}}:
./io_builder_gc.go:18:12:     from &strings.Builder{} (spill) at ./io_builder_gc.go:18:12
./io_builder_gc.go:18:12:     from rec{...} (struct literal element) at ./io_builder_gc.go:18:11
./io_builder_gc.go:18:12:     from r := rec{...} (assign) at ./io_builder_gc.go:18:5
./io_builder_gc.go:18:12:   flow: {heap} = r:
./io_builder_gc.go:18:12:     from r.b (dot) at ./io_builder_gc.go:20:17
./io_builder_gc.go:18:12:     from r.b (interface-converted) at ./io_builder_gc.go:20:17
./io_builder_gc.go:18:12:     from fmt.Fprintf(r.b, "%d,", ... argument...) (call parameter) at ./io_builder_gc.go:20:15
./io_builder_gc.go:18:12: &strings.Builder{} escapes to heap
./io_builder_gc.go:18:35: new(bytes.Buffer) escapes to heap
./io_builder_gc.go:20:15: ... argument does not escape
./io_builder_gc.go:20:21: j escapes to heap
./io_builder_gc.go:35:13: ... argument does not escape
./io_builder_gc.go:35:17: len(keep) escapes to heap
./io_builder_gc.go:35:17: total escapes to heap
./io_builder_gc.go:36:13: ... argument does not escape
./io_builder_gc.go:36:30: (*strings.Builder).String(keep[5].b) escapes to heap
./io_builder_gc.go:36:49: (*bytes.Buffer).Len(keep[5].buf) escapes to heap

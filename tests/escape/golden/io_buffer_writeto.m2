./io_buffer_writeto.go:10:29: ([]byte)("start:") escapes to heap:
./io_buffer_writeto.go:10:29:   flow: {heap} = &{storage for ([]byte)("start:")}:
./io_buffer_writeto.go:10:29:     from ([]byte)("start:") (spill) at ./io_buffer_writeto.go:10:29
./io_buffer_writeto.go:10:29:     from bytes.NewBuffer(([]byte)("start:")) (call parameter) at ./io_buffer_writeto.go:10:22
./io_buffer_writeto.go:17:6: dst escapes to heap:
./io_buffer_writeto.go:17:6:   flow: {heap} = &dst:
./io_buffer_writeto.go:17:6:     from &dst (address-of) at ./io_buffer_writeto.go:19:24
./io_buffer_writeto.go:17:6:     from &dst (interface-converted) at ./io_buffer_writeto.go:19:24
./io_buffer_writeto.go:17:6:     from (*bytes.Buffer).WriteTo(src, &dst) (call parameter) at ./io_buffer_writeto.go:19:23
./io_buffer_writeto.go:20:43: (*bytes.Buffer).Len(src) escapes to heap:
./io_buffer_writeto.go:20:43:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(src)}:
./io_buffer_writeto.go:20:43:     from (*bytes.Buffer).Len(src) (spill) at ./io_buffer_writeto.go:20:43
./io_buffer_writeto.go:20:43:     from ... argument (slice-literal-element) at ./io_buffer_writeto.go:20:13
./io_buffer_writeto.go:20:43:   flow: {heap} = {storage for ... argument}:
./io_buffer_writeto.go:20:43:     from ... argument (spill) at ./io_buffer_writeto.go:20:13
./io_buffer_writeto.go:20:43:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_writeto.go:20:13
./io_buffer_writeto.go:20:32: (*bytes.Buffer).String(dst) escapes to heap:
./io_buffer_writeto.go:20:32:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).String(dst)}:
./io_buffer_writeto.go:20:32:     from (*bytes.Buffer).String(dst) (spill) at ./io_buffer_writeto.go:20:32
./io_buffer_writeto.go:20:32:     from ... argument (slice-literal-element) at ./io_buffer_writeto.go:20:13
./io_buffer_writeto.go:20:32:   flow: {heap} = {storage for ... argument}:
./io_buffer_writeto.go:20:32:     from ... argument (spill) at ./io_buffer_writeto.go:20:13
./io_buffer_writeto.go:20:32:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_writeto.go:20:13
./io_buffer_writeto.go:20:13: m escapes to heap:
./io_buffer_writeto.go:20:13:   flow: {storage for ... argument} = &{storage for m}:
./io_buffer_writeto.go:20:13:     from m (spill) at ./io_buffer_writeto.go:20:13
./io_buffer_writeto.go:20:13:     from ... argument (slice-literal-element) at ./io_buffer_writeto.go:20:13
./io_buffer_writeto.go:20:13:   flow: {heap} = {storage for ... argument}:
./io_buffer_writeto.go:20:13:     from ... argument (spill) at ./io_buffer_writeto.go:20:13
./io_buffer_writeto.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_writeto.go:20:13
./io_buffer_writeto.go:16:27: (*bytes.Buffer).Len(b) escapes to heap:
./io_buffer_writeto.go:16:27:   flow: {storage for ... argument} = &{storage for (*bytes.Buffer).Len(b)}:
./io_buffer_writeto.go:16:27:     from (*bytes.Buffer).Len(b) (spill) at ./io_buffer_writeto.go:16:27
./io_buffer_writeto.go:16:27:     from ... argument (slice-literal-element) at ./io_buffer_writeto.go:16:13
./io_buffer_writeto.go:16:27:   flow: {heap} = {storage for ... argument}:
./io_buffer_writeto.go:16:27:     from ... argument (spill) at ./io_buffer_writeto.go:16:13
./io_buffer_writeto.go:16:27:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_writeto.go:16:13
./io_buffer_writeto.go:16:13: n escapes to heap:
./io_buffer_writeto.go:16:13:   flow: {storage for ... argument} = &{storage for n}:
./io_buffer_writeto.go:16:13:     from n (spill) at ./io_buffer_writeto.go:16:13
./io_buffer_writeto.go:16:13:     from ... argument (slice-literal-element) at ./io_buffer_writeto.go:16:13
./io_buffer_writeto.go:16:13:   flow: {heap} = {storage for ... argument}:
./io_buffer_writeto.go:16:13:     from ... argument (spill) at ./io_buffer_writeto.go:16:13
./io_buffer_writeto.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./io_buffer_writeto.go:16:13
./io_buffer_writeto.go:12:18: i escapes to heap:
./io_buffer_writeto.go:12:18:   flow: {storage for ... argument} = &{storage for i}:
./io_buffer_writeto.go:12:18:     from i (spill) at ./io_buffer_writeto.go:12:18
./io_buffer_writeto.go:12:18:     from ... argument (slice-literal-element) at ./io_buffer_writeto.go:12:14
./io_buffer_writeto.go:12:18:   flow: {heap} = {storage for ... argument}:
./io_buffer_writeto.go:12:18:     from ... argument (spill) at ./io_buffer_writeto.go:12:14
./io_buffer_writeto.go:12:18:     from fmt.Fprintf(b, " %d", ... argument...) (call parameter) at ./io_buffer_writeto.go:12:14
./io_buffer_writeto.go:17:6: moved to heap: dst
./io_buffer_writeto.go:10:29: ([]byte)("start:") escapes to heap
./io_buffer_writeto.go:12:14: ... argument does not escape
./io_buffer_writeto.go:12:18: i escapes to heap
./io_buffer_writeto.go:16:13: ... argument does not escape
./io_buffer_writeto.go:16:13: n escapes to heap
./io_buffer_writeto.go:16:27: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_writeto.go:20:13: ... argument does not escape
./io_buffer_writeto.go:20:13: m escapes to heap
./io_buffer_writeto.go:20:32: (*bytes.Buffer).String(dst) escapes to heap
./io_buffer_writeto.go:20:43: (*bytes.Buffer).Len(src) escapes to heap

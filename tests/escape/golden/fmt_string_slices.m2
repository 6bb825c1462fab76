./fmt_string_slices.go:43:23: string(b[:3]) escapes to heap:
./fmt_string_slices.go:43:23:   flow: {storage for ... argument} = &{storage for string(b[:3])}:
./fmt_string_slices.go:43:23:     from string(b[:3]) (spill) at ./fmt_string_slices.go:43:23
./fmt_string_slices.go:43:23:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:43:13
./fmt_string_slices.go:43:23:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:43:23:     from ... argument (spill) at ./fmt_string_slices.go:43:13
./fmt_string_slices.go:43:23:     from fmt.Println(... argument...) (call parameter) at ./fmt_string_slices.go:43:13
./fmt_string_slices.go:43:13: b escapes to heap:
./fmt_string_slices.go:43:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_string_slices.go:43:13:     from b (spill) at ./fmt_string_slices.go:43:13
./fmt_string_slices.go:43:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:43:13
./fmt_string_slices.go:43:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:43:13:     from ... argument (spill) at ./fmt_string_slices.go:43:13
./fmt_string_slices.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_string_slices.go:43:13
./fmt_string_slices.go:42:13: arr escapes to heap:
./fmt_string_slices.go:42:13:   flow: {storage for ... argument} = &{storage for arr}:
./fmt_string_slices.go:42:13:     from arr (spill) at ./fmt_string_slices.go:42:13
./fmt_string_slices.go:42:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:42:12
./fmt_string_slices.go:42:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:42:13:     from ... argument (spill) at ./fmt_string_slices.go:42:12
./fmt_string_slices.go:42:13:     from fmt.Printf("%s %x %v\n", ... argument...) (call parameter) at ./fmt_string_slices.go:42:12
./fmt_string_slices.go:42:13: arr escapes to heap:
./fmt_string_slices.go:42:13:   flow: {storage for ... argument} = &{storage for arr}:
./fmt_string_slices.go:42:13:     from arr (spill) at ./fmt_string_slices.go:42:13
./fmt_string_slices.go:42:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:42:12
./fmt_string_slices.go:42:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:42:13:     from ... argument (spill) at ./fmt_string_slices.go:42:12
./fmt_string_slices.go:42:13:     from fmt.Printf("%s %x %v\n", ... argument...) (call parameter) at ./fmt_string_slices.go:42:12
./fmt_string_slices.go:42:13: arr escapes to heap:
./fmt_string_slices.go:42:13:   flow: {storage for ... argument} = &{storage for arr}:
./fmt_string_slices.go:42:13:     from arr (spill) at ./fmt_string_slices.go:42:13
./fmt_string_slices.go:42:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:42:12
./fmt_string_slices.go:42:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:42:13:     from ... argument (spill) at ./fmt_string_slices.go:42:12
./fmt_string_slices.go:42:13:     from fmt.Printf("%s %x %v\n", ... argument...) (call parameter) at ./fmt_string_slices.go:42:12
./fmt_string_slices.go:39:13: nb escapes to heap:
./fmt_string_slices.go:39:13:   flow: {storage for ... argument} = &{storage for nb}:
./fmt_string_slices.go:39:13:     from nb (spill) at ./fmt_string_slices.go:39:13
./fmt_string_slices.go:39:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:39:12
./fmt_string_slices.go:39:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:39:13:     from ... argument (spill) at ./fmt_string_slices.go:39:12
./fmt_string_slices.go:39:13:     from fmt.Printf("%s|%x|%q|%v\n", ... argument...) (call parameter) at ./fmt_string_slices.go:39:12
./fmt_string_slices.go:39:13: nb escapes to heap:
./fmt_string_slices.go:39:13:   flow: {storage for ... argument} = &{storage for nb}:
./fmt_string_slices.go:39:13:     from nb (spill) at ./fmt_string_slices.go:39:13
./fmt_string_slices.go:39:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:39:12
./fmt_string_slices.go:39:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:39:13:     from ... argument (spill) at ./fmt_string_slices.go:39:12
./fmt_string_slices.go:39:13:     from fmt.Printf("%s|%x|%q|%v\n", ... argument...) (call parameter) at ./fmt_string_slices.go:39:12
./fmt_string_slices.go:39:13: nb escapes to heap:
./fmt_string_slices.go:39:13:   flow: {storage for ... argument} = &{storage for nb}:
./fmt_string_slices.go:39:13:     from nb (spill) at ./fmt_string_slices.go:39:13
./fmt_string_slices.go:39:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:39:12
./fmt_string_slices.go:39:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:39:13:     from ... argument (spill) at ./fmt_string_slices.go:39:12
./fmt_string_slices.go:39:13:     from fmt.Printf("%s|%x|%q|%v\n", ... argument...) (call parameter) at ./fmt_string_slices.go:39:12
./fmt_string_slices.go:39:13: nb escapes to heap:
./fmt_string_slices.go:39:13:   flow: {storage for ... argument} = &{storage for nb}:
./fmt_string_slices.go:39:13:     from nb (spill) at ./fmt_string_slices.go:39:13
./fmt_string_slices.go:39:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:39:12
./fmt_string_slices.go:39:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:39:13:     from ... argument (spill) at ./fmt_string_slices.go:39:12
./fmt_string_slices.go:39:13:     from fmt.Printf("%s|%x|%q|%v\n", ... argument...) (call parameter) at ./fmt_string_slices.go:39:12
./fmt_string_slices.go:37:34: []byte{} escapes to heap:
./fmt_string_slices.go:37:34:   flow: {storage for ... argument} = &{storage for []byte{}}:
./fmt_string_slices.go:37:34:     from []byte{} (spill) at ./fmt_string_slices.go:37:34
./fmt_string_slices.go:37:34:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:37:12
./fmt_string_slices.go:37:34:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:37:34:     from ... argument (spill) at ./fmt_string_slices.go:37:12
./fmt_string_slices.go:37:34:     from fmt.Printf("%x|%x\n", ... argument...) (call parameter) at ./fmt_string_slices.go:37:12
./fmt_string_slices.go:37:24: "" escapes to heap:
./fmt_string_slices.go:37:24:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_string_slices.go:37:24:     from "" (spill) at ./fmt_string_slices.go:37:24
./fmt_string_slices.go:37:24:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:37:12
./fmt_string_slices.go:37:24:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:37:24:     from ... argument (spill) at ./fmt_string_slices.go:37:12
./fmt_string_slices.go:37:24:     from fmt.Printf("%x|%x\n", ... argument...) (call parameter) at ./fmt_string_slices.go:37:12
./fmt_string_slices.go:36:13: s escapes to heap:
./fmt_string_slices.go:36:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_string_slices.go:36:13:     from s (spill) at ./fmt_string_slices.go:36:13
./fmt_string_slices.go:36:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:36:12
./fmt_string_slices.go:36:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:36:13:     from ... argument (spill) at ./fmt_string_slices.go:36:12
./fmt_string_slices.go:36:13:     from fmt.Printf("%x %X % x %#x\n", ... argument...) (call parameter) at ./fmt_string_slices.go:36:12
./fmt_string_slices.go:36:13: s escapes to heap:
./fmt_string_slices.go:36:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_string_slices.go:36:13:     from s (spill) at ./fmt_string_slices.go:36:13
./fmt_string_slices.go:36:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:36:12
./fmt_string_slices.go:36:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:36:13:     from ... argument (spill) at ./fmt_string_slices.go:36:12
./fmt_string_slices.go:36:13:     from fmt.Printf("%x %X % x %#x\n", ... argument...) (call parameter) at ./fmt_string_slices.go:36:12
./fmt_string_slices.go:36:13: s escapes to heap:
./fmt_string_slices.go:36:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_string_slices.go:36:13:     from s (spill) at ./fmt_string_slices.go:36:13
./fmt_string_slices.go:36:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:36:12
./fmt_string_slices.go:36:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:36:13:     from ... argument (spill) at ./fmt_string_slices.go:36:12
./fmt_string_slices.go:36:13:     from fmt.Printf("%x %X % x %#x\n", ... argument...) (call parameter) at ./fmt_string_slices.go:36:12
./fmt_string_slices.go:36:13: s escapes to heap:
./fmt_string_slices.go:36:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_string_slices.go:36:13:     from s (spill) at ./fmt_string_slices.go:36:13
./fmt_string_slices.go:36:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:36:12
./fmt_string_slices.go:36:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:36:13:     from ... argument (spill) at ./fmt_string_slices.go:36:12
./fmt_string_slices.go:36:13:     from fmt.Printf("%x %X % x %#x\n", ... argument...) (call parameter) at ./fmt_string_slices.go:36:12
./fmt_string_slices.go:33:29: []byte{...} escapes to heap:
./fmt_string_slices.go:33:29:   flow: {storage for ... argument} = &{storage for []byte{...}}:
./fmt_string_slices.go:33:29:     from []byte{...} (spill) at ./fmt_string_slices.go:33:29
./fmt_string_slices.go:33:29:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:33:12
./fmt_string_slices.go:33:29:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:33:29:     from ... argument (spill) at ./fmt_string_slices.go:33:12
./fmt_string_slices.go:33:29:     from fmt.Printf("%.2x\n", ... argument...) (call parameter) at ./fmt_string_slices.go:33:12
./fmt_string_slices.go:32:30: []byte{...} escapes to heap:
./fmt_string_slices.go:32:30:   flow: {storage for ... argument} = &{storage for []byte{...}}:
./fmt_string_slices.go:32:30:     from []byte{...} (spill) at ./fmt_string_slices.go:32:30
./fmt_string_slices.go:32:30:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:32:12
./fmt_string_slices.go:32:30:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:32:30:     from ... argument (spill) at ./fmt_string_slices.go:32:12
./fmt_string_slices.go:32:30:     from fmt.Printf("%10x|\n", ... argument...) (call parameter) at ./fmt_string_slices.go:32:12
./fmt_string_slices.go:31:13: b escapes to heap:
./fmt_string_slices.go:31:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_string_slices.go:31:13:     from b (spill) at ./fmt_string_slices.go:31:13
./fmt_string_slices.go:31:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:31:12
./fmt_string_slices.go:31:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:31:13:     from ... argument (spill) at ./fmt_string_slices.go:31:12
./fmt_string_slices.go:31:13:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_string_slices.go:31:12
./fmt_string_slices.go:30:13: b escapes to heap:
./fmt_string_slices.go:30:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_string_slices.go:30:13:     from b (spill) at ./fmt_string_slices.go:30:13
./fmt_string_slices.go:30:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:30:12
./fmt_string_slices.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:30:13:     from ... argument (spill) at ./fmt_string_slices.go:30:12
./fmt_string_slices.go:30:13:     from fmt.Printf("%# x\n", ... argument...) (call parameter) at ./fmt_string_slices.go:30:12
./fmt_string_slices.go:29:13: b escapes to heap:
./fmt_string_slices.go:29:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_string_slices.go:29:13:     from b (spill) at ./fmt_string_slices.go:29:13
./fmt_string_slices.go:29:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:29:12
./fmt_string_slices.go:29:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:29:13:     from ... argument (spill) at ./fmt_string_slices.go:29:12
./fmt_string_slices.go:29:13:     from fmt.Printf("%#x\n", ... argument...) (call parameter) at ./fmt_string_slices.go:29:12
./fmt_string_slices.go:28:13: b escapes to heap:
./fmt_string_slices.go:28:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_string_slices.go:28:13:     from b (spill) at ./fmt_string_slices.go:28:13
./fmt_string_slices.go:28:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:28:12
./fmt_string_slices.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:28:13:     from ... argument (spill) at ./fmt_string_slices.go:28:12
./fmt_string_slices.go:28:13:     from fmt.Printf("% x\n", ... argument...) (call parameter) at ./fmt_string_slices.go:28:12
./fmt_string_slices.go:27:13: b escapes to heap:
./fmt_string_slices.go:27:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_string_slices.go:27:13:     from b (spill) at ./fmt_string_slices.go:27:13
./fmt_string_slices.go:27:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:27:12
./fmt_string_slices.go:27:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:27:13:     from ... argument (spill) at ./fmt_string_slices.go:27:12
./fmt_string_slices.go:27:13:     from fmt.Printf("%X\n", ... argument...) (call parameter) at ./fmt_string_slices.go:27:12
./fmt_string_slices.go:26:13: b escapes to heap:
./fmt_string_slices.go:26:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_string_slices.go:26:13:     from b (spill) at ./fmt_string_slices.go:26:13
./fmt_string_slices.go:26:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:26:12
./fmt_string_slices.go:26:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:26:13:     from ... argument (spill) at ./fmt_string_slices.go:26:12
./fmt_string_slices.go:26:13:     from fmt.Printf("%x\n", ... argument...) (call parameter) at ./fmt_string_slices.go:26:12
./fmt_string_slices.go:25:13: b escapes to heap:
./fmt_string_slices.go:25:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_string_slices.go:25:13:     from b (spill) at ./fmt_string_slices.go:25:13
./fmt_string_slices.go:25:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:25:12
./fmt_string_slices.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:25:13:     from ... argument (spill) at ./fmt_string_slices.go:25:12
./fmt_string_slices.go:25:13:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_string_slices.go:25:12
./fmt_string_slices.go:24:13: b escapes to heap:
./fmt_string_slices.go:24:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_string_slices.go:24:13:     from b (spill) at ./fmt_string_slices.go:24:13
./fmt_string_slices.go:24:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:24:12
./fmt_string_slices.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:24:13:     from ... argument (spill) at ./fmt_string_slices.go:24:12
./fmt_string_slices.go:24:13:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./fmt_string_slices.go:24:12
./fmt_string_slices.go:23:13: b escapes to heap:
./fmt_string_slices.go:23:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_string_slices.go:23:13:     from b (spill) at ./fmt_string_slices.go:23:13
./fmt_string_slices.go:23:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:23:12
./fmt_string_slices.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:23:13:     from ... argument (spill) at ./fmt_string_slices.go:23:12
./fmt_string_slices.go:23:13:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./fmt_string_slices.go:23:12
./fmt_string_slices.go:22:13: b escapes to heap:
./fmt_string_slices.go:22:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_string_slices.go:22:13:     from b (spill) at ./fmt_string_slices.go:22:13
./fmt_string_slices.go:22:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:22:12
./fmt_string_slices.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:22:13:     from ... argument (spill) at ./fmt_string_slices.go:22:12
./fmt_string_slices.go:22:13:     from fmt.Printf("%s\n", ... argument...) (call parameter) at ./fmt_string_slices.go:22:12
./fmt_string_slices.go:19:30: []string{...} escapes to heap:
./fmt_string_slices.go:19:30:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_string_slices.go:19:30:     from []string{...} (spill) at ./fmt_string_slices.go:19:30
./fmt_string_slices.go:19:30:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:19:12
./fmt_string_slices.go:19:30:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:19:30:     from ... argument (spill) at ./fmt_string_slices.go:19:12
./fmt_string_slices.go:19:30:     from fmt.Printf("%#q\n", ... argument...) (call parameter) at ./fmt_string_slices.go:19:12
./fmt_string_slices.go:18:30: []string{...} escapes to heap:
./fmt_string_slices.go:18:30:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_string_slices.go:18:30:     from []string{...} (spill) at ./fmt_string_slices.go:18:30
./fmt_string_slices.go:18:30:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:18:12
./fmt_string_slices.go:18:30:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:18:30:     from ... argument (spill) at ./fmt_string_slices.go:18:12
./fmt_string_slices.go:18:30:     from fmt.Printf("%+q\n", ... argument...) (call parameter) at ./fmt_string_slices.go:18:12
./fmt_string_slices.go:17:29: []string{...} escapes to heap:
./fmt_string_slices.go:17:29:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_string_slices.go:17:29:     from []string{...} (spill) at ./fmt_string_slices.go:17:29
./fmt_string_slices.go:17:29:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:17:12
./fmt_string_slices.go:17:29:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:17:29:     from ... argument (spill) at ./fmt_string_slices.go:17:12
./fmt_string_slices.go:17:29:     from fmt.Printf("%x\n", ... argument...) (call parameter) at ./fmt_string_slices.go:17:12
./fmt_string_slices.go:16:31: []string{...} escapes to heap:
./fmt_string_slices.go:16:31:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_string_slices.go:16:31:     from []string{...} (spill) at ./fmt_string_slices.go:16:31
./fmt_string_slices.go:16:31:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:16:12
./fmt_string_slices.go:16:31:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:16:31:     from ... argument (spill) at ./fmt_string_slices.go:16:12
./fmt_string_slices.go:16:31:     from fmt.Printf("%.1s\n", ... argument...) (call parameter) at ./fmt_string_slices.go:16:12
./fmt_string_slices.go:15:32: []string{...} escapes to heap:
./fmt_string_slices.go:15:32:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_string_slices.go:15:32:     from []string{...} (spill) at ./fmt_string_slices.go:15:32
./fmt_string_slices.go:15:32:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:15:12
./fmt_string_slices.go:15:32:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:15:32:     from ... argument (spill) at ./fmt_string_slices.go:15:12
./fmt_string_slices.go:15:32:     from fmt.Printf("%-4s|\n", ... argument...) (call parameter) at ./fmt_string_slices.go:15:12
./fmt_string_slices.go:14:31: []string{...} escapes to heap:
./fmt_string_slices.go:14:31:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_string_slices.go:14:31:     from []string{...} (spill) at ./fmt_string_slices.go:14:31
./fmt_string_slices.go:14:31:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:14:12
./fmt_string_slices.go:14:31:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:14:31:     from ... argument (spill) at ./fmt_string_slices.go:14:12
./fmt_string_slices.go:14:31:     from fmt.Printf("%5s|\n", ... argument...) (call parameter) at ./fmt_string_slices.go:14:12
./fmt_string_slices.go:13:13: ss escapes to heap:
./fmt_string_slices.go:13:13:   flow: {storage for ... argument} = &{storage for ss}:
./fmt_string_slices.go:13:13:     from ss (spill) at ./fmt_string_slices.go:13:13
./fmt_string_slices.go:13:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:13:12
./fmt_string_slices.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:13:13:     from ... argument (spill) at ./fmt_string_slices.go:13:12
./fmt_string_slices.go:13:13:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_string_slices.go:13:12
./fmt_string_slices.go:12:13: ss escapes to heap:
./fmt_string_slices.go:12:13:   flow: {storage for ... argument} = &{storage for ss}:
./fmt_string_slices.go:12:13:     from ss (spill) at ./fmt_string_slices.go:12:13
./fmt_string_slices.go:12:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:12:12
./fmt_string_slices.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:12:13:     from ... argument (spill) at ./fmt_string_slices.go:12:12
./fmt_string_slices.go:12:13:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./fmt_string_slices.go:12:12
./fmt_string_slices.go:11:13: ss escapes to heap:
./fmt_string_slices.go:11:13:   flow: {storage for ... argument} = &{storage for ss}:
./fmt_string_slices.go:11:13:     from ss (spill) at ./fmt_string_slices.go:11:13
./fmt_string_slices.go:11:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:11:12
./fmt_string_slices.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:11:13:     from ... argument (spill) at ./fmt_string_slices.go:11:12
./fmt_string_slices.go:11:13:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./fmt_string_slices.go:11:12
./fmt_string_slices.go:10:13: ss escapes to heap:
./fmt_string_slices.go:10:13:   flow: {storage for ... argument} = &{storage for ss}:
./fmt_string_slices.go:10:13:     from ss (spill) at ./fmt_string_slices.go:10:13
./fmt_string_slices.go:10:13:     from ... argument (slice-literal-element) at ./fmt_string_slices.go:10:12
./fmt_string_slices.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_string_slices.go:10:13:     from ... argument (spill) at ./fmt_string_slices.go:10:12
./fmt_string_slices.go:10:13:     from fmt.Printf("%s\n", ... argument...) (call parameter) at ./fmt_string_slices.go:10:12
./fmt_string_slices.go:43:23: string(b[:3]) escapes to heap:
./fmt_string_slices.go:43:23:   flow: {storage for string(b[:3])} = &{storage for string(b[:3])}:
./fmt_string_slices.go:43:23:     from string(b[:3]) (spill) at ./fmt_string_slices.go:43:23
./fmt_string_slices.go:43:23:     from string(b[:3]) (interface-converted) at ./fmt_string_slices.go:43:23
./fmt_string_slices.go:21:13: ([]byte)("Hi!\x00\xff") escapes to heap:
./fmt_string_slices.go:21:13:   flow: b = &{storage for ([]byte)("Hi!\x00\xff")}:
./fmt_string_slices.go:21:13:     from ([]byte)("Hi!\x00\xff") (spill) at ./fmt_string_slices.go:21:13
./fmt_string_slices.go:21:13:     from b := ([]byte)("Hi!\x00\xff") (assign) at ./fmt_string_slices.go:21:4
./fmt_string_slices.go:21:13:   flow: {storage for b} = b:
./fmt_string_slices.go:21:13:     from b (interface-converted) at ./fmt_string_slices.go:43:13
./fmt_string_slices.go:37:34: []byte{} escapes to heap:
./fmt_string_slices.go:37:34:   flow: {storage for []byte{}} = &{storage for []byte{}}:
./fmt_string_slices.go:37:34:     from []byte{} (spill) at ./fmt_string_slices.go:37:34
./fmt_string_slices.go:37:34:     from []byte{} (interface-converted) at ./fmt_string_slices.go:37:34
./fmt_string_slices.go:33:29: []byte{...} escapes to heap:
./fmt_string_slices.go:33:29:   flow: {storage for []byte{...}} = &{storage for []byte{...}}:
./fmt_string_slices.go:33:29:     from []byte{...} (spill) at ./fmt_string_slices.go:33:29
./fmt_string_slices.go:33:29:     from []byte{...} (interface-converted) at ./fmt_string_slices.go:33:29
./fmt_string_slices.go:32:30: []byte{...} escapes to heap:
./fmt_string_slices.go:32:30:   flow: {storage for []byte{...}} = &{storage for []byte{...}}:
./fmt_string_slices.go:32:30:     from []byte{...} (spill) at ./fmt_string_slices.go:32:30
./fmt_string_slices.go:32:30:     from []byte{...} (interface-converted) at ./fmt_string_slices.go:32:30
./fmt_string_slices.go:19:30: []string{...} escapes to heap:
./fmt_string_slices.go:19:30:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_string_slices.go:19:30:     from []string{...} (spill) at ./fmt_string_slices.go:19:30
./fmt_string_slices.go:19:30:     from []string{...} (interface-converted) at ./fmt_string_slices.go:19:30
./fmt_string_slices.go:18:30: []string{...} escapes to heap:
./fmt_string_slices.go:18:30:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_string_slices.go:18:30:     from []string{...} (spill) at ./fmt_string_slices.go:18:30
./fmt_string_slices.go:18:30:     from []string{...} (interface-converted) at ./fmt_string_slices.go:18:30
./fmt_string_slices.go:17:29: []string{...} escapes to heap:
./fmt_string_slices.go:17:29:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_string_slices.go:17:29:     from []string{...} (spill) at ./fmt_string_slices.go:17:29
./fmt_string_slices.go:17:29:     from []string{...} (interface-converted) at ./fmt_string_slices.go:17:29
./fmt_string_slices.go:16:31: []string{...} escapes to heap:
./fmt_string_slices.go:16:31:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_string_slices.go:16:31:     from []string{...} (spill) at ./fmt_string_slices.go:16:31
./fmt_string_slices.go:16:31:     from []string{...} (interface-converted) at ./fmt_string_slices.go:16:31
./fmt_string_slices.go:15:32: []string{...} escapes to heap:
./fmt_string_slices.go:15:32:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_string_slices.go:15:32:     from []string{...} (spill) at ./fmt_string_slices.go:15:32
./fmt_string_slices.go:15:32:     from []string{...} (interface-converted) at ./fmt_string_slices.go:15:32
./fmt_string_slices.go:14:31: []string{...} escapes to heap:
./fmt_string_slices.go:14:31:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_string_slices.go:14:31:     from []string{...} (spill) at ./fmt_string_slices.go:14:31
./fmt_string_slices.go:14:31:     from []string{...} (interface-converted) at ./fmt_string_slices.go:14:31
./fmt_string_slices.go:9:16: []string{...} escapes to heap:
./fmt_string_slices.go:9:16:   flow: ss = &{storage for []string{...}}:
./fmt_string_slices.go:9:16:     from []string{...} (spill) at ./fmt_string_slices.go:9:16
./fmt_string_slices.go:9:16:     from ss := []string{...} (assign) at ./fmt_string_slices.go:9:5
./fmt_string_slices.go:9:16:   flow: {storage for ss} = ss:
./fmt_string_slices.go:9:16:     from ss (interface-converted) at ./fmt_string_slices.go:13:13
./fmt_string_slices.go:9:16: []string{...} escapes to heap
./fmt_string_slices.go:10:12: ... argument does not escape
./fmt_string_slices.go:10:13: ss escapes to heap
./fmt_string_slices.go:11:12: ... argument does not escape
./fmt_string_slices.go:11:13: ss escapes to heap
./fmt_string_slices.go:12:12: ... argument does not escape
./fmt_string_slices.go:12:13: ss escapes to heap
./fmt_string_slices.go:13:12: ... argument does not escape
./fmt_string_slices.go:13:13: ss escapes to heap
./fmt_string_slices.go:14:12: ... argument does not escape
./fmt_string_slices.go:14:31: []string{...} escapes to heap
./fmt_string_slices.go:14:31: []string{...} escapes to heap
./fmt_string_slices.go:15:12: ... argument does not escape
./fmt_string_slices.go:15:32: []string{...} escapes to heap
./fmt_string_slices.go:15:32: []string{...} escapes to heap
./fmt_string_slices.go:16:12: ... argument does not escape
./fmt_string_slices.go:16:31: []string{...} escapes to heap
./fmt_string_slices.go:16:31: []string{...} escapes to heap
./fmt_string_slices.go:17:12: ... argument does not escape
./fmt_string_slices.go:17:29: []string{...} escapes to heap
./fmt_string_slices.go:17:29: []string{...} escapes to heap
./fmt_string_slices.go:18:12: ... argument does not escape
./fmt_string_slices.go:18:30: []string{...} escapes to heap
./fmt_string_slices.go:18:30: []string{...} escapes to heap
./fmt_string_slices.go:19:12: ... argument does not escape
./fmt_string_slices.go:19:30: []string{...} escapes to heap
./fmt_string_slices.go:19:30: []string{...} escapes to heap
./fmt_string_slices.go:21:13: ([]byte)("Hi!\x00\xff") escapes to heap
./fmt_string_slices.go:22:12: ... argument does not escape
./fmt_string_slices.go:22:13: b escapes to heap
./fmt_string_slices.go:23:12: ... argument does not escape
./fmt_string_slices.go:23:13: b escapes to heap
./fmt_string_slices.go:24:12: ... argument does not escape
./fmt_string_slices.go:24:13: b escapes to heap
./fmt_string_slices.go:25:12: ... argument does not escape
./fmt_string_slices.go:25:13: b escapes to heap
./fmt_string_slices.go:26:12: ... argument does not escape
./fmt_string_slices.go:26:13: b escapes to heap
./fmt_string_slices.go:27:12: ... argument does not escape
./fmt_string_slices.go:27:13: b escapes to heap
./fmt_string_slices.go:28:12: ... argument does not escape
./fmt_string_slices.go:28:13: b escapes to heap
./fmt_string_slices.go:29:12: ... argument does not escape
./fmt_string_slices.go:29:13: b escapes to heap
./fmt_string_slices.go:30:12: ... argument does not escape
./fmt_string_slices.go:30:13: b escapes to heap
./fmt_string_slices.go:31:12: ... argument does not escape
./fmt_string_slices.go:31:13: b escapes to heap
./fmt_string_slices.go:32:12: ... argument does not escape
./fmt_string_slices.go:32:30: []byte{...} escapes to heap
./fmt_string_slices.go:32:30: []byte{...} escapes to heap
./fmt_string_slices.go:33:12: ... argument does not escape
./fmt_string_slices.go:33:29: []byte{...} escapes to heap
./fmt_string_slices.go:33:29: []byte{...} escapes to heap
./fmt_string_slices.go:36:12: ... argument does not escape
./fmt_string_slices.go:36:13: s escapes to heap
./fmt_string_slices.go:36:13: s escapes to heap
./fmt_string_slices.go:36:13: s escapes to heap
./fmt_string_slices.go:36:13: s escapes to heap
./fmt_string_slices.go:37:12: ... argument does not escape
./fmt_string_slices.go:37:24: "" escapes to heap
./fmt_string_slices.go:37:34: []byte{} escapes to heap
./fmt_string_slices.go:37:34: []byte{} escapes to heap
./fmt_string_slices.go:39:12: ... argument does not escape
./fmt_string_slices.go:39:13: nb escapes to heap
./fmt_string_slices.go:39:13: nb escapes to heap
./fmt_string_slices.go:39:13: nb escapes to heap
./fmt_string_slices.go:39:13: nb escapes to heap
./fmt_string_slices.go:42:12: ... argument does not escape
./fmt_string_slices.go:42:13: arr escapes to heap
./fmt_string_slices.go:42:13: arr escapes to heap
./fmt_string_slices.go:42:13: arr escapes to heap
./fmt_string_slices.go:43:13: ... argument does not escape
./fmt_string_slices.go:43:13: b escapes to heap
./fmt_string_slices.go:43:23: string(b[:3]) escapes to heap
./fmt_string_slices.go:43:23: string(b[:3]) escapes to heap

./fmt_struct_verbs.go:50:3: struct { S string; R rune }{...} escapes to heap:
./fmt_struct_verbs.go:50:3:   flow: {storage for ... argument} = &{storage for struct { S string; R rune }{...}}:
./fmt_struct_verbs.go:50:3:     from struct { S string; R rune }{...} (spill) at ./fmt_struct_verbs.go:50:3
./fmt_struct_verbs.go:50:3:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:47:12
./fmt_struct_verbs.go:50:3:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:50:3:     from ... argument (spill) at ./fmt_struct_verbs.go:47:12
./fmt_struct_verbs.go:50:3:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:47:12
./fmt_struct_verbs.go:46:47: struct { A float64; B float64 }{...} escapes to heap:
./fmt_struct_verbs.go:46:47:   flow: {storage for ... argument} = &{storage for struct { A float64; B float64 }{...}}:
./fmt_struct_verbs.go:46:47:     from struct { A float64; B float64 }{...} (spill) at ./fmt_struct_verbs.go:46:47
./fmt_struct_verbs.go:46:47:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:46:12
./fmt_struct_verbs.go:46:47:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:46:47:     from ... argument (spill) at ./fmt_struct_verbs.go:46:12
./fmt_struct_verbs.go:46:47:     from fmt.Printf("%06.2f\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:46:12
./fmt_struct_verbs.go:45:46: Point{...} escapes to heap:
./fmt_struct_verbs.go:45:46:   flow: {storage for ... argument} = &{storage for Point{...}}:
./fmt_struct_verbs.go:45:46:     from Point{...} (spill) at ./fmt_struct_verbs.go:45:46
./fmt_struct_verbs.go:45:46:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:45:12
./fmt_struct_verbs.go:45:46:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:45:46:     from ... argument (spill) at ./fmt_struct_verbs.go:45:12
./fmt_struct_verbs.go:45:46:     from fmt.Printf("%5v|%-5v|\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:45:12
./fmt_struct_verbs.go:45:33: Point{...} escapes to heap:
./fmt_struct_verbs.go:45:33:   flow: {storage for ... argument} = &{storage for Point{...}}:
./fmt_struct_verbs.go:45:33:     from Point{...} (spill) at ./fmt_struct_verbs.go:45:33
./fmt_struct_verbs.go:45:33:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:45:12
./fmt_struct_verbs.go:45:33:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:45:33:     from ... argument (spill) at ./fmt_struct_verbs.go:45:12
./fmt_struct_verbs.go:45:33:     from fmt.Printf("%5v|%-5v|\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:45:12
./fmt_struct_verbs.go:44:64: Point{...} escapes to heap:
./fmt_struct_verbs.go:44:64:   flow: {storage for ... argument} = &{storage for Point{...}}:
./fmt_struct_verbs.go:44:64:     from Point{...} (spill) at ./fmt_struct_verbs.go:44:64
./fmt_struct_verbs.go:44:64:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:44:12
./fmt_struct_verbs.go:44:64:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:44:64:     from ... argument (spill) at ./fmt_struct_verbs.go:44:12
./fmt_struct_verbs.go:44:64:     from fmt.Printf("%x %X %o\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:44:12
./fmt_struct_verbs.go:44:48: Point{...} escapes to heap:
./fmt_struct_verbs.go:44:48:   flow: {storage for ... argument} = &{storage for Point{...}}:
./fmt_struct_verbs.go:44:48:     from Point{...} (spill) at ./fmt_struct_verbs.go:44:48
./fmt_struct_verbs.go:44:48:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:44:12
./fmt_struct_verbs.go:44:48:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:44:48:     from ... argument (spill) at ./fmt_struct_verbs.go:44:12
./fmt_struct_verbs.go:44:48:     from fmt.Printf("%x %X %o\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:44:12
./fmt_struct_verbs.go:44:32: Point{...} escapes to heap:
./fmt_struct_verbs.go:44:32:   flow: {storage for ... argument} = &{storage for Point{...}}:
./fmt_struct_verbs.go:44:32:     from Point{...} (spill) at ./fmt_struct_verbs.go:44:32
./fmt_struct_verbs.go:44:32:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:44:12
./fmt_struct_verbs.go:44:32:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:44:32:     from ... argument (spill) at ./fmt_struct_verbs.go:44:12
./fmt_struct_verbs.go:44:32:     from fmt.Printf("%x %X %o\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:44:12
./fmt_struct_verbs.go:43:26: Point{...} escapes to heap:
./fmt_struct_verbs.go:43:26:   flow: {storage for ... argument} = &{storage for Point{...}}:
./fmt_struct_verbs.go:43:26:     from Point{...} (spill) at ./fmt_struct_verbs.go:43:26
./fmt_struct_verbs.go:43:26:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:43:12
./fmt_struct_verbs.go:43:26:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:43:26:     from ... argument (spill) at ./fmt_struct_verbs.go:43:12
./fmt_struct_verbs.go:43:26:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:43:12
./fmt_struct_verbs.go:42:26: Point{...} escapes to heap:
./fmt_struct_verbs.go:42:26:   flow: {storage for ... argument} = &{storage for Point{...}}:
./fmt_struct_verbs.go:42:26:     from Point{...} (spill) at ./fmt_struct_verbs.go:42:26
./fmt_struct_verbs.go:42:26:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:42:12
./fmt_struct_verbs.go:42:26:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:42:26:     from ... argument (spill) at ./fmt_struct_verbs.go:42:12
./fmt_struct_verbs.go:42:26:     from fmt.Printf("%s\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:42:12
./fmt_struct_verbs.go:41:26: l escapes to heap:
./fmt_struct_verbs.go:41:26:   flow: {storage for ... argument} = &{storage for l}:
./fmt_struct_verbs.go:41:26:     from l (spill) at ./fmt_struct_verbs.go:41:26
./fmt_struct_verbs.go:41:26:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:41:26
./fmt_struct_verbs.go:41:26:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:41:26:     from ... argument (spill) at ./fmt_struct_verbs.go:41:26
./fmt_struct_verbs.go:41:26:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_struct_verbs.go:41:26
./fmt_struct_verbs.go:41:26: p escapes to heap:
./fmt_struct_verbs.go:41:26:   flow: {storage for ... argument} = &{storage for p}:
./fmt_struct_verbs.go:41:26:     from p (spill) at ./fmt_struct_verbs.go:41:26
./fmt_struct_verbs.go:41:26:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:41:26
./fmt_struct_verbs.go:41:26:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:41:26:     from ... argument (spill) at ./fmt_struct_verbs.go:41:26
./fmt_struct_verbs.go:41:26:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_struct_verbs.go:41:26
./fmt_struct_verbs.go:41:33: fmt.Sprintln(... argument...) == "{1 2} {1 s}\n" escapes to heap:
./fmt_struct_verbs.go:41:33:   flow: {storage for ... argument} = &{storage for fmt.Sprintln(... argument...) == "{1 2} {1 s}\n"}:
./fmt_struct_verbs.go:41:33:     from fmt.Sprintln(... argument...) == "{1 2} {1 s}\n" (spill) at ./fmt_struct_verbs.go:41:33
./fmt_struct_verbs.go:41:33:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:41:13
./fmt_struct_verbs.go:41:33:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:41:33:     from ... argument (spill) at ./fmt_struct_verbs.go:41:13
./fmt_struct_verbs.go:41:33:     from fmt.Println(... argument...) (call parameter) at ./fmt_struct_verbs.go:41:13
./fmt_struct_verbs.go:40:20: len(s) escapes to heap:
./fmt_struct_verbs.go:40:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./fmt_struct_verbs.go:40:20:     from len(s) (spill) at ./fmt_struct_verbs.go:40:20
./fmt_struct_verbs.go:40:20:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:40:13
./fmt_struct_verbs.go:40:20:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:40:20:     from ... argument (spill) at ./fmt_struct_verbs.go:40:13
./fmt_struct_verbs.go:40:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_struct_verbs.go:40:13
./fmt_struct_verbs.go:40:13: s escapes to heap:
./fmt_struct_verbs.go:40:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_struct_verbs.go:40:13:     from s (spill) at ./fmt_struct_verbs.go:40:13
./fmt_struct_verbs.go:40:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:40:13
./fmt_struct_verbs.go:40:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:40:13:     from ... argument (spill) at ./fmt_struct_verbs.go:40:13
./fmt_struct_verbs.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_struct_verbs.go:40:13
./fmt_struct_verbs.go:39:21: l escapes to heap:
./fmt_struct_verbs.go:39:21:   flow: {storage for ... argument} = &{storage for l}:
./fmt_struct_verbs.go:39:21:     from l (spill) at ./fmt_struct_verbs.go:39:21
./fmt_struct_verbs.go:39:21:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:39:17
./fmt_struct_verbs.go:39:21:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:39:21:     from ... argument (spill) at ./fmt_struct_verbs.go:39:17
./fmt_struct_verbs.go:39:21:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_struct_verbs.go:39:17
./fmt_struct_verbs.go:39:21: " " escapes to heap:
./fmt_struct_verbs.go:39:21:   flow: {storage for ... argument} = &{storage for " "}:
./fmt_struct_verbs.go:39:21:     from " " (spill) at ./fmt_struct_verbs.go:39:21
./fmt_struct_verbs.go:39:21:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:39:17
./fmt_struct_verbs.go:39:21:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:39:21:     from ... argument (spill) at ./fmt_struct_verbs.go:39:17
./fmt_struct_verbs.go:39:21:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_struct_verbs.go:39:17
./fmt_struct_verbs.go:39:17: p escapes to heap:
./fmt_struct_verbs.go:39:17:   flow: {storage for ... argument} = &{storage for p}:
./fmt_struct_verbs.go:39:17:     from p (spill) at ./fmt_struct_verbs.go:39:17
./fmt_struct_verbs.go:39:17:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:39:17
./fmt_struct_verbs.go:39:17:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:39:17:     from ... argument (spill) at ./fmt_struct_verbs.go:39:17
./fmt_struct_verbs.go:39:17:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_struct_verbs.go:39:17
./fmt_struct_verbs.go:38:18: "\n" escapes to heap:
./fmt_struct_verbs.go:38:18:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_struct_verbs.go:38:18:     from "\n" (spill) at ./fmt_struct_verbs.go:38:18
./fmt_struct_verbs.go:38:18:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:38:11
./fmt_struct_verbs.go:38:18:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:38:18:     from ... argument (spill) at ./fmt_struct_verbs.go:38:11
./fmt_struct_verbs.go:38:18:     from fmt.Print(... argument...) (call parameter) at ./fmt_struct_verbs.go:38:11
./fmt_struct_verbs.go:38:11: p escapes to heap:
./fmt_struct_verbs.go:38:11:   flow: {storage for ... argument} = &{storage for p}:
./fmt_struct_verbs.go:38:11:     from p (spill) at ./fmt_struct_verbs.go:38:11
./fmt_struct_verbs.go:38:11:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:38:11
./fmt_struct_verbs.go:38:11:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:38:11:     from ... argument (spill) at ./fmt_struct_verbs.go:38:11
./fmt_struct_verbs.go:38:11:     from fmt.Print(... argument...) (call parameter) at ./fmt_struct_verbs.go:38:11
./fmt_struct_verbs.go:38:11: p escapes to heap:
./fmt_struct_verbs.go:38:11:   flow: {storage for ... argument} = &{storage for p}:
./fmt_struct_verbs.go:38:11:     from p (spill) at ./fmt_struct_verbs.go:38:11
./fmt_struct_verbs.go:38:11:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:38:11
./fmt_struct_verbs.go:38:11:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:38:11:     from ... argument (spill) at ./fmt_struct_verbs.go:38:11
./fmt_struct_verbs.go:38:11:     from fmt.Print(... argument...) (call parameter) at ./fmt_struct_verbs.go:38:11
./fmt_struct_verbs.go:37:18: l escapes to heap:
./fmt_struct_verbs.go:37:18:   flow: {storage for ... argument} = &{storage for l}:
./fmt_struct_verbs.go:37:18:     from l (spill) at ./fmt_struct_verbs.go:37:18
./fmt_struct_verbs.go:37:18:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:37:13
./fmt_struct_verbs.go:37:18:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:37:18:     from ... argument (spill) at ./fmt_struct_verbs.go:37:13
./fmt_struct_verbs.go:37:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_struct_verbs.go:37:13
./fmt_struct_verbs.go:37:18: r.Tags escapes to heap:
./fmt_struct_verbs.go:37:18:   flow: {storage for ... argument} = &{storage for r.Tags}:
./fmt_struct_verbs.go:37:18:     from r.Tags (spill) at ./fmt_struct_verbs.go:37:18
./fmt_struct_verbs.go:37:18:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:37:13
./fmt_struct_verbs.go:37:18:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:37:18:     from ... argument (spill) at ./fmt_struct_verbs.go:37:13
./fmt_struct_verbs.go:37:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_struct_verbs.go:37:13
./fmt_struct_verbs.go:37:13: p escapes to heap:
./fmt_struct_verbs.go:37:13:   flow: {storage for ... argument} = &{storage for p}:
./fmt_struct_verbs.go:37:13:     from p (spill) at ./fmt_struct_verbs.go:37:13
./fmt_struct_verbs.go:37:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:37:13
./fmt_struct_verbs.go:37:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:37:13:     from ... argument (spill) at ./fmt_struct_verbs.go:37:13
./fmt_struct_verbs.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_struct_verbs.go:37:13
./fmt_struct_verbs.go:36:13: l escapes to heap:
./fmt_struct_verbs.go:36:13:   flow: {storage for ... argument} = &{storage for l}:
./fmt_struct_verbs.go:36:13:     from l (spill) at ./fmt_struct_verbs.go:36:13
./fmt_struct_verbs.go:36:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:36:12
./fmt_struct_verbs.go:36:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:36:13:     from ... argument (spill) at ./fmt_struct_verbs.go:36:12
./fmt_struct_verbs.go:36:13:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:36:12
./fmt_struct_verbs.go:36:13: l escapes to heap:
./fmt_struct_verbs.go:36:13:   flow: {storage for ... argument} = &{storage for l}:
./fmt_struct_verbs.go:36:13:     from l (spill) at ./fmt_struct_verbs.go:36:13
./fmt_struct_verbs.go:36:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:36:12
./fmt_struct_verbs.go:36:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:36:13:     from ... argument (spill) at ./fmt_struct_verbs.go:36:12
./fmt_struct_verbs.go:36:13:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:36:12
./fmt_struct_verbs.go:36:13: l escapes to heap:
./fmt_struct_verbs.go:36:13:   flow: {storage for ... argument} = &{storage for l}:
./fmt_struct_verbs.go:36:13:     from l (spill) at ./fmt_struct_verbs.go:36:13
./fmt_struct_verbs.go:36:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:36:12
./fmt_struct_verbs.go:36:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:36:13:     from ... argument (spill) at ./fmt_struct_verbs.go:36:12
./fmt_struct_verbs.go:36:13:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:36:12
./fmt_struct_verbs.go:34:13: z escapes to heap:
./fmt_struct_verbs.go:34:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_struct_verbs.go:34:13:     from z (spill) at ./fmt_struct_verbs.go:34:13
./fmt_struct_verbs.go:34:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:34:12
./fmt_struct_verbs.go:34:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:34:13:     from ... argument (spill) at ./fmt_struct_verbs.go:34:12
./fmt_struct_verbs.go:34:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:34:12
./fmt_struct_verbs.go:34:13: z escapes to heap:
./fmt_struct_verbs.go:34:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_struct_verbs.go:34:13:     from z (spill) at ./fmt_struct_verbs.go:34:13
./fmt_struct_verbs.go:34:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:34:12
./fmt_struct_verbs.go:34:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:34:13:     from ... argument (spill) at ./fmt_struct_verbs.go:34:12
./fmt_struct_verbs.go:34:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:34:12
./fmt_struct_verbs.go:34:13: z escapes to heap:
./fmt_struct_verbs.go:34:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_struct_verbs.go:34:13:     from z (spill) at ./fmt_struct_verbs.go:34:13
./fmt_struct_verbs.go:34:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:34:12
./fmt_struct_verbs.go:34:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:34:13:     from ... argument (spill) at ./fmt_struct_verbs.go:34:12
./fmt_struct_verbs.go:34:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:34:12
./fmt_struct_verbs.go:32:13: r escapes to heap:
./fmt_struct_verbs.go:32:13:   flow: {storage for ... argument} = &{storage for r}:
./fmt_struct_verbs.go:32:13:     from r (spill) at ./fmt_struct_verbs.go:32:13
./fmt_struct_verbs.go:32:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:32:12
./fmt_struct_verbs.go:32:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:32:13:     from ... argument (spill) at ./fmt_struct_verbs.go:32:12
./fmt_struct_verbs.go:32:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:32:12
./fmt_struct_verbs.go:32:13: r escapes to heap:
./fmt_struct_verbs.go:32:13:   flow: {storage for ... argument} = &{storage for r}:
./fmt_struct_verbs.go:32:13:     from r (spill) at ./fmt_struct_verbs.go:32:13
./fmt_struct_verbs.go:32:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:32:12
./fmt_struct_verbs.go:32:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:32:13:     from ... argument (spill) at ./fmt_struct_verbs.go:32:12
./fmt_struct_verbs.go:32:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:32:12
./fmt_struct_verbs.go:32:13: r escapes to heap:
./fmt_struct_verbs.go:32:13:   flow: {storage for ... argument} = &{storage for r}:
./fmt_struct_verbs.go:32:13:     from r (spill) at ./fmt_struct_verbs.go:32:13
./fmt_struct_verbs.go:32:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:32:12
./fmt_struct_verbs.go:32:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:32:13:     from ... argument (spill) at ./fmt_struct_verbs.go:32:12
./fmt_struct_verbs.go:32:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:32:12
./fmt_struct_verbs.go:30:13: p escapes to heap:
./fmt_struct_verbs.go:30:13:   flow: {storage for ... argument} = &{storage for p}:
./fmt_struct_verbs.go:30:13:     from p (spill) at ./fmt_struct_verbs.go:30:13
./fmt_struct_verbs.go:30:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:30:12
./fmt_struct_verbs.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:30:13:     from ... argument (spill) at ./fmt_struct_verbs.go:30:12
./fmt_struct_verbs.go:30:13:     from fmt.Printf("%v|%+v|%#v\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:30:12
./fmt_struct_verbs.go:30:13: p escapes to heap:
./fmt_struct_verbs.go:30:13:   flow: {storage for ... argument} = &{storage for p}:
./fmt_struct_verbs.go:30:13:     from p (spill) at ./fmt_struct_verbs.go:30:13
./fmt_struct_verbs.go:30:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:30:12
./fmt_struct_verbs.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:30:13:     from ... argument (spill) at ./fmt_struct_verbs.go:30:12
./fmt_struct_verbs.go:30:13:     from fmt.Printf("%v|%+v|%#v\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:30:12
./fmt_struct_verbs.go:30:13: p escapes to heap:
./fmt_struct_verbs.go:30:13:   flow: {storage for ... argument} = &{storage for p}:
./fmt_struct_verbs.go:30:13:     from p (spill) at ./fmt_struct_verbs.go:30:13
./fmt_struct_verbs.go:30:13:     from ... argument (slice-literal-element) at ./fmt_struct_verbs.go:30:12
./fmt_struct_verbs.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_struct_verbs.go:30:13:     from ... argument (spill) at ./fmt_struct_verbs.go:30:12
./fmt_struct_verbs.go:30:13:     from fmt.Printf("%v|%+v|%#v\n", ... argument...) (call parameter) at ./fmt_struct_verbs.go:30:12
./fmt_struct_verbs.go:31:41: []string{...} escapes to heap:
./fmt_struct_verbs.go:31:41:   flow: r = &{storage for []string{...}}:
./fmt_struct_verbs.go:31:41:     from []string{...} (spill) at ./fmt_struct_verbs.go:31:41
./fmt_struct_verbs.go:31:41:     from Rec{...} (struct literal element) at ./fmt_struct_verbs.go:31:10
./fmt_struct_verbs.go:31:41:     from r := Rec{...} (assign) at ./fmt_struct_verbs.go:31:4
./fmt_struct_verbs.go:31:41:   flow: {storage for r.Tags} = r:
./fmt_struct_verbs.go:31:41:     from r.Tags (dot) at ./fmt_struct_verbs.go:37:18
./fmt_struct_verbs.go:31:41:     from r.Tags (interface-converted) at ./fmt_struct_verbs.go:37:18
./fmt_struct_verbs.go:30:12: ... argument does not escape
./fmt_struct_verbs.go:30:13: p escapes to heap
./fmt_struct_verbs.go:30:13: p escapes to heap
./fmt_struct_verbs.go:30:13: p escapes to heap
./fmt_struct_verbs.go:31:41: []string{...} escapes to heap
./fmt_struct_verbs.go:32:12: ... argument does not escape
./fmt_struct_verbs.go:32:13: r escapes to heap
./fmt_struct_verbs.go:32:13: r escapes to heap
./fmt_struct_verbs.go:32:13: r escapes to heap
./fmt_struct_verbs.go:34:12: ... argument does not escape
./fmt_struct_verbs.go:34:13: z escapes to heap
./fmt_struct_verbs.go:34:13: z escapes to heap
./fmt_struct_verbs.go:34:13: z escapes to heap
./fmt_struct_verbs.go:36:12: ... argument does not escape
./fmt_struct_verbs.go:36:13: l escapes to heap
./fmt_struct_verbs.go:36:13: l escapes to heap
./fmt_struct_verbs.go:36:13: l escapes to heap
./fmt_struct_verbs.go:37:13: ... argument does not escape
./fmt_struct_verbs.go:37:13: p escapes to heap
./fmt_struct_verbs.go:37:18: r.Tags escapes to heap
./fmt_struct_verbs.go:37:18: l escapes to heap
./fmt_struct_verbs.go:38:11: ... argument does not escape
./fmt_struct_verbs.go:38:11: p escapes to heap
./fmt_struct_verbs.go:38:11: p escapes to heap
./fmt_struct_verbs.go:38:18: "\n" escapes to heap
./fmt_struct_verbs.go:39:17: ... argument does not escape
./fmt_struct_verbs.go:39:17: p escapes to heap
./fmt_struct_verbs.go:39:21: " " escapes to heap
./fmt_struct_verbs.go:39:21: l escapes to heap
./fmt_struct_verbs.go:40:13: ... argument does not escape
./fmt_struct_verbs.go:40:13: s escapes to heap
./fmt_struct_verbs.go:40:20: len(s) escapes to heap
./fmt_struct_verbs.go:41:13: ... argument does not escape
./fmt_struct_verbs.go:41:33: fmt.Sprintln(... argument...) == "{1 2} {1 s}\n" escapes to heap
./fmt_struct_verbs.go:41:26: ... argument does not escape
./fmt_struct_verbs.go:41:26: p escapes to heap
./fmt_struct_verbs.go:41:26: l escapes to heap
./fmt_struct_verbs.go:42:12: ... argument does not escape
./fmt_struct_verbs.go:42:26: Point{...} escapes to heap
./fmt_struct_verbs.go:43:12: ... argument does not escape
./fmt_struct_verbs.go:43:26: Point{...} escapes to heap
./fmt_struct_verbs.go:44:12: ... argument does not escape
./fmt_struct_verbs.go:44:32: Point{...} escapes to heap
./fmt_struct_verbs.go:44:48: Point{...} escapes to heap
./fmt_struct_verbs.go:44:64: Point{...} escapes to heap
./fmt_struct_verbs.go:45:12: ... argument does not escape
./fmt_struct_verbs.go:45:33: Point{...} escapes to heap
./fmt_struct_verbs.go:45:46: Point{...} escapes to heap
./fmt_struct_verbs.go:46:12: ... argument does not escape
./fmt_struct_verbs.go:46:47: struct { A float64; B float64 }{...} escapes to heap
./fmt_struct_verbs.go:47:12: ... argument does not escape
./fmt_struct_verbs.go:50:3: struct { S string; R rune }{...} escapes to heap

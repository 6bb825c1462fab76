./syntax_anon_struct.go:31:13: a escapes to heap:
./syntax_anon_struct.go:31:13:   flow: {storage for ... argument} = &{storage for a}:
./syntax_anon_struct.go:31:13:     from a (spill) at ./syntax_anon_struct.go:31:13
./syntax_anon_struct.go:31:13:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:31:12
./syntax_anon_struct.go:31:13:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:31:13:     from ... argument (spill) at ./syntax_anon_struct.go:31:12
./syntax_anon_struct.go:31:13:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./syntax_anon_struct.go:31:12
./syntax_anon_struct.go:20:11: &struct { V int }{...} escapes to heap:
./syntax_anon_struct.go:20:11:   flow: c = &{storage for &struct { V int }{...}}:
./syntax_anon_struct.go:20:11:     from &struct { V int }{...} (spill) at ./syntax_anon_struct.go:20:11
./syntax_anon_struct.go:20:11:     from c.Next = &struct { V int }{...} (assign) at ./syntax_anon_struct.go:20:9
./syntax_anon_struct.go:20:11:   flow: {storage for ... argument} = c:
./syntax_anon_struct.go:20:11:     from c.Next (dot) at ./syntax_anon_struct.go:30:65
./syntax_anon_struct.go:20:11:     from c.Next (interface-converted) at ./syntax_anon_struct.go:30:65
./syntax_anon_struct.go:20:11:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:30:46
./syntax_anon_struct.go:20:11:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:20:11:     from ... argument (spill) at ./syntax_anon_struct.go:30:46
./syntax_anon_struct.go:20:11:     from fmt.Sprintf("%v %+v", ... argument...) (call parameter) at ./syntax_anon_struct.go:30:46
./syntax_anon_struct.go:19:29: []string{...} escapes to heap:
./syntax_anon_struct.go:19:29:   flow: c = &{storage for []string{...}}:
./syntax_anon_struct.go:19:29:     from []string{...} (spill) at ./syntax_anon_struct.go:19:29
./syntax_anon_struct.go:19:29:     from struct { Name string; Tags []string "json:\"tags\""; Next *struct { V int } }{...} (struct literal element) at ./syntax_anon_struct.go:19:3
./syntax_anon_struct.go:19:29:     from c := struct { Name string; Tags []string "json:\"tags\""; Next *struct { V int } }{...} (assign) at ./syntax_anon_struct.go:15:4
./syntax_anon_struct.go:19:29:   flow: {storage for ... argument} = c:
./syntax_anon_struct.go:19:29:     from c.Next (dot) at ./syntax_anon_struct.go:30:65
./syntax_anon_struct.go:19:29:     from c.Next (interface-converted) at ./syntax_anon_struct.go:30:65
./syntax_anon_struct.go:19:29:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:30:46
./syntax_anon_struct.go:19:29:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:19:29:     from ... argument (spill) at ./syntax_anon_struct.go:30:46
./syntax_anon_struct.go:19:29:     from fmt.Sprintf("%v %+v", ... argument...) (call parameter) at ./syntax_anon_struct.go:30:46
./syntax_anon_struct.go:30:47: empty escapes to heap:
./syntax_anon_struct.go:30:47:   flow: {storage for ... argument} = &{storage for empty}:
./syntax_anon_struct.go:30:47:     from empty (spill) at ./syntax_anon_struct.go:30:47
./syntax_anon_struct.go:30:47:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:30:46
./syntax_anon_struct.go:30:47:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:30:47:     from ... argument (spill) at ./syntax_anon_struct.go:30:46
./syntax_anon_struct.go:30:47:     from fmt.Sprintf("%v %+v", ... argument...) (call parameter) at ./syntax_anon_struct.go:30:46
./syntax_anon_struct.go:30:46: fmt.Sprintf("%v %+v", ... argument...) escapes to heap:
./syntax_anon_struct.go:30:46:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%v %+v", ... argument...)}:
./syntax_anon_struct.go:30:46:     from fmt.Sprintf("%v %+v", ... argument...) (spill) at ./syntax_anon_struct.go:30:46
./syntax_anon_struct.go:30:46:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:30:13
./syntax_anon_struct.go:30:46:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:30:46:     from ... argument (spill) at ./syntax_anon_struct.go:30:13
./syntax_anon_struct.go:30:46:     from fmt.Println(... argument...) (call parameter) at ./syntax_anon_struct.go:30:13
./syntax_anon_struct.go:30:20: empty == struct {}{} escapes to heap:
./syntax_anon_struct.go:30:20:   flow: {storage for ... argument} = &{storage for empty == struct {}{}}:
./syntax_anon_struct.go:30:20:     from empty == struct {}{} (spill) at ./syntax_anon_struct.go:30:20
./syntax_anon_struct.go:30:20:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:30:13
./syntax_anon_struct.go:30:20:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:30:20:     from ... argument (spill) at ./syntax_anon_struct.go:30:13
./syntax_anon_struct.go:30:20:     from fmt.Println(... argument...) (call parameter) at ./syntax_anon_struct.go:30:13
./syntax_anon_struct.go:26:36: map[struct { A string; B string }]int{...} escapes to heap:
./syntax_anon_struct.go:26:36:   flow: m = &{storage for map[struct { A string; B string }]int{...}}:
./syntax_anon_struct.go:26:36:     from map[struct { A string; B string }]int{...} (spill) at ./syntax_anon_struct.go:26:36
./syntax_anon_struct.go:26:36:     from m := map[struct { A string; B string }]int{...} (assign) at ./syntax_anon_struct.go:26:4
./syntax_anon_struct.go:26:36:   flow: {storage for ... argument} = m:
./syntax_anon_struct.go:26:36:     from m (interface-converted) at ./syntax_anon_struct.go:28:13
./syntax_anon_struct.go:26:36:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:28:13
./syntax_anon_struct.go:26:36:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:26:36:     from ... argument (spill) at ./syntax_anon_struct.go:28:13
./syntax_anon_struct.go:26:36:     from fmt.Println(... argument...) (call parameter) at ./syntax_anon_struct.go:28:13
./syntax_anon_struct.go:24:20: Point(q) escapes to heap:
./syntax_anon_struct.go:24:20:   flow: {storage for ... argument} = &{storage for Point(q)}:
./syntax_anon_struct.go:24:20:     from Point(q) (spill) at ./syntax_anon_struct.go:24:20
./syntax_anon_struct.go:24:20:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:24:14
./syntax_anon_struct.go:24:20:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:24:20:     from ... argument (spill) at ./syntax_anon_struct.go:24:14
./syntax_anon_struct.go:24:20:     from fmt.Println(... argument...) (call parameter) at ./syntax_anon_struct.go:24:14
./syntax_anon_struct.go:21:36: c.Next.V escapes to heap:
./syntax_anon_struct.go:21:36:   flow: {storage for ... argument} = &{storage for c.Next.V}:
./syntax_anon_struct.go:21:36:     from c.Next.V (spill) at ./syntax_anon_struct.go:21:36
./syntax_anon_struct.go:21:36:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:21:13
./syntax_anon_struct.go:21:36:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:21:36:     from ... argument (spill) at ./syntax_anon_struct.go:21:13
./syntax_anon_struct.go:21:36:     from fmt.Println(... argument...) (call parameter) at ./syntax_anon_struct.go:21:13
./syntax_anon_struct.go:21:23: c.Tags escapes to heap:
./syntax_anon_struct.go:21:23:   flow: {storage for ... argument} = &{storage for c.Tags}:
./syntax_anon_struct.go:21:23:     from c.Tags (spill) at ./syntax_anon_struct.go:21:23
./syntax_anon_struct.go:21:23:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:21:13
./syntax_anon_struct.go:21:23:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:21:23:     from ... argument (spill) at ./syntax_anon_struct.go:21:13
./syntax_anon_struct.go:21:23:     from fmt.Println(... argument...) (call parameter) at ./syntax_anon_struct.go:21:13
./syntax_anon_struct.go:21:15: c.Name escapes to heap:
./syntax_anon_struct.go:21:15:   flow: {storage for ... argument} = &{storage for c.Name}:
./syntax_anon_struct.go:21:15:     from c.Name (spill) at ./syntax_anon_struct.go:21:15
./syntax_anon_struct.go:21:15:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:21:13
./syntax_anon_struct.go:21:15:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:21:15:     from ... argument (spill) at ./syntax_anon_struct.go:21:13
./syntax_anon_struct.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_anon_struct.go:21:13
./syntax_anon_struct.go:14:13: a escapes to heap:
./syntax_anon_struct.go:14:13:   flow: {storage for ... argument} = &{storage for a}:
./syntax_anon_struct.go:14:13:     from a (spill) at ./syntax_anon_struct.go:14:13
./syntax_anon_struct.go:14:13:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:14:13
./syntax_anon_struct.go:14:13:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:14:13:     from ... argument (spill) at ./syntax_anon_struct.go:14:13
./syntax_anon_struct.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_anon_struct.go:14:13
./syntax_anon_struct.go:12:26: Point(b) == p escapes to heap:
./syntax_anon_struct.go:12:26:   flow: {storage for ... argument} = &{storage for Point(b) == p}:
./syntax_anon_struct.go:12:26:     from Point(b) == p (spill) at ./syntax_anon_struct.go:12:26
./syntax_anon_struct.go:12:26:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:12:13
./syntax_anon_struct.go:12:26:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:12:26:     from ... argument (spill) at ./syntax_anon_struct.go:12:13
./syntax_anon_struct.go:12:26:     from fmt.Println(... argument...) (call parameter) at ./syntax_anon_struct.go:12:13
./syntax_anon_struct.go:12:13: p escapes to heap:
./syntax_anon_struct.go:12:13:   flow: {storage for ... argument} = &{storage for p}:
./syntax_anon_struct.go:12:13:     from p (spill) at ./syntax_anon_struct.go:12:13
./syntax_anon_struct.go:12:13:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:12:13
./syntax_anon_struct.go:12:13:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:12:13:     from ... argument (spill) at ./syntax_anon_struct.go:12:13
./syntax_anon_struct.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_anon_struct.go:12:13
./syntax_anon_struct.go:10:16: a escapes to heap:
./syntax_anon_struct.go:10:16:   flow: {storage for ... argument} = &{storage for a}:
./syntax_anon_struct.go:10:16:     from a (spill) at ./syntax_anon_struct.go:10:16
./syntax_anon_struct.go:10:16:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:10:13
./syntax_anon_struct.go:10:16:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:10:16:     from ... argument (spill) at ./syntax_anon_struct.go:10:13
./syntax_anon_struct.go:10:16:     from fmt.Println(... argument...) (call parameter) at ./syntax_anon_struct.go:10:13
./syntax_anon_struct.go:10:16: a == b escapes to heap:
./syntax_anon_struct.go:10:16:   flow: {storage for ... argument} = &{storage for a == b}:
./syntax_anon_struct.go:10:16:     from a == b (spill) at ./syntax_anon_struct.go:10:16
./syntax_anon_struct.go:10:16:     from ... argument (slice-literal-element) at ./syntax_anon_struct.go:10:13
./syntax_anon_struct.go:10:16:   flow: {heap} = {storage for ... argument}:
./syntax_anon_struct.go:10:16:     from ... argument (spill) at ./syntax_anon_struct.go:10:13
./syntax_anon_struct.go:10:16:     from fmt.Println(... argument...) (call parameter) at ./syntax_anon_struct.go:10:13
./syntax_anon_struct.go:10:13: ... argument does not escape
./syntax_anon_struct.go:10:16: a == b escapes to heap
./syntax_anon_struct.go:10:16: a escapes to heap
./syntax_anon_struct.go:12:13: ... argument does not escape
./syntax_anon_struct.go:12:13: p escapes to heap
./syntax_anon_struct.go:12:26: Point(b) == p escapes to heap
./syntax_anon_struct.go:14:13: ... argument does not escape
./syntax_anon_struct.go:14:13: a escapes to heap
./syntax_anon_struct.go:19:29: []string{...} escapes to heap
./syntax_anon_struct.go:20:11: &struct { V int }{...} escapes to heap
./syntax_anon_struct.go:21:13: ... argument does not escape
./syntax_anon_struct.go:21:15: c.Name escapes to heap
./syntax_anon_struct.go:21:23: c.Tags escapes to heap
./syntax_anon_struct.go:21:36: c.Next.V escapes to heap
./syntax_anon_struct.go:22:29: []struct { X int; Y int }{...} does not escape
./syntax_anon_struct.go:24:14: ... argument does not escape
./syntax_anon_struct.go:24:20: Point(q) escapes to heap
./syntax_anon_struct.go:26:36: map[struct { A string; B string }]int{...} escapes to heap
./syntax_anon_struct.go:28:13: ... argument does not escape
./syntax_anon_struct.go:30:13: ... argument does not escape
./syntax_anon_struct.go:30:20: empty == struct {}{} escapes to heap
./syntax_anon_struct.go:30:46: fmt.Sprintf("%v %+v", ... argument...) escapes to heap
./syntax_anon_struct.go:30:46: ... argument does not escape
./syntax_anon_struct.go:30:47: empty escapes to heap
./syntax_anon_struct.go:31:12: ... argument does not escape
./syntax_anon_struct.go:31:13: a escapes to heap

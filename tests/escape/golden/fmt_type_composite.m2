./fmt_type_composite.go:43:36: List{} escapes to heap:
./fmt_type_composite.go:43:36:   flow: {storage for ... argument} = &{storage for List{}}:
./fmt_type_composite.go:43:36:     from List{} (spill) at ./fmt_type_composite.go:43:36
./fmt_type_composite.go:43:36:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:43:25
./fmt_type_composite.go:43:36:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:43:36:     from ... argument (spill) at ./fmt_type_composite.go:43:25
./fmt_type_composite.go:43:36:     from fmt.Sprintf("%T", ... argument...) (call parameter) at ./fmt_type_composite.go:43:25
./fmt_type_composite.go:43:40: fmt.Sprintf("%T", ... argument...) == "main.List" escapes to heap:
./fmt_type_composite.go:43:40:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%T", ... argument...) == "main.List"}:
./fmt_type_composite.go:43:40:     from fmt.Sprintf("%T", ... argument...) == "main.List" (spill) at ./fmt_type_composite.go:43:40
./fmt_type_composite.go:43:40:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:43:13
./fmt_type_composite.go:43:40:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:43:40:     from ... argument (spill) at ./fmt_type_composite.go:43:13
./fmt_type_composite.go:43:40:     from fmt.Println(... argument...) (call parameter) at ./fmt_type_composite.go:43:13
./fmt_type_composite.go:42:36: []*Point{...} escapes to heap:
./fmt_type_composite.go:42:36:   flow: {storage for ... argument} = &{storage for []*Point{...}}:
./fmt_type_composite.go:42:36:     from []*Point{...} (spill) at ./fmt_type_composite.go:42:36
./fmt_type_composite.go:42:36:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:42:12
./fmt_type_composite.go:42:36:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:42:36:     from ... argument (spill) at ./fmt_type_composite.go:42:12
./fmt_type_composite.go:42:36:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:42:12
./fmt_type_composite.go:40:60: map[string]func(int) int{} escapes to heap:
./fmt_type_composite.go:40:60:   flow: {storage for ... argument} = &{storage for map[string]func(int) int{}}:
./fmt_type_composite.go:40:60:     from map[string]func(int) int{} (spill) at ./fmt_type_composite.go:40:60
./fmt_type_composite.go:40:60:     from map[string]func(int) int{} (interface-converted) at ./fmt_type_composite.go:40:60
./fmt_type_composite.go:40:60:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:40:12
./fmt_type_composite.go:40:60:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:40:60:     from ... argument (spill) at ./fmt_type_composite.go:40:12
./fmt_type_composite.go:40:60:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:40:12
./fmt_type_composite.go:40:32: []func(){} escapes to heap:
./fmt_type_composite.go:40:32:   flow: {storage for ... argument} = &{storage for []func(){}}:
./fmt_type_composite.go:40:32:     from []func(){} (spill) at ./fmt_type_composite.go:40:32
./fmt_type_composite.go:40:32:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:40:12
./fmt_type_composite.go:40:32:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:40:32:     from ... argument (spill) at ./fmt_type_composite.go:40:12
./fmt_type_composite.go:40:32:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:40:12
./fmt_type_composite.go:39:32: [0]struct {}{} escapes to heap:
./fmt_type_composite.go:39:32:   flow: {storage for ... argument} = &{storage for [0]struct {}{}}:
./fmt_type_composite.go:39:32:     from [0]struct {}{} (spill) at ./fmt_type_composite.go:39:32
./fmt_type_composite.go:39:32:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:39:12
./fmt_type_composite.go:39:32:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:39:32:     from ... argument (spill) at ./fmt_type_composite.go:39:12
./fmt_type_composite.go:39:32:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:39:12
./fmt_type_composite.go:38:41: map[[2]uint8]float32{} escapes to heap:
./fmt_type_composite.go:38:41:   flow: {storage for ... argument} = &{storage for map[[2]uint8]float32{}}:
./fmt_type_composite.go:38:41:     from map[[2]uint8]float32{} (spill) at ./fmt_type_composite.go:38:41
./fmt_type_composite.go:38:41:     from map[[2]uint8]float32{} (interface-converted) at ./fmt_type_composite.go:38:41
./fmt_type_composite.go:38:41:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:38:12
./fmt_type_composite.go:38:41:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:38:41:     from ... argument (spill) at ./fmt_type_composite.go:38:12
./fmt_type_composite.go:38:41:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:38:12
./fmt_type_composite.go:37:27: []rune{...} escapes to heap:
./fmt_type_composite.go:37:27:   flow: {storage for ... argument} = &{storage for []rune{...}}:
./fmt_type_composite.go:37:27:     from []rune{...} (spill) at ./fmt_type_composite.go:37:27
./fmt_type_composite.go:37:27:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:37:12
./fmt_type_composite.go:37:27:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:37:27:     from ... argument (spill) at ./fmt_type_composite.go:37:12
./fmt_type_composite.go:37:27:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:37:12
./fmt_type_composite.go:36:27: ([]byte)("x") escapes to heap:
./fmt_type_composite.go:36:27:   flow: {storage for ... argument} = &{storage for ([]byte)("x")}:
./fmt_type_composite.go:36:27:     from ([]byte)("x") (spill) at ./fmt_type_composite.go:36:27
./fmt_type_composite.go:36:27:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:36:12
./fmt_type_composite.go:36:27:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:36:27:     from ... argument (spill) at ./fmt_type_composite.go:36:12
./fmt_type_composite.go:36:27:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:36:12
./fmt_type_composite.go:35:21: &[]map[int]string{} escapes to heap:
./fmt_type_composite.go:35:21:   flow: {storage for ... argument} = &{storage for &[]map[int]string{}}:
./fmt_type_composite.go:35:21:     from &[]map[int]string{} (spill) at ./fmt_type_composite.go:35:21
./fmt_type_composite.go:35:21:     from &[]map[int]string{} (interface-converted) at ./fmt_type_composite.go:35:21
./fmt_type_composite.go:35:21:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:35:12
./fmt_type_composite.go:35:21:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:35:21:     from ... argument (spill) at ./fmt_type_composite.go:35:12
./fmt_type_composite.go:35:21:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:35:12
./fmt_type_composite.go:34:24: new(*int) escapes to heap:
./fmt_type_composite.go:34:24:   flow: {storage for ... argument} = &{storage for new(*int)}:
./fmt_type_composite.go:34:24:     from new(*int) (spill) at ./fmt_type_composite.go:34:24
./fmt_type_composite.go:34:24:     from new(*int) (interface-converted) at ./fmt_type_composite.go:34:24
./fmt_type_composite.go:34:24:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:34:12
./fmt_type_composite.go:34:24:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:34:24:     from ... argument (spill) at ./fmt_type_composite.go:34:12
./fmt_type_composite.go:34:24:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:34:12
./fmt_type_composite.go:32:27: Lookup{} escapes to heap:
./fmt_type_composite.go:32:27:   flow: {storage for ... argument} = &{storage for Lookup{}}:
./fmt_type_composite.go:32:27:     from Lookup{} (spill) at ./fmt_type_composite.go:32:27
./fmt_type_composite.go:32:27:     from Lookup{} (interface-converted) at ./fmt_type_composite.go:32:27
./fmt_type_composite.go:32:27:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:32:12
./fmt_type_composite.go:32:27:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:32:27:     from ... argument (spill) at ./fmt_type_composite.go:32:12
./fmt_type_composite.go:32:27:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:32:12
./fmt_type_composite.go:31:25: List{} escapes to heap:
./fmt_type_composite.go:31:25:   flow: {storage for ... argument} = &{storage for List{}}:
./fmt_type_composite.go:31:25:     from List{} (spill) at ./fmt_type_composite.go:31:25
./fmt_type_composite.go:31:25:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:31:12
./fmt_type_composite.go:31:25:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:31:25:     from ... argument (spill) at ./fmt_type_composite.go:31:12
./fmt_type_composite.go:31:25:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:31:12
./fmt_type_composite.go:30:21: func literal escapes to heap:
./fmt_type_composite.go:30:21:   flow: {storage for ... argument} = &{storage for func literal}:
./fmt_type_composite.go:30:21:     from func literal (spill) at ./fmt_type_composite.go:30:21
./fmt_type_composite.go:30:21:     from func literal (interface-converted) at ./fmt_type_composite.go:30:21
./fmt_type_composite.go:30:21:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:30:12
./fmt_type_composite.go:30:21:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:30:21:     from ... argument (spill) at ./fmt_type_composite.go:30:12
./fmt_type_composite.go:30:21:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:30:12
./fmt_type_composite.go:29:21: func literal escapes to heap:
./fmt_type_composite.go:29:21:   flow: {storage for ... argument} = &{storage for func literal}:
./fmt_type_composite.go:29:21:     from func literal (spill) at ./fmt_type_composite.go:29:21
./fmt_type_composite.go:29:21:     from func literal (interface-converted) at ./fmt_type_composite.go:29:21
./fmt_type_composite.go:29:21:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:29:12
./fmt_type_composite.go:29:21:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:29:21:     from ... argument (spill) at ./fmt_type_composite.go:29:12
./fmt_type_composite.go:29:21:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:29:12
./fmt_type_composite.go:28:21: func literal escapes to heap:
./fmt_type_composite.go:28:21:   flow: {storage for ... argument} = &{storage for func literal}:
./fmt_type_composite.go:28:21:     from func literal (spill) at ./fmt_type_composite.go:28:21
./fmt_type_composite.go:28:21:     from func literal (interface-converted) at ./fmt_type_composite.go:28:21
./fmt_type_composite.go:28:21:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:28:12
./fmt_type_composite.go:28:21:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:28:21:     from ... argument (spill) at ./fmt_type_composite.go:28:12
./fmt_type_composite.go:28:21:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:28:12
./fmt_type_composite.go:27:29: struct {}{} escapes to heap:
./fmt_type_composite.go:27:29:   flow: {storage for ... argument} = &{storage for struct {}{}}:
./fmt_type_composite.go:27:29:     from struct {}{} (spill) at ./fmt_type_composite.go:27:29
./fmt_type_composite.go:27:29:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:27:12
./fmt_type_composite.go:27:29:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:27:29:     from ... argument (spill) at ./fmt_type_composite.go:27:12
./fmt_type_composite.go:27:29:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:27:12
./fmt_type_composite.go:26:3: struct { A int; B []string }{} escapes to heap:
./fmt_type_composite.go:26:3:   flow: {storage for ... argument} = &{storage for struct { A int; B []string }{}}:
./fmt_type_composite.go:26:3:     from struct { A int; B []string }{} (spill) at ./fmt_type_composite.go:26:3
./fmt_type_composite.go:26:3:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:23:12
./fmt_type_composite.go:26:3:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:26:3:     from ... argument (spill) at ./fmt_type_composite.go:23:12
./fmt_type_composite.go:26:3:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:23:12
./fmt_type_composite.go:22:36: struct { A int }{} escapes to heap:
./fmt_type_composite.go:22:36:   flow: {storage for ... argument} = &{storage for struct { A int }{}}:
./fmt_type_composite.go:22:36:     from struct { A int }{} (spill) at ./fmt_type_composite.go:22:36
./fmt_type_composite.go:22:36:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:22:12
./fmt_type_composite.go:22:36:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:22:36:     from ... argument (spill) at ./fmt_type_composite.go:22:12
./fmt_type_composite.go:22:36:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:22:12
./fmt_type_composite.go:21:31: [2][3]bool{} escapes to heap:
./fmt_type_composite.go:21:31:   flow: {storage for ... argument} = &{storage for [2][3]bool{}}:
./fmt_type_composite.go:21:31:     from [2][3]bool{} (spill) at ./fmt_type_composite.go:21:31
./fmt_type_composite.go:21:31:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:21:12
./fmt_type_composite.go:21:31:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:21:31:     from ... argument (spill) at ./fmt_type_composite.go:21:12
./fmt_type_composite.go:21:31:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:21:12
./fmt_type_composite.go:20:31: [][]string{} escapes to heap:
./fmt_type_composite.go:20:31:   flow: {storage for ... argument} = &{storage for [][]string{}}:
./fmt_type_composite.go:20:31:     from [][]string{} (spill) at ./fmt_type_composite.go:20:31
./fmt_type_composite.go:20:31:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:20:12
./fmt_type_composite.go:20:31:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:20:31:     from ... argument (spill) at ./fmt_type_composite.go:20:12
./fmt_type_composite.go:20:31:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:20:12
./fmt_type_composite.go:19:26: Point{} escapes to heap:
./fmt_type_composite.go:19:26:   flow: {storage for ... argument} = &{storage for Point{}}:
./fmt_type_composite.go:19:26:     from Point{} (spill) at ./fmt_type_composite.go:19:26
./fmt_type_composite.go:19:26:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:19:12
./fmt_type_composite.go:19:26:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:19:26:     from ... argument (spill) at ./fmt_type_composite.go:19:12
./fmt_type_composite.go:19:26:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:19:12
./fmt_type_composite.go:18:21: &Point{} escapes to heap:
./fmt_type_composite.go:18:21:   flow: {storage for ... argument} = &{storage for &Point{}}:
./fmt_type_composite.go:18:21:     from &Point{} (spill) at ./fmt_type_composite.go:18:21
./fmt_type_composite.go:18:21:     from &Point{} (interface-converted) at ./fmt_type_composite.go:18:21
./fmt_type_composite.go:18:21:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:18:12
./fmt_type_composite.go:18:21:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:18:21:     from ... argument (spill) at ./fmt_type_composite.go:18:12
./fmt_type_composite.go:18:21:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:18:12
./fmt_type_composite.go:17:39: map[Point][]*Point{} escapes to heap:
./fmt_type_composite.go:17:39:   flow: {storage for ... argument} = &{storage for map[Point][]*Point{}}:
./fmt_type_composite.go:17:39:     from map[Point][]*Point{} (spill) at ./fmt_type_composite.go:17:39
./fmt_type_composite.go:17:39:     from map[Point][]*Point{} (interface-converted) at ./fmt_type_composite.go:17:39
./fmt_type_composite.go:17:39:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:17:12
./fmt_type_composite.go:17:39:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:17:39:     from ... argument (spill) at ./fmt_type_composite.go:17:12
./fmt_type_composite.go:17:39:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:17:12
./fmt_type_composite.go:16:35: map[string]int{} escapes to heap:
./fmt_type_composite.go:16:35:   flow: {storage for ... argument} = &{storage for map[string]int{}}:
./fmt_type_composite.go:16:35:     from map[string]int{} (spill) at ./fmt_type_composite.go:16:35
./fmt_type_composite.go:16:35:     from map[string]int{} (interface-converted) at ./fmt_type_composite.go:16:35
./fmt_type_composite.go:16:35:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:16:12
./fmt_type_composite.go:16:35:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:16:35:     from ... argument (spill) at ./fmt_type_composite.go:16:12
./fmt_type_composite.go:16:35:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:16:12
./fmt_type_composite.go:15:29: []string{} escapes to heap:
./fmt_type_composite.go:15:29:   flow: {storage for ... argument} = &{storage for []string{}}:
./fmt_type_composite.go:15:29:     from []string{} (spill) at ./fmt_type_composite.go:15:29
./fmt_type_composite.go:15:29:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:15:12
./fmt_type_composite.go:15:29:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:15:29:     from ... argument (spill) at ./fmt_type_composite.go:15:12
./fmt_type_composite.go:15:29:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:15:12
./fmt_type_composite.go:14:27: [3]int{} escapes to heap:
./fmt_type_composite.go:14:27:   flow: {storage for ... argument} = &{storage for [3]int{}}:
./fmt_type_composite.go:14:27:     from [3]int{} (spill) at ./fmt_type_composite.go:14:27
./fmt_type_composite.go:14:27:     from ... argument (slice-literal-element) at ./fmt_type_composite.go:14:12
./fmt_type_composite.go:14:27:   flow: {heap} = {storage for ... argument}:
./fmt_type_composite.go:14:27:     from ... argument (spill) at ./fmt_type_composite.go:14:12
./fmt_type_composite.go:14:27:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./fmt_type_composite.go:14:12
./fmt_type_composite.go:43:36: List{} escapes to heap:
./fmt_type_composite.go:43:36:   flow: {storage for List{}} = &{storage for List{}}:
./fmt_type_composite.go:43:36:     from List{} (spill) at ./fmt_type_composite.go:43:36
./fmt_type_composite.go:43:36:     from List{} (interface-converted) at ./fmt_type_composite.go:43:36
./fmt_type_composite.go:42:36: []*Point{...} escapes to heap:
./fmt_type_composite.go:42:36:   flow: {storage for []*Point{...}} = &{storage for []*Point{...}}:
./fmt_type_composite.go:42:36:     from []*Point{...} (spill) at ./fmt_type_composite.go:42:36
./fmt_type_composite.go:42:36:     from []*Point{...} (interface-converted) at ./fmt_type_composite.go:42:36
./fmt_type_composite.go:40:32: []func(){} escapes to heap:
./fmt_type_composite.go:40:32:   flow: {storage for []func(){}} = &{storage for []func(){}}:
./fmt_type_composite.go:40:32:     from []func(){} (spill) at ./fmt_type_composite.go:40:32
./fmt_type_composite.go:40:32:     from []func(){} (interface-converted) at ./fmt_type_composite.go:40:32
./fmt_type_composite.go:37:27: []rune{...} escapes to heap:
./fmt_type_composite.go:37:27:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
./fmt_type_composite.go:37:27:     from []rune{...} (spill) at ./fmt_type_composite.go:37:27
./fmt_type_composite.go:37:27:     from []rune{...} (interface-converted) at ./fmt_type_composite.go:37:27
./fmt_type_composite.go:36:27: ([]byte)("x") escapes to heap:
./fmt_type_composite.go:36:27:   flow: {storage for ([]byte)("x")} = &{storage for ([]byte)("x")}:
./fmt_type_composite.go:36:27:     from ([]byte)("x") (spill) at ./fmt_type_composite.go:36:27
./fmt_type_composite.go:36:27:     from ([]byte)("x") (interface-converted) at ./fmt_type_composite.go:36:27
./fmt_type_composite.go:35:38: []map[int]string{} escapes to heap:
./fmt_type_composite.go:35:38:   flow: {storage for &[]map[int]string{}} = &{storage for []map[int]string{}}:
./fmt_type_composite.go:35:38:     from []map[int]string{} (spill) at ./fmt_type_composite.go:35:38
./fmt_type_composite.go:31:25: List{} escapes to heap:
./fmt_type_composite.go:31:25:   flow: {storage for List{}} = &{storage for List{}}:
./fmt_type_composite.go:31:25:     from List{} (spill) at ./fmt_type_composite.go:31:25
./fmt_type_composite.go:31:25:     from List{} (interface-converted) at ./fmt_type_composite.go:31:25
./fmt_type_composite.go:20:31: [][]string{} escapes to heap:
./fmt_type_composite.go:20:31:   flow: {storage for [][]string{}} = &{storage for [][]string{}}:
./fmt_type_composite.go:20:31:     from [][]string{} (spill) at ./fmt_type_composite.go:20:31
./fmt_type_composite.go:20:31:     from [][]string{} (interface-converted) at ./fmt_type_composite.go:20:31
./fmt_type_composite.go:15:29: []string{} escapes to heap:
./fmt_type_composite.go:15:29:   flow: {storage for []string{}} = &{storage for []string{}}:
./fmt_type_composite.go:15:29:     from []string{} (spill) at ./fmt_type_composite.go:15:29
./fmt_type_composite.go:15:29:     from []string{} (interface-converted) at ./fmt_type_composite.go:15:29
./fmt_type_composite.go:29:36: s does not escape
./fmt_type_composite.go:14:12: ... argument does not escape
./fmt_type_composite.go:14:27: [3]int{} escapes to heap
./fmt_type_composite.go:15:12: ... argument does not escape
./fmt_type_composite.go:15:29: []string{} escapes to heap
./fmt_type_composite.go:15:29: []string{} escapes to heap
./fmt_type_composite.go:16:12: ... argument does not escape
./fmt_type_composite.go:16:35: map[string]int{} escapes to heap
./fmt_type_composite.go:17:12: ... argument does not escape
./fmt_type_composite.go:17:39: map[Point][]*Point{} escapes to heap
./fmt_type_composite.go:18:12: ... argument does not escape
./fmt_type_composite.go:18:21: &Point{} escapes to heap
./fmt_type_composite.go:19:12: ... argument does not escape
./fmt_type_composite.go:19:26: Point{} escapes to heap
./fmt_type_composite.go:20:12: ... argument does not escape
./fmt_type_composite.go:20:31: [][]string{} escapes to heap
./fmt_type_composite.go:20:31: [][]string{} escapes to heap
./fmt_type_composite.go:21:12: ... argument does not escape
./fmt_type_composite.go:21:31: [2][3]bool{} escapes to heap
./fmt_type_composite.go:22:12: ... argument does not escape
./fmt_type_composite.go:22:36: struct { A int }{} escapes to heap
./fmt_type_composite.go:23:12: ... argument does not escape
./fmt_type_composite.go:26:3: struct { A int; B []string }{} escapes to heap
./fmt_type_composite.go:27:12: ... argument does not escape
./fmt_type_composite.go:27:29: struct {}{} escapes to heap
./fmt_type_composite.go:28:12: ... argument does not escape
./fmt_type_composite.go:28:21: func literal escapes to heap
./fmt_type_composite.go:29:12: ... argument does not escape
./fmt_type_composite.go:29:21: func literal escapes to heap
./fmt_type_composite.go:30:12: ... argument does not escape
./fmt_type_composite.go:30:21: func literal escapes to heap
./fmt_type_composite.go:31:12: ... argument does not escape
./fmt_type_composite.go:31:25: List{} escapes to heap
./fmt_type_composite.go:31:25: List{} escapes to heap
./fmt_type_composite.go:32:12: ... argument does not escape
./fmt_type_composite.go:32:27: Lookup{} escapes to heap
./fmt_type_composite.go:33:12: ... argument does not escape
./fmt_type_composite.go:34:12: ... argument does not escape
./fmt_type_composite.go:34:24: new(*int) escapes to heap
./fmt_type_composite.go:35:12: ... argument does not escape
./fmt_type_composite.go:35:21: &[]map[int]string{} escapes to heap
./fmt_type_composite.go:35:38: []map[int]string{} escapes to heap
./fmt_type_composite.go:36:12: ... argument does not escape
./fmt_type_composite.go:36:27: ([]byte)("x") escapes to heap
./fmt_type_composite.go:36:27: ([]byte)("x") escapes to heap
./fmt_type_composite.go:37:12: ... argument does not escape
./fmt_type_composite.go:37:27: []rune{...} escapes to heap
./fmt_type_composite.go:37:27: []rune{...} escapes to heap
./fmt_type_composite.go:38:12: ... argument does not escape
./fmt_type_composite.go:38:41: map[[2]uint8]float32{} escapes to heap
./fmt_type_composite.go:39:12: ... argument does not escape
./fmt_type_composite.go:39:32: [0]struct {}{} escapes to heap
./fmt_type_composite.go:40:12: ... argument does not escape
./fmt_type_composite.go:40:32: []func(){} escapes to heap
./fmt_type_composite.go:40:32: []func(){} escapes to heap
./fmt_type_composite.go:40:60: map[string]func(int) int{} escapes to heap
./fmt_type_composite.go:42:12: ... argument does not escape
./fmt_type_composite.go:42:36: []*Point{...} escapes to heap
./fmt_type_composite.go:42:36: []*Point{...} escapes to heap
./fmt_type_composite.go:43:13: ... argument does not escape
./fmt_type_composite.go:43:40: fmt.Sprintf("%T", ... argument...) == "main.List" escapes to heap
./fmt_type_composite.go:43:25: ... argument does not escape
./fmt_type_composite.go:43:36: List{} escapes to heap
./fmt_type_composite.go:43:36: List{} escapes to heap

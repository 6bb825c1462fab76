./fmt_empty_composites.go:26:54: []byte{} escapes to heap:
./fmt_empty_composites.go:26:54:   flow: {storage for ... argument} = &{storage for []byte{}}:
./fmt_empty_composites.go:26:54:     from []byte{} (spill) at ./fmt_empty_composites.go:26:54
./fmt_empty_composites.go:26:54:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:26:12
./fmt_empty_composites.go:26:54:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:26:54:     from ... argument (spill) at ./fmt_empty_composites.go:26:12
./fmt_empty_composites.go:26:54:     from fmt.Printf("%s|%d|%x\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:26:12
./fmt_empty_composites.go:26:44: []int{} escapes to heap:
./fmt_empty_composites.go:26:44:   flow: {storage for ... argument} = &{storage for []int{}}:
./fmt_empty_composites.go:26:44:     from []int{} (spill) at ./fmt_empty_composites.go:26:44
./fmt_empty_composites.go:26:44:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:26:12
./fmt_empty_composites.go:26:44:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:26:44:     from ... argument (spill) at ./fmt_empty_composites.go:26:12
./fmt_empty_composites.go:26:44:     from fmt.Printf("%s|%d|%x\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:26:12
./fmt_empty_composites.go:26:35: []string{} escapes to heap:
./fmt_empty_composites.go:26:35:   flow: {storage for ... argument} = &{storage for []string{}}:
./fmt_empty_composites.go:26:35:     from []string{} (spill) at ./fmt_empty_composites.go:26:35
./fmt_empty_composites.go:26:35:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:26:12
./fmt_empty_composites.go:26:35:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:26:35:     from ... argument (spill) at ./fmt_empty_composites.go:26:12
./fmt_empty_composites.go:26:35:     from fmt.Printf("%s|%d|%x\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:26:12
./fmt_empty_composites.go:25:30: [1][]int{} escapes to heap:
./fmt_empty_composites.go:25:30:   flow: {storage for ... argument} = &{storage for [1][]int{}}:
./fmt_empty_composites.go:25:30:     from [1][]int{} (spill) at ./fmt_empty_composites.go:25:30
./fmt_empty_composites.go:25:30:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:25:12
./fmt_empty_composites.go:25:30:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:25:30:     from ... argument (spill) at ./fmt_empty_composites.go:25:12
./fmt_empty_composites.go:25:30:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:25:12
./fmt_empty_composites.go:24:52: []map[int]int{...} escapes to heap:
./fmt_empty_composites.go:24:52:   flow: {storage for ... argument} = &{storage for []map[int]int{...}}:
./fmt_empty_composites.go:24:52:     from []map[int]int{...} (spill) at ./fmt_empty_composites.go:24:52
./fmt_empty_composites.go:24:52:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:24:12
./fmt_empty_composites.go:24:52:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:24:52:     from ... argument (spill) at ./fmt_empty_composites.go:24:12
./fmt_empty_composites.go:24:52:     from fmt.Printf("%v %#v\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:24:12
./fmt_empty_composites.go:24:32: [][]int{...} escapes to heap:
./fmt_empty_composites.go:24:32:   flow: {storage for ... argument} = &{storage for [][]int{...}}:
./fmt_empty_composites.go:24:32:     from [][]int{...} (spill) at ./fmt_empty_composites.go:24:32
./fmt_empty_composites.go:24:32:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:24:12
./fmt_empty_composites.go:24:32:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:24:32:     from ... argument (spill) at ./fmt_empty_composites.go:24:12
./fmt_empty_composites.go:24:32:     from fmt.Printf("%v %#v\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:24:12
./fmt_empty_composites.go:23:13: z escapes to heap:
./fmt_empty_composites.go:23:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_empty_composites.go:23:13:     from z (spill) at ./fmt_empty_composites.go:23:13
./fmt_empty_composites.go:23:13:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:23:13
./fmt_empty_composites.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:23:13:     from ... argument (spill) at ./fmt_empty_composites.go:23:13
./fmt_empty_composites.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_empty_composites.go:23:13
./fmt_empty_composites.go:22:13: z escapes to heap:
./fmt_empty_composites.go:22:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_empty_composites.go:22:13:     from z (spill) at ./fmt_empty_composites.go:22:13
./fmt_empty_composites.go:22:13:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:22:12
./fmt_empty_composites.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:22:13:     from ... argument (spill) at ./fmt_empty_composites.go:22:12
./fmt_empty_composites.go:22:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:22:12
./fmt_empty_composites.go:22:13: z escapes to heap:
./fmt_empty_composites.go:22:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_empty_composites.go:22:13:     from z (spill) at ./fmt_empty_composites.go:22:13
./fmt_empty_composites.go:22:13:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:22:12
./fmt_empty_composites.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:22:13:     from ... argument (spill) at ./fmt_empty_composites.go:22:12
./fmt_empty_composites.go:22:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:22:12
./fmt_empty_composites.go:22:13: z escapes to heap:
./fmt_empty_composites.go:22:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_empty_composites.go:22:13:     from z (spill) at ./fmt_empty_composites.go:22:13
./fmt_empty_composites.go:22:13:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:22:12
./fmt_empty_composites.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:22:13:     from ... argument (spill) at ./fmt_empty_composites.go:22:12
./fmt_empty_composites.go:22:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:22:12
./fmt_empty_composites.go:20:47: [0]string{} escapes to heap:
./fmt_empty_composites.go:20:47:   flow: {storage for ... argument} = &{storage for [0]string{}}:
./fmt_empty_composites.go:20:47:     from [0]string{} (spill) at ./fmt_empty_composites.go:20:47
./fmt_empty_composites.go:20:47:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:20:12
./fmt_empty_composites.go:20:47:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:20:47:     from ... argument (spill) at ./fmt_empty_composites.go:20:12
./fmt_empty_composites.go:20:47:     from fmt.Printf("%#v %#v\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:20:12
./fmt_empty_composites.go:20:34: struct {}{} escapes to heap:
./fmt_empty_composites.go:20:34:   flow: {storage for ... argument} = &{storage for struct {}{}}:
./fmt_empty_composites.go:20:34:     from struct {}{} (spill) at ./fmt_empty_composites.go:20:34
./fmt_empty_composites.go:20:34:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:20:12
./fmt_empty_composites.go:20:34:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:20:34:     from ... argument (spill) at ./fmt_empty_composites.go:20:12
./fmt_empty_composites.go:20:34:     from fmt.Printf("%#v %#v\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:20:12
./fmt_empty_composites.go:19:40: E{} escapes to heap:
./fmt_empty_composites.go:19:40:   flow: {storage for ... argument} = &{storage for E{}}:
./fmt_empty_composites.go:19:40:     from E{} (spill) at ./fmt_empty_composites.go:19:40
./fmt_empty_composites.go:19:40:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:19:12
./fmt_empty_composites.go:19:40:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:19:40:     from ... argument (spill) at ./fmt_empty_composites.go:19:12
./fmt_empty_composites.go:19:40:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:19:12
./fmt_empty_composites.go:19:35: E{} escapes to heap:
./fmt_empty_composites.go:19:35:   flow: {storage for ... argument} = &{storage for E{}}:
./fmt_empty_composites.go:19:35:     from E{} (spill) at ./fmt_empty_composites.go:19:35
./fmt_empty_composites.go:19:35:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:19:12
./fmt_empty_composites.go:19:35:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:19:35:     from ... argument (spill) at ./fmt_empty_composites.go:19:12
./fmt_empty_composites.go:19:35:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:19:12
./fmt_empty_composites.go:19:30: E{} escapes to heap:
./fmt_empty_composites.go:19:30:   flow: {storage for ... argument} = &{storage for E{}}:
./fmt_empty_composites.go:19:30:     from E{} (spill) at ./fmt_empty_composites.go:19:30
./fmt_empty_composites.go:19:30:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:19:12
./fmt_empty_composites.go:19:30:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:19:30:     from ... argument (spill) at ./fmt_empty_composites.go:19:12
./fmt_empty_composites.go:19:30:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./fmt_empty_composites.go:19:12
./fmt_empty_composites.go:18:61: map[int]int{} escapes to heap:
./fmt_empty_composites.go:18:61:   flow: {storage for ... argument} = &{storage for map[int]int{}}:
./fmt_empty_composites.go:18:61:     from map[int]int{} (spill) at ./fmt_empty_composites.go:18:61
./fmt_empty_composites.go:18:61:     from map[int]int{} (interface-converted) at ./fmt_empty_composites.go:18:61
./fmt_empty_composites.go:18:61:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:61:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:18:61:     from ... argument (spill) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:61:     from fmt.Println(... argument...) (call parameter) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:46: []int{} escapes to heap:
./fmt_empty_composites.go:18:46:   flow: {storage for ... argument} = &{storage for []int{}}:
./fmt_empty_composites.go:18:46:     from []int{} (spill) at ./fmt_empty_composites.go:18:46
./fmt_empty_composites.go:18:46:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:46:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:18:46:     from ... argument (spill) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:46:     from fmt.Println(... argument...) (call parameter) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:37: [0]int{} escapes to heap:
./fmt_empty_composites.go:18:37:   flow: {storage for ... argument} = &{storage for [0]int{}}:
./fmt_empty_composites.go:18:37:     from [0]int{} (spill) at ./fmt_empty_composites.go:18:37
./fmt_empty_composites.go:18:37:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:37:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:18:37:     from ... argument (spill) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:37:     from fmt.Println(... argument...) (call parameter) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:27: E{} escapes to heap:
./fmt_empty_composites.go:18:27:   flow: {storage for ... argument} = &{storage for E{}}:
./fmt_empty_composites.go:18:27:     from E{} (spill) at ./fmt_empty_composites.go:18:27
./fmt_empty_composites.go:18:27:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:27:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:18:27:     from ... argument (spill) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:27:     from fmt.Println(... argument...) (call parameter) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:22: struct {}{} escapes to heap:
./fmt_empty_composites.go:18:22:   flow: {storage for ... argument} = &{storage for struct {}{}}:
./fmt_empty_composites.go:18:22:     from struct {}{} (spill) at ./fmt_empty_composites.go:18:22
./fmt_empty_composites.go:18:22:     from ... argument (slice-literal-element) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:22:   flow: {heap} = {storage for ... argument}:
./fmt_empty_composites.go:18:22:     from ... argument (spill) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:18:22:     from fmt.Println(... argument...) (call parameter) at ./fmt_empty_composites.go:18:13
./fmt_empty_composites.go:26:54: []byte{} escapes to heap:
./fmt_empty_composites.go:26:54:   flow: {storage for []byte{}} = &{storage for []byte{}}:
./fmt_empty_composites.go:26:54:     from []byte{} (spill) at ./fmt_empty_composites.go:26:54
./fmt_empty_composites.go:26:54:     from []byte{} (interface-converted) at ./fmt_empty_composites.go:26:54
./fmt_empty_composites.go:26:44: []int{} escapes to heap:
./fmt_empty_composites.go:26:44:   flow: {storage for []int{}} = &{storage for []int{}}:
./fmt_empty_composites.go:26:44:     from []int{} (spill) at ./fmt_empty_composites.go:26:44
./fmt_empty_composites.go:26:44:     from []int{} (interface-converted) at ./fmt_empty_composites.go:26:44
./fmt_empty_composites.go:26:35: []string{} escapes to heap:
./fmt_empty_composites.go:26:35:   flow: {storage for []string{}} = &{storage for []string{}}:
./fmt_empty_composites.go:26:35:     from []string{} (spill) at ./fmt_empty_composites.go:26:35
./fmt_empty_composites.go:26:35:     from []string{} (interface-converted) at ./fmt_empty_composites.go:26:35
./fmt_empty_composites.go:24:52: []map[int]int{...} escapes to heap:
./fmt_empty_composites.go:24:52:   flow: {storage for []map[int]int{...}} = &{storage for []map[int]int{...}}:
./fmt_empty_composites.go:24:52:     from []map[int]int{...} (spill) at ./fmt_empty_composites.go:24:52
./fmt_empty_composites.go:24:52:     from []map[int]int{...} (interface-converted) at ./fmt_empty_composites.go:24:52
./fmt_empty_composites.go:24:32: [][]int{...} escapes to heap:
./fmt_empty_composites.go:24:32:   flow: {storage for [][]int{...}} = &{storage for [][]int{...}}:
./fmt_empty_composites.go:24:32:     from [][]int{...} (spill) at ./fmt_empty_composites.go:24:32
./fmt_empty_composites.go:24:32:     from [][]int{...} (interface-converted) at ./fmt_empty_composites.go:24:32
./fmt_empty_composites.go:18:46: []int{} escapes to heap:
./fmt_empty_composites.go:18:46:   flow: {storage for []int{}} = &{storage for []int{}}:
./fmt_empty_composites.go:18:46:     from []int{} (spill) at ./fmt_empty_composites.go:18:46
./fmt_empty_composites.go:18:46:     from []int{} (interface-converted) at ./fmt_empty_composites.go:18:46
./fmt_empty_composites.go:18:13: ... argument does not escape
./fmt_empty_composites.go:18:22: struct {}{} escapes to heap
./fmt_empty_composites.go:18:27: E{} escapes to heap
./fmt_empty_composites.go:18:37: [0]int{} escapes to heap
./fmt_empty_composites.go:18:46: []int{} escapes to heap
./fmt_empty_composites.go:18:46: []int{} escapes to heap
./fmt_empty_composites.go:18:61: map[int]int{} escapes to heap
./fmt_empty_composites.go:19:12: ... argument does not escape
./fmt_empty_composites.go:19:30: E{} escapes to heap
./fmt_empty_composites.go:19:35: E{} escapes to heap
./fmt_empty_composites.go:19:40: E{} escapes to heap
./fmt_empty_composites.go:20:12: ... argument does not escape
./fmt_empty_composites.go:20:34: struct {}{} escapes to heap
./fmt_empty_composites.go:20:47: [0]string{} escapes to heap
./fmt_empty_composites.go:22:12: ... argument does not escape
./fmt_empty_composites.go:22:13: z escapes to heap
./fmt_empty_composites.go:22:13: z escapes to heap
./fmt_empty_composites.go:22:13: z escapes to heap
./fmt_empty_composites.go:23:13: ... argument does not escape
./fmt_empty_composites.go:23:13: z escapes to heap
./fmt_empty_composites.go:24:12: ... argument does not escape
./fmt_empty_composites.go:24:32: [][]int{...} escapes to heap
./fmt_empty_composites.go:24:32: [][]int{...} escapes to heap
./fmt_empty_composites.go:24:52: []map[int]int{...} escapes to heap
./fmt_empty_composites.go:24:52: []map[int]int{...} escapes to heap
./fmt_empty_composites.go:25:12: ... argument does not escape
./fmt_empty_composites.go:25:30: [1][]int{} escapes to heap
./fmt_empty_composites.go:26:12: ... argument does not escape
./fmt_empty_composites.go:26:35: []string{} escapes to heap
./fmt_empty_composites.go:26:35: []string{} escapes to heap
./fmt_empty_composites.go:26:44: []int{} escapes to heap
./fmt_empty_composites.go:26:44: []int{} escapes to heap
./fmt_empty_composites.go:26:54: []byte{} escapes to heap
./fmt_empty_composites.go:26:54: []byte{} escapes to heap

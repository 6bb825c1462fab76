./fmt_d_slice.go:30:26: []int{...} escapes to heap:
./fmt_d_slice.go:30:26:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_d_slice.go:30:26:     from []int{...} (spill) at ./fmt_d_slice.go:30:26
./fmt_d_slice.go:30:26:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:30:12
./fmt_d_slice.go:30:26:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:30:26:     from ... argument (spill) at ./fmt_d_slice.go:30:12
./fmt_d_slice.go:30:26:     from fmt.Printf("%s\n", ... argument...) (call parameter) at ./fmt_d_slice.go:30:12
./fmt_d_slice.go:29:27: []int8{...} escapes to heap:
./fmt_d_slice.go:29:27:   flow: {storage for ... argument} = &{storage for []int8{...}}:
./fmt_d_slice.go:29:27:     from []int8{...} (spill) at ./fmt_d_slice.go:29:27
./fmt_d_slice.go:29:27:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:29:12
./fmt_d_slice.go:29:27:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:29:27:     from ... argument (spill) at ./fmt_d_slice.go:29:12
./fmt_d_slice.go:29:27:     from fmt.Printf("%x\n", ... argument...) (call parameter) at ./fmt_d_slice.go:29:12
./fmt_d_slice.go:28:42: [0]int{} escapes to heap:
./fmt_d_slice.go:28:42:   flow: {storage for ... argument} = &{storage for [0]int{}}:
./fmt_d_slice.go:28:42:     from [0]int{} (spill) at ./fmt_d_slice.go:28:42
./fmt_d_slice.go:28:42:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:28:12
./fmt_d_slice.go:28:42:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:28:42:     from ... argument (spill) at ./fmt_d_slice.go:28:12
./fmt_d_slice.go:28:42:     from fmt.Printf("%d %d\n", ... argument...) (call parameter) at ./fmt_d_slice.go:28:12
./fmt_d_slice.go:28:29: ([]int)(nil) escapes to heap:
./fmt_d_slice.go:28:29:   flow: {storage for ... argument} = &{storage for ([]int)(nil)}:
./fmt_d_slice.go:28:29:     from ([]int)(nil) (spill) at ./fmt_d_slice.go:28:29
./fmt_d_slice.go:28:29:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:28:12
./fmt_d_slice.go:28:29:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:28:29:     from ... argument (spill) at ./fmt_d_slice.go:28:12
./fmt_d_slice.go:28:29:     from fmt.Printf("%d %d\n", ... argument...) (call parameter) at ./fmt_d_slice.go:28:12
./fmt_d_slice.go:27:26: []int{} escapes to heap:
./fmt_d_slice.go:27:26:   flow: {storage for ... argument} = &{storage for []int{}}:
./fmt_d_slice.go:27:26:     from []int{} (spill) at ./fmt_d_slice.go:27:26
./fmt_d_slice.go:27:26:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:27:12
./fmt_d_slice.go:27:26:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:27:26:     from ... argument (spill) at ./fmt_d_slice.go:27:12
./fmt_d_slice.go:27:26:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_d_slice.go:27:12
./fmt_d_slice.go:26:44: []bool{} escapes to heap:
./fmt_d_slice.go:26:44:   flow: {storage for ... argument} = &{storage for []bool{}}:
./fmt_d_slice.go:26:44:     from []bool{} (spill) at ./fmt_d_slice.go:26:44
./fmt_d_slice.go:26:44:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:26:12
./fmt_d_slice.go:26:44:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:26:44:     from ... argument (spill) at ./fmt_d_slice.go:26:12
./fmt_d_slice.go:26:44:     from fmt.Printf("%t %v\n", ... argument...) (call parameter) at ./fmt_d_slice.go:26:12
./fmt_d_slice.go:26:30: []bool{...} escapes to heap:
./fmt_d_slice.go:26:30:   flow: {storage for ... argument} = &{storage for []bool{...}}:
./fmt_d_slice.go:26:30:     from []bool{...} (spill) at ./fmt_d_slice.go:26:30
./fmt_d_slice.go:26:30:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:26:12
./fmt_d_slice.go:26:30:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:26:30:     from ... argument (spill) at ./fmt_d_slice.go:26:12
./fmt_d_slice.go:26:30:     from fmt.Printf("%t %v\n", ... argument...) (call parameter) at ./fmt_d_slice.go:26:12
./fmt_d_slice.go:25:34: []float64{...} escapes to heap:
./fmt_d_slice.go:25:34:   flow: {storage for ... argument} = &{storage for []float64{...}}:
./fmt_d_slice.go:25:34:     from []float64{...} (spill) at ./fmt_d_slice.go:25:34
./fmt_d_slice.go:25:34:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:25:12
./fmt_d_slice.go:25:34:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:25:34:     from ... argument (spill) at ./fmt_d_slice.go:25:12
./fmt_d_slice.go:25:34:     from fmt.Printf("%8.3f|\n", ... argument...) (call parameter) at ./fmt_d_slice.go:25:12
./fmt_d_slice.go:24:60: []float32{...} escapes to heap:
./fmt_d_slice.go:24:60:   flow: {storage for ... argument} = &{storage for []float32{...}}:
./fmt_d_slice.go:24:60:     from []float32{...} (spill) at ./fmt_d_slice.go:24:60
./fmt_d_slice.go:24:60:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:24:12
./fmt_d_slice.go:24:60:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:24:60:     from ... argument (spill) at ./fmt_d_slice.go:24:12
./fmt_d_slice.go:24:60:     from fmt.Printf("%g %G\n", ... argument...) (call parameter) at ./fmt_d_slice.go:24:12
./fmt_d_slice.go:24:33: []float64{...} escapes to heap:
./fmt_d_slice.go:24:33:   flow: {storage for ... argument} = &{storage for []float64{...}}:
./fmt_d_slice.go:24:33:     from []float64{...} (spill) at ./fmt_d_slice.go:24:33
./fmt_d_slice.go:24:33:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:24:12
./fmt_d_slice.go:24:33:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:24:33:     from ... argument (spill) at ./fmt_d_slice.go:24:12
./fmt_d_slice.go:24:33:     from fmt.Printf("%g %G\n", ... argument...) (call parameter) at ./fmt_d_slice.go:24:12
./fmt_d_slice.go:23:30: []float64{...} escapes to heap:
./fmt_d_slice.go:23:30:   flow: {storage for ... argument} = &{storage for []float64{...}}:
./fmt_d_slice.go:23:30:     from []float64{...} (spill) at ./fmt_d_slice.go:23:30
./fmt_d_slice.go:23:30:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:23:12
./fmt_d_slice.go:23:30:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:23:30:     from ... argument (spill) at ./fmt_d_slice.go:23:12
./fmt_d_slice.go:23:30:     from fmt.Printf("%e\n", ... argument...) (call parameter) at ./fmt_d_slice.go:23:12
./fmt_d_slice.go:22:36: map[string]int{...} escapes to heap:
./fmt_d_slice.go:22:36:   flow: {storage for ... argument} = &{storage for map[string]int{...}}:
./fmt_d_slice.go:22:36:     from map[string]int{...} (spill) at ./fmt_d_slice.go:22:36
./fmt_d_slice.go:22:36:     from map[string]int{...} (interface-converted) at ./fmt_d_slice.go:22:36
./fmt_d_slice.go:22:36:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:22:12
./fmt_d_slice.go:22:36:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:22:36:     from ... argument (spill) at ./fmt_d_slice.go:22:12
./fmt_d_slice.go:22:36:     from fmt.Printf("%3d\n", ... argument...) (call parameter) at ./fmt_d_slice.go:22:12
./fmt_d_slice.go:21:28: [][]int{...} escapes to heap:
./fmt_d_slice.go:21:28:   flow: {storage for ... argument} = &{storage for [][]int{...}}:
./fmt_d_slice.go:21:28:     from [][]int{...} (spill) at ./fmt_d_slice.go:21:28
./fmt_d_slice.go:21:28:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:21:12
./fmt_d_slice.go:21:28:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:21:28:     from ... argument (spill) at ./fmt_d_slice.go:21:12
./fmt_d_slice.go:21:28:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_d_slice.go:21:12
./fmt_d_slice.go:20:29: []uint64{...} escapes to heap:
./fmt_d_slice.go:20:29:   flow: {storage for ... argument} = &{storage for []uint64{...}}:
./fmt_d_slice.go:20:29:     from []uint64{...} (spill) at ./fmt_d_slice.go:20:29
./fmt_d_slice.go:20:29:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:20:12
./fmt_d_slice.go:20:29:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:20:29:     from ... argument (spill) at ./fmt_d_slice.go:20:12
./fmt_d_slice.go:20:29:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_d_slice.go:20:12
./fmt_d_slice.go:19:29: [3]uint8{...} escapes to heap:
./fmt_d_slice.go:19:29:   flow: {storage for ... argument} = &{storage for [3]uint8{...}}:
./fmt_d_slice.go:19:29:     from [3]uint8{...} (spill) at ./fmt_d_slice.go:19:29
./fmt_d_slice.go:19:29:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:19:12
./fmt_d_slice.go:19:29:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:19:29:     from ... argument (spill) at ./fmt_d_slice.go:19:12
./fmt_d_slice.go:19:29:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_d_slice.go:19:12
./fmt_d_slice.go:18:27: []rune{...} escapes to heap:
./fmt_d_slice.go:18:27:   flow: {storage for ... argument} = &{storage for []rune{...}}:
./fmt_d_slice.go:18:27:     from []rune{...} (spill) at ./fmt_d_slice.go:18:27
./fmt_d_slice.go:18:27:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:18:12
./fmt_d_slice.go:18:27:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:18:27:     from ... argument (spill) at ./fmt_d_slice.go:18:12
./fmt_d_slice.go:18:27:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./fmt_d_slice.go:18:12
./fmt_d_slice.go:17:27: []rune{...} escapes to heap:
./fmt_d_slice.go:17:27:   flow: {storage for ... argument} = &{storage for []rune{...}}:
./fmt_d_slice.go:17:27:     from []rune{...} (spill) at ./fmt_d_slice.go:17:27
./fmt_d_slice.go:17:27:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:17:12
./fmt_d_slice.go:17:27:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:17:27:     from ... argument (spill) at ./fmt_d_slice.go:17:12
./fmt_d_slice.go:17:27:     from fmt.Printf("%U\n", ... argument...) (call parameter) at ./fmt_d_slice.go:17:12
./fmt_d_slice.go:16:27: []rune{...} escapes to heap:
./fmt_d_slice.go:16:27:   flow: {storage for ... argument} = &{storage for []rune{...}}:
./fmt_d_slice.go:16:27:     from []rune{...} (spill) at ./fmt_d_slice.go:16:27
./fmt_d_slice.go:16:27:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:16:12
./fmt_d_slice.go:16:27:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:16:27:     from ... argument (spill) at ./fmt_d_slice.go:16:12
./fmt_d_slice.go:16:27:     from fmt.Printf("%c\n", ... argument...) (call parameter) at ./fmt_d_slice.go:16:12
./fmt_d_slice.go:15:27: []int{...} escapes to heap:
./fmt_d_slice.go:15:27:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_d_slice.go:15:27:     from []int{...} (spill) at ./fmt_d_slice.go:15:27
./fmt_d_slice.go:15:27:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:15:12
./fmt_d_slice.go:15:27:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:15:27:     from ... argument (spill) at ./fmt_d_slice.go:15:12
./fmt_d_slice.go:15:27:     from fmt.Printf("%#x\n", ... argument...) (call parameter) at ./fmt_d_slice.go:15:12
./fmt_d_slice.go:14:44: []int{...} escapes to heap:
./fmt_d_slice.go:14:44:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_d_slice.go:14:44:     from []int{...} (spill) at ./fmt_d_slice.go:14:44
./fmt_d_slice.go:14:44:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:14:12
./fmt_d_slice.go:14:44:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:14:44:     from ... argument (spill) at ./fmt_d_slice.go:14:12
./fmt_d_slice.go:14:44:     from fmt.Printf("%x %X %o %b\n", ... argument...) (call parameter) at ./fmt_d_slice.go:14:12
./fmt_d_slice.go:14:13: s escapes to heap:
./fmt_d_slice.go:14:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_d_slice.go:14:13:     from s (spill) at ./fmt_d_slice.go:14:13
./fmt_d_slice.go:14:13:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:14:12
./fmt_d_slice.go:14:13:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:14:13:     from ... argument (spill) at ./fmt_d_slice.go:14:12
./fmt_d_slice.go:14:13:     from fmt.Printf("%x %X %o %b\n", ... argument...) (call parameter) at ./fmt_d_slice.go:14:12
./fmt_d_slice.go:14:13: s escapes to heap:
./fmt_d_slice.go:14:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_d_slice.go:14:13:     from s (spill) at ./fmt_d_slice.go:14:13
./fmt_d_slice.go:14:13:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:14:12
./fmt_d_slice.go:14:13:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:14:13:     from ... argument (spill) at ./fmt_d_slice.go:14:12
./fmt_d_slice.go:14:13:     from fmt.Printf("%x %X %o %b\n", ... argument...) (call parameter) at ./fmt_d_slice.go:14:12
./fmt_d_slice.go:14:13: s escapes to heap:
./fmt_d_slice.go:14:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_d_slice.go:14:13:     from s (spill) at ./fmt_d_slice.go:14:13
./fmt_d_slice.go:14:13:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:14:12
./fmt_d_slice.go:14:13:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:14:13:     from ... argument (spill) at ./fmt_d_slice.go:14:12
./fmt_d_slice.go:14:13:     from fmt.Printf("%x %X %o %b\n", ... argument...) (call parameter) at ./fmt_d_slice.go:14:12
./fmt_d_slice.go:13:13: s escapes to heap:
./fmt_d_slice.go:13:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_d_slice.go:13:13:     from s (spill) at ./fmt_d_slice.go:13:13
./fmt_d_slice.go:13:13:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:13:12
./fmt_d_slice.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:13:13:     from ... argument (spill) at ./fmt_d_slice.go:13:12
./fmt_d_slice.go:13:13:     from fmt.Printf("%+d\n", ... argument...) (call parameter) at ./fmt_d_slice.go:13:12
./fmt_d_slice.go:12:13: s escapes to heap:
./fmt_d_slice.go:12:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_d_slice.go:12:13:     from s (spill) at ./fmt_d_slice.go:12:13
./fmt_d_slice.go:12:13:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:12:12
./fmt_d_slice.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:12:13:     from ... argument (spill) at ./fmt_d_slice.go:12:12
./fmt_d_slice.go:12:13:     from fmt.Printf("%05d\n", ... argument...) (call parameter) at ./fmt_d_slice.go:12:12
./fmt_d_slice.go:11:13: s escapes to heap:
./fmt_d_slice.go:11:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_d_slice.go:11:13:     from s (spill) at ./fmt_d_slice.go:11:13
./fmt_d_slice.go:11:13:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:11:12
./fmt_d_slice.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:11:13:     from ... argument (spill) at ./fmt_d_slice.go:11:12
./fmt_d_slice.go:11:13:     from fmt.Printf("%-5d|\n", ... argument...) (call parameter) at ./fmt_d_slice.go:11:12
./fmt_d_slice.go:10:13: s escapes to heap:
./fmt_d_slice.go:10:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_d_slice.go:10:13:     from s (spill) at ./fmt_d_slice.go:10:13
./fmt_d_slice.go:10:13:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:10:12
./fmt_d_slice.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:10:13:     from ... argument (spill) at ./fmt_d_slice.go:10:12
./fmt_d_slice.go:10:13:     from fmt.Printf("%5d|\n", ... argument...) (call parameter) at ./fmt_d_slice.go:10:12
./fmt_d_slice.go:9:13: s escapes to heap:
./fmt_d_slice.go:9:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_d_slice.go:9:13:     from s (spill) at ./fmt_d_slice.go:9:13
./fmt_d_slice.go:9:13:     from ... argument (slice-literal-element) at ./fmt_d_slice.go:9:12
./fmt_d_slice.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_d_slice.go:9:13:     from ... argument (spill) at ./fmt_d_slice.go:9:12
./fmt_d_slice.go:9:13:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_d_slice.go:9:12
./fmt_d_slice.go:30:26: []int{...} escapes to heap:
./fmt_d_slice.go:30:26:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_d_slice.go:30:26:     from []int{...} (spill) at ./fmt_d_slice.go:30:26
./fmt_d_slice.go:30:26:     from []int{...} (interface-converted) at ./fmt_d_slice.go:30:26
./fmt_d_slice.go:29:27: []int8{...} escapes to heap:
./fmt_d_slice.go:29:27:   flow: {storage for []int8{...}} = &{storage for []int8{...}}:
./fmt_d_slice.go:29:27:     from []int8{...} (spill) at ./fmt_d_slice.go:29:27
./fmt_d_slice.go:29:27:     from []int8{...} (interface-converted) at ./fmt_d_slice.go:29:27
./fmt_d_slice.go:27:26: []int{} escapes to heap:
./fmt_d_slice.go:27:26:   flow: {storage for []int{}} = &{storage for []int{}}:
./fmt_d_slice.go:27:26:     from []int{} (spill) at ./fmt_d_slice.go:27:26
./fmt_d_slice.go:27:26:     from []int{} (interface-converted) at ./fmt_d_slice.go:27:26
./fmt_d_slice.go:26:44: []bool{} escapes to heap:
./fmt_d_slice.go:26:44:   flow: {storage for []bool{}} = &{storage for []bool{}}:
./fmt_d_slice.go:26:44:     from []bool{} (spill) at ./fmt_d_slice.go:26:44
./fmt_d_slice.go:26:44:     from []bool{} (interface-converted) at ./fmt_d_slice.go:26:44
./fmt_d_slice.go:26:30: []bool{...} escapes to heap:
./fmt_d_slice.go:26:30:   flow: {storage for []bool{...}} = &{storage for []bool{...}}:
./fmt_d_slice.go:26:30:     from []bool{...} (spill) at ./fmt_d_slice.go:26:30
./fmt_d_slice.go:26:30:     from []bool{...} (interface-converted) at ./fmt_d_slice.go:26:30
./fmt_d_slice.go:25:34: []float64{...} escapes to heap:
./fmt_d_slice.go:25:34:   flow: {storage for []float64{...}} = &{storage for []float64{...}}:
./fmt_d_slice.go:25:34:     from []float64{...} (spill) at ./fmt_d_slice.go:25:34
./fmt_d_slice.go:25:34:     from []float64{...} (interface-converted) at ./fmt_d_slice.go:25:34
./fmt_d_slice.go:24:60: []float32{...} escapes to heap:
./fmt_d_slice.go:24:60:   flow: {storage for []float32{...}} = &{storage for []float32{...}}:
./fmt_d_slice.go:24:60:     from []float32{...} (spill) at ./fmt_d_slice.go:24:60
./fmt_d_slice.go:24:60:     from []float32{...} (interface-converted) at ./fmt_d_slice.go:24:60
./fmt_d_slice.go:24:33: []float64{...} escapes to heap:
./fmt_d_slice.go:24:33:   flow: {storage for []float64{...}} = &{storage for []float64{...}}:
./fmt_d_slice.go:24:33:     from []float64{...} (spill) at ./fmt_d_slice.go:24:33
./fmt_d_slice.go:24:33:     from []float64{...} (interface-converted) at ./fmt_d_slice.go:24:33
./fmt_d_slice.go:23:30: []float64{...} escapes to heap:
./fmt_d_slice.go:23:30:   flow: {storage for []float64{...}} = &{storage for []float64{...}}:
./fmt_d_slice.go:23:30:     from []float64{...} (spill) at ./fmt_d_slice.go:23:30
./fmt_d_slice.go:23:30:     from []float64{...} (interface-converted) at ./fmt_d_slice.go:23:30
./fmt_d_slice.go:21:28: [][]int{...} escapes to heap:
./fmt_d_slice.go:21:28:   flow: {storage for [][]int{...}} = &{storage for [][]int{...}}:
./fmt_d_slice.go:21:28:     from [][]int{...} (spill) at ./fmt_d_slice.go:21:28
./fmt_d_slice.go:21:28:     from [][]int{...} (interface-converted) at ./fmt_d_slice.go:21:28
./fmt_d_slice.go:21:37: []int{...} escapes to heap:
./fmt_d_slice.go:21:37:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./fmt_d_slice.go:21:37:     from []int{...} (spill) at ./fmt_d_slice.go:21:37
./fmt_d_slice.go:21:37:     from [][]int{...} (slice-literal-element) at ./fmt_d_slice.go:21:28
./fmt_d_slice.go:21:29: []int{...} escapes to heap:
./fmt_d_slice.go:21:29:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./fmt_d_slice.go:21:29:     from []int{...} (spill) at ./fmt_d_slice.go:21:29
./fmt_d_slice.go:21:29:     from [][]int{...} (slice-literal-element) at ./fmt_d_slice.go:21:28
./fmt_d_slice.go:20:29: []uint64{...} escapes to heap:
./fmt_d_slice.go:20:29:   flow: {storage for []uint64{...}} = &{storage for []uint64{...}}:
./fmt_d_slice.go:20:29:     from []uint64{...} (spill) at ./fmt_d_slice.go:20:29
./fmt_d_slice.go:20:29:     from []uint64{...} (interface-converted) at ./fmt_d_slice.go:20:29
./fmt_d_slice.go:18:27: []rune{...} escapes to heap:
./fmt_d_slice.go:18:27:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
./fmt_d_slice.go:18:27:     from []rune{...} (spill) at ./fmt_d_slice.go:18:27
./fmt_d_slice.go:18:27:     from []rune{...} (interface-converted) at ./fmt_d_slice.go:18:27
./fmt_d_slice.go:17:27: []rune{...} escapes to heap:
./fmt_d_slice.go:17:27:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
./fmt_d_slice.go:17:27:     from []rune{...} (spill) at ./fmt_d_slice.go:17:27
./fmt_d_slice.go:17:27:     from []rune{...} (interface-converted) at ./fmt_d_slice.go:17:27
./fmt_d_slice.go:16:27: []rune{...} escapes to heap:
./fmt_d_slice.go:16:27:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
./fmt_d_slice.go:16:27:     from []rune{...} (spill) at ./fmt_d_slice.go:16:27
./fmt_d_slice.go:16:27:     from []rune{...} (interface-converted) at ./fmt_d_slice.go:16:27
./fmt_d_slice.go:15:27: []int{...} escapes to heap:
./fmt_d_slice.go:15:27:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_d_slice.go:15:27:     from []int{...} (spill) at ./fmt_d_slice.go:15:27
./fmt_d_slice.go:15:27:     from []int{...} (interface-converted) at ./fmt_d_slice.go:15:27
./fmt_d_slice.go:14:44: []int{...} escapes to heap:
./fmt_d_slice.go:14:44:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_d_slice.go:14:44:     from []int{...} (spill) at ./fmt_d_slice.go:14:44
./fmt_d_slice.go:14:44:     from []int{...} (interface-converted) at ./fmt_d_slice.go:14:44
./fmt_d_slice.go:8:12: []int{...} escapes to heap:
./fmt_d_slice.go:8:12:   flow: s = &{storage for []int{...}}:
./fmt_d_slice.go:8:12:     from []int{...} (spill) at ./fmt_d_slice.go:8:12
./fmt_d_slice.go:8:12:     from s := []int{...} (assign) at ./fmt_d_slice.go:8:4
./fmt_d_slice.go:8:12:   flow: {storage for s} = s:
./fmt_d_slice.go:8:12:     from s (interface-converted) at ./fmt_d_slice.go:14:13
./fmt_d_slice.go:8:12: []int{...} escapes to heap
./fmt_d_slice.go:9:12: ... argument does not escape
./fmt_d_slice.go:9:13: s escapes to heap
./fmt_d_slice.go:10:12: ... argument does not escape
./fmt_d_slice.go:10:13: s escapes to heap
./fmt_d_slice.go:11:12: ... argument does not escape
./fmt_d_slice.go:11:13: s escapes to heap
./fmt_d_slice.go:12:12: ... argument does not escape
./fmt_d_slice.go:12:13: s escapes to heap
./fmt_d_slice.go:13:12: ... argument does not escape
./fmt_d_slice.go:13:13: s escapes to heap
./fmt_d_slice.go:14:12: ... argument does not escape
./fmt_d_slice.go:14:13: s escapes to heap
./fmt_d_slice.go:14:13: s escapes to heap
./fmt_d_slice.go:14:13: s escapes to heap
./fmt_d_slice.go:14:44: []int{...} escapes to heap
./fmt_d_slice.go:14:44: []int{...} escapes to heap
./fmt_d_slice.go:15:12: ... argument does not escape
./fmt_d_slice.go:15:27: []int{...} escapes to heap
./fmt_d_slice.go:15:27: []int{...} escapes to heap
./fmt_d_slice.go:16:12: ... argument does not escape
./fmt_d_slice.go:16:27: []rune{...} escapes to heap
./fmt_d_slice.go:16:27: []rune{...} escapes to heap
./fmt_d_slice.go:17:12: ... argument does not escape
./fmt_d_slice.go:17:27: []rune{...} escapes to heap
./fmt_d_slice.go:17:27: []rune{...} escapes to heap
./fmt_d_slice.go:18:12: ... argument does not escape
./fmt_d_slice.go:18:27: []rune{...} escapes to heap
./fmt_d_slice.go:18:27: []rune{...} escapes to heap
./fmt_d_slice.go:19:12: ... argument does not escape
./fmt_d_slice.go:19:29: [3]uint8{...} escapes to heap
./fmt_d_slice.go:20:12: ... argument does not escape
./fmt_d_slice.go:20:29: []uint64{...} escapes to heap
./fmt_d_slice.go:20:29: []uint64{...} escapes to heap
./fmt_d_slice.go:21:12: ... argument does not escape
./fmt_d_slice.go:21:28: [][]int{...} escapes to heap
./fmt_d_slice.go:21:28: [][]int{...} escapes to heap
./fmt_d_slice.go:21:29: []int{...} escapes to heap
./fmt_d_slice.go:21:37: []int{...} escapes to heap
./fmt_d_slice.go:22:12: ... argument does not escape
./fmt_d_slice.go:22:36: map[string]int{...} escapes to heap
./fmt_d_slice.go:23:12: ... argument does not escape
./fmt_d_slice.go:23:30: []float64{...} escapes to heap
./fmt_d_slice.go:23:30: []float64{...} escapes to heap
./fmt_d_slice.go:24:12: ... argument does not escape
./fmt_d_slice.go:24:33: []float64{...} escapes to heap
./fmt_d_slice.go:24:33: []float64{...} escapes to heap
./fmt_d_slice.go:24:60: []float32{...} escapes to heap
./fmt_d_slice.go:24:60: []float32{...} escapes to heap
./fmt_d_slice.go:25:12: ... argument does not escape
./fmt_d_slice.go:25:34: []float64{...} escapes to heap
./fmt_d_slice.go:25:34: []float64{...} escapes to heap
./fmt_d_slice.go:26:12: ... argument does not escape
./fmt_d_slice.go:26:30: []bool{...} escapes to heap
./fmt_d_slice.go:26:30: []bool{...} escapes to heap
./fmt_d_slice.go:26:44: []bool{} escapes to heap
./fmt_d_slice.go:26:44: []bool{} escapes to heap
./fmt_d_slice.go:27:12: ... argument does not escape
./fmt_d_slice.go:27:26: []int{} escapes to heap
./fmt_d_slice.go:27:26: []int{} escapes to heap
./fmt_d_slice.go:28:12: ... argument does not escape
./fmt_d_slice.go:28:29: ([]int)(nil) escapes to heap
./fmt_d_slice.go:28:42: [0]int{} escapes to heap
./fmt_d_slice.go:29:12: ... argument does not escape
./fmt_d_slice.go:29:27: []int8{...} escapes to heap
./fmt_d_slice.go:29:27: []int8{...} escapes to heap
./fmt_d_slice.go:30:12: ... argument does not escape
./fmt_d_slice.go:30:26: []int{...} escapes to heap
./fmt_d_slice.go:30:26: []int{...} escapes to heap

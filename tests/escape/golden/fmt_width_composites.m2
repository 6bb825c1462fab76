./fmt_width_composites.go:27:36: []string{...} escapes to heap:
./fmt_width_composites.go:27:36:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_width_composites.go:27:36:     from []string{...} (spill) at ./fmt_width_composites.go:27:36
./fmt_width_composites.go:27:36:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:27:12
./fmt_width_composites.go:27:36:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:27:36:     from ... argument (spill) at ./fmt_width_composites.go:27:12
./fmt_width_composites.go:27:36:     from fmt.Printf("[%-*v]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:27:12
./fmt_width_composites.go:27:25: 3 escapes to heap:
./fmt_width_composites.go:27:25:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_width_composites.go:27:25:     from 3 (spill) at ./fmt_width_composites.go:27:25
./fmt_width_composites.go:27:25:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:27:12
./fmt_width_composites.go:27:25:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:27:25:     from ... argument (spill) at ./fmt_width_composites.go:27:12
./fmt_width_composites.go:27:25:     from fmt.Printf("[%-*v]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:27:12
./fmt_width_composites.go:26:32: []int{...} escapes to heap:
./fmt_width_composites.go:26:32:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_width_composites.go:26:32:     from []int{...} (spill) at ./fmt_width_composites.go:26:32
./fmt_width_composites.go:26:32:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:26:12
./fmt_width_composites.go:26:32:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:26:32:     from ... argument (spill) at ./fmt_width_composites.go:26:12
./fmt_width_composites.go:26:32:     from fmt.Printf("[%*d]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:26:12
./fmt_width_composites.go:26:24: 4 escapes to heap:
./fmt_width_composites.go:26:24:   flow: {storage for ... argument} = &{storage for 4}:
./fmt_width_composites.go:26:24:     from 4 (spill) at ./fmt_width_composites.go:26:24
./fmt_width_composites.go:26:24:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:26:12
./fmt_width_composites.go:26:24:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:26:24:     from ... argument (spill) at ./fmt_width_composites.go:26:12
./fmt_width_composites.go:26:24:     from fmt.Printf("[%*d]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:26:12
./fmt_width_composites.go:25:36: [2]float64{...} escapes to heap:
./fmt_width_composites.go:25:36:   flow: {storage for ... argument} = &{storage for [2]float64{...}}:
./fmt_width_composites.go:25:36:     from [2]float64{...} (spill) at ./fmt_width_composites.go:25:36
./fmt_width_composites.go:25:36:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:25:12
./fmt_width_composites.go:25:36:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:25:36:     from ... argument (spill) at ./fmt_width_composites.go:25:12
./fmt_width_composites.go:25:36:     from fmt.Printf("[%6.2f]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:25:12
./fmt_width_composites.go:24:47: struct { X float64; Y float64 }{...} escapes to heap:
./fmt_width_composites.go:24:47:   flow: {storage for ... argument} = &{storage for struct { X float64; Y float64 }{...}}:
./fmt_width_composites.go:24:47:     from struct { X float64; Y float64 }{...} (spill) at ./fmt_width_composites.go:24:47
./fmt_width_composites.go:24:47:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:24:12
./fmt_width_composites.go:24:47:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:24:47:     from ... argument (spill) at ./fmt_width_composites.go:24:12
./fmt_width_composites.go:24:47:     from fmt.Printf("[%.1f]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:24:12
./fmt_width_composites.go:23:24: P{...} escapes to heap:
./fmt_width_composites.go:23:24:   flow: {storage for ... argument} = &{storage for P{...}}:
./fmt_width_composites.go:23:24:     from P{...} (spill) at ./fmt_width_composites.go:23:24
./fmt_width_composites.go:23:24:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:23:12
./fmt_width_composites.go:23:24:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:23:24:     from ... argument (spill) at ./fmt_width_composites.go:23:12
./fmt_width_composites.go:23:24:     from fmt.Printf("[%x]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:23:12
./fmt_width_composites.go:22:31: [][]int{...} escapes to heap:
./fmt_width_composites.go:22:31:   flow: {storage for ... argument} = &{storage for [][]int{...}}:
./fmt_width_composites.go:22:31:     from [][]int{...} (spill) at ./fmt_width_composites.go:22:31
./fmt_width_composites.go:22:31:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:22:12
./fmt_width_composites.go:22:31:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:22:31:     from ... argument (spill) at ./fmt_width_composites.go:22:12
./fmt_width_composites.go:22:31:     from fmt.Printf("[%2v]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:22:12
./fmt_width_composites.go:21:31: [2]bool{...} escapes to heap:
./fmt_width_composites.go:21:31:   flow: {storage for ... argument} = &{storage for [2]bool{...}}:
./fmt_width_composites.go:21:31:     from [2]bool{...} (spill) at ./fmt_width_composites.go:21:31
./fmt_width_composites.go:21:31:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:21:12
./fmt_width_composites.go:21:31:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:21:31:     from ... argument (spill) at ./fmt_width_composites.go:21:12
./fmt_width_composites.go:21:31:     from fmt.Printf("[%5v]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:21:12
./fmt_width_composites.go:20:38: map[string]int{...} escapes to heap:
./fmt_width_composites.go:20:38:   flow: {storage for ... argument} = &{storage for map[string]int{...}}:
./fmt_width_composites.go:20:38:     from map[string]int{...} (spill) at ./fmt_width_composites.go:20:38
./fmt_width_composites.go:20:38:     from map[string]int{...} (interface-converted) at ./fmt_width_composites.go:20:38
./fmt_width_composites.go:20:38:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:20:12
./fmt_width_composites.go:20:38:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:20:38:     from ... argument (spill) at ./fmt_width_composites.go:20:12
./fmt_width_composites.go:20:38:     from fmt.Printf("[%3v]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:20:12
./fmt_width_composites.go:19:35: []float64{...} escapes to heap:
./fmt_width_composites.go:19:35:   flow: {storage for ... argument} = &{storage for []float64{...}}:
./fmt_width_composites.go:19:35:     from []float64{...} (spill) at ./fmt_width_composites.go:19:35
./fmt_width_composites.go:19:35:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:19:12
./fmt_width_composites.go:19:35:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:19:35:     from ... argument (spill) at ./fmt_width_composites.go:19:12
./fmt_width_composites.go:19:35:     from fmt.Printf("[%8.2v]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:19:12
./fmt_width_composites.go:18:26: P{...} escapes to heap:
./fmt_width_composites.go:18:26:   flow: {storage for ... argument} = &{storage for P{...}}:
./fmt_width_composites.go:18:26:     from P{...} (spill) at ./fmt_width_composites.go:18:26
./fmt_width_composites.go:18:26:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:18:12
./fmt_width_composites.go:18:26:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:18:26:     from ... argument (spill) at ./fmt_width_composites.go:18:12
./fmt_width_composites.go:18:26:     from fmt.Printf("[%+4v]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:18:12
./fmt_width_composites.go:17:26: P{...} escapes to heap:
./fmt_width_composites.go:17:26:   flow: {storage for ... argument} = &{storage for P{...}}:
./fmt_width_composites.go:17:26:     from P{...} (spill) at ./fmt_width_composites.go:17:26
./fmt_width_composites.go:17:26:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:17:12
./fmt_width_composites.go:17:26:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:17:26:     from ... argument (spill) at ./fmt_width_composites.go:17:12
./fmt_width_composites.go:17:26:     from fmt.Printf("[%-4v]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:17:12
./fmt_width_composites.go:16:25: P{...} escapes to heap:
./fmt_width_composites.go:16:25:   flow: {storage for ... argument} = &{storage for P{...}}:
./fmt_width_composites.go:16:25:     from P{...} (spill) at ./fmt_width_composites.go:16:25
./fmt_width_composites.go:16:25:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:16:12
./fmt_width_composites.go:16:25:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:16:25:     from ... argument (spill) at ./fmt_width_composites.go:16:12
./fmt_width_composites.go:16:25:     from fmt.Printf("[%4v]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:16:12
./fmt_width_composites.go:15:30: []int{...} escapes to heap:
./fmt_width_composites.go:15:30:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_width_composites.go:15:30:     from []int{...} (spill) at ./fmt_width_composites.go:15:30
./fmt_width_composites.go:15:30:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:15:12
./fmt_width_composites.go:15:30:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:15:30:     from ... argument (spill) at ./fmt_width_composites.go:15:12
./fmt_width_composites.go:15:30:     from fmt.Printf("[%06v]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:15:12
./fmt_width_composites.go:14:30: []int{...} escapes to heap:
./fmt_width_composites.go:14:30:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_width_composites.go:14:30:     from []int{...} (spill) at ./fmt_width_composites.go:14:30
./fmt_width_composites.go:14:30:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:14:12
./fmt_width_composites.go:14:30:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:14:30:     from ... argument (spill) at ./fmt_width_composites.go:14:12
./fmt_width_composites.go:14:30:     from fmt.Printf("[%-6v]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:14:12
./fmt_width_composites.go:13:29: []int{...} escapes to heap:
./fmt_width_composites.go:13:29:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_width_composites.go:13:29:     from []int{...} (spill) at ./fmt_width_composites.go:13:29
./fmt_width_composites.go:13:29:     from ... argument (slice-literal-element) at ./fmt_width_composites.go:13:12
./fmt_width_composites.go:13:29:   flow: {heap} = {storage for ... argument}:
./fmt_width_composites.go:13:29:     from ... argument (spill) at ./fmt_width_composites.go:13:12
./fmt_width_composites.go:13:29:     from fmt.Printf("[%6v]\n", ... argument...) (call parameter) at ./fmt_width_composites.go:13:12
./fmt_width_composites.go:27:36: []string{...} escapes to heap:
./fmt_width_composites.go:27:36:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_width_composites.go:27:36:     from []string{...} (spill) at ./fmt_width_composites.go:27:36
./fmt_width_composites.go:27:36:     from []string{...} (interface-converted) at ./fmt_width_composites.go:27:36
./fmt_width_composites.go:26:32: []int{...} escapes to heap:
./fmt_width_composites.go:26:32:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_width_composites.go:26:32:     from []int{...} (spill) at ./fmt_width_composites.go:26:32
./fmt_width_composites.go:26:32:     from []int{...} (interface-converted) at ./fmt_width_composites.go:26:32
./fmt_width_composites.go:22:31: [][]int{...} escapes to heap:
./fmt_width_composites.go:22:31:   flow: {storage for [][]int{...}} = &{storage for [][]int{...}}:
./fmt_width_composites.go:22:31:     from [][]int{...} (spill) at ./fmt_width_composites.go:22:31
./fmt_width_composites.go:22:31:     from [][]int{...} (interface-converted) at ./fmt_width_composites.go:22:31
./fmt_width_composites.go:22:37: []int{...} escapes to heap:
./fmt_width_composites.go:22:37:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./fmt_width_composites.go:22:37:     from []int{...} (spill) at ./fmt_width_composites.go:22:37
./fmt_width_composites.go:22:37:     from [][]int{...} (slice-literal-element) at ./fmt_width_composites.go:22:31
./fmt_width_composites.go:22:32: []int{...} escapes to heap:
./fmt_width_composites.go:22:32:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./fmt_width_composites.go:22:32:     from []int{...} (spill) at ./fmt_width_composites.go:22:32
./fmt_width_composites.go:22:32:     from [][]int{...} (slice-literal-element) at ./fmt_width_composites.go:22:31
./fmt_width_composites.go:19:35: []float64{...} escapes to heap:
./fmt_width_composites.go:19:35:   flow: {storage for []float64{...}} = &{storage for []float64{...}}:
./fmt_width_composites.go:19:35:     from []float64{...} (spill) at ./fmt_width_composites.go:19:35
./fmt_width_composites.go:19:35:     from []float64{...} (interface-converted) at ./fmt_width_composites.go:19:35
./fmt_width_composites.go:15:30: []int{...} escapes to heap:
./fmt_width_composites.go:15:30:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_width_composites.go:15:30:     from []int{...} (spill) at ./fmt_width_composites.go:15:30
./fmt_width_composites.go:15:30:     from []int{...} (interface-converted) at ./fmt_width_composites.go:15:30
./fmt_width_composites.go:14:30: []int{...} escapes to heap:
./fmt_width_composites.go:14:30:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_width_composites.go:14:30:     from []int{...} (spill) at ./fmt_width_composites.go:14:30
./fmt_width_composites.go:14:30:     from []int{...} (interface-converted) at ./fmt_width_composites.go:14:30
./fmt_width_composites.go:13:29: []int{...} escapes to heap:
./fmt_width_composites.go:13:29:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_width_composites.go:13:29:     from []int{...} (spill) at ./fmt_width_composites.go:13:29
./fmt_width_composites.go:13:29:     from []int{...} (interface-converted) at ./fmt_width_composites.go:13:29
./fmt_width_composites.go:13:12: ... argument does not escape
./fmt_width_composites.go:13:29: []int{...} escapes to heap
./fmt_width_composites.go:13:29: []int{...} escapes to heap
./fmt_width_composites.go:14:12: ... argument does not escape
./fmt_width_composites.go:14:30: []int{...} escapes to heap
./fmt_width_composites.go:14:30: []int{...} escapes to heap
./fmt_width_composites.go:15:12: ... argument does not escape
./fmt_width_composites.go:15:30: []int{...} escapes to heap
./fmt_width_composites.go:15:30: []int{...} escapes to heap
./fmt_width_composites.go:16:12: ... argument does not escape
./fmt_width_composites.go:16:25: P{...} escapes to heap
./fmt_width_composites.go:17:12: ... argument does not escape
./fmt_width_composites.go:17:26: P{...} escapes to heap
./fmt_width_composites.go:18:12: ... argument does not escape
./fmt_width_composites.go:18:26: P{...} escapes to heap
./fmt_width_composites.go:19:12: ... argument does not escape
./fmt_width_composites.go:19:35: []float64{...} escapes to heap
./fmt_width_composites.go:19:35: []float64{...} escapes to heap
./fmt_width_composites.go:20:12: ... argument does not escape
./fmt_width_composites.go:20:38: map[string]int{...} escapes to heap
./fmt_width_composites.go:21:12: ... argument does not escape
./fmt_width_composites.go:21:31: [2]bool{...} escapes to heap
./fmt_width_composites.go:22:12: ... argument does not escape
./fmt_width_composites.go:22:31: [][]int{...} escapes to heap
./fmt_width_composites.go:22:31: [][]int{...} escapes to heap
./fmt_width_composites.go:22:32: []int{...} escapes to heap
./fmt_width_composites.go:22:37: []int{...} escapes to heap
./fmt_width_composites.go:23:12: ... argument does not escape
./fmt_width_composites.go:23:24: P{...} escapes to heap
./fmt_width_composites.go:24:12: ... argument does not escape
./fmt_width_composites.go:24:47: struct { X float64; Y float64 }{...} escapes to heap
./fmt_width_composites.go:25:12: ... argument does not escape
./fmt_width_composites.go:25:36: [2]float64{...} escapes to heap
./fmt_width_composites.go:26:12: ... argument does not escape
./fmt_width_composites.go:26:24: 4 escapes to heap
./fmt_width_composites.go:26:32: []int{...} escapes to heap
./fmt_width_composites.go:26:32: []int{...} escapes to heap
./fmt_width_composites.go:27:12: ... argument does not escape
./fmt_width_composites.go:27:25: 3 escapes to heap
./fmt_width_composites.go:27:36: []string{...} escapes to heap
./fmt_width_composites.go:27:36: []string{...} escapes to heap

./slice_literals.go:45:13: saved escapes to heap:
./slice_literals.go:45:13:   flow: {storage for ... argument} = &{storage for saved}:
./slice_literals.go:45:13:     from saved (spill) at ./slice_literals.go:45:13
./slice_literals.go:45:13:     from ... argument (slice-literal-element) at ./slice_literals.go:45:13
./slice_literals.go:45:13:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:45:13:     from ... argument (spill) at ./slice_literals.go:45:13
./slice_literals.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:45:13
./slice_literals.go:41:13: []int{...} escapes to heap:
./slice_literals.go:41:13:   flow: s = &{storage for []int{...}}:
./slice_literals.go:41:13:     from []int{...} (spill) at ./slice_literals.go:41:13
./slice_literals.go:41:13:     from s := []int{...} (assign) at ./slice_literals.go:41:5
./slice_literals.go:41:13:   flow: {heap} = s:
./slice_literals.go:41:13:     from append(saved, s) (call parameter) at ./slice_literals.go:42:17
./slice_literals.go:36:13: fs escapes to heap:
./slice_literals.go:36:13:   flow: {storage for ... argument} = &{storage for fs}:
./slice_literals.go:36:13:     from fs (spill) at ./slice_literals.go:36:13
./slice_literals.go:36:13:     from ... argument (slice-literal-element) at ./slice_literals.go:36:13
./slice_literals.go:36:13:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:36:13:     from ... argument (spill) at ./slice_literals.go:36:13
./slice_literals.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:36:13
./slice_literals.go:33:21: len(ms[1]) escapes to heap:
./slice_literals.go:33:21:   flow: {storage for ... argument} = &{storage for len(ms[1])}:
./slice_literals.go:33:21:     from len(ms[1]) (spill) at ./slice_literals.go:33:21
./slice_literals.go:33:21:     from ... argument (slice-literal-element) at ./slice_literals.go:33:13
./slice_literals.go:33:21:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:33:21:     from ... argument (spill) at ./slice_literals.go:33:13
./slice_literals.go:33:21:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:33:13
./slice_literals.go:33:13: ms escapes to heap:
./slice_literals.go:33:13:   flow: {storage for ... argument} = &{storage for ms}:
./slice_literals.go:33:13:     from ms (spill) at ./slice_literals.go:33:13
./slice_literals.go:33:13:     from ... argument (slice-literal-element) at ./slice_literals.go:33:13
./slice_literals.go:33:13:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:33:13:     from ... argument (spill) at ./slice_literals.go:33:13
./slice_literals.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:33:13
./slice_literals.go:30:13: arrs escapes to heap:
./slice_literals.go:30:13:   flow: {storage for ... argument} = &{storage for arrs}:
./slice_literals.go:30:13:     from arrs (spill) at ./slice_literals.go:30:13
./slice_literals.go:30:13:     from ... argument (slice-literal-element) at ./slice_literals.go:30:13
./slice_literals.go:30:13:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:30:13:     from ... argument (spill) at ./slice_literals.go:30:13
./slice_literals.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:30:13
./slice_literals.go:27:31: len(ss) escapes to heap:
./slice_literals.go:27:31:   flow: {storage for ... argument} = &{storage for len(ss)}:
./slice_literals.go:27:31:     from len(ss) (spill) at ./slice_literals.go:27:31
./slice_literals.go:27:31:     from ... argument (slice-literal-element) at ./slice_literals.go:27:12
./slice_literals.go:27:31:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:27:31:     from ... argument (spill) at ./slice_literals.go:27:12
./slice_literals.go:27:31:     from fmt.Printf("%q %d\n", ... argument...) (call parameter) at ./slice_literals.go:27:12
./slice_literals.go:27:13: ss escapes to heap:
./slice_literals.go:27:13:   flow: {storage for ... argument} = &{storage for ss}:
./slice_literals.go:27:13:     from ss (spill) at ./slice_literals.go:27:13
./slice_literals.go:27:13:     from ... argument (slice-literal-element) at ./slice_literals.go:27:12
./slice_literals.go:27:13:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:27:13:     from ... argument (spill) at ./slice_literals.go:27:12
./slice_literals.go:27:13:     from fmt.Printf("%q %d\n", ... argument...) (call parameter) at ./slice_literals.go:27:12
./slice_literals.go:24:13: ps escapes to heap:
./slice_literals.go:24:13:   flow: {storage for ... argument} = &{storage for ps}:
./slice_literals.go:24:13:     from ps (spill) at ./slice_literals.go:24:13
./slice_literals.go:24:13:     from ... argument (slice-literal-element) at ./slice_literals.go:24:12
./slice_literals.go:24:13:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:24:13:     from ... argument (spill) at ./slice_literals.go:24:12
./slice_literals.go:24:13:     from fmt.Printf("%+v\n", ... argument...) (call parameter) at ./slice_literals.go:24:12
./slice_literals.go:23:13: ps escapes to heap:
./slice_literals.go:23:13:   flow: {storage for ... argument} = &{storage for ps}:
./slice_literals.go:23:13:     from ps (spill) at ./slice_literals.go:23:13
./slice_literals.go:23:13:     from ... argument (slice-literal-element) at ./slice_literals.go:23:13
./slice_literals.go:23:13:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:23:13:     from ... argument (spill) at ./slice_literals.go:23:13
./slice_literals.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:23:13
./slice_literals.go:20:41: n[3] == nil escapes to heap:
./slice_literals.go:20:41:   flow: {storage for ... argument} = &{storage for n[3] == nil}:
./slice_literals.go:20:41:     from n[3] == nil (spill) at ./slice_literals.go:20:41
./slice_literals.go:20:41:     from ... argument (slice-literal-element) at ./slice_literals.go:20:13
./slice_literals.go:20:41:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:20:41:     from ... argument (spill) at ./slice_literals.go:20:13
./slice_literals.go:20:41:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:20:13
./slice_literals.go:20:28: len(n[1]) escapes to heap:
./slice_literals.go:20:28:   flow: {storage for ... argument} = &{storage for len(n[1])}:
./slice_literals.go:20:28:     from len(n[1]) (spill) at ./slice_literals.go:20:28
./slice_literals.go:20:28:     from ... argument (slice-literal-element) at ./slice_literals.go:20:13
./slice_literals.go:20:28:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:20:28:     from ... argument (spill) at ./slice_literals.go:20:13
./slice_literals.go:20:28:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:20:13
./slice_literals.go:20:20: len(n) escapes to heap:
./slice_literals.go:20:20:   flow: {storage for ... argument} = &{storage for len(n)}:
./slice_literals.go:20:20:     from len(n) (spill) at ./slice_literals.go:20:20
./slice_literals.go:20:20:     from ... argument (slice-literal-element) at ./slice_literals.go:20:13
./slice_literals.go:20:20:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:20:20:     from ... argument (spill) at ./slice_literals.go:20:13
./slice_literals.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:20:13
./slice_literals.go:20:13: n escapes to heap:
./slice_literals.go:20:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_literals.go:20:13:     from n (spill) at ./slice_literals.go:20:13
./slice_literals.go:20:13:     from ... argument (slice-literal-element) at ./slice_literals.go:20:13
./slice_literals.go:20:13:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:20:13:     from ... argument (spill) at ./slice_literals.go:20:13
./slice_literals.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:20:13
./slice_literals.go:17:28: cap(k) escapes to heap:
./slice_literals.go:17:28:   flow: {storage for ... argument} = &{storage for cap(k)}:
./slice_literals.go:17:28:     from cap(k) (spill) at ./slice_literals.go:17:28
./slice_literals.go:17:28:     from ... argument (slice-literal-element) at ./slice_literals.go:17:13
./slice_literals.go:17:28:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:17:28:     from ... argument (spill) at ./slice_literals.go:17:13
./slice_literals.go:17:28:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:17:13
./slice_literals.go:17:20: len(k) escapes to heap:
./slice_literals.go:17:20:   flow: {storage for ... argument} = &{storage for len(k)}:
./slice_literals.go:17:20:     from len(k) (spill) at ./slice_literals.go:17:20
./slice_literals.go:17:20:     from ... argument (slice-literal-element) at ./slice_literals.go:17:13
./slice_literals.go:17:20:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:17:20:     from ... argument (spill) at ./slice_literals.go:17:13
./slice_literals.go:17:20:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:17:13
./slice_literals.go:17:13: k escapes to heap:
./slice_literals.go:17:13:   flow: {storage for ... argument} = &{storage for k}:
./slice_literals.go:17:13:     from k (spill) at ./slice_literals.go:17:13
./slice_literals.go:17:13:     from ... argument (slice-literal-element) at ./slice_literals.go:17:13
./slice_literals.go:17:13:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:17:13:     from ... argument (spill) at ./slice_literals.go:17:13
./slice_literals.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:17:13
./slice_literals.go:14:35: e == nil escapes to heap:
./slice_literals.go:14:35:   flow: {storage for ... argument} = &{storage for e == nil}:
./slice_literals.go:14:35:     from e == nil (spill) at ./slice_literals.go:14:35
./slice_literals.go:14:35:     from ... argument (slice-literal-element) at ./slice_literals.go:14:13
./slice_literals.go:14:35:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:14:35:     from ... argument (spill) at ./slice_literals.go:14:13
./slice_literals.go:14:35:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:14:13
./slice_literals.go:14:28: cap(e) escapes to heap:
./slice_literals.go:14:28:   flow: {storage for ... argument} = &{storage for cap(e)}:
./slice_literals.go:14:28:     from cap(e) (spill) at ./slice_literals.go:14:28
./slice_literals.go:14:28:     from ... argument (slice-literal-element) at ./slice_literals.go:14:13
./slice_literals.go:14:28:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:14:28:     from ... argument (spill) at ./slice_literals.go:14:13
./slice_literals.go:14:28:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:14:13
./slice_literals.go:14:20: len(e) escapes to heap:
./slice_literals.go:14:20:   flow: {storage for ... argument} = &{storage for len(e)}:
./slice_literals.go:14:20:     from len(e) (spill) at ./slice_literals.go:14:20
./slice_literals.go:14:20:     from ... argument (slice-literal-element) at ./slice_literals.go:14:13
./slice_literals.go:14:20:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:14:20:     from ... argument (spill) at ./slice_literals.go:14:13
./slice_literals.go:14:20:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:14:13
./slice_literals.go:14:13: e escapes to heap:
./slice_literals.go:14:13:   flow: {storage for ... argument} = &{storage for e}:
./slice_literals.go:14:13:     from e (spill) at ./slice_literals.go:14:13
./slice_literals.go:14:13:     from ... argument (slice-literal-element) at ./slice_literals.go:14:13
./slice_literals.go:14:13:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:14:13:     from ... argument (spill) at ./slice_literals.go:14:13
./slice_literals.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:14:13
./slice_literals.go:11:28: cap(a) escapes to heap:
./slice_literals.go:11:28:   flow: {storage for ... argument} = &{storage for cap(a)}:
./slice_literals.go:11:28:     from cap(a) (spill) at ./slice_literals.go:11:28
./slice_literals.go:11:28:     from ... argument (slice-literal-element) at ./slice_literals.go:11:13
./slice_literals.go:11:28:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:11:28:     from ... argument (spill) at ./slice_literals.go:11:13
./slice_literals.go:11:28:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:11:13
./slice_literals.go:11:20: len(a) escapes to heap:
./slice_literals.go:11:20:   flow: {storage for ... argument} = &{storage for len(a)}:
./slice_literals.go:11:20:     from len(a) (spill) at ./slice_literals.go:11:20
./slice_literals.go:11:20:     from ... argument (slice-literal-element) at ./slice_literals.go:11:13
./slice_literals.go:11:20:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:11:20:     from ... argument (spill) at ./slice_literals.go:11:13
./slice_literals.go:11:20:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:11:13
./slice_literals.go:11:13: a escapes to heap:
./slice_literals.go:11:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_literals.go:11:13:     from a (spill) at ./slice_literals.go:11:13
./slice_literals.go:11:13:     from ... argument (slice-literal-element) at ./slice_literals.go:11:13
./slice_literals.go:11:13:   flow: {heap} = {storage for ... argument}:
./slice_literals.go:11:13:     from ... argument (spill) at ./slice_literals.go:11:13
./slice_literals.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./slice_literals.go:11:13
./slice_literals.go:35:17: []float64{...} escapes to heap:
./slice_literals.go:35:17:   flow: fs = &{storage for []float64{...}}:
./slice_literals.go:35:17:     from []float64{...} (spill) at ./slice_literals.go:35:17
./slice_literals.go:35:17:     from fs := []float64{...} (assign) at ./slice_literals.go:35:5
./slice_literals.go:35:17:   flow: {storage for fs} = fs:
./slice_literals.go:35:17:     from fs (interface-converted) at ./slice_literals.go:36:13
./slice_literals.go:32:24: []map[string]int{...} escapes to heap:
./slice_literals.go:32:24:   flow: ms = &{storage for []map[string]int{...}}:
./slice_literals.go:32:24:     from []map[string]int{...} (spill) at ./slice_literals.go:32:24
./slice_literals.go:32:24:     from ms := []map[string]int{...} (assign) at ./slice_literals.go:32:5
./slice_literals.go:32:24:   flow: {storage for ms} = ms:
./slice_literals.go:32:24:     from ms (interface-converted) at ./slice_literals.go:33:13
./slice_literals.go:32:35: map[string]int{} escapes to heap:
./slice_literals.go:32:35:   flow: {storage for []map[string]int{...}} = &{storage for map[string]int{}}:
./slice_literals.go:32:35:     from map[string]int{} (spill) at ./slice_literals.go:32:35
./slice_literals.go:32:35:     from []map[string]int{...} (slice-literal-element) at ./slice_literals.go:32:24
./slice_literals.go:32:25: map[string]int{...} escapes to heap:
./slice_literals.go:32:25:   flow: {storage for []map[string]int{...}} = &{storage for map[string]int{...}}:
./slice_literals.go:32:25:     from map[string]int{...} (spill) at ./slice_literals.go:32:25
./slice_literals.go:32:25:     from []map[string]int{...} (slice-literal-element) at ./slice_literals.go:32:24
./slice_literals.go:29:18: [][2]int{...} escapes to heap:
./slice_literals.go:29:18:   flow: arrs = &{storage for [][2]int{...}}:
./slice_literals.go:29:18:     from [][2]int{...} (spill) at ./slice_literals.go:29:18
./slice_literals.go:29:18:     from arrs := [][2]int{...} (assign) at ./slice_literals.go:29:7
./slice_literals.go:29:18:   flow: {storage for arrs} = arrs:
./slice_literals.go:29:18:     from arrs (interface-converted) at ./slice_literals.go:30:13
./slice_literals.go:26:16: []string{...} escapes to heap:
./slice_literals.go:26:16:   flow: ss = &{storage for []string{...}}:
./slice_literals.go:26:16:     from []string{...} (spill) at ./slice_literals.go:26:16
./slice_literals.go:26:16:     from ss := []string{...} (assign) at ./slice_literals.go:26:5
./slice_literals.go:26:16:   flow: {storage for ss} = ss:
./slice_literals.go:26:16:     from ss (interface-converted) at ./slice_literals.go:27:13
./slice_literals.go:22:11: []P{...} escapes to heap:
./slice_literals.go:22:11:   flow: ps = &{storage for []P{...}}:
./slice_literals.go:22:11:     from []P{...} (spill) at ./slice_literals.go:22:11
./slice_literals.go:22:11:     from ps := []P{...} (assign) at ./slice_literals.go:22:5
./slice_literals.go:22:11:   flow: {storage for ps} = ps:
./slice_literals.go:22:11:     from ps (interface-converted) at ./slice_literals.go:24:13
./slice_literals.go:19:14: [][]int{...} escapes to heap:
./slice_literals.go:19:14:   flow: n = &{storage for [][]int{...}}:
./slice_literals.go:19:14:     from [][]int{...} (spill) at ./slice_literals.go:19:14
./slice_literals.go:19:14:     from n := [][]int{...} (assign) at ./slice_literals.go:19:4
./slice_literals.go:19:14:   flow: {storage for n} = n:
./slice_literals.go:19:14:     from n (interface-converted) at ./slice_literals.go:20:13
./slice_literals.go:19:28: []int{} escapes to heap:
./slice_literals.go:19:28:   flow: {storage for [][]int{...}} = &{storage for []int{}}:
./slice_literals.go:19:28:     from []int{} (spill) at ./slice_literals.go:19:28
./slice_literals.go:19:28:     from [][]int{...} (slice-literal-element) at ./slice_literals.go:19:14
./slice_literals.go:19:20: []int{...} escapes to heap:
./slice_literals.go:19:20:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./slice_literals.go:19:20:     from []int{...} (spill) at ./slice_literals.go:19:20
./slice_literals.go:19:20:     from [][]int{...} (slice-literal-element) at ./slice_literals.go:19:14
./slice_literals.go:19:15: []int{...} escapes to heap:
./slice_literals.go:19:15:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./slice_literals.go:19:15:     from []int{...} (spill) at ./slice_literals.go:19:15
./slice_literals.go:19:15:     from [][]int{...} (slice-literal-element) at ./slice_literals.go:19:14
./slice_literals.go:16:12: []int{...} escapes to heap:
./slice_literals.go:16:12:   flow: k = &{storage for []int{...}}:
./slice_literals.go:16:12:     from []int{...} (spill) at ./slice_literals.go:16:12
./slice_literals.go:16:12:     from k := []int{...} (assign) at ./slice_literals.go:16:4
./slice_literals.go:16:12:   flow: {storage for k} = k:
./slice_literals.go:16:12:     from k (interface-converted) at ./slice_literals.go:17:13
./slice_literals.go:13:12: []int{} escapes to heap:
./slice_literals.go:13:12:   flow: e = &{storage for []int{}}:
./slice_literals.go:13:12:     from []int{} (spill) at ./slice_literals.go:13:12
./slice_literals.go:13:12:     from e := []int{} (assign) at ./slice_literals.go:13:4
./slice_literals.go:13:12:   flow: {storage for e} = e:
./slice_literals.go:13:12:     from e (interface-converted) at ./slice_literals.go:14:13
./slice_literals.go:10:12: []int{...} escapes to heap:
./slice_literals.go:10:12:   flow: a = &{storage for []int{...}}:
./slice_literals.go:10:12:     from []int{...} (spill) at ./slice_literals.go:10:12
./slice_literals.go:10:12:     from a := []int{...} (assign) at ./slice_literals.go:10:4
./slice_literals.go:10:12:   flow: {storage for a} = a:
./slice_literals.go:10:12:     from a (interface-converted) at ./slice_literals.go:11:13
./slice_literals.go:10:12: []int{...} escapes to heap
./slice_literals.go:11:13: ... argument does not escape
./slice_literals.go:11:13: a escapes to heap
./slice_literals.go:11:20: len(a) escapes to heap
./slice_literals.go:11:28: cap(a) escapes to heap
./slice_literals.go:13:12: []int{} escapes to heap
./slice_literals.go:14:13: ... argument does not escape
./slice_literals.go:14:13: e escapes to heap
./slice_literals.go:14:20: len(e) escapes to heap
./slice_literals.go:14:28: cap(e) escapes to heap
./slice_literals.go:14:35: e == nil escapes to heap
./slice_literals.go:16:12: []int{...} escapes to heap
./slice_literals.go:17:13: ... argument does not escape
./slice_literals.go:17:13: k escapes to heap
./slice_literals.go:17:20: len(k) escapes to heap
./slice_literals.go:17:28: cap(k) escapes to heap
./slice_literals.go:19:14: [][]int{...} escapes to heap
./slice_literals.go:19:15: []int{...} escapes to heap
./slice_literals.go:19:20: []int{...} escapes to heap
./slice_literals.go:19:28: []int{} escapes to heap
./slice_literals.go:20:13: ... argument does not escape
./slice_literals.go:20:13: n escapes to heap
./slice_literals.go:20:20: len(n) escapes to heap
./slice_literals.go:20:28: len(n[1]) escapes to heap
./slice_literals.go:20:41: n[3] == nil escapes to heap
./slice_literals.go:22:11: []P{...} escapes to heap
./slice_literals.go:23:13: ... argument does not escape
./slice_literals.go:23:13: ps escapes to heap
./slice_literals.go:24:12: ... argument does not escape
./slice_literals.go:24:13: ps escapes to heap
./slice_literals.go:26:16: []string{...} escapes to heap
./slice_literals.go:27:12: ... argument does not escape
./slice_literals.go:27:13: ss escapes to heap
./slice_literals.go:27:31: len(ss) escapes to heap
./slice_literals.go:29:18: [][2]int{...} escapes to heap
./slice_literals.go:30:13: ... argument does not escape
./slice_literals.go:30:13: arrs escapes to heap
./slice_literals.go:32:24: []map[string]int{...} escapes to heap
./slice_literals.go:32:25: map[string]int{...} escapes to heap
./slice_literals.go:32:35: map[string]int{} escapes to heap
./slice_literals.go:33:13: ... argument does not escape
./slice_literals.go:33:13: ms escapes to heap
./slice_literals.go:33:21: len(ms[1]) escapes to heap
./slice_literals.go:35:17: []float64{...} escapes to heap
./slice_literals.go:36:13: ... argument does not escape
./slice_literals.go:36:13: fs escapes to heap
./slice_literals.go:41:13: []int{...} escapes to heap
./slice_literals.go:45:13: ... argument does not escape
./slice_literals.go:45:13: saved escapes to heap

./sort_floats_strings.go:41:12: make([]int, n) escapes to heap:
./sort_floats_strings.go:41:12:   flow: {heap} = &{storage for make([]int, n)}:
./sort_floats_strings.go:41:12:     from make([]int, n) (non-constant size) at ./sort_floats_strings.go:41:12
./sort_floats_strings.go:41:12: make([]int, n) escapes to heap
./sort_floats_strings.go:48:37: make([]int, n) escapes to heap:
./sort_floats_strings.go:48:37:   flow: {heap} = &{storage for make([]int, n)}:
./sort_floats_strings.go:48:37:     from make([]int, n) (non-constant size) at ./sort_floats_strings.go:48:37
./sort_floats_strings.go:48:37: make([]int, n) escapes to heap
./sort_floats_strings.go:24:33: sortInts(is) escapes to heap:
./sort_floats_strings.go:24:33:   flow: {heap} = &{storage for sortInts(is)}:
./sort_floats_strings.go:24:33:     from sortInts(is) (spill) at ./sort_floats_strings.go:24:33
./sort_floats_strings.go:24:33:     from sort.Reverse(sortInts(is)) (call parameter) at ./sort_floats_strings.go:24:24
./sort_floats_strings.go:29:13: xs escapes to heap:
./sort_floats_strings.go:29:13:   flow: {heap} = &{storage for xs}:
./sort_floats_strings.go:29:13:     from xs (spill) at ./sort_floats_strings.go:29:13
./sort_floats_strings.go:29:13:     from sort.Slice(xs, func literal) (call parameter) at ./sort_floats_strings.go:29:13
./sort_floats_strings.go:28:3: main capturing by ref: n (addr=false assign=true width=8)
./sort_floats_strings.go:27:9: main capturing by ref: xs (addr=false assign=true width=24)
./sort_floats_strings.go:30:24: n escapes to heap:
./sort_floats_strings.go:30:24:   flow: {storage for ... argument} = &{storage for n}:
./sort_floats_strings.go:30:24:     from n (spill) at ./sort_floats_strings.go:30:24
./sort_floats_strings.go:30:24:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:30:14
./sort_floats_strings.go:30:24:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:30:24:     from ... argument (spill) at ./sort_floats_strings.go:30:14
./sort_floats_strings.go:30:24:     from fmt.Println(... argument...) (call parameter) at ./sort_floats_strings.go:30:14
./sort_floats_strings.go:30:24: xs[59] escapes to heap:
./sort_floats_strings.go:30:24:   flow: {storage for ... argument} = &{storage for xs[59]}:
./sort_floats_strings.go:30:24:     from xs[59] (spill) at ./sort_floats_strings.go:30:24
./sort_floats_strings.go:30:24:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:30:14
./sort_floats_strings.go:30:24:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:30:24:     from ... argument (spill) at ./sort_floats_strings.go:30:14
./sort_floats_strings.go:30:24:     from fmt.Println(... argument...) (call parameter) at ./sort_floats_strings.go:30:14
./sort_floats_strings.go:30:17: xs[0] escapes to heap:
./sort_floats_strings.go:30:17:   flow: {storage for ... argument} = &{storage for xs[0]}:
./sort_floats_strings.go:30:17:     from xs[0] (spill) at ./sort_floats_strings.go:30:17
./sort_floats_strings.go:30:17:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:30:14
./sort_floats_strings.go:30:17:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:30:17:     from ... argument (spill) at ./sort_floats_strings.go:30:14
./sort_floats_strings.go:30:17:     from fmt.Println(... argument...) (call parameter) at ./sort_floats_strings.go:30:14
./sort_floats_strings.go:25:41: sort.IntsAreSorted(is) escapes to heap:
./sort_floats_strings.go:25:41:   flow: {storage for ... argument} = &{storage for sort.IntsAreSorted(is)}:
./sort_floats_strings.go:25:41:     from sort.IntsAreSorted(is) (spill) at ./sort_floats_strings.go:25:41
./sort_floats_strings.go:25:41:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:25:13
./sort_floats_strings.go:25:41:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:25:41:     from ... argument (spill) at ./sort_floats_strings.go:25:13
./sort_floats_strings.go:25:41:     from fmt.Println(... argument...) (call parameter) at ./sort_floats_strings.go:25:13
./sort_floats_strings.go:25:16: is[:10] escapes to heap:
./sort_floats_strings.go:25:16:   flow: {storage for ... argument} = &{storage for is[:10]}:
./sort_floats_strings.go:25:16:     from is[:10] (spill) at ./sort_floats_strings.go:25:16
./sort_floats_strings.go:25:16:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:25:13
./sort_floats_strings.go:25:16:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:25:16:     from ... argument (spill) at ./sort_floats_strings.go:25:13
./sort_floats_strings.go:25:16:     from fmt.Println(... argument...) (call parameter) at ./sort_floats_strings.go:25:13
./sort_floats_strings.go:23:50: sort.IntsAreSorted(is) escapes to heap:
./sort_floats_strings.go:23:50:   flow: {storage for ... argument} = &{storage for sort.IntsAreSorted(is)}:
./sort_floats_strings.go:23:50:     from sort.IntsAreSorted(is) (spill) at ./sort_floats_strings.go:23:50
./sort_floats_strings.go:23:50:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:23:13
./sort_floats_strings.go:23:50:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:23:50:     from ... argument (spill) at ./sort_floats_strings.go:23:13
./sort_floats_strings.go:23:50:     from fmt.Println(... argument...) (call parameter) at ./sort_floats_strings.go:23:13
./sort_floats_strings.go:23:25: is[90:] escapes to heap:
./sort_floats_strings.go:23:25:   flow: {storage for ... argument} = &{storage for is[90:]}:
./sort_floats_strings.go:23:25:     from is[90:] (spill) at ./sort_floats_strings.go:23:25
./sort_floats_strings.go:23:25:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:23:13
./sort_floats_strings.go:23:25:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:23:25:     from ... argument (spill) at ./sort_floats_strings.go:23:13
./sort_floats_strings.go:23:25:     from fmt.Println(... argument...) (call parameter) at ./sort_floats_strings.go:23:13
./sort_floats_strings.go:23:16: is[:10] escapes to heap:
./sort_floats_strings.go:23:16:   flow: {storage for ... argument} = &{storage for is[:10]}:
./sort_floats_strings.go:23:16:     from is[:10] (spill) at ./sort_floats_strings.go:23:16
./sort_floats_strings.go:23:16:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:23:13
./sort_floats_strings.go:23:16:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:23:16:     from ... argument (spill) at ./sort_floats_strings.go:23:13
./sort_floats_strings.go:23:16:     from fmt.Println(... argument...) (call parameter) at ./sort_floats_strings.go:23:13
./sort_floats_strings.go:18:12: make([]int, 0, 100) escapes to heap:
./sort_floats_strings.go:18:12:   flow: is = &{storage for make([]int, 0, 100)}:
./sort_floats_strings.go:18:12:     from make([]int, 0, 100) (spill) at ./sort_floats_strings.go:18:12
./sort_floats_strings.go:18:12:     from is := make([]int, 0, 100) (assign) at ./sort_floats_strings.go:18:5
./sort_floats_strings.go:18:12:   flow: {heap} = is:
./sort_floats_strings.go:18:12:     from sort.Ints(is) (call parameter) at ./sort_floats_strings.go:22:11
./sort_floats_strings.go:17:49: sort.StringsAreSorted(ss) escapes to heap:
./sort_floats_strings.go:17:49:   flow: {storage for ... argument} = &{storage for sort.StringsAreSorted(ss)}:
./sort_floats_strings.go:17:49:     from sort.StringsAreSorted(ss) (spill) at ./sort_floats_strings.go:17:49
./sort_floats_strings.go:17:49:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:17:12
./sort_floats_strings.go:17:49:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:17:49:     from ... argument (spill) at ./sort_floats_strings.go:17:12
./sort_floats_strings.go:17:49:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./sort_floats_strings.go:17:12
./sort_floats_strings.go:17:13: ss escapes to heap:
./sort_floats_strings.go:17:13:   flow: {storage for ... argument} = &{storage for ss}:
./sort_floats_strings.go:17:13:     from ss (spill) at ./sort_floats_strings.go:17:13
./sort_floats_strings.go:17:13:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:17:12
./sort_floats_strings.go:17:13:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:17:13:     from ... argument (spill) at ./sort_floats_strings.go:17:12
./sort_floats_strings.go:17:13:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./sort_floats_strings.go:17:12
./sort_floats_strings.go:15:16: []string{...} escapes to heap:
./sort_floats_strings.go:15:16:   flow: ss = &{storage for []string{...}}:
./sort_floats_strings.go:15:16:     from []string{...} (spill) at ./sort_floats_strings.go:15:16
./sort_floats_strings.go:15:16:     from ss := []string{...} (assign) at ./sort_floats_strings.go:15:5
./sort_floats_strings.go:15:16:   flow: {heap} = ss:
./sort_floats_strings.go:15:16:     from sort.Strings(ss) (call parameter) at ./sort_floats_strings.go:16:14
./sort_floats_strings.go:14:63: sort.SearchFloat64s(fs, math.Inf(1)) escapes to heap:
./sort_floats_strings.go:14:63:   flow: {storage for ... argument} = &{storage for sort.SearchFloat64s(fs, math.Inf(1))}:
./sort_floats_strings.go:14:63:     from sort.SearchFloat64s(fs, math.Inf(1)) (spill) at ./sort_floats_strings.go:14:63
./sort_floats_strings.go:14:63:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:14:13
./sort_floats_strings.go:14:63:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:14:63:     from ... argument (spill) at ./sort_floats_strings.go:14:13
./sort_floats_strings.go:14:63:     from fmt.Println(... argument...) (call parameter) at ./sort_floats_strings.go:14:13
./sort_floats_strings.go:14:33: sort.SearchFloat64s(fs, 2.5) escapes to heap:
./sort_floats_strings.go:14:33:   flow: {storage for ... argument} = &{storage for sort.SearchFloat64s(fs, 2.5)}:
./sort_floats_strings.go:14:33:     from sort.SearchFloat64s(fs, 2.5) (spill) at ./sort_floats_strings.go:14:33
./sort_floats_strings.go:14:33:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:14:13
./sort_floats_strings.go:14:33:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:14:33:     from ... argument (spill) at ./sort_floats_strings.go:14:13
./sort_floats_strings.go:14:33:     from fmt.Println(... argument...) (call parameter) at ./sort_floats_strings.go:14:13
./sort_floats_strings.go:13:40: sort.Float64sAreSorted(fs) escapes to heap:
./sort_floats_strings.go:13:40:   flow: {storage for ... argument} = &{storage for sort.Float64sAreSorted(fs)}:
./sort_floats_strings.go:13:40:     from sort.Float64sAreSorted(fs) (spill) at ./sort_floats_strings.go:13:40
./sort_floats_strings.go:13:40:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:13:13
./sort_floats_strings.go:13:40:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:13:40:     from ... argument (spill) at ./sort_floats_strings.go:13:13
./sort_floats_strings.go:13:40:     from fmt.Println(... argument...) (call parameter) at ./sort_floats_strings.go:13:13
./sort_floats_strings.go:13:13: fs escapes to heap:
./sort_floats_strings.go:13:13:   flow: {storage for ... argument} = &{storage for fs}:
./sort_floats_strings.go:13:13:     from fs (spill) at ./sort_floats_strings.go:13:13
./sort_floats_strings.go:13:13:     from ... argument (slice-literal-element) at ./sort_floats_strings.go:13:13
./sort_floats_strings.go:13:13:   flow: {heap} = {storage for ... argument}:
./sort_floats_strings.go:13:13:     from ... argument (spill) at ./sort_floats_strings.go:13:13
./sort_floats_strings.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./sort_floats_strings.go:13:13
./sort_floats_strings.go:11:17: []float64{...} escapes to heap:
./sort_floats_strings.go:11:17:   flow: fs = &{storage for []float64{...}}:
./sort_floats_strings.go:11:17:     from []float64{...} (spill) at ./sort_floats_strings.go:11:17
./sort_floats_strings.go:11:17:     from fs := []float64{...} (assign) at ./sort_floats_strings.go:11:5
./sort_floats_strings.go:11:17:   flow: {heap} = fs:
./sort_floats_strings.go:11:17:     from sort.Float64s(fs) (call parameter) at ./sort_floats_strings.go:12:15
./sort_floats_strings.go:11:17: []float64{...} escapes to heap
./sort_floats_strings.go:13:13: ... argument does not escape
./sort_floats_strings.go:13:13: fs escapes to heap
./sort_floats_strings.go:13:40: sort.Float64sAreSorted(fs) escapes to heap
./sort_floats_strings.go:14:13: ... argument does not escape
./sort_floats_strings.go:14:33: sort.SearchFloat64s(fs, 2.5) escapes to heap
./sort_floats_strings.go:14:63: sort.SearchFloat64s(fs, math.Inf(1)) escapes to heap
./sort_floats_strings.go:15:16: []string{...} escapes to heap
./sort_floats_strings.go:17:12: ... argument does not escape
./sort_floats_strings.go:17:13: ss escapes to heap
./sort_floats_strings.go:17:49: sort.StringsAreSorted(ss) escapes to heap
./sort_floats_strings.go:18:12: make([]int, 0, 100) escapes to heap
./sort_floats_strings.go:23:13: ... argument does not escape
./sort_floats_strings.go:23:16: is[:10] escapes to heap
./sort_floats_strings.go:23:25: is[90:] escapes to heap
./sort_floats_strings.go:23:50: sort.IntsAreSorted(is) escapes to heap
./sort_floats_strings.go:24:33: sortInts(is) escapes to heap
./sort_floats_strings.go:25:13: ... argument does not escape
./sort_floats_strings.go:25:16: is[:10] escapes to heap
./sort_floats_strings.go:25:41: sort.IntsAreSorted(is) escapes to heap
./sort_floats_strings.go:27:28: [][]int{...} does not escape
./sort_floats_strings.go:29:13: xs escapes to heap
./sort_floats_strings.go:29:18: func literal does not escape
./sort_floats_strings.go:30:14: ... argument does not escape
./sort_floats_strings.go:30:17: xs[0] escapes to heap
./sort_floats_strings.go:30:24: xs[59] escapes to heap
./sort_floats_strings.go:30:24: n escapes to heap
./sort_floats_strings.go:36:7: s does not escape
./sort_floats_strings.go:37:7: s does not escape
./sort_floats_strings.go:38:52: sortInts.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
./sort_floats_strings.go:38:52: sortInts.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
./sort_floats_strings.go:38:7: s does not escape

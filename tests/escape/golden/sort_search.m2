./sort_search.go:20:51: "never" escapes to heap:
./sort_search.go:20:51:   flow: {heap} = &{storage for "never"}:
./sort_search.go:20:51:     from "never" (spill) at ./sort_search.go:20:51
./sort_search.go:20:51:     from panic("never") (call parameter) at ./sort_search.go:20:51
./sort_search.go:21:61: []int{...} escapes to heap:
./sort_search.go:21:61:   flow: {heap} = &{storage for []int{...}}:
./sort_search.go:21:61:     from []int{...} (spill) at ./sort_search.go:21:61
./sort_search.go:21:61:     from sort.IntsAreSorted([]int{...}) (call parameter) at ./sort_search.go:21:55
./sort_search.go:22:71: []float64{...} escapes to heap:
./sort_search.go:22:71:   flow: {heap} = &{storage for []float64{...}}:
./sort_search.go:22:71:     from []float64{...} (spill) at ./sort_search.go:22:71
./sort_search.go:22:71:     from sort.Float64sAreSorted([]float64{...}) (call parameter) at ./sort_search.go:22:61
./sort_search.go:17:6: main capturing by ref: probes (addr=false assign=true width=24)
./sort_search.go:31:31: len(empty) escapes to heap:
./sort_search.go:31:31:   flow: {storage for ... argument} = &{storage for len(empty)}:
./sort_search.go:31:31:     from len(empty) (spill) at ./sort_search.go:31:31
./sort_search.go:31:31:     from ... argument (slice-literal-element) at ./sort_search.go:31:13
./sort_search.go:31:31:   flow: {heap} = {storage for ... argument}:
./sort_search.go:31:31:     from ... argument (spill) at ./sort_search.go:31:13
./sort_search.go:31:31:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:31:13
./sort_search.go:31:20: empty == nil escapes to heap:
./sort_search.go:31:20:   flow: {storage for ... argument} = &{storage for empty == nil}:
./sort_search.go:31:20:     from empty == nil (spill) at ./sort_search.go:31:20
./sort_search.go:31:20:     from ... argument (slice-literal-element) at ./sort_search.go:31:13
./sort_search.go:31:20:   flow: {heap} = {storage for ... argument}:
./sort_search.go:31:20:     from ... argument (spill) at ./sort_search.go:31:13
./sort_search.go:31:20:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:31:13
./sort_search.go:28:13: in escapes to heap:
./sort_search.go:28:13:   flow: {storage for ... argument} = &{storage for in}:
./sort_search.go:28:13:     from in (spill) at ./sort_search.go:28:13
./sort_search.go:28:13:     from ... argument (slice-literal-element) at ./sort_search.go:28:13
./sort_search.go:28:13:   flow: {heap} = {storage for ... argument}:
./sort_search.go:28:13:     from ... argument (spill) at ./sort_search.go:28:13
./sort_search.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:28:13
./sort_search.go:26:13: []int{...} escapes to heap:
./sort_search.go:26:13:   flow: in = &{storage for []int{...}}:
./sort_search.go:26:13:     from []int{...} (spill) at ./sort_search.go:26:13
./sort_search.go:26:13:     from in := []int{...} (assign) at ./sort_search.go:26:5
./sort_search.go:26:13:   flow: {heap} = in:
./sort_search.go:26:13:     from sort.Ints(in) (call parameter) at ./sort_search.go:27:11
./sort_search.go:25:13: fl escapes to heap:
./sort_search.go:25:13:   flow: {storage for ... argument} = &{storage for fl}:
./sort_search.go:25:13:     from fl (spill) at ./sort_search.go:25:13
./sort_search.go:25:13:     from ... argument (slice-literal-element) at ./sort_search.go:25:13
./sort_search.go:25:13:   flow: {heap} = {storage for ... argument}:
./sort_search.go:25:13:     from ... argument (spill) at ./sort_search.go:25:13
./sort_search.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:25:13
./sort_search.go:23:17: []float64{...} escapes to heap:
./sort_search.go:23:17:   flow: fl = &{storage for []float64{...}}:
./sort_search.go:23:17:     from []float64{...} (spill) at ./sort_search.go:23:17
./sort_search.go:23:17:     from fl := []float64{...} (assign) at ./sort_search.go:23:5
./sort_search.go:23:17:   flow: {heap} = fl:
./sort_search.go:23:17:     from sort.Float64s(fl) (call parameter) at ./sort_search.go:24:15
./sort_search.go:22:61: sort.Float64sAreSorted([]float64{...}) escapes to heap:
./sort_search.go:22:61:   flow: {storage for ... argument} = &{storage for sort.Float64sAreSorted([]float64{...})}:
./sort_search.go:22:61:     from sort.Float64sAreSorted([]float64{...}) (spill) at ./sort_search.go:22:61
./sort_search.go:22:61:     from ... argument (slice-literal-element) at ./sort_search.go:22:13
./sort_search.go:22:61:   flow: {heap} = {storage for ... argument}:
./sort_search.go:22:61:     from ... argument (spill) at ./sort_search.go:22:13
./sort_search.go:22:61:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:22:13
./sort_search.go:22:32: sort.IntsAreSorted(nil) escapes to heap:
./sort_search.go:22:32:   flow: {storage for ... argument} = &{storage for sort.IntsAreSorted(nil)}:
./sort_search.go:22:32:     from sort.IntsAreSorted(nil) (spill) at ./sort_search.go:22:32
./sort_search.go:22:32:     from ... argument (slice-literal-element) at ./sort_search.go:22:13
./sort_search.go:22:32:   flow: {heap} = {storage for ... argument}:
./sort_search.go:22:32:     from ... argument (spill) at ./sort_search.go:22:13
./sort_search.go:22:32:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:22:13
./sort_search.go:15:15: []string{...} escapes to heap:
./sort_search.go:15:15:   flow: s = &{storage for []string{...}}:
./sort_search.go:15:15:     from []string{...} (spill) at ./sort_search.go:15:15
./sort_search.go:15:15:     from s := []string{...} (assign) at ./sort_search.go:15:4
./sort_search.go:15:15:   flow: {heap} = s:
./sort_search.go:15:15:     from sort.StringsAreSorted(s) (call parameter) at ./sort_search.go:21:91
./sort_search.go:9:12: []int{...} escapes to heap:
./sort_search.go:9:12:   flow: a = &{storage for []int{...}}:
./sort_search.go:9:12:     from []int{...} (spill) at ./sort_search.go:9:12
./sort_search.go:9:12:     from a := []int{...} (assign) at ./sort_search.go:9:4
./sort_search.go:9:12:   flow: {heap} = a:
./sort_search.go:9:12:     from sort.IntsAreSorted(a) (call parameter) at ./sort_search.go:21:32
./sort_search.go:21:91: sort.StringsAreSorted(s) escapes to heap:
./sort_search.go:21:91:   flow: {storage for ... argument} = &{storage for sort.StringsAreSorted(s)}:
./sort_search.go:21:91:     from sort.StringsAreSorted(s) (spill) at ./sort_search.go:21:91
./sort_search.go:21:91:     from ... argument (slice-literal-element) at ./sort_search.go:21:13
./sort_search.go:21:91:   flow: {heap} = {storage for ... argument}:
./sort_search.go:21:91:     from ... argument (spill) at ./sort_search.go:21:13
./sort_search.go:21:91:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:21:13
./sort_search.go:21:55: sort.IntsAreSorted([]int{...}) escapes to heap:
./sort_search.go:21:55:   flow: {storage for ... argument} = &{storage for sort.IntsAreSorted([]int{...})}:
./sort_search.go:21:55:     from sort.IntsAreSorted([]int{...}) (spill) at ./sort_search.go:21:55
./sort_search.go:21:55:     from ... argument (slice-literal-element) at ./sort_search.go:21:13
./sort_search.go:21:55:   flow: {heap} = {storage for ... argument}:
./sort_search.go:21:55:     from ... argument (spill) at ./sort_search.go:21:13
./sort_search.go:21:55:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:21:13
./sort_search.go:21:32: sort.IntsAreSorted(a) escapes to heap:
./sort_search.go:21:32:   flow: {storage for ... argument} = &{storage for sort.IntsAreSorted(a)}:
./sort_search.go:21:32:     from sort.IntsAreSorted(a) (spill) at ./sort_search.go:21:32
./sort_search.go:21:32:     from ... argument (slice-literal-element) at ./sort_search.go:21:13
./sort_search.go:21:32:   flow: {heap} = {storage for ... argument}:
./sort_search.go:21:32:     from ... argument (spill) at ./sort_search.go:21:13
./sort_search.go:21:32:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:21:13
./sort_search.go:20:25: sort.Search(0, func literal) escapes to heap:
./sort_search.go:20:25:   flow: {storage for ... argument} = &{storage for sort.Search(0, func literal)}:
./sort_search.go:20:25:     from sort.Search(0, func literal) (spill) at ./sort_search.go:20:25
./sort_search.go:20:25:     from ... argument (slice-literal-element) at ./sort_search.go:20:13
./sort_search.go:20:25:   flow: {heap} = {storage for ... argument}:
./sort_search.go:20:25:     from ... argument (spill) at ./sort_search.go:20:13
./sort_search.go:20:25:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:20:13
./sort_search.go:19:13: probes escapes to heap:
./sort_search.go:19:13:   flow: {storage for ... argument} = &{storage for probes}:
./sort_search.go:19:13:     from probes (spill) at ./sort_search.go:19:13
./sort_search.go:19:13:     from ... argument (slice-literal-element) at ./sort_search.go:19:13
./sort_search.go:19:13:   flow: {heap} = {storage for ... argument}:
./sort_search.go:19:13:     from ... argument (spill) at ./sort_search.go:19:13
./sort_search.go:19:13:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:19:13
./sort_search.go:19:13: i escapes to heap:
./sort_search.go:19:13:   flow: {storage for ... argument} = &{storage for i}:
./sort_search.go:19:13:     from i (spill) at ./sort_search.go:19:13
./sort_search.go:19:13:     from ... argument (slice-literal-element) at ./sort_search.go:19:13
./sort_search.go:19:13:   flow: {heap} = {storage for ... argument}:
./sort_search.go:19:13:     from ... argument (spill) at ./sort_search.go:19:13
./sort_search.go:19:13:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:19:13
./sort_search.go:16:93: sort.SearchStrings(s, "z") escapes to heap:
./sort_search.go:16:93:   flow: {storage for ... argument} = &{storage for sort.SearchStrings(s, "z")}:
./sort_search.go:16:93:     from sort.SearchStrings(s, "z") (spill) at ./sort_search.go:16:93
./sort_search.go:16:93:     from ... argument (slice-literal-element) at ./sort_search.go:16:13
./sort_search.go:16:93:   flow: {heap} = {storage for ... argument}:
./sort_search.go:16:93:     from ... argument (spill) at ./sort_search.go:16:13
./sort_search.go:16:93:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:16:13
./sort_search.go:16:65: sort.SearchStrings(s, "a") escapes to heap:
./sort_search.go:16:65:   flow: {storage for ... argument} = &{storage for sort.SearchStrings(s, "a")}:
./sort_search.go:16:65:     from sort.SearchStrings(s, "a") (spill) at ./sort_search.go:16:65
./sort_search.go:16:65:     from ... argument (slice-literal-element) at ./sort_search.go:16:13
./sort_search.go:16:65:   flow: {heap} = {storage for ... argument}:
./sort_search.go:16:65:     from ... argument (spill) at ./sort_search.go:16:13
./sort_search.go:16:65:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:16:13
./sort_search.go:16:32: sort.SearchStrings(s, "banana") escapes to heap:
./sort_search.go:16:32:   flow: {storage for ... argument} = &{storage for sort.SearchStrings(s, "banana")}:
./sort_search.go:16:32:     from sort.SearchStrings(s, "banana") (spill) at ./sort_search.go:16:32
./sort_search.go:16:32:     from ... argument (slice-literal-element) at ./sort_search.go:16:13
./sort_search.go:16:32:   flow: {heap} = {storage for ... argument}:
./sort_search.go:16:32:     from ... argument (spill) at ./sort_search.go:16:13
./sort_search.go:16:32:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:16:13
./sort_search.go:14:63: sort.SearchFloat64s(f, 100) escapes to heap:
./sort_search.go:14:63:   flow: {storage for ... argument} = &{storage for sort.SearchFloat64s(f, 100)}:
./sort_search.go:14:63:     from sort.SearchFloat64s(f, 100) (spill) at ./sort_search.go:14:63
./sort_search.go:14:63:     from ... argument (slice-literal-element) at ./sort_search.go:14:13
./sort_search.go:14:63:   flow: {heap} = {storage for ... argument}:
./sort_search.go:14:63:     from ... argument (spill) at ./sort_search.go:14:13
./sort_search.go:14:63:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:14:13
./sort_search.go:14:33: sort.SearchFloat64s(f, 2.25) escapes to heap:
./sort_search.go:14:33:   flow: {storage for ... argument} = &{storage for sort.SearchFloat64s(f, 2.25)}:
./sort_search.go:14:33:     from sort.SearchFloat64s(f, 2.25) (spill) at ./sort_search.go:14:33
./sort_search.go:14:33:     from ... argument (slice-literal-element) at ./sort_search.go:14:13
./sort_search.go:14:33:   flow: {heap} = {storage for ... argument}:
./sort_search.go:14:33:     from ... argument (spill) at ./sort_search.go:14:13
./sort_search.go:14:33:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:14:13
./sort_search.go:11:33: sort.SearchInts(a, x) escapes to heap:
./sort_search.go:11:33:   flow: {storage for ... argument} = &{storage for sort.SearchInts(a, x)}:
./sort_search.go:11:33:     from sort.SearchInts(a, x) (spill) at ./sort_search.go:11:33
./sort_search.go:11:33:     from ... argument (slice-literal-element) at ./sort_search.go:11:14
./sort_search.go:11:33:   flow: {heap} = {storage for ... argument}:
./sort_search.go:11:33:     from ... argument (spill) at ./sort_search.go:11:14
./sort_search.go:11:33:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:11:14
./sort_search.go:11:14: x escapes to heap:
./sort_search.go:11:14:   flow: {storage for ... argument} = &{storage for x}:
./sort_search.go:11:14:     from x (spill) at ./sort_search.go:11:14
./sort_search.go:11:14:     from ... argument (slice-literal-element) at ./sort_search.go:11:14
./sort_search.go:11:14:   flow: {heap} = {storage for ... argument}:
./sort_search.go:11:14:     from ... argument (spill) at ./sort_search.go:11:14
./sort_search.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./sort_search.go:11:14
./sort_search.go:9:12: []int{...} escapes to heap
./sort_search.go:10:25: []int{...} does not escape
./sort_search.go:11:14: ... argument does not escape
./sort_search.go:11:14: x escapes to heap
./sort_search.go:11:33: sort.SearchInts(a, x) escapes to heap
./sort_search.go:13:16: []float64{...} does not escape
./sort_search.go:14:13: ... argument does not escape
./sort_search.go:14:33: sort.SearchFloat64s(f, 2.25) escapes to heap
./sort_search.go:14:63: sort.SearchFloat64s(f, 100) escapes to heap
./sort_search.go:15:15: []string{...} escapes to heap
./sort_search.go:16:13: ... argument does not escape
./sort_search.go:16:32: sort.SearchStrings(s, "banana") escapes to heap
./sort_search.go:16:65: sort.SearchStrings(s, "a") escapes to heap
./sort_search.go:16:93: sort.SearchStrings(s, "z") escapes to heap
./sort_search.go:18:25: func literal does not escape
./sort_search.go:19:13: ... argument does not escape
./sort_search.go:19:13: i escapes to heap
./sort_search.go:19:13: probes escapes to heap
./sort_search.go:20:13: ... argument does not escape
./sort_search.go:20:25: sort.Search(0, func literal) escapes to heap
./sort_search.go:20:29: func literal does not escape
./sort_search.go:20:51: "never" escapes to heap
./sort_search.go:21:13: ... argument does not escape
./sort_search.go:21:32: sort.IntsAreSorted(a) escapes to heap
./sort_search.go:21:55: sort.IntsAreSorted([]int{...}) escapes to heap
./sort_search.go:21:61: []int{...} escapes to heap
./sort_search.go:21:91: sort.StringsAreSorted(s) escapes to heap
./sort_search.go:22:13: ... argument does not escape
./sort_search.go:22:32: sort.IntsAreSorted(nil) escapes to heap
./sort_search.go:22:61: sort.Float64sAreSorted([]float64{...}) escapes to heap
./sort_search.go:22:71: []float64{...} escapes to heap
./sort_search.go:23:17: []float64{...} escapes to heap
./sort_search.go:25:13: ... argument does not escape
./sort_search.go:25:13: fl escapes to heap
./sort_search.go:26:13: []int{...} escapes to heap
./sort_search.go:28:13: ... argument does not escape
./sort_search.go:28:13: in escapes to heap
./sort_search.go:31:13: ... argument does not escape
./sort_search.go:31:20: empty == nil escapes to heap
./sort_search.go:31:31: len(empty) escapes to heap

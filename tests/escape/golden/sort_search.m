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

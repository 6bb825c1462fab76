./sort_floats_strings.go:41:12: make([]int, n) escapes to heap
./sort_floats_strings.go:48:37: make([]int, n) escapes to heap
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

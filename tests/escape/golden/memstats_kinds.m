./memstats_kinds.go:28:11: leaking param: label
./memstats_kinds.go:28:25: f does not escape
./memstats_kinds.go:32:13: ... argument does not escape
./memstats_kinds.go:32:13: label escapes to heap
./memstats_kinds.go:32:34: after - before >= atLeast escapes to heap
./memstats_kinds.go:37:17: make([]*T, 0, 300) escapes to heap
./memstats_kinds.go:38:19: make([][]int, 0, 300) escapes to heap
./memstats_kinds.go:39:17: make([]map[int]int, 0, 300) escapes to heap
./memstats_kinds.go:40:18: make([]func() int, 0, 300) escapes to heap
./memstats_kinds.go:41:20: make([]string, 0, 300) escapes to heap
./memstats_kinds.go:42:18: make([][]byte, 0, 300) escapes to heap
./memstats_kinds.go:44:15: func literal does not escape
./memstats_kinds.go:46:35: new(T) escapes to heap
./memstats_kinds.go:49:16: func literal does not escape
./memstats_kinds.go:51:32: &T{...} escapes to heap
./memstats_kinds.go:54:25: func literal does not escape
./memstats_kinds.go:56:41: []int{...} escapes to heap
./memstats_kinds.go:59:22: func literal does not escape
./memstats_kinds.go:61:40: make([]int, i + 1) escapes to heap
./memstats_kinds.go:64:20: func literal does not escape
./memstats_kinds.go:66:13: make(map[int]int) escapes to heap
./memstats_kinds.go:71:19: func literal does not escape
./memstats_kinds.go:74:34: func literal escapes to heap
./memstats_kinds.go:77:25: func literal does not escape
./memstats_kinds.go:84:25: func literal does not escape
./memstats_kinds.go:86:23: []string{...} does not escape
./memstats_kinds.go:88:42: base + suffixes[i % 3] escapes to heap
./memstats_kinds.go:91:26: func literal does not escape
./memstats_kinds.go:94:40: ([]byte)(s) escapes to heap
./memstats_kinds.go:97:26: func literal does not escape
./memstats_kinds.go:98:14: ([]byte)("a byte slice longer than thirty-two bytes, to be safe") does not escape
./memstats_kinds.go:100:44: string(b) escapes to heap
./memstats_kinds.go:108:13: ... argument does not escape
./memstats_kinds.go:108:17: len(sinkPtrs) escapes to heap
./memstats_kinds.go:108:32: len(sinkSlices) escapes to heap
./memstats_kinds.go:108:49: len(sinkMaps) escapes to heap
./memstats_kinds.go:108:49: total escapes to heap
./memstats_kinds.go:108:71: len(sinkStrings) escapes to heap
./memstats_kinds.go:108:89: len(sinkBytes) escapes to heap

./memstats_kinds.go:32:34: after - before >= atLeast escapes to heap:
./memstats_kinds.go:32:34:   flow: {storage for ... argument} = &{storage for after - before >= atLeast}:
./memstats_kinds.go:32:34:     from after - before >= atLeast (spill) at ./memstats_kinds.go:32:34
./memstats_kinds.go:32:34:     from ... argument (slice-literal-element) at ./memstats_kinds.go:32:13
./memstats_kinds.go:32:34:   flow: {heap} = {storage for ... argument}:
./memstats_kinds.go:32:34:     from ... argument (spill) at ./memstats_kinds.go:32:13
./memstats_kinds.go:32:34:     from fmt.Println(... argument...) (call parameter) at ./memstats_kinds.go:32:13
./memstats_kinds.go:32:13: label escapes to heap:
./memstats_kinds.go:32:13:   flow: {storage for ... argument} = &{storage for label}:
./memstats_kinds.go:32:13:     from label (spill) at ./memstats_kinds.go:32:13
./memstats_kinds.go:32:13:     from ... argument (slice-literal-element) at ./memstats_kinds.go:32:13
./memstats_kinds.go:32:13:   flow: {heap} = {storage for ... argument}:
./memstats_kinds.go:32:13:     from ... argument (spill) at ./memstats_kinds.go:32:13
./memstats_kinds.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./memstats_kinds.go:32:13
./memstats_kinds.go:28:11: parameter label leaks to {storage for label} with derefs=0:
./memstats_kinds.go:28:11:   flow: {storage for label} = label:
./memstats_kinds.go:28:11:     from label (interface-converted) at ./memstats_kinds.go:32:13
./memstats_kinds.go:28:11: leaking param: label
./memstats_kinds.go:28:25: f does not escape
./memstats_kinds.go:32:13: ... argument does not escape
./memstats_kinds.go:32:13: label escapes to heap
./memstats_kinds.go:32:34: after - before >= atLeast escapes to heap
./memstats_kinds.go:37:17: make([]*T, 0, 300) escapes to heap:
./memstats_kinds.go:37:17:   flow: {heap} = &{storage for make([]*T, 0, 300)}:
./memstats_kinds.go:37:17:     from make([]*T, 0, 300) (spill) at ./memstats_kinds.go:37:17
./memstats_kinds.go:37:17:     from sinkPtrs = make([]*T, 0, 300) (assign) at ./memstats_kinds.go:37:11
./memstats_kinds.go:38:19: make([][]int, 0, 300) escapes to heap:
./memstats_kinds.go:38:19:   flow: {heap} = &{storage for make([][]int, 0, 300)}:
./memstats_kinds.go:38:19:     from make([][]int, 0, 300) (spill) at ./memstats_kinds.go:38:19
./memstats_kinds.go:38:19:     from sinkSlices = make([][]int, 0, 300) (assign) at ./memstats_kinds.go:38:13
./memstats_kinds.go:39:17: make([]map[int]int, 0, 300) escapes to heap:
./memstats_kinds.go:39:17:   flow: {heap} = &{storage for make([]map[int]int, 0, 300)}:
./memstats_kinds.go:39:17:     from make([]map[int]int, 0, 300) (spill) at ./memstats_kinds.go:39:17
./memstats_kinds.go:39:17:     from sinkMaps = make([]map[int]int, 0, 300) (assign) at ./memstats_kinds.go:39:11
./memstats_kinds.go:40:18: make([]func() int, 0, 300) escapes to heap:
./memstats_kinds.go:40:18:   flow: {heap} = &{storage for make([]func() int, 0, 300)}:
./memstats_kinds.go:40:18:     from make([]func() int, 0, 300) (spill) at ./memstats_kinds.go:40:18
./memstats_kinds.go:40:18:     from sinkFuncs = make([]func() int, 0, 300) (assign) at ./memstats_kinds.go:40:12
./memstats_kinds.go:41:20: make([]string, 0, 300) escapes to heap:
./memstats_kinds.go:41:20:   flow: {heap} = &{storage for make([]string, 0, 300)}:
./memstats_kinds.go:41:20:     from make([]string, 0, 300) (spill) at ./memstats_kinds.go:41:20
./memstats_kinds.go:41:20:     from sinkStrings = make([]string, 0, 300) (assign) at ./memstats_kinds.go:41:14
./memstats_kinds.go:42:18: make([][]byte, 0, 300) escapes to heap:
./memstats_kinds.go:42:18:   flow: {heap} = &{storage for make([][]byte, 0, 300)}:
./memstats_kinds.go:42:18:     from make([][]byte, 0, 300) (spill) at ./memstats_kinds.go:42:18
./memstats_kinds.go:42:18:     from sinkBytes = make([][]byte, 0, 300) (assign) at ./memstats_kinds.go:42:12
./memstats_kinds.go:46:35: new(T) escapes to heap:
./memstats_kinds.go:46:35:   flow: {heap} = &{storage for new(T)}:
./memstats_kinds.go:46:35:     from new(T) (spill) at ./memstats_kinds.go:46:35
./memstats_kinds.go:46:35:     from append(sinkPtrs, new(T)) (call parameter) at ./memstats_kinds.go:46:21
./memstats_kinds.go:51:32: &T{...} escapes to heap:
./memstats_kinds.go:51:32:   flow: {heap} = &{storage for &T{...}}:
./memstats_kinds.go:51:32:     from &T{...} (spill) at ./memstats_kinds.go:51:32
./memstats_kinds.go:51:32:     from append(sinkPtrs, &T{...}) (call parameter) at ./memstats_kinds.go:51:21
./memstats_kinds.go:56:41: []int{...} escapes to heap:
./memstats_kinds.go:56:41:   flow: {heap} = &{storage for []int{...}}:
./memstats_kinds.go:56:41:     from []int{...} (spill) at ./memstats_kinds.go:56:41
./memstats_kinds.go:56:41:     from append(sinkSlices, []int{...}) (call parameter) at ./memstats_kinds.go:56:23
./memstats_kinds.go:61:40: make([]int, i + 1) escapes to heap:
./memstats_kinds.go:61:40:   flow: {heap} = &{storage for make([]int, i + 1)}:
./memstats_kinds.go:61:40:     from make([]int, i + 1) (spill) at ./memstats_kinds.go:61:40
./memstats_kinds.go:61:40:     from append(sinkSlices, make([]int, i + 1)) (call parameter) at ./memstats_kinds.go:61:23
./memstats_kinds.go:74:34: func literal escapes to heap:
./memstats_kinds.go:74:34:   flow: {heap} = &{storage for func literal}:
./memstats_kinds.go:74:34:     from func literal (spill) at ./memstats_kinds.go:74:34
./memstats_kinds.go:74:34:     from append(sinkFuncs, func literal) (call parameter) at ./memstats_kinds.go:74:22
./memstats_kinds.go:88:42: base + suffixes[i % 3] escapes to heap:
./memstats_kinds.go:88:42:   flow: {heap} = &{storage for base + suffixes[i % 3]}:
./memstats_kinds.go:88:42:     from base + suffixes[i % 3] (spill) at ./memstats_kinds.go:88:42
./memstats_kinds.go:88:42:     from append(sinkStrings, base + suffixes[i % 3]) (call parameter) at ./memstats_kinds.go:88:24
./memstats_kinds.go:94:40: ([]byte)(s) escapes to heap:
./memstats_kinds.go:94:40:   flow: {heap} = &{storage for ([]byte)(s)}:
./memstats_kinds.go:94:40:     from ([]byte)(s) (spill) at ./memstats_kinds.go:94:40
./memstats_kinds.go:94:40:     from append(sinkBytes, ([]byte)(s)) (call parameter) at ./memstats_kinds.go:94:22
./memstats_kinds.go:100:44: string(b) escapes to heap:
./memstats_kinds.go:100:44:   flow: {heap} = &{storage for string(b)}:
./memstats_kinds.go:100:44:     from string(b) (spill) at ./memstats_kinds.go:100:44
./memstats_kinds.go:100:44:     from append(sinkStrings, string(b)) (call parameter) at ./memstats_kinds.go:100:24
./memstats_kinds.go:73:4: main.func6 capturing by value: v (addr=false assign=false width=8)
./memstats_kinds.go:61:40: make([]int, i + 1) escapes to heap:
./memstats_kinds.go:61:40:   flow: {heap} = &{storage for make([]int, i + 1)}:
./memstats_kinds.go:61:40:     from make([]int, i + 1) (non-constant size) at ./memstats_kinds.go:61:40
./memstats_kinds.go:108:89: len(sinkBytes) escapes to heap:
./memstats_kinds.go:108:89:   flow: {storage for ... argument} = &{storage for len(sinkBytes)}:
./memstats_kinds.go:108:89:     from len(sinkBytes) (spill) at ./memstats_kinds.go:108:89
./memstats_kinds.go:108:89:     from ... argument (slice-literal-element) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:89:   flow: {heap} = {storage for ... argument}:
./memstats_kinds.go:108:89:     from ... argument (spill) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:89:     from fmt.Println(... argument...) (call parameter) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:71: len(sinkStrings) escapes to heap:
./memstats_kinds.go:108:71:   flow: {storage for ... argument} = &{storage for len(sinkStrings)}:
./memstats_kinds.go:108:71:     from len(sinkStrings) (spill) at ./memstats_kinds.go:108:71
./memstats_kinds.go:108:71:     from ... argument (slice-literal-element) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:71:   flow: {heap} = {storage for ... argument}:
./memstats_kinds.go:108:71:     from ... argument (spill) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:71:     from fmt.Println(... argument...) (call parameter) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:49: total escapes to heap:
./memstats_kinds.go:108:49:   flow: {storage for ... argument} = &{storage for total}:
./memstats_kinds.go:108:49:     from total (spill) at ./memstats_kinds.go:108:49
./memstats_kinds.go:108:49:     from ... argument (slice-literal-element) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:49:   flow: {heap} = {storage for ... argument}:
./memstats_kinds.go:108:49:     from ... argument (spill) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:49:     from fmt.Println(... argument...) (call parameter) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:49: len(sinkMaps) escapes to heap:
./memstats_kinds.go:108:49:   flow: {storage for ... argument} = &{storage for len(sinkMaps)}:
./memstats_kinds.go:108:49:     from len(sinkMaps) (spill) at ./memstats_kinds.go:108:49
./memstats_kinds.go:108:49:     from ... argument (slice-literal-element) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:49:   flow: {heap} = {storage for ... argument}:
./memstats_kinds.go:108:49:     from ... argument (spill) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:49:     from fmt.Println(... argument...) (call parameter) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:32: len(sinkSlices) escapes to heap:
./memstats_kinds.go:108:32:   flow: {storage for ... argument} = &{storage for len(sinkSlices)}:
./memstats_kinds.go:108:32:     from len(sinkSlices) (spill) at ./memstats_kinds.go:108:32
./memstats_kinds.go:108:32:     from ... argument (slice-literal-element) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:32:   flow: {heap} = {storage for ... argument}:
./memstats_kinds.go:108:32:     from ... argument (spill) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:32:     from fmt.Println(... argument...) (call parameter) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:17: len(sinkPtrs) escapes to heap:
./memstats_kinds.go:108:17:   flow: {storage for ... argument} = &{storage for len(sinkPtrs)}:
./memstats_kinds.go:108:17:     from len(sinkPtrs) (spill) at ./memstats_kinds.go:108:17
./memstats_kinds.go:108:17:     from ... argument (slice-literal-element) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:17:   flow: {heap} = {storage for ... argument}:
./memstats_kinds.go:108:17:     from ... argument (spill) at ./memstats_kinds.go:108:13
./memstats_kinds.go:108:17:     from fmt.Println(... argument...) (call parameter) at ./memstats_kinds.go:108:13
./memstats_kinds.go:66:13: make(map[int]int) escapes to heap:
./memstats_kinds.go:66:13:   flow: m = &{storage for make(map[int]int)}:
./memstats_kinds.go:66:13:     from make(map[int]int) (spill) at ./memstats_kinds.go:66:13
./memstats_kinds.go:66:13:     from m := make(map[int]int) (assign) at ./memstats_kinds.go:66:6
./memstats_kinds.go:66:13:   flow: {heap} = m:
./memstats_kinds.go:66:13:     from append(sinkMaps, m) (call parameter) at ./memstats_kinds.go:68:21
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

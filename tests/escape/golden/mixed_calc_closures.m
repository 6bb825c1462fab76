./mixed_calc_closures.go:27:14: leaking param: trace
./mixed_calc_closures.go:28:7: &Calc{...} escapes to heap
./mixed_calc_closures.go:28:31: map[string]Op{} escapes to heap
./mixed_calc_closures.go:29:15: func literal escapes to heap
./mixed_calc_closures.go:30:15: func literal escapes to heap
./mixed_calc_closures.go:39:7: leaking param content: c
./mixed_calc_closures.go:39:19: leaking param: op
./mixed_calc_closures.go:40:8: func literal does not escape
./mixed_calc_closures.go:42:20: ... argument does not escape
./mixed_calc_closures.go:47:25: "unknown op " + op escapes to heap
./mixed_calc_closures.go:47:23: "unknown op " + op escapes to heap
./mixed_calc_closures.go:51:8: &entry{...} escapes to heap
./mixed_calc_closures.go:53:21: ... argument does not escape
./mixed_calc_closures.go:53:23: e.op escapes to heap
./mixed_calc_closures.go:53:29: e.result escapes to heap
./mixed_calc_closures.go:58:15: leaking param content: vs
./mixed_calc_closures.go:63:33: ... argument does not escape
./mixed_calc_closures.go:63:34: x escapes to heap
./mixed_calc_closures.go:65:31: "string " + x escapes to heap
./mixed_calc_closures.go:67:30: "error " + x.Error() escapes to heap
./mixed_calc_closures.go:71:33: ... argument does not escape
./mixed_calc_closures.go:77:13: moved to heap: s
./mixed_calc_closures.go:82:2: moved to heap: h
./mixed_calc_closures.go:82:5: moved to heap: t
./mixed_calc_closures.go:88:5: func literal escapes to heap
./mixed_calc_closures.go:91:10: &entry{...} escapes to heap
./mixed_calc_closures.go:99:20: leaking param: s
./mixed_calc_closures.go:98:6: moved to heap: lines
./mixed_calc_closures.go:99:15: func literal escapes to heap
./mixed_calc_closures.go:100:13: ... argument does not escape
./mixed_calc_closures.go:100:13: .autotmp_2 escapes to heap
./mixed_calc_closures.go:101:13: ... argument does not escape
./mixed_calc_closures.go:101:13: .autotmp_4 escapes to heap
./mixed_calc_closures.go:102:13: ... argument does not escape
./mixed_calc_closures.go:102:13: .autotmp_6 escapes to heap
./mixed_calc_closures.go:103:13: ... argument does not escape
./mixed_calc_closures.go:103:13: lines escapes to heap
./mixed_calc_closures.go:103:24: len(c.hist) escapes to heap
./mixed_calc_closures.go:104:13: ... argument does not escape
./mixed_calc_closures.go:104:22: classify(... argument...) escapes to heap
./mixed_calc_closures.go:104:22: ... argument does not escape
./mixed_calc_closures.go:104:23: 1 escapes to heap
./mixed_calc_closures.go:104:26: "x" escapes to heap
./mixed_calc_closures.go:104:44: 2.5 escapes to heap
./mixed_calc_closures.go:106:13: ... argument does not escape
./mixed_calc_closures.go:106:14: *h escapes to heap
./mixed_calc_closures.go:106:18: *t escapes to heap
./mixed_calc_closures.go:111:13: ... argument does not escape
./mixed_calc_closures.go:111:13: sum escapes to heap
./mixed_calc_closures.go:122:13: ... argument does not escape
./mixed_calc_closures.go:122:13: grid escapes to heap
./mixed_calc_closures.go:123:13: make([]int, 2) escapes to heap
./mixed_calc_closures.go:124:22: []int{...} does not escape
./mixed_calc_closures.go:125:13: ... argument does not escape
./mixed_calc_closures.go:125:13: n escapes to heap
./mixed_calc_closures.go:125:13: dst escapes to heap
./mixed_calc_closures.go:131:14: ... argument does not escape
./mixed_calc_closures.go:131:15: "got" escapes to heap
./mixed_calc_closures.go:131:15: v escapes to heap

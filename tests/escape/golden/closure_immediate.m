./closure_immediate.go:33:19: xs does not escape
./closure_immediate.go:16:13: ... argument does not escape
./closure_immediate.go:16:13: table escapes to heap
./closure_immediate.go:18:7: func literal does not escape
./closure_immediate.go:19:13: ... argument does not escape
./closure_immediate.go:19:13: v escapes to heap
./closure_immediate.go:21:10: func literal does not escape
./closure_immediate.go:22:13: ... argument does not escape
./closure_immediate.go:22:13: q escapes to heap
./closure_immediate.go:22:13: r escapes to heap
./closure_immediate.go:24:7: func literal does not escape
./closure_immediate.go:24:40: []string{...} escapes to heap
./closure_immediate.go:25:13: ... argument does not escape
./closure_immediate.go:25:13: s escapes to heap
./closure_immediate.go:25:20: len(s) escapes to heap
./closure_immediate.go:28:2: func literal does not escape
./closure_immediate.go:31:13: ... argument does not escape
./closure_immediate.go:31:13: n escapes to heap
./closure_immediate.go:33:13: ... argument does not escape
./closure_immediate.go:39:3: (func literal)(... argument...) escapes to heap
./closure_immediate.go:33:14: func literal does not escape
./closure_immediate.go:39:3: ... argument does not escape
./closure_immediate.go:43:12: func literal does not escape
./closure_immediate.go:45:13: ... argument does not escape
./closure_immediate.go:45:13: total escapes to heap
./closure_immediate.go:7:13: func literal does not escape

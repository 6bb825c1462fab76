./closure_nested.go:8:7: func literal does not escape
./closure_nested.go:9:8: func literal does not escape
./closure_nested.go:22:17: xs does not escape
./closure_nested.go:23:9: func literal does not escape
./closure_nested.go:37:2: moved to heap: level
./closure_nested.go:34:13: ... argument does not escape
./closure_nested.go:34:19: outer(1) escapes to heap
./closure_nested.go:35:30: []int{...} does not escape
./closure_nested.go:35:13: ... argument does not escape
./closure_nested.go:35:13: .autotmp_0 escapes to heap
./closure_nested.go:35:13: .autotmp_1 escapes to heap
./closure_nested.go:38:8: func literal does not escape
./closure_nested.go:40:10: func literal escapes to heap
./closure_nested.go:42:11: func literal escapes to heap
./closure_nested.go:48:13: ... argument does not escape
./closure_nested.go:48:20: .autotmp_5() escapes to heap
./closure_nested.go:48:20: level escapes to heap
./closure_nested.go:51:2: func literal does not escape
./closure_nested.go:53:3: func literal does not escape
./closure_nested.go:54:14: ... argument does not escape
./closure_nested.go:54:15: "inner x" escapes to heap
./closure_nested.go:54:15: x escapes to heap
./closure_nested.go:56:13: ... argument does not escape
./closure_nested.go:56:14: "outer x" escapes to heap
./closure_nested.go:56:14: x escapes to heap

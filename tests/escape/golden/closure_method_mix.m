./closure_method_mix.go:14:7: b does not escape
./closure_method_mix.go:15:7: b does not escape
./closure_method_mix.go:19:7: i does not escape
./closure_method_mix.go:31:9: moved to heap: p
./closure_method_mix.go:33:9: func literal escapes to heap
./closure_method_mix.go:37:7: func literal does not escape
./closure_method_mix.go:38:13: ... argument does not escape
./closure_method_mix.go:38:14: "init" escapes to heap
./closure_method_mix.go:38:23: f() escapes to heap
./closure_method_mix.go:81:14: xs does not escape
./closure_method_mix.go:95:6: moved to heap: i
./closure_method_mix.go:45:8: func literal does not escape
./closure_method_mix.go:46:14: ... argument does not escape
./closure_method_mix.go:46:16: f() escapes to heap
./closure_method_mix.go:48:7: func literal does not escape
./closure_method_mix.go:49:13: ... argument does not escape
./closure_method_mix.go:49:15: g() escapes to heap
./closure_method_mix.go:52:7: func literal does not escape
./closure_method_mix.go:53:10: func literal escapes to heap
./closure_method_mix.go:55:13: ... argument does not escape
./closure_method_mix.go:55:17: .autotmp_6() escapes to heap
./closure_method_mix.go:58:8: func literal does not escape
./closure_method_mix.go:60:14: ... argument does not escape
./closure_method_mix.go:60:14: y escapes to heap
./closure_method_mix.go:60:19: k() escapes to heap
./closure_method_mix.go:65:12: b.First does not escape
./closure_method_mix.go:67:13: ... argument does not escape
./closure_method_mix.go:67:19: first() escapes to heap
./closure_method_mix.go:67:30: Big.First(b) escapes to heap
./closure_method_mix.go:67:35: b.s escapes to heap
./closure_method_mix.go:69:15: []Outer{...} does not escape
./closure_method_mix.go:72:15: os[0].Inner.Bump does not escape
./closure_method_mix.go:74:13: ... argument does not escape
./closure_method_mix.go:74:19: os[0].Inner.n escapes to heap
./closure_method_mix.go:74:28: os[1].Inner.n escapes to heap
./closure_method_mix.go:77:10: func literal escapes to heap
./closure_method_mix.go:77:43: ... argument does not escape
./closure_method_mix.go:77:46: sm.name escapes to heap
./closure_method_mix.go:77:55: sm.v escapes to heap
./closure_method_mix.go:78:9: func literal does not escape
./closure_method_mix.go:78:39: func literal escapes to heap
./closure_method_mix.go:78:75: show() + "!" + sm.name escapes to heap
./closure_method_mix.go:79:13: ... argument does not escape
./closure_method_mix.go:79:19: .autotmp_16() escapes to heap
./closure_method_mix.go:81:9: func literal does not escape
./closure_method_mix.go:88:15: []int{...} does not escape
./closure_method_mix.go:89:13: ... argument does not escape
./closure_method_mix.go:89:17: sum(nums...) escapes to heap
./closure_method_mix.go:89:31: sum(nil...) escapes to heap
./closure_method_mix.go:89:38: sum(... argument...) escapes to heap
./closure_method_mix.go:89:38: ... argument does not escape
./closure_method_mix.go:92:13: ... argument does not escape
./closure_method_mix.go:92:14: *c() escapes to heap
./closure_method_mix.go:92:20: *c() escapes to heap
./closure_method_mix.go:99:21: func literal escapes to heap
./closure_method_mix.go:101:13: ... argument does not escape
./closure_method_mix.go:101:17: len(fns) escapes to heap
./closure_method_mix.go:101:30: fns[0]() escapes to heap
./closure_method_mix.go:101:40: fns[1]() escapes to heap
./closure_method_mix.go:104:14: ... argument does not escape
./closure_method_mix.go:104:42: (func literal)() escapes to heap
./closure_method_mix.go:104:15: func literal does not escape

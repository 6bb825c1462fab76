./closure_return.go:8:9: func literal escapes to heap
./closure_return.go:11:14: leaking param: f
./closure_return.go:11:17: leaking param: g
./closure_return.go:12:9: func literal escapes to heap
./closure_return.go:15:12: leaking param: f
./closure_return.go:16:9: func literal escapes to heap
./closure_return.go:17:10: func literal escapes to heap
./closure_return.go:21:13: leaking param: f
./closure_return.go:23:10: func literal escapes to heap
./closure_return.go:28:15: leaking param: p
./closure_return.go:29:14: s does not escape
./closure_return.go:29:9: func literal escapes to heap
./closure_return.go:29:42: p + s escapes to heap
./closure_return.go:53:3: moved to heap: a
./closure_return.go:55:4: moved to heap: b
./closure_return.go:35:13: ... argument does not escape
./closure_return.go:35:18: add5(1) escapes to heap
./closure_return.go:35:28: add10(1) escapes to heap
./closure_return.go:35:37: add5(add10(0)) escapes to heap
./closure_return.go:37:12: func literal escapes to heap
./closure_return.go:40:13: ... argument does not escape
./closure_return.go:40:15: f(3) escapes to heap
./closure_return.go:40:21: g(3) escapes to heap
./closure_return.go:42:15: func literal escapes to heap
./closure_return.go:44:13: ... argument does not escape
./closure_return.go:44:20: times3(7) escapes to heap
./closure_return.go:44:31: .autotmp_7(5) escapes to heap
./closure_return.go:46:13: ... argument does not escape
./closure_return.go:46:32: .autotmp_8(1) escapes to heap
./closure_return.go:46:52: .autotmp_9(1) escapes to heap
./closure_return.go:49:13: ... argument does not escape
./closure_return.go:49:19: hello("world") escapes to heap
./closure_return.go:49:42: .autotmp_11("x") escapes to heap
./closure_return.go:52:11: func literal does not escape
./closure_return.go:54:10: func literal escapes to heap
./closure_return.go:56:11: func literal escapes to heap
./closure_return.go:66:13: ... argument does not escape
./closure_return.go:66:17: in1() escapes to heap
./closure_return.go:66:24: in1() escapes to heap
./closure_return.go:66:31: in2() escapes to heap

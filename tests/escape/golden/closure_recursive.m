./closure_recursive.go:61:14: leaking param: prefix
./closure_recursive.go:61:29: rest does not escape
./closure_recursive.go:9:8: func literal does not escape
./closure_recursive.go:15:13: ... argument does not escape
./closure_recursive.go:15:17: fib(20) escapes to heap
./closure_recursive.go:18:9: func literal does not escape
./closure_recursive.go:24:13: ... argument does not escape
./closure_recursive.go:24:18: fact(10) escapes to heap
./closure_recursive.go:27:21: map[int]int{} does not escape
./closure_recursive.go:29:9: func literal does not escape
./closure_recursive.go:40:13: ... argument does not escape
./closure_recursive.go:40:18: mfib(90) escapes to heap
./closure_recursive.go:40:27: len(memo) escapes to heap
./closure_recursive.go:44:11: func literal does not escape
./closure_recursive.go:50:10: func literal does not escape
./closure_recursive.go:56:13: ... argument does not escape
./closure_recursive.go:56:20: isEven(10) escapes to heap
./closure_recursive.go:56:31: isOdd(7) escapes to heap
./closure_recursive.go:56:42: isEven(7) escapes to heap
./closure_recursive.go:61:9: func literal does not escape
./closure_recursive.go:67:32: []byte{} escapes to heap
./closure_recursive.go:68:15: prefix + string(rest[i]) escapes to heap
./closure_recursive.go:68:22: string(rest[i]) does not escape
./closure_recursive.go:71:17: ([]byte)("abc") escapes to heap
./closure_recursive.go:72:13: ... argument does not escape
./closure_recursive.go:72:13: out escapes to heap
./closure_recursive.go:76:14: func literal does not escape
./closure_recursive.go:83:14: func literal does not escape
./closure_recursive.go:84:13: ... argument does not escape
./closure_recursive.go:84:18: orig(5) escapes to heap

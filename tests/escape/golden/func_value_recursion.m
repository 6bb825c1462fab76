./func_value_recursion.go:10:11: func literal escapes to heap
./func_value_recursion.go:16:10: func literal escapes to heap
./func_value_recursion.go:26:8: func literal does not escape
./func_value_recursion.go:32:13: ... argument does not escape
./func_value_recursion.go:32:17: fib(20) escapes to heap
./func_value_recursion.go:34:21: map[int]int{} does not escape
./func_value_recursion.go:36:9: func literal does not escape
./func_value_recursion.go:47:13: ... argument does not escape
./func_value_recursion.go:47:18: fibm(80) escapes to heap
./func_value_recursion.go:48:13: ... argument does not escape
./func_value_recursion.go:48:20: isEven(10) escapes to heap
./func_value_recursion.go:48:31: isOdd(7) escapes to heap
./func_value_recursion.go:48:42: isEven(7) escapes to heap
./func_value_recursion.go:51:9: func literal does not escape
./func_value_recursion.go:58:13: ... argument does not escape
./func_value_recursion.go:58:18: walk(2000) escapes to heap

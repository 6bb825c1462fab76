./func_value_variadic_multi.go:6:13: xs does not escape
./func_value_variadic_multi.go:25:15: leaking param: sep
./func_value_variadic_multi.go:25:27: leaking param content: parts
./func_value_variadic_multi.go:21:13: ... argument does not escape
./func_value_variadic_multi.go:22:13: ... argument does not escape
./func_value_variadic_multi.go:22:13: lo escapes to heap
./func_value_variadic_multi.go:22:13: hi escapes to heap
./func_value_variadic_multi.go:23:13: []int{...} does not escape
./func_value_variadic_multi.go:24:13: ... argument does not escape
./func_value_variadic_multi.go:24:13: .autotmp_4 escapes to heap
./func_value_variadic_multi.go:24:13: .autotmp_5 escapes to heap
./func_value_variadic_multi.go:25:10: func literal does not escape
./func_value_variadic_multi.go:36:13: ... argument does not escape
./func_value_variadic_multi.go:36:15: g("-", ... argument...) escapes to heap
./func_value_variadic_multi.go:36:15: ... argument does not escape
./func_value_variadic_multi.go:36:38: g("+", nil...) escapes to heap
./func_value_variadic_multi.go:37:12: func literal does not escape
./func_value_variadic_multi.go:38:13: ... argument does not escape
./func_value_variadic_multi.go:38:13: .autotmp_9 escapes to heap
./func_value_variadic_multi.go:38:13: .autotmp_10 escapes to heap

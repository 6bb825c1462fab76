./func_variadic.go:7:10: xs does not escape
./func_variadic.go:15:11: leaking param: prefix
./func_variadic.go:15:26: xs does not escape
./func_variadic.go:16:19: ... argument does not escape
./func_variadic.go:16:19: prefix escapes to heap
./func_variadic.go:16:31: len(xs) escapes to heap
./func_variadic.go:16:40: xs == nil escapes to heap
./func_variadic.go:19:16: xs does not escape
./func_variadic.go:46:17: leaking param: s to result ~r0 level=0
./func_variadic.go:26:13: ... argument does not escape
./func_variadic.go:26:17: sum(nil...) escapes to heap
./func_variadic.go:26:24: sum(... argument...) escapes to heap
./func_variadic.go:26:24: ... argument does not escape
./func_variadic.go:26:32: sum(... argument...) escapes to heap
./func_variadic.go:26:32: ... argument does not escape
./func_variadic.go:27:15: []int{...} escapes to heap
./func_variadic.go:28:13: ... argument does not escape
./func_variadic.go:28:17: sum(nums...) escapes to heap
./func_variadic.go:28:31: sum(nums[1:]...) escapes to heap
./func_variadic.go:30:13: ... argument does not escape
./func_variadic.go:30:18: info("a", nil...) escapes to heap
./func_variadic.go:31:13: ... argument does not escape
./func_variadic.go:31:18: info("b", ... argument...) escapes to heap
./func_variadic.go:31:18: ... argument does not escape
./func_variadic.go:32:13: ... argument does not escape
./func_variadic.go:32:18: info("c", []string{}...) escapes to heap
./func_variadic.go:32:32: []string{} does not escape
./func_variadic.go:33:13: ... argument does not escape
./func_variadic.go:33:18: info("d", nil...) escapes to heap
./func_variadic.go:36:13: ... argument does not escape
./func_variadic.go:36:13: nums escapes to heap
./func_variadic.go:38:11: ... argument does not escape
./func_variadic.go:39:13: ... argument does not escape
./func_variadic.go:39:13: a escapes to heap
./func_variadic.go:39:13: b escapes to heap
./func_variadic.go:42:13: ... argument does not escape
./func_variadic.go:42:15: f(... argument...) escapes to heap
./func_variadic.go:42:15: ... argument does not escape
./func_variadic.go:43:12: ... argument does not escape
./func_variadic.go:46:12: func literal does not escape
./func_variadic.go:47:16: ... argument escapes to heap
./func_variadic.go:48:13: ... argument does not escape
./func_variadic.go:48:13: got escapes to heap
./func_variadic.go:48:22: len(got) escapes to heap
./func_variadic.go:48:32: cap(got) escapes to heap

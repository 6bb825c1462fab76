./runtime_error_values.go:12:15: leaking param: name
./runtime_error_values.go:12:28: f does not escape
./runtime_error_values.go:26:8: moved to heap: re
./runtime_error_values.go:13:8: func literal does not escape
./runtime_error_values.go:17:14: ... argument does not escape
./runtime_error_values.go:17:15: name escapes to heap
./runtime_error_values.go:17:63: v.Error() escapes to heap
./runtime_error_values.go:19:14: ... argument does not escape
./runtime_error_values.go:19:15: name escapes to heap
./runtime_error_values.go:21:14: ... argument does not escape
./runtime_error_values.go:21:15: name escapes to heap
./runtime_error_values.go:21:15: v escapes to heap
./runtime_error_values.go:23:14: ... argument does not escape
./runtime_error_values.go:23:15: name escapes to heap
./runtime_error_values.go:27:15: ... argument does not escape
./runtime_error_values.go:27:16: "  errors.As runtime.Error:" escapes to heap
./runtime_error_values.go:27:55: errors.As(err, &re) escapes to heap
./runtime_error_values.go:27:84: strings.HasPrefix(err.Error(), "runtime error: ") escapes to heap
./runtime_error_values.go:56:37: moved to heap: wg
./runtime_error_values.go:36:12: []int{...} escapes to heap
./runtime_error_values.go:40:6: "s" does not escape
./runtime_error_values.go:43:20: func literal does not escape
./runtime_error_values.go:44:20: func literal does not escape
./runtime_error_values.go:45:27: func literal does not escape
./runtime_error_values.go:46:24: func literal does not escape
./runtime_error_values.go:47:21: func literal does not escape
./runtime_error_values.go:48:22: func literal does not escape
./runtime_error_values.go:49:26: func literal does not escape
./runtime_error_values.go:50:27: func literal does not escape
./runtime_error_values.go:51:24: func literal does not escape
./runtime_error_values.go:52:24: func literal does not escape
./runtime_error_values.go:52:41: make([]int, i - 4) escapes to heap
./runtime_error_values.go:53:25: func literal does not escape
./runtime_error_values.go:53:57: map[interface {}]int{...} does not escape
./runtime_error_values.go:53:59: s escapes to heap
./runtime_error_values.go:54:27: func literal does not escape
./runtime_error_values.go:54:62: s does not escape
./runtime_error_values.go:54:62: s does not escape
./runtime_error_values.go:55:20: func literal does not escape
./runtime_error_values.go:56:24: func literal does not escape
./runtime_error_values.go:57:27: func literal does not escape
./runtime_error_values.go:58:21: func literal does not escape
./runtime_error_values.go:59:25: func literal does not escape
./runtime_error_values.go:60:26: func literal does not escape
./runtime_error_values.go:60:40: "text" escapes to heap
./runtime_error_values.go:61:23: func literal does not escape
./runtime_error_values.go:61:37: 7 escapes to heap
./runtime_error_values.go:63:13: ... argument does not escape
./runtime_error_values.go:63:17: re == nil escapes to heap

./func_value_params.go:7:14: xs does not escape
./func_value_params.go:7:24: f does not escape
./func_value_params.go:8:13: make([]int, len(xs)) escapes to heap
./func_value_params.go:15:13: xs does not escape
./func_value_params.go:15:23: keep does not escape
./func_value_params.go:25:13: xs does not escape
./func_value_params.go:25:33: f does not escape
./func_value_params.go:36:19: sortBy ignoring self-assignment in xs[j], xs[j - 1] = xs[j - 1], xs[j]
./func_value_params.go:36:19: sortBy ignoring self-assignment in xs[j], xs[j - 1] = xs[j - 1], xs[j]
./func_value_params.go:33:13: leaking param content: xs
./func_value_params.go:33:26: less does not escape
./func_value_params.go:41:11: leaking param content: xs
./func_value_params.go:41:24: visit does not escape
./func_value_params.go:59:21: a does not escape
./func_value_params.go:59:24: b does not escape
./func_value_params.go:61:21: a does not escape
./func_value_params.go:61:24: b does not escape
./func_value_params.go:69:35: s does not escape
./func_value_params.go:51:13: []int{...} does not escape
./func_value_params.go:52:13: ... argument does not escape
./func_value_params.go:52:21: mapInts(xs, func literal) escapes to heap
./func_value_params.go:52:26: func literal does not escape
./func_value_params.go:53:13: ... argument does not escape
./func_value_params.go:53:20: filter(xs, func literal) escapes to heap
./func_value_params.go:53:25: func literal does not escape
./func_value_params.go:54:13: ... argument does not escape
./func_value_params.go:54:20: reduce(xs, 0, func literal) escapes to heap
./func_value_params.go:54:28: func literal does not escape
./func_value_params.go:55:13: ... argument does not escape
./func_value_params.go:55:20: reduce(xs, 1, func literal) escapes to heap
./func_value_params.go:55:28: func literal does not escape
./func_value_params.go:56:13: ... argument does not escape
./func_value_params.go:56:58: filter(nil, func literal) == nil escapes to heap
./func_value_params.go:56:26: func literal does not escape
./func_value_params.go:58:19: []string{...} escapes to heap
./func_value_params.go:59:16: func literal does not escape
./func_value_params.go:60:13: ... argument does not escape
./func_value_params.go:60:13: words escapes to heap
./func_value_params.go:61:16: func literal does not escape
./func_value_params.go:67:13: ... argument does not escape
./func_value_params.go:67:13: words escapes to heap
./func_value_params.go:69:23: func literal does not escape
./func_value_params.go:70:13: ... argument does not escape
./func_value_params.go:70:13: found escapes to heap

./func_value_types.go:10:10: leaking param: p
./func_value_types.go:10:13: leaking param: q
./func_value_types.go:11:9: func literal escapes to heap
./func_value_types.go:14:12: op does not escape
./func_value_types.go:17:25: map[string]BinOp{...} does not escape
./func_value_types.go:18:8: func literal escapes to heap
./func_value_types.go:19:8: func literal escapes to heap
./func_value_types.go:20:8: func literal escapes to heap
./func_value_types.go:22:19: []string{...} does not escape
./func_value_types.go:24:14: ... argument does not escape
./func_value_types.go:24:14: n escapes to heap
./func_value_types.go:24:23: apply(ops[n], 12, 4) escapes to heap
./func_value_types.go:27:18: func literal escapes to heap
./func_value_types.go:28:13: ... argument does not escape
./func_value_types.go:28:19: apply(mod, 12, 5) escapes to heap
./func_value_types.go:29:13: ... argument does not escape
./func_value_types.go:29:19: apply(BinOp(func literal), 1, 4) escapes to heap
./func_value_types.go:29:26: func literal does not escape
./func_value_types.go:31:15: func literal escapes to heap
./func_value_types.go:32:19: func literal escapes to heap
./func_value_types.go:34:25: []int{...} does not escape
./func_value_types.go:35:12: ... argument does not escape
./func_value_types.go:35:17: both(x) escapes to heap
./func_value_types.go:35:22: " " escapes to heap
./func_value_types.go:39:12: ... argument does not escape
./func_value_types.go:41:13: ... argument does not escape
./func_value_types.go:41:19: none == nil escapes to heap

./func_value_global_vars.go:14:13: ... argument does not escape
./func_value_global_vars.go:14:16: op(4) escapes to heap
./func_value_global_vars.go:14:27: ops[1](4) escapes to heap
./func_value_global_vars.go:14:43: table["sq"](5) escapes to heap
./func_value_global_vars.go:16:13: ... argument does not escape
./func_value_global_vars.go:16:16: op(4) escapes to heap
./func_value_global_vars.go:18:13: ... argument does not escape
./func_value_global_vars.go:18:17: len(table) escapes to heap
./func_value_global_vars.go:18:38: table["neg"](-3) escapes to heap
./func_value_global_vars.go:11:37: map[string]func(int) int{...} escapes to heap

./struct_func_fields.go:34:16: s does not escape
./struct_func_fields.go:36:17: s does not escape
./struct_func_fields.go:18:13: []Op{...} does not escape
./struct_func_fields.go:19:11: func literal escapes to heap
./struct_func_fields.go:20:11: func literal escapes to heap
./struct_func_fields.go:21:11: func literal escapes to heap
./struct_func_fields.go:26:15: ... argument does not escape
./struct_func_fields.go:26:18: op.Name escapes to heap
./struct_func_fields.go:26:25: "has no function" escapes to heap
./struct_func_fields.go:29:14: ... argument does not escape
./struct_func_fields.go:29:17: op.Name escapes to heap
./struct_func_fields.go:29:29: op.Fn(7, 3) escapes to heap
./struct_func_fields.go:34:11: func literal does not escape
./struct_func_fields.go:34:55: "before " + s escapes to heap
./struct_func_fields.go:36:12: func literal does not escape
./struct_func_fields.go:36:52: "after " + s escapes to heap
./struct_func_fields.go:39:13: ... argument does not escape
./struct_func_fields.go:39:13: log escapes to heap
./struct_func_fields.go:43:13: ... argument does not escape
./struct_func_fields.go:43:17: len(log) escapes to heap
./struct_func_fields.go:43:27: log[2] escapes to heap

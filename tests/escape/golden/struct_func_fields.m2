./struct_func_fields.go:34:55: "before " + s escapes to heap:
./struct_func_fields.go:34:55:   flow: {heap} = &{storage for "before " + s}:
./struct_func_fields.go:34:55:     from "before " + s (spill) at ./struct_func_fields.go:34:55
./struct_func_fields.go:34:55:     from append(log, "before " + s) (call parameter) at ./struct_func_fields.go:34:40
./struct_func_fields.go:32:6: main capturing by ref: log (addr=false assign=true width=24)
./struct_func_fields.go:43:27: log[2] escapes to heap:
./struct_func_fields.go:43:27:   flow: {storage for ... argument} = &{storage for log[2]}:
./struct_func_fields.go:43:27:     from log[2] (spill) at ./struct_func_fields.go:43:27
./struct_func_fields.go:43:27:     from ... argument (slice-literal-element) at ./struct_func_fields.go:43:13
./struct_func_fields.go:43:27:   flow: {heap} = {storage for ... argument}:
./struct_func_fields.go:43:27:     from ... argument (spill) at ./struct_func_fields.go:43:13
./struct_func_fields.go:43:27:     from fmt.Println(... argument...) (call parameter) at ./struct_func_fields.go:43:13
./struct_func_fields.go:43:17: len(log) escapes to heap:
./struct_func_fields.go:43:17:   flow: {storage for ... argument} = &{storage for len(log)}:
./struct_func_fields.go:43:17:     from len(log) (spill) at ./struct_func_fields.go:43:17
./struct_func_fields.go:43:17:     from ... argument (slice-literal-element) at ./struct_func_fields.go:43:13
./struct_func_fields.go:43:17:   flow: {heap} = {storage for ... argument}:
./struct_func_fields.go:43:17:     from ... argument (spill) at ./struct_func_fields.go:43:13
./struct_func_fields.go:43:17:     from fmt.Println(... argument...) (call parameter) at ./struct_func_fields.go:43:13
./struct_func_fields.go:39:13: log escapes to heap:
./struct_func_fields.go:39:13:   flow: {storage for ... argument} = &{storage for log}:
./struct_func_fields.go:39:13:     from log (spill) at ./struct_func_fields.go:39:13
./struct_func_fields.go:39:13:     from ... argument (slice-literal-element) at ./struct_func_fields.go:39:13
./struct_func_fields.go:39:13:   flow: {heap} = {storage for ... argument}:
./struct_func_fields.go:39:13:     from ... argument (spill) at ./struct_func_fields.go:39:13
./struct_func_fields.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./struct_func_fields.go:39:13
./struct_func_fields.go:29:29: op.Fn(7, 3) escapes to heap:
./struct_func_fields.go:29:29:   flow: {storage for ... argument} = &{storage for op.Fn(7, 3)}:
./struct_func_fields.go:29:29:     from op.Fn(7, 3) (spill) at ./struct_func_fields.go:29:29
./struct_func_fields.go:29:29:     from ... argument (slice-literal-element) at ./struct_func_fields.go:29:14
./struct_func_fields.go:29:29:   flow: {heap} = {storage for ... argument}:
./struct_func_fields.go:29:29:     from ... argument (spill) at ./struct_func_fields.go:29:14
./struct_func_fields.go:29:29:     from fmt.Println(... argument...) (call parameter) at ./struct_func_fields.go:29:14
./struct_func_fields.go:29:17: op.Name escapes to heap:
./struct_func_fields.go:29:17:   flow: {storage for ... argument} = &{storage for op.Name}:
./struct_func_fields.go:29:17:     from op.Name (spill) at ./struct_func_fields.go:29:17
./struct_func_fields.go:29:17:     from ... argument (slice-literal-element) at ./struct_func_fields.go:29:14
./struct_func_fields.go:29:17:   flow: {heap} = {storage for ... argument}:
./struct_func_fields.go:29:17:     from ... argument (spill) at ./struct_func_fields.go:29:14
./struct_func_fields.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./struct_func_fields.go:29:14
./struct_func_fields.go:26:25: "has no function" escapes to heap:
./struct_func_fields.go:26:25:   flow: {storage for ... argument} = &{storage for "has no function"}:
./struct_func_fields.go:26:25:     from "has no function" (spill) at ./struct_func_fields.go:26:25
./struct_func_fields.go:26:25:     from ... argument (slice-literal-element) at ./struct_func_fields.go:26:15
./struct_func_fields.go:26:25:   flow: {heap} = {storage for ... argument}:
./struct_func_fields.go:26:25:     from ... argument (spill) at ./struct_func_fields.go:26:15
./struct_func_fields.go:26:25:     from fmt.Println(... argument...) (call parameter) at ./struct_func_fields.go:26:15
./struct_func_fields.go:26:18: op.Name escapes to heap:
./struct_func_fields.go:26:18:   flow: {storage for ... argument} = &{storage for op.Name}:
./struct_func_fields.go:26:18:     from op.Name (spill) at ./struct_func_fields.go:26:18
./struct_func_fields.go:26:18:     from ... argument (slice-literal-element) at ./struct_func_fields.go:26:15
./struct_func_fields.go:26:18:   flow: {heap} = {storage for ... argument}:
./struct_func_fields.go:26:18:     from ... argument (spill) at ./struct_func_fields.go:26:15
./struct_func_fields.go:26:18:     from fmt.Println(... argument...) (call parameter) at ./struct_func_fields.go:26:15
./struct_func_fields.go:21:11: func literal escapes to heap:
./struct_func_fields.go:21:11:   flow: {storage for []Op{...}} = &{storage for func literal}:
./struct_func_fields.go:21:11:     from func literal (spill) at ./struct_func_fields.go:21:11
./struct_func_fields.go:21:11:     from Op{...} (struct literal element) at ./struct_func_fields.go:21:3
./struct_func_fields.go:21:11:     from []Op{...} (slice-literal-element) at ./struct_func_fields.go:18:13
./struct_func_fields.go:21:11:   flow: ops = &{storage for []Op{...}}:
./struct_func_fields.go:21:11:     from []Op{...} (spill) at ./struct_func_fields.go:18:13
./struct_func_fields.go:21:11:     from ops := []Op{...} (assign) at ./struct_func_fields.go:18:6
./struct_func_fields.go:21:11:   flow: {temp} = ops:
./struct_func_fields.go:21:11:   flow: op = *{temp}:
./struct_func_fields.go:21:11:     from for loop (range-deref) at ./struct_func_fields.go:24:15
./struct_func_fields.go:21:11:   flow: {storage for op.Name} = op:
./struct_func_fields.go:21:11:     from op.Name (dot) at ./struct_func_fields.go:29:17
./struct_func_fields.go:21:11:     from op.Name (interface-converted) at ./struct_func_fields.go:29:17
./struct_func_fields.go:20:11: func literal escapes to heap:
./struct_func_fields.go:20:11:   flow: {storage for []Op{...}} = &{storage for func literal}:
./struct_func_fields.go:20:11:     from func literal (spill) at ./struct_func_fields.go:20:11
./struct_func_fields.go:20:11:     from Op{...} (struct literal element) at ./struct_func_fields.go:20:3
./struct_func_fields.go:20:11:     from []Op{...} (slice-literal-element) at ./struct_func_fields.go:18:13
./struct_func_fields.go:20:11:   flow: ops = &{storage for []Op{...}}:
./struct_func_fields.go:20:11:     from []Op{...} (spill) at ./struct_func_fields.go:18:13
./struct_func_fields.go:20:11:     from ops := []Op{...} (assign) at ./struct_func_fields.go:18:6
./struct_func_fields.go:20:11:   flow: {temp} = ops:
./struct_func_fields.go:20:11:   flow: op = *{temp}:
./struct_func_fields.go:20:11:     from for loop (range-deref) at ./struct_func_fields.go:24:15
./struct_func_fields.go:20:11:   flow: {storage for op.Name} = op:
./struct_func_fields.go:20:11:     from op.Name (dot) at ./struct_func_fields.go:29:17
./struct_func_fields.go:20:11:     from op.Name (interface-converted) at ./struct_func_fields.go:29:17
./struct_func_fields.go:19:11: func literal escapes to heap:
./struct_func_fields.go:19:11:   flow: {storage for []Op{...}} = &{storage for func literal}:
./struct_func_fields.go:19:11:     from func literal (spill) at ./struct_func_fields.go:19:11
./struct_func_fields.go:19:11:     from Op{...} (struct literal element) at ./struct_func_fields.go:19:3
./struct_func_fields.go:19:11:     from []Op{...} (slice-literal-element) at ./struct_func_fields.go:18:13
./struct_func_fields.go:19:11:   flow: ops = &{storage for []Op{...}}:
./struct_func_fields.go:19:11:     from []Op{...} (spill) at ./struct_func_fields.go:18:13
./struct_func_fields.go:19:11:     from ops := []Op{...} (assign) at ./struct_func_fields.go:18:6
./struct_func_fields.go:19:11:   flow: {temp} = ops:
./struct_func_fields.go:19:11:   flow: op = *{temp}:
./struct_func_fields.go:19:11:     from for loop (range-deref) at ./struct_func_fields.go:24:15
./struct_func_fields.go:19:11:   flow: {storage for op.Name} = op:
./struct_func_fields.go:19:11:     from op.Name (dot) at ./struct_func_fields.go:29:17
./struct_func_fields.go:19:11:     from op.Name (interface-converted) at ./struct_func_fields.go:29:17
./struct_func_fields.go:36:52: "after " + s escapes to heap:
./struct_func_fields.go:36:52:   flow: ~r0 = &{storage for "after " + s}:
./struct_func_fields.go:36:52:     from "after " + s (spill) at ./struct_func_fields.go:36:52
./struct_func_fields.go:36:52:     from return "after " + s (return) at ./struct_func_fields.go:36:36
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

./func_value_types.go:10:10: and capturing by value: p (addr=false assign=false width=8)
./func_value_types.go:10:13: and capturing by value: q (addr=false assign=false width=8)
./func_value_types.go:11:9: func literal escapes to heap:
./func_value_types.go:11:9:   flow: ~r0 = &{storage for func literal}:
./func_value_types.go:11:9:     from func literal (spill) at ./func_value_types.go:11:9
./func_value_types.go:11:9:     from return func literal (return) at ./func_value_types.go:11:2
./func_value_types.go:10:13: parameter q leaks to {storage for func literal} with derefs=0:
./func_value_types.go:10:13:   flow: {storage for func literal} = q:
./func_value_types.go:10:13:     from q (captured by a closure) at ./func_value_types.go:11:43
./func_value_types.go:10:10: parameter p leaks to {storage for func literal} with derefs=0:
./func_value_types.go:10:10:   flow: {storage for func literal} = p:
./func_value_types.go:10:10:     from p (captured by a closure) at ./func_value_types.go:11:35
./func_value_types.go:10:10: leaking param: p
./func_value_types.go:10:13: leaking param: q
./func_value_types.go:11:9: func literal escapes to heap
./func_value_types.go:14:12: op does not escape
./func_value_types.go:18:8: func literal escapes to heap:
./func_value_types.go:18:8:   flow: {heap} = &{storage for func literal}:
./func_value_types.go:18:8:     from func literal (spill) at ./func_value_types.go:18:8
./func_value_types.go:18:8:     from map[string]BinOp{...} (map literal value) at ./func_value_types.go:17:25
./func_value_types.go:19:8: func literal escapes to heap:
./func_value_types.go:19:8:   flow: {heap} = &{storage for func literal}:
./func_value_types.go:19:8:     from func literal (spill) at ./func_value_types.go:19:8
./func_value_types.go:19:8:     from map[string]BinOp{...} (map literal value) at ./func_value_types.go:17:25
./func_value_types.go:20:8: func literal escapes to heap:
./func_value_types.go:20:8:   flow: {heap} = &{storage for func literal}:
./func_value_types.go:20:8:     from func literal (spill) at ./func_value_types.go:20:8
./func_value_types.go:20:8:     from map[string]BinOp{...} (map literal value) at ./func_value_types.go:17:25
./func_value_types.go:41:19: none == nil escapes to heap:
./func_value_types.go:41:19:   flow: {storage for ... argument} = &{storage for none == nil}:
./func_value_types.go:41:19:     from none == nil (spill) at ./func_value_types.go:41:19
./func_value_types.go:41:19:     from ... argument (slice-literal-element) at ./func_value_types.go:41:13
./func_value_types.go:41:19:   flow: {heap} = {storage for ... argument}:
./func_value_types.go:41:19:     from ... argument (spill) at ./func_value_types.go:41:13
./func_value_types.go:41:19:     from fmt.Println(... argument...) (call parameter) at ./func_value_types.go:41:13
./func_value_types.go:27:18: func literal escapes to heap:
./func_value_types.go:27:18:   flow: mod = &{storage for func literal}:
./func_value_types.go:27:18:     from func literal (spill) at ./func_value_types.go:27:18
./func_value_types.go:27:18:     from mod = func literal (assign) at ./func_value_types.go:27:6
./func_value_types.go:27:18:   flow: {storage for ... argument} = mod:
./func_value_types.go:27:18:     from mod (interface-converted) at ./func_value_types.go:39:13
./func_value_types.go:27:18:     from ... argument (slice-literal-element) at ./func_value_types.go:39:12
./func_value_types.go:27:18:   flow: {heap} = {storage for ... argument}:
./func_value_types.go:27:18:     from ... argument (spill) at ./func_value_types.go:39:12
./func_value_types.go:27:18:     from fmt.Printf("%T %T\n", ... argument...) (call parameter) at ./func_value_types.go:39:12
./func_value_types.go:35:22: " " escapes to heap:
./func_value_types.go:35:22:   flow: {storage for ... argument} = &{storage for " "}:
./func_value_types.go:35:22:     from " " (spill) at ./func_value_types.go:35:22
./func_value_types.go:35:22:     from ... argument (slice-literal-element) at ./func_value_types.go:35:12
./func_value_types.go:35:22:   flow: {heap} = {storage for ... argument}:
./func_value_types.go:35:22:     from ... argument (spill) at ./func_value_types.go:35:12
./func_value_types.go:35:22:     from fmt.Print(... argument...) (call parameter) at ./func_value_types.go:35:12
./func_value_types.go:35:17: both(x) escapes to heap:
./func_value_types.go:35:17:   flow: {storage for ... argument} = &{storage for both(x)}:
./func_value_types.go:35:17:     from both(x) (spill) at ./func_value_types.go:35:17
./func_value_types.go:35:17:     from ... argument (slice-literal-element) at ./func_value_types.go:35:12
./func_value_types.go:35:17:   flow: {heap} = {storage for ... argument}:
./func_value_types.go:35:17:     from ... argument (spill) at ./func_value_types.go:35:12
./func_value_types.go:35:17:     from fmt.Print(... argument...) (call parameter) at ./func_value_types.go:35:12
./func_value_types.go:32:19: func literal escapes to heap:
./func_value_types.go:32:19:   flow: positive = &{storage for func literal}:
./func_value_types.go:32:19:     from func literal (spill) at ./func_value_types.go:32:19
./func_value_types.go:32:19:     from positive := Pred(func literal) (assign) at ./func_value_types.go:32:11
./func_value_types.go:32:19:   flow: {heap} = positive:
./func_value_types.go:32:19:     from and(even, positive) (call parameter) at ./func_value_types.go:33:13
./func_value_types.go:31:15: func literal escapes to heap:
./func_value_types.go:31:15:   flow: even = &{storage for func literal}:
./func_value_types.go:31:15:     from func literal (spill) at ./func_value_types.go:31:15
./func_value_types.go:31:15:     from even := Pred(func literal) (assign) at ./func_value_types.go:31:7
./func_value_types.go:31:15:   flow: {heap} = even:
./func_value_types.go:31:15:     from and(even, positive) (call parameter) at ./func_value_types.go:33:13
./func_value_types.go:29:19: apply(BinOp(func literal), 1, 4) escapes to heap:
./func_value_types.go:29:19:   flow: {storage for ... argument} = &{storage for apply(BinOp(func literal), 1, 4)}:
./func_value_types.go:29:19:     from apply(BinOp(func literal), 1, 4) (spill) at ./func_value_types.go:29:19
./func_value_types.go:29:19:     from ... argument (slice-literal-element) at ./func_value_types.go:29:13
./func_value_types.go:29:19:   flow: {heap} = {storage for ... argument}:
./func_value_types.go:29:19:     from ... argument (spill) at ./func_value_types.go:29:13
./func_value_types.go:29:19:     from fmt.Println(... argument...) (call parameter) at ./func_value_types.go:29:13
./func_value_types.go:28:19: apply(mod, 12, 5) escapes to heap:
./func_value_types.go:28:19:   flow: {storage for ... argument} = &{storage for apply(mod, 12, 5)}:
./func_value_types.go:28:19:     from apply(mod, 12, 5) (spill) at ./func_value_types.go:28:19
./func_value_types.go:28:19:     from ... argument (slice-literal-element) at ./func_value_types.go:28:13
./func_value_types.go:28:19:   flow: {heap} = {storage for ... argument}:
./func_value_types.go:28:19:     from ... argument (spill) at ./func_value_types.go:28:13
./func_value_types.go:28:19:     from fmt.Println(... argument...) (call parameter) at ./func_value_types.go:28:13
./func_value_types.go:24:23: apply(ops[n], 12, 4) escapes to heap:
./func_value_types.go:24:23:   flow: {storage for ... argument} = &{storage for apply(ops[n], 12, 4)}:
./func_value_types.go:24:23:     from apply(ops[n], 12, 4) (spill) at ./func_value_types.go:24:23
./func_value_types.go:24:23:     from ... argument (slice-literal-element) at ./func_value_types.go:24:14
./func_value_types.go:24:23:   flow: {heap} = {storage for ... argument}:
./func_value_types.go:24:23:     from ... argument (spill) at ./func_value_types.go:24:14
./func_value_types.go:24:23:     from fmt.Println(... argument...) (call parameter) at ./func_value_types.go:24:14
./func_value_types.go:24:14: n escapes to heap:
./func_value_types.go:24:14:   flow: {storage for ... argument} = &{storage for n}:
./func_value_types.go:24:14:     from n (spill) at ./func_value_types.go:24:14
./func_value_types.go:24:14:     from ... argument (slice-literal-element) at ./func_value_types.go:24:14
./func_value_types.go:24:14:   flow: {heap} = {storage for ... argument}:
./func_value_types.go:24:14:     from ... argument (spill) at ./func_value_types.go:24:14
./func_value_types.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./func_value_types.go:24:14
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

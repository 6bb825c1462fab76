./func_value_recursion.go:10:11: func literal escapes to heap:
./func_value_recursion.go:10:11:   flow: {heap} = &{storage for func literal}:
./func_value_recursion.go:10:11:     from func literal (spill) at ./func_value_recursion.go:10:11
./func_value_recursion.go:10:11:     from isEven = func literal (assign) at ./func_value_recursion.go:10:9
./func_value_recursion.go:16:10: func literal escapes to heap:
./func_value_recursion.go:16:10:   flow: {heap} = &{storage for func literal}:
./func_value_recursion.go:16:10:     from func literal (spill) at ./func_value_recursion.go:16:10
./func_value_recursion.go:16:10:     from isOdd = func literal (assign) at ./func_value_recursion.go:16:8
./func_value_recursion.go:10:11: func literal escapes to heap
./func_value_recursion.go:16:10: func literal escapes to heap
./func_value_recursion.go:25:6: main capturing by ref: fib (addr=false assign=true width=8)
./func_value_recursion.go:34:2: main capturing by value: memo (addr=false assign=false width=8)
./func_value_recursion.go:35:6: main capturing by ref: fibm (addr=false assign=true width=8)
./func_value_recursion.go:50:6: main capturing by ref: walk (addr=false assign=true width=8)
./func_value_recursion.go:58:18: walk(2000) escapes to heap:
./func_value_recursion.go:58:18:   flow: {storage for ... argument} = &{storage for walk(2000)}:
./func_value_recursion.go:58:18:     from walk(2000) (spill) at ./func_value_recursion.go:58:18
./func_value_recursion.go:58:18:     from ... argument (slice-literal-element) at ./func_value_recursion.go:58:13
./func_value_recursion.go:58:18:   flow: {heap} = {storage for ... argument}:
./func_value_recursion.go:58:18:     from ... argument (spill) at ./func_value_recursion.go:58:13
./func_value_recursion.go:58:18:     from fmt.Println(... argument...) (call parameter) at ./func_value_recursion.go:58:13
./func_value_recursion.go:48:42: isEven(7) escapes to heap:
./func_value_recursion.go:48:42:   flow: {storage for ... argument} = &{storage for isEven(7)}:
./func_value_recursion.go:48:42:     from isEven(7) (spill) at ./func_value_recursion.go:48:42
./func_value_recursion.go:48:42:     from ... argument (slice-literal-element) at ./func_value_recursion.go:48:13
./func_value_recursion.go:48:42:   flow: {heap} = {storage for ... argument}:
./func_value_recursion.go:48:42:     from ... argument (spill) at ./func_value_recursion.go:48:13
./func_value_recursion.go:48:42:     from fmt.Println(... argument...) (call parameter) at ./func_value_recursion.go:48:13
./func_value_recursion.go:48:31: isOdd(7) escapes to heap:
./func_value_recursion.go:48:31:   flow: {storage for ... argument} = &{storage for isOdd(7)}:
./func_value_recursion.go:48:31:     from isOdd(7) (spill) at ./func_value_recursion.go:48:31
./func_value_recursion.go:48:31:     from ... argument (slice-literal-element) at ./func_value_recursion.go:48:13
./func_value_recursion.go:48:31:   flow: {heap} = {storage for ... argument}:
./func_value_recursion.go:48:31:     from ... argument (spill) at ./func_value_recursion.go:48:13
./func_value_recursion.go:48:31:     from fmt.Println(... argument...) (call parameter) at ./func_value_recursion.go:48:13
./func_value_recursion.go:48:20: isEven(10) escapes to heap:
./func_value_recursion.go:48:20:   flow: {storage for ... argument} = &{storage for isEven(10)}:
./func_value_recursion.go:48:20:     from isEven(10) (spill) at ./func_value_recursion.go:48:20
./func_value_recursion.go:48:20:     from ... argument (slice-literal-element) at ./func_value_recursion.go:48:13
./func_value_recursion.go:48:20:   flow: {heap} = {storage for ... argument}:
./func_value_recursion.go:48:20:     from ... argument (spill) at ./func_value_recursion.go:48:13
./func_value_recursion.go:48:20:     from fmt.Println(... argument...) (call parameter) at ./func_value_recursion.go:48:13
./func_value_recursion.go:47:18: fibm(80) escapes to heap:
./func_value_recursion.go:47:18:   flow: {storage for ... argument} = &{storage for fibm(80)}:
./func_value_recursion.go:47:18:     from fibm(80) (spill) at ./func_value_recursion.go:47:18
./func_value_recursion.go:47:18:     from ... argument (slice-literal-element) at ./func_value_recursion.go:47:13
./func_value_recursion.go:47:18:   flow: {heap} = {storage for ... argument}:
./func_value_recursion.go:47:18:     from ... argument (spill) at ./func_value_recursion.go:47:13
./func_value_recursion.go:47:18:     from fmt.Println(... argument...) (call parameter) at ./func_value_recursion.go:47:13
./func_value_recursion.go:32:17: fib(20) escapes to heap:
./func_value_recursion.go:32:17:   flow: {storage for ... argument} = &{storage for fib(20)}:
./func_value_recursion.go:32:17:     from fib(20) (spill) at ./func_value_recursion.go:32:17
./func_value_recursion.go:32:17:     from ... argument (slice-literal-element) at ./func_value_recursion.go:32:13
./func_value_recursion.go:32:17:   flow: {heap} = {storage for ... argument}:
./func_value_recursion.go:32:17:     from ... argument (spill) at ./func_value_recursion.go:32:13
./func_value_recursion.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./func_value_recursion.go:32:13
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

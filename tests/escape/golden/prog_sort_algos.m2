./prog_sort_algos.go:11:17: insertion ignoring self-assignment in a[j], a[j - 1] = a[j - 1], a[j]
./prog_sort_algos.go:11:17: insertion ignoring self-assignment in a[j], a[j - 1] = a[j - 1], a[j]
./prog_sort_algos.go:8:16: a does not escape
./prog_sort_algos.go:30:15: quick ignoring self-assignment in a[i], a[j] = a[j], a[i]
./prog_sort_algos.go:30:15: quick ignoring self-assignment in a[i], a[j] = a[j], a[i]
./prog_sort_algos.go:16:12: a does not escape
./prog_sort_algos.go:44:13: make([]int, 0, len(a)) escapes to heap:
./prog_sort_algos.go:44:13:   flow: {heap} = &{storage for make([]int, 0, len(a))}:
./prog_sort_algos.go:44:13:     from make([]int, 0, len(a)) (non-constant size) at ./prog_sort_algos.go:44:13
./prog_sort_algos.go:39:12: parameter a leaks to ~r0 with derefs=0:
./prog_sort_algos.go:39:12:   flow: ~r0 = a:
./prog_sort_algos.go:39:12:     from return a (return) at ./prog_sort_algos.go:41:3
./prog_sort_algos.go:39:12: leaking param: a to result ~r0 level=0
./prog_sort_algos.go:44:13: make([]int, 0, len(a)) escapes to heap
./prog_sort_algos.go:64:19: sortBy ignoring self-assignment in ps[j], ps[j - 1] = ps[j - 1], ps[j]
./prog_sort_algos.go:64:19: sortBy ignoring self-assignment in ps[j], ps[j - 1] = ps[j - 1], ps[j]
./prog_sort_algos.go:61:13: parameter ps leaks to {heap} with derefs=0:
./prog_sort_algos.go:61:13:   flow: {heap} = ps:
./prog_sort_algos.go:61:13:     from ps[j] (dot of pointer) at ./prog_sort_algos.go:63:32
./prog_sort_algos.go:61:13:     from &ps[j] (address-of) at ./prog_sort_algos.go:63:29
./prog_sort_algos.go:61:13:     from less(&ps[j], &ps[j - 1]) (call parameter) at ./prog_sort_algos.go:63:28
./prog_sort_algos.go:61:13: leaking param: ps
./prog_sort_algos.go:61:26: less does not escape
./prog_sort_algos.go:69:12: a does not escape
./prog_sort_algos.go:69:15: b does not escape
./prog_sort_algos.go:100:13: ps escapes to heap:
./prog_sort_algos.go:100:13:   flow: {storage for ... argument} = &{storage for ps}:
./prog_sort_algos.go:100:13:     from ps (spill) at ./prog_sort_algos.go:100:13
./prog_sort_algos.go:100:13:     from ... argument (slice-literal-element) at ./prog_sort_algos.go:100:13
./prog_sort_algos.go:100:13:   flow: {heap} = {storage for ... argument}:
./prog_sort_algos.go:100:13:     from ... argument (spill) at ./prog_sort_algos.go:100:13
./prog_sort_algos.go:100:13:     from fmt.Println(... argument...) (call parameter) at ./prog_sort_algos.go:100:13
./prog_sort_algos.go:98:13: ps escapes to heap:
./prog_sort_algos.go:98:13:   flow: {storage for ... argument} = &{storage for ps}:
./prog_sort_algos.go:98:13:     from ps (spill) at ./prog_sort_algos.go:98:13
./prog_sort_algos.go:98:13:     from ... argument (slice-literal-element) at ./prog_sort_algos.go:98:13
./prog_sort_algos.go:98:13:   flow: {heap} = {storage for ... argument}:
./prog_sort_algos.go:98:13:     from ... argument (spill) at ./prog_sort_algos.go:98:13
./prog_sort_algos.go:98:13:     from fmt.Println(... argument...) (call parameter) at ./prog_sort_algos.go:98:13
./prog_sort_algos.go:96:16: []Person{...} escapes to heap:
./prog_sort_algos.go:96:16:   flow: ps = &{storage for []Person{...}}:
./prog_sort_algos.go:96:16:     from []Person{...} (spill) at ./prog_sort_algos.go:96:16
./prog_sort_algos.go:96:16:     from ps := []Person{...} (assign) at ./prog_sort_algos.go:96:5
./prog_sort_algos.go:96:16:   flow: {heap} = ps:
./prog_sort_algos.go:96:16:     from sortBy(ps, func literal) (call parameter) at ./prog_sort_algos.go:97:8
./prog_sort_algos.go:94:18: data[:5] escapes to heap:
./prog_sort_algos.go:94:18:   flow: {storage for ... argument} = &{storage for data[:5]}:
./prog_sort_algos.go:94:18:     from data[:5] (spill) at ./prog_sort_algos.go:94:18
./prog_sort_algos.go:94:18:     from ... argument (slice-literal-element) at ./prog_sort_algos.go:94:13
./prog_sort_algos.go:94:18:   flow: {heap} = {storage for ... argument}:
./prog_sort_algos.go:94:18:     from ... argument (spill) at ./prog_sort_algos.go:94:13
./prog_sort_algos.go:94:18:     from fmt.Println(... argument...) (call parameter) at ./prog_sort_algos.go:94:13
./prog_sort_algos.go:93:49: a[190:] escapes to heap:
./prog_sort_algos.go:93:49:   flow: {storage for ... argument} = &{storage for a[190:]}:
./prog_sort_algos.go:93:49:     from a[190:] (spill) at ./prog_sort_algos.go:93:49
./prog_sort_algos.go:93:49:     from ... argument (slice-literal-element) at ./prog_sort_algos.go:93:13
./prog_sort_algos.go:93:49:   flow: {heap} = {storage for ... argument}:
./prog_sort_algos.go:93:49:     from ... argument (spill) at ./prog_sort_algos.go:93:13
./prog_sort_algos.go:93:49:     from fmt.Println(... argument...) (call parameter) at ./prog_sort_algos.go:93:13
./prog_sort_algos.go:93:41: a[:10] escapes to heap:
./prog_sort_algos.go:93:41:   flow: {storage for ... argument} = &{storage for a[:10]}:
./prog_sort_algos.go:93:41:     from a[:10] (spill) at ./prog_sort_algos.go:93:41
./prog_sort_algos.go:93:41:     from ... argument (slice-literal-element) at ./prog_sort_algos.go:93:13
./prog_sort_algos.go:93:41:   flow: {heap} = {storage for ... argument}:
./prog_sort_algos.go:93:41:     from ... argument (spill) at ./prog_sort_algos.go:93:13
./prog_sort_algos.go:93:41:     from fmt.Println(... argument...) (call parameter) at ./prog_sort_algos.go:93:13
./prog_sort_algos.go:93:32: equal(b, c) escapes to heap:
./prog_sort_algos.go:93:32:   flow: {storage for ... argument} = &{storage for equal(b, c)}:
./prog_sort_algos.go:93:32:     from equal(b, c) (spill) at ./prog_sort_algos.go:93:32
./prog_sort_algos.go:93:32:     from ... argument (slice-literal-element) at ./prog_sort_algos.go:93:13
./prog_sort_algos.go:93:32:   flow: {heap} = {storage for ... argument}:
./prog_sort_algos.go:93:32:     from ... argument (spill) at ./prog_sort_algos.go:93:13
./prog_sort_algos.go:93:32:     from fmt.Println(... argument...) (call parameter) at ./prog_sort_algos.go:93:13
./prog_sort_algos.go:93:19: equal(a, b) escapes to heap:
./prog_sort_algos.go:93:19:   flow: {storage for ... argument} = &{storage for equal(a, b)}:
./prog_sort_algos.go:93:19:     from equal(a, b) (spill) at ./prog_sort_algos.go:93:19
./prog_sort_algos.go:93:19:     from ... argument (slice-literal-element) at ./prog_sort_algos.go:93:13
./prog_sort_algos.go:93:19:   flow: {heap} = {storage for ... argument}:
./prog_sort_algos.go:93:19:     from ... argument (spill) at ./prog_sort_algos.go:93:13
./prog_sort_algos.go:93:19:     from fmt.Println(... argument...) (call parameter) at ./prog_sort_algos.go:93:13
./prog_sort_algos.go:83:14: make([]int, 200) escapes to heap:
./prog_sort_algos.go:83:14:   flow: data = &{storage for make([]int, 200)}:
./prog_sort_algos.go:83:14:     from make([]int, 200) (spill) at ./prog_sort_algos.go:83:14
./prog_sort_algos.go:83:14:     from data := make([]int, 200) (assign) at ./prog_sort_algos.go:83:7
./prog_sort_algos.go:83:14:   flow: {storage for data[:5]} = data:
./prog_sort_algos.go:83:14:     from data[:5] (slice) at ./prog_sort_algos.go:94:18
./prog_sort_algos.go:83:14:     from data[:5] (interface-converted) at ./prog_sort_algos.go:94:18
./prog_sort_algos.go:97:18: x does not escape
./prog_sort_algos.go:97:21: y does not escape
./prog_sort_algos.go:99:18: x does not escape
./prog_sort_algos.go:99:21: y does not escape
./prog_sort_algos.go:83:14: make([]int, 200) escapes to heap
./prog_sort_algos.go:93:13: ... argument does not escape
./prog_sort_algos.go:93:19: equal(a, b) escapes to heap
./prog_sort_algos.go:93:32: equal(b, c) escapes to heap
./prog_sort_algos.go:93:41: a[:10] escapes to heap
./prog_sort_algos.go:93:49: a[190:] escapes to heap
./prog_sort_algos.go:94:13: ... argument does not escape
./prog_sort_algos.go:94:18: data[:5] escapes to heap
./prog_sort_algos.go:96:16: []Person{...} escapes to heap
./prog_sort_algos.go:97:13: func literal does not escape
./prog_sort_algos.go:98:13: ... argument does not escape
./prog_sort_algos.go:98:13: ps escapes to heap
./prog_sort_algos.go:99:13: func literal does not escape
./prog_sort_algos.go:100:13: ... argument does not escape
./prog_sort_algos.go:100:13: ps escapes to heap

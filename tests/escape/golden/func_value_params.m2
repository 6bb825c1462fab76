./func_value_params.go:8:13: make([]int, len(xs)) escapes to heap:
./func_value_params.go:8:13:   flow: {heap} = &{storage for make([]int, len(xs))}:
./func_value_params.go:8:13:     from make([]int, len(xs)) (non-constant size) at ./func_value_params.go:8:13
./func_value_params.go:7:14: xs does not escape
./func_value_params.go:7:24: f does not escape
./func_value_params.go:8:13: make([]int, len(xs)) escapes to heap
./func_value_params.go:15:13: xs does not escape
./func_value_params.go:15:23: keep does not escape
./func_value_params.go:25:13: xs does not escape
./func_value_params.go:25:33: f does not escape
./func_value_params.go:36:19: sortBy ignoring self-assignment in xs[j], xs[j - 1] = xs[j - 1], xs[j]
./func_value_params.go:36:19: sortBy ignoring self-assignment in xs[j], xs[j - 1] = xs[j - 1], xs[j]
./func_value_params.go:33:13: parameter xs leaks to {heap} with derefs=1:
./func_value_params.go:33:13:   flow: {heap} = *xs:
./func_value_params.go:33:13:     from xs[j] (dot of pointer) at ./func_value_params.go:35:31
./func_value_params.go:33:13:     from less(xs[j], xs[j - 1]) (call parameter) at ./func_value_params.go:35:28
./func_value_params.go:33:13: leaking param content: xs
./func_value_params.go:33:26: less does not escape
./func_value_params.go:41:11: parameter xs leaks to {heap} with derefs=1:
./func_value_params.go:41:11:   flow: {temp} = xs:
./func_value_params.go:41:11:   flow: s = *{temp}:
./func_value_params.go:41:11:     from for loop (range-deref) at ./func_value_params.go:42:14
./func_value_params.go:41:11:   flow: {heap} = s:
./func_value_params.go:41:11:     from visit(i, s) (call parameter) at ./func_value_params.go:43:11
./func_value_params.go:41:11: leaking param content: xs
./func_value_params.go:41:24: visit does not escape
./func_value_params.go:70:13: found escapes to heap:
./func_value_params.go:70:13:   flow: {storage for ... argument} = &{storage for found}:
./func_value_params.go:70:13:     from found (spill) at ./func_value_params.go:70:13
./func_value_params.go:70:13:     from ... argument (slice-literal-element) at ./func_value_params.go:70:13
./func_value_params.go:70:13:   flow: {heap} = {storage for ... argument}:
./func_value_params.go:70:13:     from ... argument (spill) at ./func_value_params.go:70:13
./func_value_params.go:70:13:     from fmt.Println(... argument...) (call parameter) at ./func_value_params.go:70:13
./func_value_params.go:67:13: words escapes to heap:
./func_value_params.go:67:13:   flow: {storage for ... argument} = &{storage for words}:
./func_value_params.go:67:13:     from words (spill) at ./func_value_params.go:67:13
./func_value_params.go:67:13:     from ... argument (slice-literal-element) at ./func_value_params.go:67:13
./func_value_params.go:67:13:   flow: {heap} = {storage for ... argument}:
./func_value_params.go:67:13:     from ... argument (spill) at ./func_value_params.go:67:13
./func_value_params.go:67:13:     from fmt.Println(... argument...) (call parameter) at ./func_value_params.go:67:13
./func_value_params.go:60:13: words escapes to heap:
./func_value_params.go:60:13:   flow: {storage for ... argument} = &{storage for words}:
./func_value_params.go:60:13:     from words (spill) at ./func_value_params.go:60:13
./func_value_params.go:60:13:     from ... argument (slice-literal-element) at ./func_value_params.go:60:13
./func_value_params.go:60:13:   flow: {heap} = {storage for ... argument}:
./func_value_params.go:60:13:     from ... argument (spill) at ./func_value_params.go:60:13
./func_value_params.go:60:13:     from fmt.Println(... argument...) (call parameter) at ./func_value_params.go:60:13
./func_value_params.go:56:58: filter(nil, func literal) == nil escapes to heap:
./func_value_params.go:56:58:   flow: {storage for ... argument} = &{storage for filter(nil, func literal) == nil}:
./func_value_params.go:56:58:     from filter(nil, func literal) == nil (spill) at ./func_value_params.go:56:58
./func_value_params.go:56:58:     from ... argument (slice-literal-element) at ./func_value_params.go:56:13
./func_value_params.go:56:58:   flow: {heap} = {storage for ... argument}:
./func_value_params.go:56:58:     from ... argument (spill) at ./func_value_params.go:56:13
./func_value_params.go:56:58:     from fmt.Println(... argument...) (call parameter) at ./func_value_params.go:56:13
./func_value_params.go:55:20: reduce(xs, 1, func literal) escapes to heap:
./func_value_params.go:55:20:   flow: {storage for ... argument} = &{storage for reduce(xs, 1, func literal)}:
./func_value_params.go:55:20:     from reduce(xs, 1, func literal) (spill) at ./func_value_params.go:55:20
./func_value_params.go:55:20:     from ... argument (slice-literal-element) at ./func_value_params.go:55:13
./func_value_params.go:55:20:   flow: {heap} = {storage for ... argument}:
./func_value_params.go:55:20:     from ... argument (spill) at ./func_value_params.go:55:13
./func_value_params.go:55:20:     from fmt.Println(... argument...) (call parameter) at ./func_value_params.go:55:13
./func_value_params.go:54:20: reduce(xs, 0, func literal) escapes to heap:
./func_value_params.go:54:20:   flow: {storage for ... argument} = &{storage for reduce(xs, 0, func literal)}:
./func_value_params.go:54:20:     from reduce(xs, 0, func literal) (spill) at ./func_value_params.go:54:20
./func_value_params.go:54:20:     from ... argument (slice-literal-element) at ./func_value_params.go:54:13
./func_value_params.go:54:20:   flow: {heap} = {storage for ... argument}:
./func_value_params.go:54:20:     from ... argument (spill) at ./func_value_params.go:54:13
./func_value_params.go:54:20:     from fmt.Println(... argument...) (call parameter) at ./func_value_params.go:54:13
./func_value_params.go:53:20: filter(xs, func literal) escapes to heap:
./func_value_params.go:53:20:   flow: {storage for ... argument} = &{storage for filter(xs, func literal)}:
./func_value_params.go:53:20:     from filter(xs, func literal) (spill) at ./func_value_params.go:53:20
./func_value_params.go:53:20:     from ... argument (slice-literal-element) at ./func_value_params.go:53:13
./func_value_params.go:53:20:   flow: {heap} = {storage for ... argument}:
./func_value_params.go:53:20:     from ... argument (spill) at ./func_value_params.go:53:13
./func_value_params.go:53:20:     from fmt.Println(... argument...) (call parameter) at ./func_value_params.go:53:13
./func_value_params.go:52:21: mapInts(xs, func literal) escapes to heap:
./func_value_params.go:52:21:   flow: {storage for ... argument} = &{storage for mapInts(xs, func literal)}:
./func_value_params.go:52:21:     from mapInts(xs, func literal) (spill) at ./func_value_params.go:52:21
./func_value_params.go:52:21:     from ... argument (slice-literal-element) at ./func_value_params.go:52:13
./func_value_params.go:52:21:   flow: {heap} = {storage for ... argument}:
./func_value_params.go:52:21:     from ... argument (spill) at ./func_value_params.go:52:13
./func_value_params.go:52:21:     from fmt.Println(... argument...) (call parameter) at ./func_value_params.go:52:13
./func_value_params.go:58:19: []string{...} escapes to heap:
./func_value_params.go:58:19:   flow: words = &{storage for []string{...}}:
./func_value_params.go:58:19:     from []string{...} (spill) at ./func_value_params.go:58:19
./func_value_params.go:58:19:     from words := []string{...} (assign) at ./func_value_params.go:58:8
./func_value_params.go:58:19:   flow: {storage for words} = words:
./func_value_params.go:58:19:     from words (interface-converted) at ./func_value_params.go:67:13
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

./syntax_variadic.go:5:20: xs does not escape
./syntax_variadic.go:12:12: xs does not escape
./syntax_variadic.go:14:14: prefix does not escape
./syntax_variadic.go:14:29: leaking param content: args
./syntax_variadic.go:15:16: prefix + fmt.Sprint(args...) escapes to heap
./syntax_variadic.go:18:15: xs does not escape
./syntax_variadic.go:20:16: leaking param: dst to result ~r0 level=0
./syntax_variadic.go:20:27: srcs does not escape
./syntax_variadic.go:35:14: xs does not escape
./syntax_variadic.go:40:12: format does not escape
./syntax_variadic.go:40:27: leaking param content: a
./syntax_variadic.go:28:13: ... argument does not escape
./syntax_variadic.go:28:17: sum(1, nil...) escapes to heap
./syntax_variadic.go:28:25: sum(1, ... argument...) escapes to heap
./syntax_variadic.go:28:25: ... argument does not escape
./syntax_variadic.go:28:36: sum(1, ... argument...) escapes to heap
./syntax_variadic.go:28:36: ... argument does not escape
./syntax_variadic.go:29:12: []int{...} escapes to heap
./syntax_variadic.go:30:13: ... argument does not escape
./syntax_variadic.go:30:17: sum(0, s...) escapes to heap
./syntax_variadic.go:30:31: sum(5, s[1:]...) escapes to heap
./syntax_variadic.go:31:13: ... argument does not escape
./syntax_variadic.go:31:19: count(nil...) escapes to heap
./syntax_variadic.go:31:28: count(... argument...) escapes to heap
./syntax_variadic.go:31:28: ... argument does not escape
./syntax_variadic.go:31:40: count(... argument...) escapes to heap
./syntax_variadic.go:31:40: ... argument does not escape
./syntax_variadic.go:31:41: 1 does not escape
./syntax_variadic.go:31:44: "a" does not escape
./syntax_variadic.go:31:49: 2.5 does not escape
./syntax_variadic.go:31:60: count([]interface {}{...}...) escapes to heap
./syntax_variadic.go:31:74: []interface {}{...} does not escape
./syntax_variadic.go:31:75: 1 does not escape
./syntax_variadic.go:31:78: 2 does not escape
./syntax_variadic.go:32:13: ... argument does not escape
./syntax_variadic.go:32:21: forward("p:", ... argument...) escapes to heap
./syntax_variadic.go:32:21: ... argument does not escape
./syntax_variadic.go:32:28: 1 escapes to heap
./syntax_variadic.go:32:31: 2 escapes to heap
./syntax_variadic.go:32:34: "x" escapes to heap
./syntax_variadic.go:32:48: nilOrNot(nil...) escapes to heap
./syntax_variadic.go:32:60: nilOrNot(s...) escapes to heap
./syntax_variadic.go:32:76: nilOrNot([]int{}...) escapes to heap
./syntax_variadic.go:32:82: []int{} does not escape
./syntax_variadic.go:33:13: ... argument does not escape
./syntax_variadic.go:33:23: appendAll(nil, ... argument...) escapes to heap
./syntax_variadic.go:33:23: ... argument does not escape
./syntax_variadic.go:33:34: []int{...} does not escape
./syntax_variadic.go:33:44: []int{...} does not escape
./syntax_variadic.go:33:62: []int{...} does not escape
./syntax_variadic.go:35:9: func literal does not escape
./syntax_variadic.go:37:13: ... argument does not escape
./syntax_variadic.go:37:13: s escapes to heap
./syntax_variadic.go:38:21: ([]byte)("ab") does not escape
./syntax_variadic.go:39:13: ... argument does not escape
./syntax_variadic.go:39:20: string(bs) escapes to heap
./syntax_variadic.go:39:20: string(bs) escapes to heap
./syntax_variadic.go:40:7: func literal does not escape
./syntax_variadic.go:41:13: ... argument does not escape
./syntax_variadic.go:41:15: f("%d-%s", ... argument...) escapes to heap
./syntax_variadic.go:41:15: ... argument does not escape
./syntax_variadic.go:41:25: 7 escapes to heap
./syntax_variadic.go:41:28: "x" escapes to heap

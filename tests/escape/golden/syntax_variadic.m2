./syntax_variadic.go:5:20: xs does not escape
./syntax_variadic.go:12:12: xs does not escape
./syntax_variadic.go:14:29: parameter args leaks to {heap} with derefs=1:
./syntax_variadic.go:14:29:   flow: {heap} = *args:
./syntax_variadic.go:14:29:     from fmt.Sprint(args...) (call parameter) at ./syntax_variadic.go:15:28
./syntax_variadic.go:15:16: prefix + fmt.Sprint(args...) escapes to heap:
./syntax_variadic.go:15:16:   flow: ~r0 = &{storage for prefix + fmt.Sprint(args...)}:
./syntax_variadic.go:15:16:     from prefix + fmt.Sprint(args...) (spill) at ./syntax_variadic.go:15:16
./syntax_variadic.go:15:16:     from return prefix + fmt.Sprint(args...) (return) at ./syntax_variadic.go:15:2
./syntax_variadic.go:14:14: prefix does not escape
./syntax_variadic.go:14:29: leaking param content: args
./syntax_variadic.go:15:16: prefix + fmt.Sprint(args...) escapes to heap
./syntax_variadic.go:18:15: xs does not escape
./syntax_variadic.go:20:16: parameter dst leaks to ~r0 with derefs=0:
./syntax_variadic.go:20:16:   flow: ~r0 = dst:
./syntax_variadic.go:20:16:     from return dst (return) at ./syntax_variadic.go:24:2
./syntax_variadic.go:20:16: leaking param: dst to result ~r0 level=0
./syntax_variadic.go:20:27: srcs does not escape
./syntax_variadic.go:41:15: f("%d-%s", ... argument...) escapes to heap:
./syntax_variadic.go:41:15:   flow: {storage for ... argument} = &{storage for f("%d-%s", ... argument...)}:
./syntax_variadic.go:41:15:     from f("%d-%s", ... argument...) (spill) at ./syntax_variadic.go:41:15
./syntax_variadic.go:41:15:     from ... argument (slice-literal-element) at ./syntax_variadic.go:41:13
./syntax_variadic.go:41:15:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:41:15:     from ... argument (spill) at ./syntax_variadic.go:41:13
./syntax_variadic.go:41:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:41:13
./syntax_variadic.go:40:27: parameter a leaks to {heap} with derefs=1:
./syntax_variadic.go:40:27:   flow: {heap} = *a:
./syntax_variadic.go:40:27:     from fmt.Sprintf(format, a...) (call parameter) at ./syntax_variadic.go:40:72
./syntax_variadic.go:41:28: "x" escapes to heap:
./syntax_variadic.go:41:28:   flow: {storage for ... argument} = &{storage for "x"}:
./syntax_variadic.go:41:28:     from "x" (spill) at ./syntax_variadic.go:41:28
./syntax_variadic.go:41:28:     from ... argument (slice-literal-element) at ./syntax_variadic.go:41:15
./syntax_variadic.go:41:28:   flow: a = &{storage for ... argument}:
./syntax_variadic.go:41:28:     from ... argument (spill) at ./syntax_variadic.go:41:15
./syntax_variadic.go:41:28:     from f("%d-%s", ... argument...) (call parameter) at ./syntax_variadic.go:41:15
./syntax_variadic.go:41:28:   flow: {heap} = *a:
./syntax_variadic.go:41:28:     from fmt.Sprintf(format, a...) (call parameter) at ./syntax_variadic.go:40:72
./syntax_variadic.go:41:25: 7 escapes to heap:
./syntax_variadic.go:41:25:   flow: {storage for ... argument} = &{storage for 7}:
./syntax_variadic.go:41:25:     from 7 (spill) at ./syntax_variadic.go:41:25
./syntax_variadic.go:41:25:     from ... argument (slice-literal-element) at ./syntax_variadic.go:41:15
./syntax_variadic.go:41:25:   flow: a = &{storage for ... argument}:
./syntax_variadic.go:41:25:     from ... argument (spill) at ./syntax_variadic.go:41:15
./syntax_variadic.go:41:25:     from f("%d-%s", ... argument...) (call parameter) at ./syntax_variadic.go:41:15
./syntax_variadic.go:41:25:   flow: {heap} = *a:
./syntax_variadic.go:41:25:     from fmt.Sprintf(format, a...) (call parameter) at ./syntax_variadic.go:40:72
./syntax_variadic.go:39:20: string(bs) escapes to heap:
./syntax_variadic.go:39:20:   flow: {storage for ... argument} = &{storage for string(bs)}:
./syntax_variadic.go:39:20:     from string(bs) (spill) at ./syntax_variadic.go:39:20
./syntax_variadic.go:39:20:     from ... argument (slice-literal-element) at ./syntax_variadic.go:39:13
./syntax_variadic.go:39:20:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:39:20:     from ... argument (spill) at ./syntax_variadic.go:39:13
./syntax_variadic.go:39:20:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:39:13
./syntax_variadic.go:37:13: s escapes to heap:
./syntax_variadic.go:37:13:   flow: {storage for ... argument} = &{storage for s}:
./syntax_variadic.go:37:13:     from s (spill) at ./syntax_variadic.go:37:13
./syntax_variadic.go:37:13:     from ... argument (slice-literal-element) at ./syntax_variadic.go:37:13
./syntax_variadic.go:37:13:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:37:13:     from ... argument (spill) at ./syntax_variadic.go:37:13
./syntax_variadic.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:37:13
./syntax_variadic.go:33:23: appendAll(nil, ... argument...) escapes to heap:
./syntax_variadic.go:33:23:   flow: {storage for ... argument} = &{storage for appendAll(nil, ... argument...)}:
./syntax_variadic.go:33:23:     from appendAll(nil, ... argument...) (spill) at ./syntax_variadic.go:33:23
./syntax_variadic.go:33:23:     from ... argument (slice-literal-element) at ./syntax_variadic.go:33:13
./syntax_variadic.go:33:23:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:33:23:     from ... argument (spill) at ./syntax_variadic.go:33:13
./syntax_variadic.go:33:23:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:33:13
./syntax_variadic.go:32:34: "x" escapes to heap:
./syntax_variadic.go:32:34:   flow: {storage for ... argument} = &{storage for "x"}:
./syntax_variadic.go:32:34:     from "x" (spill) at ./syntax_variadic.go:32:34
./syntax_variadic.go:32:34:     from ... argument (slice-literal-element) at ./syntax_variadic.go:32:21
./syntax_variadic.go:32:34:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:32:34:     from ... argument (spill) at ./syntax_variadic.go:32:21
./syntax_variadic.go:32:34:     from forward("p:", ... argument...) (call parameter) at ./syntax_variadic.go:32:21
./syntax_variadic.go:32:31: 2 escapes to heap:
./syntax_variadic.go:32:31:   flow: {storage for ... argument} = &{storage for 2}:
./syntax_variadic.go:32:31:     from 2 (spill) at ./syntax_variadic.go:32:31
./syntax_variadic.go:32:31:     from ... argument (slice-literal-element) at ./syntax_variadic.go:32:21
./syntax_variadic.go:32:31:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:32:31:     from ... argument (spill) at ./syntax_variadic.go:32:21
./syntax_variadic.go:32:31:     from forward("p:", ... argument...) (call parameter) at ./syntax_variadic.go:32:21
./syntax_variadic.go:32:28: 1 escapes to heap:
./syntax_variadic.go:32:28:   flow: {storage for ... argument} = &{storage for 1}:
./syntax_variadic.go:32:28:     from 1 (spill) at ./syntax_variadic.go:32:28
./syntax_variadic.go:32:28:     from ... argument (slice-literal-element) at ./syntax_variadic.go:32:21
./syntax_variadic.go:32:28:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:32:28:     from ... argument (spill) at ./syntax_variadic.go:32:21
./syntax_variadic.go:32:28:     from forward("p:", ... argument...) (call parameter) at ./syntax_variadic.go:32:21
./syntax_variadic.go:32:76: nilOrNot([]int{}...) escapes to heap:
./syntax_variadic.go:32:76:   flow: {storage for ... argument} = &{storage for nilOrNot([]int{}...)}:
./syntax_variadic.go:32:76:     from nilOrNot([]int{}...) (spill) at ./syntax_variadic.go:32:76
./syntax_variadic.go:32:76:     from ... argument (slice-literal-element) at ./syntax_variadic.go:32:13
./syntax_variadic.go:32:76:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:32:76:     from ... argument (spill) at ./syntax_variadic.go:32:13
./syntax_variadic.go:32:76:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:32:13
./syntax_variadic.go:32:60: nilOrNot(s...) escapes to heap:
./syntax_variadic.go:32:60:   flow: {storage for ... argument} = &{storage for nilOrNot(s...)}:
./syntax_variadic.go:32:60:     from nilOrNot(s...) (spill) at ./syntax_variadic.go:32:60
./syntax_variadic.go:32:60:     from ... argument (slice-literal-element) at ./syntax_variadic.go:32:13
./syntax_variadic.go:32:60:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:32:60:     from ... argument (spill) at ./syntax_variadic.go:32:13
./syntax_variadic.go:32:60:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:32:13
./syntax_variadic.go:32:48: nilOrNot(nil...) escapes to heap:
./syntax_variadic.go:32:48:   flow: {storage for ... argument} = &{storage for nilOrNot(nil...)}:
./syntax_variadic.go:32:48:     from nilOrNot(nil...) (spill) at ./syntax_variadic.go:32:48
./syntax_variadic.go:32:48:     from ... argument (slice-literal-element) at ./syntax_variadic.go:32:13
./syntax_variadic.go:32:48:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:32:48:     from ... argument (spill) at ./syntax_variadic.go:32:13
./syntax_variadic.go:32:48:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:32:13
./syntax_variadic.go:32:21: forward("p:", ... argument...) escapes to heap:
./syntax_variadic.go:32:21:   flow: {storage for ... argument} = &{storage for forward("p:", ... argument...)}:
./syntax_variadic.go:32:21:     from forward("p:", ... argument...) (spill) at ./syntax_variadic.go:32:21
./syntax_variadic.go:32:21:     from ... argument (slice-literal-element) at ./syntax_variadic.go:32:13
./syntax_variadic.go:32:21:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:32:21:     from ... argument (spill) at ./syntax_variadic.go:32:13
./syntax_variadic.go:32:21:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:32:13
./syntax_variadic.go:31:60: count([]interface {}{...}...) escapes to heap:
./syntax_variadic.go:31:60:   flow: {storage for ... argument} = &{storage for count([]interface {}{...}...)}:
./syntax_variadic.go:31:60:     from count([]interface {}{...}...) (spill) at ./syntax_variadic.go:31:60
./syntax_variadic.go:31:60:     from ... argument (slice-literal-element) at ./syntax_variadic.go:31:13
./syntax_variadic.go:31:60:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:31:60:     from ... argument (spill) at ./syntax_variadic.go:31:13
./syntax_variadic.go:31:60:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:31:13
./syntax_variadic.go:31:40: count(... argument...) escapes to heap:
./syntax_variadic.go:31:40:   flow: {storage for ... argument} = &{storage for count(... argument...)}:
./syntax_variadic.go:31:40:     from count(... argument...) (spill) at ./syntax_variadic.go:31:40
./syntax_variadic.go:31:40:     from ... argument (slice-literal-element) at ./syntax_variadic.go:31:13
./syntax_variadic.go:31:40:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:31:40:     from ... argument (spill) at ./syntax_variadic.go:31:13
./syntax_variadic.go:31:40:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:31:13
./syntax_variadic.go:31:28: count(... argument...) escapes to heap:
./syntax_variadic.go:31:28:   flow: {storage for ... argument} = &{storage for count(... argument...)}:
./syntax_variadic.go:31:28:     from count(... argument...) (spill) at ./syntax_variadic.go:31:28
./syntax_variadic.go:31:28:     from ... argument (slice-literal-element) at ./syntax_variadic.go:31:13
./syntax_variadic.go:31:28:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:31:28:     from ... argument (spill) at ./syntax_variadic.go:31:13
./syntax_variadic.go:31:28:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:31:13
./syntax_variadic.go:31:19: count(nil...) escapes to heap:
./syntax_variadic.go:31:19:   flow: {storage for ... argument} = &{storage for count(nil...)}:
./syntax_variadic.go:31:19:     from count(nil...) (spill) at ./syntax_variadic.go:31:19
./syntax_variadic.go:31:19:     from ... argument (slice-literal-element) at ./syntax_variadic.go:31:13
./syntax_variadic.go:31:19:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:31:19:     from ... argument (spill) at ./syntax_variadic.go:31:13
./syntax_variadic.go:31:19:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:31:13
./syntax_variadic.go:30:31: sum(5, s[1:]...) escapes to heap:
./syntax_variadic.go:30:31:   flow: {storage for ... argument} = &{storage for sum(5, s[1:]...)}:
./syntax_variadic.go:30:31:     from sum(5, s[1:]...) (spill) at ./syntax_variadic.go:30:31
./syntax_variadic.go:30:31:     from ... argument (slice-literal-element) at ./syntax_variadic.go:30:13
./syntax_variadic.go:30:31:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:30:31:     from ... argument (spill) at ./syntax_variadic.go:30:13
./syntax_variadic.go:30:31:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:30:13
./syntax_variadic.go:30:17: sum(0, s...) escapes to heap:
./syntax_variadic.go:30:17:   flow: {storage for ... argument} = &{storage for sum(0, s...)}:
./syntax_variadic.go:30:17:     from sum(0, s...) (spill) at ./syntax_variadic.go:30:17
./syntax_variadic.go:30:17:     from ... argument (slice-literal-element) at ./syntax_variadic.go:30:13
./syntax_variadic.go:30:17:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:30:17:     from ... argument (spill) at ./syntax_variadic.go:30:13
./syntax_variadic.go:30:17:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:30:13
./syntax_variadic.go:28:36: sum(1, ... argument...) escapes to heap:
./syntax_variadic.go:28:36:   flow: {storage for ... argument} = &{storage for sum(1, ... argument...)}:
./syntax_variadic.go:28:36:     from sum(1, ... argument...) (spill) at ./syntax_variadic.go:28:36
./syntax_variadic.go:28:36:     from ... argument (slice-literal-element) at ./syntax_variadic.go:28:13
./syntax_variadic.go:28:36:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:28:36:     from ... argument (spill) at ./syntax_variadic.go:28:13
./syntax_variadic.go:28:36:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:28:13
./syntax_variadic.go:28:25: sum(1, ... argument...) escapes to heap:
./syntax_variadic.go:28:25:   flow: {storage for ... argument} = &{storage for sum(1, ... argument...)}:
./syntax_variadic.go:28:25:     from sum(1, ... argument...) (spill) at ./syntax_variadic.go:28:25
./syntax_variadic.go:28:25:     from ... argument (slice-literal-element) at ./syntax_variadic.go:28:13
./syntax_variadic.go:28:25:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:28:25:     from ... argument (spill) at ./syntax_variadic.go:28:13
./syntax_variadic.go:28:25:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:28:13
./syntax_variadic.go:28:17: sum(1, nil...) escapes to heap:
./syntax_variadic.go:28:17:   flow: {storage for ... argument} = &{storage for sum(1, nil...)}:
./syntax_variadic.go:28:17:     from sum(1, nil...) (spill) at ./syntax_variadic.go:28:17
./syntax_variadic.go:28:17:     from ... argument (slice-literal-element) at ./syntax_variadic.go:28:13
./syntax_variadic.go:28:17:   flow: {heap} = {storage for ... argument}:
./syntax_variadic.go:28:17:     from ... argument (spill) at ./syntax_variadic.go:28:13
./syntax_variadic.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./syntax_variadic.go:28:13
./syntax_variadic.go:39:20: string(bs) escapes to heap:
./syntax_variadic.go:39:20:   flow: {storage for string(bs)} = &{storage for string(bs)}:
./syntax_variadic.go:39:20:     from string(bs) (spill) at ./syntax_variadic.go:39:20
./syntax_variadic.go:39:20:     from string(bs) (interface-converted) at ./syntax_variadic.go:39:20
./syntax_variadic.go:29:12: []int{...} escapes to heap:
./syntax_variadic.go:29:12:   flow: s = &{storage for []int{...}}:
./syntax_variadic.go:29:12:     from []int{...} (spill) at ./syntax_variadic.go:29:12
./syntax_variadic.go:29:12:     from s := []int{...} (assign) at ./syntax_variadic.go:29:4
./syntax_variadic.go:29:12:   flow: {storage for s} = s:
./syntax_variadic.go:29:12:     from s (interface-converted) at ./syntax_variadic.go:37:13
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

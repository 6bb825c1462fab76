./type_self_referential.go:12:12: n does not escape
./type_self_referential.go:28:15: M{...} escapes to heap:
./type_self_referential.go:28:15:   flow: {heap} = &{storage for M{...}}:
./type_self_referential.go:28:15:     from M{...} (spill) at ./type_self_referential.go:28:15
./type_self_referential.go:28:15:     from M{...} (map literal value) at ./type_self_referential.go:28:8
./type_self_referential.go:25:2: one escapes to heap:
./type_self_referential.go:25:2:   flow: two = &one:
./type_self_referential.go:25:2:     from &one (address-of) at ./type_self_referential.go:26:16
./type_self_referential.go:25:2:     from two := Number(&one) (assign) at ./type_self_referential.go:26:6
./type_self_referential.go:25:2:   flow: {storage for ... argument} = two:
./type_self_referential.go:25:2:     from two (interface-converted) at ./type_self_referential.go:45:13
./type_self_referential.go:25:2:     from ... argument (slice-literal-element) at ./type_self_referential.go:45:12
./type_self_referential.go:25:2:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:25:2:     from ... argument (spill) at ./type_self_referential.go:45:12
./type_self_referential.go:25:2:     from fmt.Printf("%v %T %T %T\n", ... argument...) (call parameter) at ./type_self_referential.go:45:12
./type_self_referential.go:28:8: M{...} escapes to heap:
./type_self_referential.go:28:8:   flow: m = &{storage for M{...}}:
./type_self_referential.go:28:8:     from M{...} (spill) at ./type_self_referential.go:28:8
./type_self_referential.go:28:8:     from m := M{...} (assign) at ./type_self_referential.go:28:4
./type_self_referential.go:28:8:   flow: {storage for ... argument} = m:
./type_self_referential.go:28:8:     from m (interface-converted) at ./type_self_referential.go:45:13
./type_self_referential.go:28:8:     from ... argument (slice-literal-element) at ./type_self_referential.go:45:12
./type_self_referential.go:28:8:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:28:8:     from ... argument (spill) at ./type_self_referential.go:45:12
./type_self_referential.go:28:8:     from fmt.Printf("%v %T %T %T\n", ... argument...) (call parameter) at ./type_self_referential.go:45:12
./type_self_referential.go:45:13: ok escapes to heap:
./type_self_referential.go:45:13:   flow: {storage for ... argument} = &{storage for ok}:
./type_self_referential.go:45:13:     from ok (spill) at ./type_self_referential.go:45:13
./type_self_referential.go:45:13:     from ... argument (slice-literal-element) at ./type_self_referential.go:45:12
./type_self_referential.go:45:13:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:45:13:     from ... argument (spill) at ./type_self_referential.go:45:12
./type_self_referential.go:45:13:     from fmt.Printf("%v %T %T %T\n", ... argument...) (call parameter) at ./type_self_referential.go:45:12
./type_self_referential.go:42:31: len(v) escapes to heap:
./type_self_referential.go:42:31:   flow: {storage for ... argument} = &{storage for len(v)}:
./type_self_referential.go:42:31:     from len(v) (spill) at ./type_self_referential.go:42:31
./type_self_referential.go:42:31:     from ... argument (slice-literal-element) at ./type_self_referential.go:42:13
./type_self_referential.go:42:31:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:42:31:     from ... argument (spill) at ./type_self_referential.go:42:13
./type_self_referential.go:42:31:     from fmt.Printf("%T %d\n", ... argument...) (call parameter) at ./type_self_referential.go:42:13
./type_self_referential.go:42:14: v escapes to heap:
./type_self_referential.go:42:14:   flow: {storage for ... argument} = &{storage for v}:
./type_self_referential.go:42:14:     from v (spill) at ./type_self_referential.go:42:14
./type_self_referential.go:42:14:     from ... argument (slice-literal-element) at ./type_self_referential.go:42:13
./type_self_referential.go:42:14:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:42:14:     from ... argument (spill) at ./type_self_referential.go:42:13
./type_self_referential.go:42:14:     from fmt.Printf("%T %d\n", ... argument...) (call parameter) at ./type_self_referential.go:42:13
./type_self_referential.go:38:22: a[0][1] == nil escapes to heap:
./type_self_referential.go:38:22:   flow: {storage for ... argument} = &{storage for a[0][1] == nil}:
./type_self_referential.go:38:22:     from a[0][1] == nil (spill) at ./type_self_referential.go:38:22
./type_self_referential.go:38:22:     from ... argument (slice-literal-element) at ./type_self_referential.go:38:13
./type_self_referential.go:38:22:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:38:22:     from ... argument (spill) at ./type_self_referential.go:38:13
./type_self_referential.go:38:22:     from fmt.Println(... argument...) (call parameter) at ./type_self_referential.go:38:13
./type_self_referential.go:34:6: func literal escapes to heap:
./type_self_referential.go:34:6:   flow: f = &{storage for func literal}:
./type_self_referential.go:34:6:     from func literal (spill) at ./type_self_referential.go:34:6
./type_self_referential.go:34:6:     from f = func literal (assign) at ./type_self_referential.go:34:4
./type_self_referential.go:34:6:   flow: {heap} = f:
./type_self_referential.go:34:6:     from f(f) (call parameter) at ./type_self_referential.go:35:15
./type_self_referential.go:35:19: f(f) != nil escapes to heap:
./type_self_referential.go:35:19:   flow: {storage for ... argument} = &{storage for f(f) != nil}:
./type_self_referential.go:35:19:     from f(f) != nil (spill) at ./type_self_referential.go:35:19
./type_self_referential.go:35:19:     from ... argument (slice-literal-element) at ./type_self_referential.go:35:13
./type_self_referential.go:35:19:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:35:19:     from ... argument (spill) at ./type_self_referential.go:35:13
./type_self_referential.go:35:19:     from fmt.Println(... argument...) (call parameter) at ./type_self_referential.go:35:13
./type_self_referential.go:32:20: <-c == c escapes to heap:
./type_self_referential.go:32:20:   flow: {storage for ... argument} = &{storage for <-c == c}:
./type_self_referential.go:32:20:     from <-c == c (spill) at ./type_self_referential.go:32:20
./type_self_referential.go:32:20:     from ... argument (slice-literal-element) at ./type_self_referential.go:32:13
./type_self_referential.go:32:20:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:32:20:     from ... argument (spill) at ./type_self_referential.go:32:13
./type_self_referential.go:32:20:     from fmt.Println(... argument...) (call parameter) at ./type_self_referential.go:32:13
./type_self_referential.go:29:17: len(m["a"]) escapes to heap:
./type_self_referential.go:29:17:   flow: {storage for ... argument} = &{storage for len(m["a"])}:
./type_self_referential.go:29:17:     from len(m["a"]) (spill) at ./type_self_referential.go:29:17
./type_self_referential.go:29:17:     from ... argument (slice-literal-element) at ./type_self_referential.go:29:13
./type_self_referential.go:29:17:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:29:17:     from ... argument (spill) at ./type_self_referential.go:29:13
./type_self_referential.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./type_self_referential.go:29:13
./type_self_referential.go:27:31: count(nil) escapes to heap:
./type_self_referential.go:27:31:   flow: {storage for ... argument} = &{storage for count(nil)}:
./type_self_referential.go:27:31:     from count(nil) (spill) at ./type_self_referential.go:27:31
./type_self_referential.go:27:31:     from ... argument (slice-literal-element) at ./type_self_referential.go:27:13
./type_self_referential.go:27:31:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:27:31:     from ... argument (spill) at ./type_self_referential.go:27:13
./type_self_referential.go:27:31:     from fmt.Println(... argument...) (call parameter) at ./type_self_referential.go:27:13
./type_self_referential.go:27:19: count(two) escapes to heap:
./type_self_referential.go:27:19:   flow: {storage for ... argument} = &{storage for count(two)}:
./type_self_referential.go:27:19:     from count(two) (spill) at ./type_self_referential.go:27:19
./type_self_referential.go:27:19:     from ... argument (slice-literal-element) at ./type_self_referential.go:27:13
./type_self_referential.go:27:19:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:27:19:     from ... argument (spill) at ./type_self_referential.go:27:13
./type_self_referential.go:27:19:     from fmt.Println(... argument...) (call parameter) at ./type_self_referential.go:27:13
./type_self_referential.go:23:38: t escapes to heap:
./type_self_referential.go:23:38:   flow: {storage for ... argument} = &{storage for t}:
./type_self_referential.go:23:38:     from t (spill) at ./type_self_referential.go:23:38
./type_self_referential.go:23:38:     from ... argument (slice-literal-element) at ./type_self_referential.go:23:13
./type_self_referential.go:23:38:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:23:38:     from ... argument (spill) at ./type_self_referential.go:23:13
./type_self_referential.go:23:38:     from fmt.Println(... argument...) (call parameter) at ./type_self_referential.go:23:13
./type_self_referential.go:23:38: len(t[2]) escapes to heap:
./type_self_referential.go:23:38:   flow: {storage for ... argument} = &{storage for len(t[2])}:
./type_self_referential.go:23:38:     from len(t[2]) (spill) at ./type_self_referential.go:23:38
./type_self_referential.go:23:38:     from ... argument (slice-literal-element) at ./type_self_referential.go:23:13
./type_self_referential.go:23:38:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:23:38:     from ... argument (spill) at ./type_self_referential.go:23:13
./type_self_referential.go:23:38:     from fmt.Println(... argument...) (call parameter) at ./type_self_referential.go:23:13
./type_self_referential.go:23:27: t[1] == nil escapes to heap:
./type_self_referential.go:23:27:   flow: {storage for ... argument} = &{storage for t[1] == nil}:
./type_self_referential.go:23:27:     from t[1] == nil (spill) at ./type_self_referential.go:23:27
./type_self_referential.go:23:27:     from ... argument (slice-literal-element) at ./type_self_referential.go:23:13
./type_self_referential.go:23:27:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:23:27:     from ... argument (spill) at ./type_self_referential.go:23:13
./type_self_referential.go:23:27:     from fmt.Println(... argument...) (call parameter) at ./type_self_referential.go:23:13
./type_self_referential.go:23:17: len(t) escapes to heap:
./type_self_referential.go:23:17:   flow: {storage for ... argument} = &{storage for len(t)}:
./type_self_referential.go:23:17:     from len(t) (spill) at ./type_self_referential.go:23:17
./type_self_referential.go:23:17:     from ... argument (slice-literal-element) at ./type_self_referential.go:23:13
./type_self_referential.go:23:17:   flow: {heap} = {storage for ... argument}:
./type_self_referential.go:23:17:     from ... argument (spill) at ./type_self_referential.go:23:13
./type_self_referential.go:23:17:     from fmt.Println(... argument...) (call parameter) at ./type_self_referential.go:23:13
./type_self_referential.go:22:8: T{...} escapes to heap:
./type_self_referential.go:22:8:   flow: t = &{storage for T{...}}:
./type_self_referential.go:22:8:     from T{...} (spill) at ./type_self_referential.go:22:8
./type_self_referential.go:22:8:     from t := T{...} (assign) at ./type_self_referential.go:22:4
./type_self_referential.go:22:8:   flow: {storage for t} = t:
./type_self_referential.go:22:8:     from t (interface-converted) at ./type_self_referential.go:39:22
./type_self_referential.go:22:8:   flow: i = &{storage for t}:
./type_self_referential.go:22:8:     from t (spill) at ./type_self_referential.go:39:22
./type_self_referential.go:22:8:     from i = t (assign) at ./type_self_referential.go:39:6
./type_self_referential.go:22:8:   flow: v = *i:
./type_self_referential.go:22:8:     from case T: fmt.Printf("%T %d\n", ... argument...) (switch case) at ./type_self_referential.go:41:2
./type_self_referential.go:22:8:   flow: {storage for v} = v:
./type_self_referential.go:22:8:     from v (interface-converted) at ./type_self_referential.go:42:14
./type_self_referential.go:22:20: T{...} escapes to heap:
./type_self_referential.go:22:20:   flow: {storage for T{...}} = &{storage for T{...}}:
./type_self_referential.go:22:20:     from T{...} (spill) at ./type_self_referential.go:22:20
./type_self_referential.go:22:20:     from T{...} (slice-literal-element) at ./type_self_referential.go:22:8
./type_self_referential.go:22:15: T{} escapes to heap:
./type_self_referential.go:22:15:   flow: {storage for T{...}} = &{storage for T{}}:
./type_self_referential.go:22:15:     from T{} (spill) at ./type_self_referential.go:22:15
./type_self_referential.go:22:15:     from T{...} (slice-literal-element) at ./type_self_referential.go:22:8
./type_self_referential.go:22:22: T{} escapes to heap:
./type_self_referential.go:22:22:   flow: {storage for T{...}} = &{storage for T{}}:
./type_self_referential.go:22:22:     from T{} (spill) at ./type_self_referential.go:22:22
./type_self_referential.go:22:22:     from T{...} (slice-literal-element) at ./type_self_referential.go:22:20
./type_self_referential.go:34:11: parameter g leaks to ~r0 with derefs=0:
./type_self_referential.go:34:11:   flow: ~r0 = g:
./type_self_referential.go:34:11:     from return g (return) at ./type_self_referential.go:34:20
./type_self_referential.go:24:6: zero escapes to heap:
./type_self_referential.go:24:6:   flow: one = &zero:
./type_self_referential.go:24:6:     from &zero (address-of) at ./type_self_referential.go:25:16
./type_self_referential.go:24:6:     from one := Number(&zero) (assign) at ./type_self_referential.go:25:6
./type_self_referential.go:34:11: leaking param: g to result ~r0 level=0
./type_self_referential.go:24:6: moved to heap: zero
./type_self_referential.go:25:2: moved to heap: one
./type_self_referential.go:22:8: T{...} escapes to heap
./type_self_referential.go:22:15: T{} escapes to heap
./type_self_referential.go:22:20: T{...} escapes to heap
./type_self_referential.go:22:22: T{} escapes to heap
./type_self_referential.go:23:13: ... argument does not escape
./type_self_referential.go:23:17: len(t) escapes to heap
./type_self_referential.go:23:27: t[1] == nil escapes to heap
./type_self_referential.go:23:38: len(t[2]) escapes to heap
./type_self_referential.go:23:38: t escapes to heap
./type_self_referential.go:27:13: ... argument does not escape
./type_self_referential.go:27:19: count(two) escapes to heap
./type_self_referential.go:27:31: count(nil) escapes to heap
./type_self_referential.go:28:8: M{...} escapes to heap
./type_self_referential.go:28:15: M{...} escapes to heap
./type_self_referential.go:29:13: ... argument does not escape
./type_self_referential.go:29:17: len(m["a"]) escapes to heap
./type_self_referential.go:32:13: ... argument does not escape
./type_self_referential.go:32:20: <-c == c escapes to heap
./type_self_referential.go:34:6: func literal escapes to heap
./type_self_referential.go:35:13: ... argument does not escape
./type_self_referential.go:35:19: f(f) != nil escapes to heap
./type_self_referential.go:37:9: &A{} does not escape
./type_self_referential.go:38:13: ... argument does not escape
./type_self_referential.go:38:22: a[0][1] == nil escapes to heap
./type_self_referential.go:39:22: t does not escape
./type_self_referential.go:42:13: ... argument does not escape
./type_self_referential.go:42:14: v escapes to heap
./type_self_referential.go:42:31: len(v) escapes to heap
./type_self_referential.go:45:12: ... argument does not escape
./type_self_referential.go:45:13: ok escapes to heap

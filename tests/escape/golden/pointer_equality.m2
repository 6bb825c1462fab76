./pointer_equality.go:9:9: parameter p leaks to ~r0 with derefs=0:
./pointer_equality.go:9:9:   flow: ~r0 = p:
./pointer_equality.go:9:9:     from return p (return) at ./pointer_equality.go:9:24
./pointer_equality.go:9:9: leaking param: p to result ~r0 level=0
./pointer_equality.go:44:13: count escapes to heap:
./pointer_equality.go:44:13:   flow: {storage for ... argument} = &{storage for count}:
./pointer_equality.go:44:13:     from count (spill) at ./pointer_equality.go:44:13
./pointer_equality.go:44:13:     from ... argument (slice-literal-element) at ./pointer_equality.go:44:13
./pointer_equality.go:44:13:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:44:13:     from ... argument (spill) at ./pointer_equality.go:44:13
./pointer_equality.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:44:13
./pointer_equality.go:35:31: *pp1 == *pp2 escapes to heap:
./pointer_equality.go:35:31:   flow: {storage for ... argument} = &{storage for *pp1 == *pp2}:
./pointer_equality.go:35:31:     from *pp1 == *pp2 (spill) at ./pointer_equality.go:35:31
./pointer_equality.go:35:31:     from ... argument (slice-literal-element) at ./pointer_equality.go:35:13
./pointer_equality.go:35:31:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:35:31:     from ... argument (spill) at ./pointer_equality.go:35:13
./pointer_equality.go:35:31:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:35:13
./pointer_equality.go:35:18: pp1 == pp2 escapes to heap:
./pointer_equality.go:35:18:   flow: {storage for ... argument} = &{storage for pp1 == pp2}:
./pointer_equality.go:35:18:     from pp1 == pp2 (spill) at ./pointer_equality.go:35:18
./pointer_equality.go:35:18:     from ... argument (slice-literal-element) at ./pointer_equality.go:35:13
./pointer_equality.go:35:18:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:35:18:     from ... argument (spill) at ./pointer_equality.go:35:13
./pointer_equality.go:35:18:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:35:13
./pointer_equality.go:32:20: &c[0] == &d[0] escapes to heap:
./pointer_equality.go:32:20:   flow: {storage for ... argument} = &{storage for &c[0] == &d[0]}:
./pointer_equality.go:32:20:     from &c[0] == &d[0] (spill) at ./pointer_equality.go:32:20
./pointer_equality.go:32:20:     from ... argument (slice-literal-element) at ./pointer_equality.go:32:13
./pointer_equality.go:32:20:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:32:20:     from ... argument (spill) at ./pointer_equality.go:32:13
./pointer_equality.go:32:20:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:32:13
./pointer_equality.go:28:40: &arr[0] == &s[1] escapes to heap:
./pointer_equality.go:28:40:   flow: {storage for ... argument} = &{storage for &arr[0] == &s[1]}:
./pointer_equality.go:28:40:     from &arr[0] == &s[1] (spill) at ./pointer_equality.go:28:40
./pointer_equality.go:28:40:     from ... argument (slice-literal-element) at ./pointer_equality.go:28:13
./pointer_equality.go:28:40:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:28:40:     from ... argument (spill) at ./pointer_equality.go:28:13
./pointer_equality.go:28:40:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:28:13
./pointer_equality.go:28:22: &arr[0] == &s[0] escapes to heap:
./pointer_equality.go:28:22:   flow: {storage for ... argument} = &{storage for &arr[0] == &s[0]}:
./pointer_equality.go:28:22:     from &arr[0] == &s[0] (spill) at ./pointer_equality.go:28:22
./pointer_equality.go:28:22:     from ... argument (slice-literal-element) at ./pointer_equality.go:28:13
./pointer_equality.go:28:22:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:28:22:     from ... argument (spill) at ./pointer_equality.go:28:13
./pointer_equality.go:28:22:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:28:13
./pointer_equality.go:24:32: pt == &t escapes to heap:
./pointer_equality.go:24:32:   flow: {storage for ... argument} = &{storage for pt == &t}:
./pointer_equality.go:24:32:     from pt == &t (spill) at ./pointer_equality.go:24:32
./pointer_equality.go:24:32:     from ... argument (slice-literal-element) at ./pointer_equality.go:24:13
./pointer_equality.go:24:32:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:24:32:     from ... argument (spill) at ./pointer_equality.go:24:13
./pointer_equality.go:24:32:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:24:13
./pointer_equality.go:24:20: &pt.A == &t.A escapes to heap:
./pointer_equality.go:24:20:   flow: {storage for ... argument} = &{storage for &pt.A == &t.A}:
./pointer_equality.go:24:20:     from &pt.A == &t.A (spill) at ./pointer_equality.go:24:20
./pointer_equality.go:24:20:     from ... argument (slice-literal-element) at ./pointer_equality.go:24:13
./pointer_equality.go:24:20:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:24:20:     from ... argument (spill) at ./pointer_equality.go:24:13
./pointer_equality.go:24:20:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:24:13
./pointer_equality.go:21:33: &t.A == &t.B escapes to heap:
./pointer_equality.go:21:33:   flow: {storage for ... argument} = &{storage for &t.A == &t.B}:
./pointer_equality.go:21:33:     from &t.A == &t.B (spill) at ./pointer_equality.go:21:33
./pointer_equality.go:21:33:     from ... argument (slice-literal-element) at ./pointer_equality.go:21:13
./pointer_equality.go:21:33:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:21:33:     from ... argument (spill) at ./pointer_equality.go:21:13
./pointer_equality.go:21:33:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:21:13
./pointer_equality.go:21:19: &t.A == &t.A escapes to heap:
./pointer_equality.go:21:19:   flow: {storage for ... argument} = &{storage for &t.A == &t.A}:
./pointer_equality.go:21:19:     from &t.A == &t.A (spill) at ./pointer_equality.go:21:19
./pointer_equality.go:21:19:     from ... argument (slice-literal-element) at ./pointer_equality.go:21:13
./pointer_equality.go:21:19:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:21:19:     from ... argument (spill) at ./pointer_equality.go:21:13
./pointer_equality.go:21:19:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:21:13
./pointer_equality.go:18:39: pa1 == nil escapes to heap:
./pointer_equality.go:18:39:   flow: {storage for ... argument} = &{storage for pa1 == nil}:
./pointer_equality.go:18:39:     from pa1 == nil (spill) at ./pointer_equality.go:18:39
./pointer_equality.go:18:39:     from ... argument (slice-literal-element) at ./pointer_equality.go:18:13
./pointer_equality.go:18:39:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:18:39:     from ... argument (spill) at ./pointer_equality.go:18:13
./pointer_equality.go:18:39:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:18:13
./pointer_equality.go:18:27: n1 == nil escapes to heap:
./pointer_equality.go:18:27:   flow: {storage for ... argument} = &{storage for n1 == nil}:
./pointer_equality.go:18:27:     from n1 == nil (spill) at ./pointer_equality.go:18:27
./pointer_equality.go:18:27:     from ... argument (slice-literal-element) at ./pointer_equality.go:18:13
./pointer_equality.go:18:27:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:18:27:     from ... argument (spill) at ./pointer_equality.go:18:13
./pointer_equality.go:18:27:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:18:13
./pointer_equality.go:18:17: n1 == n2 escapes to heap:
./pointer_equality.go:18:17:   flow: {storage for ... argument} = &{storage for n1 == n2}:
./pointer_equality.go:18:17:     from n1 == n2 (spill) at ./pointer_equality.go:18:17
./pointer_equality.go:18:17:     from ... argument (slice-literal-element) at ./pointer_equality.go:18:13
./pointer_equality.go:18:17:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:18:17:     from ... argument (spill) at ./pointer_equality.go:18:13
./pointer_equality.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:18:13
./pointer_equality.go:15:22: id(pa1) == pa2 escapes to heap:
./pointer_equality.go:15:22:   flow: {storage for ... argument} = &{storage for id(pa1) == pa2}:
./pointer_equality.go:15:22:     from id(pa1) == pa2 (spill) at ./pointer_equality.go:15:22
./pointer_equality.go:15:22:     from ... argument (slice-literal-element) at ./pointer_equality.go:15:13
./pointer_equality.go:15:22:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:15:22:     from ... argument (spill) at ./pointer_equality.go:15:13
./pointer_equality.go:15:22:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:15:13
./pointer_equality.go:14:42: *pa1 == *pb escapes to heap:
./pointer_equality.go:14:42:   flow: {storage for ... argument} = &{storage for *pa1 == *pb}:
./pointer_equality.go:14:42:     from *pa1 == *pb (spill) at ./pointer_equality.go:14:42
./pointer_equality.go:14:42:     from ... argument (slice-literal-element) at ./pointer_equality.go:14:13
./pointer_equality.go:14:42:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:14:42:     from ... argument (spill) at ./pointer_equality.go:14:13
./pointer_equality.go:14:42:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:14:13
./pointer_equality.go:14:30: pa1 == pb escapes to heap:
./pointer_equality.go:14:30:   flow: {storage for ... argument} = &{storage for pa1 == pb}:
./pointer_equality.go:14:30:     from pa1 == pb (spill) at ./pointer_equality.go:14:30
./pointer_equality.go:14:30:     from ... argument (slice-literal-element) at ./pointer_equality.go:14:13
./pointer_equality.go:14:30:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:14:30:     from ... argument (spill) at ./pointer_equality.go:14:13
./pointer_equality.go:14:30:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:14:13
./pointer_equality.go:14:18: pa1 == pa2 escapes to heap:
./pointer_equality.go:14:18:   flow: {storage for ... argument} = &{storage for pa1 == pa2}:
./pointer_equality.go:14:18:     from pa1 == pa2 (spill) at ./pointer_equality.go:14:18
./pointer_equality.go:14:18:     from ... argument (slice-literal-element) at ./pointer_equality.go:14:13
./pointer_equality.go:14:18:   flow: {heap} = {storage for ... argument}:
./pointer_equality.go:14:18:     from ... argument (spill) at ./pointer_equality.go:14:13
./pointer_equality.go:14:18:     from fmt.Println(... argument...) (call parameter) at ./pointer_equality.go:14:13
./pointer_equality.go:14:13: ... argument does not escape
./pointer_equality.go:14:18: pa1 == pa2 escapes to heap
./pointer_equality.go:14:30: pa1 == pb escapes to heap
./pointer_equality.go:14:42: *pa1 == *pb escapes to heap
./pointer_equality.go:15:13: ... argument does not escape
./pointer_equality.go:15:22: id(pa1) == pa2 escapes to heap
./pointer_equality.go:18:13: ... argument does not escape
./pointer_equality.go:18:17: n1 == n2 escapes to heap
./pointer_equality.go:18:27: n1 == nil escapes to heap
./pointer_equality.go:18:39: pa1 == nil escapes to heap
./pointer_equality.go:21:13: ... argument does not escape
./pointer_equality.go:21:19: &t.A == &t.A escapes to heap
./pointer_equality.go:21:33: &t.A == &t.B escapes to heap
./pointer_equality.go:24:13: ... argument does not escape
./pointer_equality.go:24:20: &pt.A == &t.A escapes to heap
./pointer_equality.go:24:32: pt == &t escapes to heap
./pointer_equality.go:28:13: ... argument does not escape
./pointer_equality.go:28:22: &arr[0] == &s[0] escapes to heap
./pointer_equality.go:28:40: &arr[0] == &s[1] escapes to heap
./pointer_equality.go:30:11: make([]int, 1) does not escape
./pointer_equality.go:32:13: ... argument does not escape
./pointer_equality.go:32:20: &c[0] == &d[0] escapes to heap
./pointer_equality.go:35:13: ... argument does not escape
./pointer_equality.go:35:18: pp1 == pp2 escapes to heap
./pointer_equality.go:35:31: *pp1 == *pp2 escapes to heap
./pointer_equality.go:37:14: []*int{...} does not escape
./pointer_equality.go:44:13: ... argument does not escape
./pointer_equality.go:44:13: count escapes to heap

./method_pointer_receiver.go:12:7: c does not escape
./method_pointer_receiver.go:13:7: c does not escape
./method_pointer_receiver.go:14:7: parameter c leaks to {heap} with derefs=1:
./method_pointer_receiver.go:14:7:   flow: {heap} = *c:
./method_pointer_receiver.go:14:7:     from c.name (dot of pointer) at ./method_pointer_receiver.go:14:54
./method_pointer_receiver.go:14:7:     from Counter{...} (struct literal element) at ./method_pointer_receiver.go:14:46
./method_pointer_receiver.go:14:7:     from *c = Counter{...} (assign) at ./method_pointer_receiver.go:14:37
./method_pointer_receiver.go:14:7: leaking param content: c
./method_pointer_receiver.go:15:7: c does not escape
./method_pointer_receiver.go:16:7: c does not escape
./method_pointer_receiver.go:17:26: parameter s leaks to {heap} with derefs=0:
./method_pointer_receiver.go:17:26:   flow: {heap} = s:
./method_pointer_receiver.go:17:26:     from c.name = s (assign) at ./method_pointer_receiver.go:18:9
./method_pointer_receiver.go:17:7: parameter c leaks to ~r0 with derefs=0:
./method_pointer_receiver.go:17:7:   flow: ~r0 = c:
./method_pointer_receiver.go:17:7:     from return c (return) at ./method_pointer_receiver.go:19:2
./method_pointer_receiver.go:17:7: leaking param: c to result ~r0 level=0
./method_pointer_receiver.go:17:26: leaking param: s
./method_pointer_receiver.go:41:32: &Counter{} escapes to heap:
./method_pointer_receiver.go:41:32:   flow: {heap} = &{storage for &Counter{}}:
./method_pointer_receiver.go:41:32:     from &Counter{} (spill) at ./method_pointer_receiver.go:41:32
./method_pointer_receiver.go:41:32:     from map[string]*Counter{...} (map literal value) at ./method_pointer_receiver.go:41:26
./method_pointer_receiver.go:43:20: m["k"].n escapes to heap:
./method_pointer_receiver.go:43:20:   flow: {storage for ... argument} = &{storage for m["k"].n}:
./method_pointer_receiver.go:43:20:     from m["k"].n (spill) at ./method_pointer_receiver.go:43:20
./method_pointer_receiver.go:43:20:     from ... argument (slice-literal-element) at ./method_pointer_receiver.go:43:13
./method_pointer_receiver.go:43:20:   flow: {heap} = {storage for ... argument}:
./method_pointer_receiver.go:43:20:     from ... argument (spill) at ./method_pointer_receiver.go:43:13
./method_pointer_receiver.go:43:20:     from fmt.Println(... argument...) (call parameter) at ./method_pointer_receiver.go:43:13
./method_pointer_receiver.go:39:32: list[1].n escapes to heap:
./method_pointer_receiver.go:39:32:   flow: {storage for ... argument} = &{storage for list[1].n}:
./method_pointer_receiver.go:39:32:     from list[1].n (spill) at ./method_pointer_receiver.go:39:32
./method_pointer_receiver.go:39:32:     from ... argument (slice-literal-element) at ./method_pointer_receiver.go:39:13
./method_pointer_receiver.go:39:32:   flow: {heap} = {storage for ... argument}:
./method_pointer_receiver.go:39:32:     from ... argument (spill) at ./method_pointer_receiver.go:39:13
./method_pointer_receiver.go:39:32:     from fmt.Println(... argument...) (call parameter) at ./method_pointer_receiver.go:39:13
./method_pointer_receiver.go:39:21: list[0].n escapes to heap:
./method_pointer_receiver.go:39:21:   flow: {storage for ... argument} = &{storage for list[0].n}:
./method_pointer_receiver.go:39:21:     from list[0].n (spill) at ./method_pointer_receiver.go:39:21
./method_pointer_receiver.go:39:21:     from ... argument (slice-literal-element) at ./method_pointer_receiver.go:39:13
./method_pointer_receiver.go:39:21:   flow: {heap} = {storage for ... argument}:
./method_pointer_receiver.go:39:21:     from ... argument (spill) at ./method_pointer_receiver.go:39:13
./method_pointer_receiver.go:39:21:     from fmt.Println(... argument...) (call parameter) at ./method_pointer_receiver.go:39:13
./method_pointer_receiver.go:33:23: c.n escapes to heap:
./method_pointer_receiver.go:33:23:   flow: {storage for ... argument} = &{storage for c.n}:
./method_pointer_receiver.go:33:23:     from c.n (spill) at ./method_pointer_receiver.go:33:23
./method_pointer_receiver.go:33:23:     from ... argument (slice-literal-element) at ./method_pointer_receiver.go:33:13
./method_pointer_receiver.go:33:23:   flow: {heap} = {storage for ... argument}:
./method_pointer_receiver.go:33:23:     from ... argument (spill) at ./method_pointer_receiver.go:33:13
./method_pointer_receiver.go:33:23:     from fmt.Println(... argument...) (call parameter) at ./method_pointer_receiver.go:33:13
./method_pointer_receiver.go:33:15: c.name escapes to heap:
./method_pointer_receiver.go:33:15:   flow: {storage for ... argument} = &{storage for c.name}:
./method_pointer_receiver.go:33:15:     from c.name (spill) at ./method_pointer_receiver.go:33:15
./method_pointer_receiver.go:33:15:     from ... argument (slice-literal-element) at ./method_pointer_receiver.go:33:13
./method_pointer_receiver.go:33:15:   flow: {heap} = {storage for ... argument}:
./method_pointer_receiver.go:33:15:     from ... argument (spill) at ./method_pointer_receiver.go:33:13
./method_pointer_receiver.go:33:15:     from fmt.Println(... argument...) (call parameter) at ./method_pointer_receiver.go:33:13
./method_pointer_receiver.go:30:14: *c escapes to heap:
./method_pointer_receiver.go:30:14:   flow: {storage for ... argument} = &{storage for *c}:
./method_pointer_receiver.go:30:14:     from *c (spill) at ./method_pointer_receiver.go:30:14
./method_pointer_receiver.go:30:14:     from ... argument (slice-literal-element) at ./method_pointer_receiver.go:30:13
./method_pointer_receiver.go:30:14:   flow: {heap} = {storage for ... argument}:
./method_pointer_receiver.go:30:14:     from ... argument (spill) at ./method_pointer_receiver.go:30:13
./method_pointer_receiver.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./method_pointer_receiver.go:30:13
./method_pointer_receiver.go:28:34: (*Counter).Double(c) escapes to heap:
./method_pointer_receiver.go:28:34:   flow: {storage for ... argument} = &{storage for (*Counter).Double(c)}:
./method_pointer_receiver.go:28:34:     from (*Counter).Double(c) (spill) at ./method_pointer_receiver.go:28:34
./method_pointer_receiver.go:28:34:     from ... argument (slice-literal-element) at ./method_pointer_receiver.go:28:13
./method_pointer_receiver.go:28:34:   flow: {heap} = {storage for ... argument}:
./method_pointer_receiver.go:28:34:     from ... argument (spill) at ./method_pointer_receiver.go:28:13
./method_pointer_receiver.go:28:34:     from fmt.Println(... argument...) (call parameter) at ./method_pointer_receiver.go:28:13
./method_pointer_receiver.go:28:22: (*Counter).Double(c) escapes to heap:
./method_pointer_receiver.go:28:22:   flow: {storage for ... argument} = &{storage for (*Counter).Double(c)}:
./method_pointer_receiver.go:28:22:     from (*Counter).Double(c) (spill) at ./method_pointer_receiver.go:28:22
./method_pointer_receiver.go:28:22:     from ... argument (slice-literal-element) at ./method_pointer_receiver.go:28:13
./method_pointer_receiver.go:28:22:   flow: {heap} = {storage for ... argument}:
./method_pointer_receiver.go:28:22:     from ... argument (spill) at ./method_pointer_receiver.go:28:13
./method_pointer_receiver.go:28:22:     from fmt.Println(... argument...) (call parameter) at ./method_pointer_receiver.go:28:13
./method_pointer_receiver.go:27:34: Counter.Value(c) escapes to heap:
./method_pointer_receiver.go:27:34:   flow: {storage for ... argument} = &{storage for Counter.Value(c)}:
./method_pointer_receiver.go:27:34:     from Counter.Value(c) (spill) at ./method_pointer_receiver.go:27:34
./method_pointer_receiver.go:27:34:     from ... argument (slice-literal-element) at ./method_pointer_receiver.go:27:13
./method_pointer_receiver.go:27:34:   flow: {heap} = {storage for ... argument}:
./method_pointer_receiver.go:27:34:     from ... argument (spill) at ./method_pointer_receiver.go:27:13
./method_pointer_receiver.go:27:34:     from fmt.Println(... argument...) (call parameter) at ./method_pointer_receiver.go:27:13
./method_pointer_receiver.go:27:23: c.n escapes to heap:
./method_pointer_receiver.go:27:23:   flow: {storage for ... argument} = &{storage for c.n}:
./method_pointer_receiver.go:27:23:     from c.n (spill) at ./method_pointer_receiver.go:27:23
./method_pointer_receiver.go:27:23:     from ... argument (slice-literal-element) at ./method_pointer_receiver.go:27:13
./method_pointer_receiver.go:27:23:   flow: {heap} = {storage for ... argument}:
./method_pointer_receiver.go:27:23:     from ... argument (spill) at ./method_pointer_receiver.go:27:13
./method_pointer_receiver.go:27:23:     from fmt.Println(... argument...) (call parameter) at ./method_pointer_receiver.go:27:13
./method_pointer_receiver.go:27:15: c.name escapes to heap:
./method_pointer_receiver.go:27:15:   flow: {storage for ... argument} = &{storage for c.name}:
./method_pointer_receiver.go:27:15:     from c.name (spill) at ./method_pointer_receiver.go:27:15
./method_pointer_receiver.go:27:15:     from ... argument (slice-literal-element) at ./method_pointer_receiver.go:27:13
./method_pointer_receiver.go:27:15:   flow: {heap} = {storage for ... argument}:
./method_pointer_receiver.go:27:15:     from ... argument (spill) at ./method_pointer_receiver.go:27:13
./method_pointer_receiver.go:27:15:     from fmt.Println(... argument...) (call parameter) at ./method_pointer_receiver.go:27:13
./method_pointer_receiver.go:23:7: &Counter{...} does not escape
./method_pointer_receiver.go:27:13: ... argument does not escape
./method_pointer_receiver.go:27:15: c.name escapes to heap
./method_pointer_receiver.go:27:23: c.n escapes to heap
./method_pointer_receiver.go:27:34: Counter.Value(c) escapes to heap
./method_pointer_receiver.go:28:13: ... argument does not escape
./method_pointer_receiver.go:28:22: (*Counter).Double(c) escapes to heap
./method_pointer_receiver.go:28:34: (*Counter).Double(c) escapes to heap
./method_pointer_receiver.go:30:13: ... argument does not escape
./method_pointer_receiver.go:30:14: *c escapes to heap
./method_pointer_receiver.go:33:13: ... argument does not escape
./method_pointer_receiver.go:33:15: c.name escapes to heap
./method_pointer_receiver.go:33:23: c.n escapes to heap
./method_pointer_receiver.go:35:20: []*Counter{...} does not escape
./method_pointer_receiver.go:35:21: &Counter{...} does not escape
./method_pointer_receiver.go:35:34: &Counter{...} does not escape
./method_pointer_receiver.go:39:13: ... argument does not escape
./method_pointer_receiver.go:39:21: list[0].n escapes to heap
./method_pointer_receiver.go:39:32: list[1].n escapes to heap
./method_pointer_receiver.go:41:26: map[string]*Counter{...} does not escape
./method_pointer_receiver.go:41:32: &Counter{} escapes to heap
./method_pointer_receiver.go:43:13: ... argument does not escape
./method_pointer_receiver.go:43:20: m["k"].n escapes to heap

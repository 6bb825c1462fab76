./prog_stack_queue.go:9:7: parameter s leaks to {heap} with derefs=1:
./prog_stack_queue.go:9:7:   flow: {heap} = *s:
./prog_stack_queue.go:9:7:     from s.items (dot of pointer) at ./prog_stack_queue.go:9:50
./prog_stack_queue.go:9:7:     from append(s.items, r) (call parameter) at ./prog_stack_queue.go:9:48
./prog_stack_queue.go:9:7:     from s.items = append(s.items, r) (assign) at ./prog_stack_queue.go:9:40
./prog_stack_queue.go:9:7: leaking param content: s
./prog_stack_queue.go:15:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
./prog_stack_queue.go:10:7: s does not escape
./prog_stack_queue.go:18:7: s does not escape
./prog_stack_queue.go:22:25: parameter s leaks to {heap} with derefs=0:
./prog_stack_queue.go:22:25:   flow: {heap} = s:
./prog_stack_queue.go:22:25:     from append(q.items, s) (call parameter) at ./prog_stack_queue.go:22:53
./prog_stack_queue.go:22:7: parameter q leaks to {heap} with derefs=1:
./prog_stack_queue.go:22:7:   flow: {temp} = *q:
./prog_stack_queue.go:22:7:     from q.items (dot of pointer) at ./prog_stack_queue.go:22:55
./prog_stack_queue.go:22:7:     from append(q.items, s) (call parameter) at ./prog_stack_queue.go:22:53
./prog_stack_queue.go:22:7:   flow: {heap} = {temp}:
./prog_stack_queue.go:22:7:     from q.items = append(q.items, s) (assign) at ./prog_stack_queue.go:22:45
./prog_stack_queue.go:22:7: leaking param content: q
./prog_stack_queue.go:22:25: leaking param: s
./prog_stack_queue.go:28:10: (*Queue).Dequeue ignoring self-assignment in q.items = q.items[1:]
./prog_stack_queue.go:23:7: parameter q leaks to ~r0 with derefs=2:
./prog_stack_queue.go:23:7:   flow: s = **q:
./prog_stack_queue.go:23:7:     from q.items (dot of pointer) at ./prog_stack_queue.go:27:8
./prog_stack_queue.go:23:7:     from q.items[0] (dot of pointer) at ./prog_stack_queue.go:27:14
./prog_stack_queue.go:23:7:     from s := q.items[0] (assign) at ./prog_stack_queue.go:27:4
./prog_stack_queue.go:23:7:   flow: ~r0 = s:
./prog_stack_queue.go:23:7:     from return s, true (return) at ./prog_stack_queue.go:29:2
./prog_stack_queue.go:23:7: leaking param: q to result ~r0 level=2
./prog_stack_queue.go:32:15: s does not escape
./prog_stack_queue.go:33:24: map[rune]rune{...} does not escape
./prog_stack_queue.go:49:14: tokens does not escape
./prog_stack_queue.go:100:17: len(q.items) escapes to heap:
./prog_stack_queue.go:100:17:   flow: {storage for ... argument} = &{storage for len(q.items)}:
./prog_stack_queue.go:100:17:     from len(q.items) (spill) at ./prog_stack_queue.go:100:17
./prog_stack_queue.go:100:17:     from ... argument (slice-literal-element) at ./prog_stack_queue.go:100:13
./prog_stack_queue.go:100:17:   flow: {heap} = {storage for ... argument}:
./prog_stack_queue.go:100:17:     from ... argument (spill) at ./prog_stack_queue.go:100:13
./prog_stack_queue.go:100:17:     from fmt.Println(... argument...) (call parameter) at ./prog_stack_queue.go:100:13
./prog_stack_queue.go:98:13: s escapes to heap:
./prog_stack_queue.go:98:13:   flow: {storage for ... argument} = &{storage for s}:
./prog_stack_queue.go:98:13:     from s (spill) at ./prog_stack_queue.go:98:13
./prog_stack_queue.go:98:13:     from ... argument (slice-literal-element) at ./prog_stack_queue.go:98:12
./prog_stack_queue.go:98:13:   flow: {heap} = {storage for ... argument}:
./prog_stack_queue.go:98:13:     from ... argument (spill) at ./prog_stack_queue.go:98:12
./prog_stack_queue.go:98:13:     from fmt.Print(... argument...) (call parameter) at ./prog_stack_queue.go:98:12
./prog_stack_queue.go:98:13: " " escapes to heap:
./prog_stack_queue.go:98:13:   flow: {storage for ... argument} = &{storage for " "}:
./prog_stack_queue.go:98:13:     from " " (spill) at ./prog_stack_queue.go:98:13
./prog_stack_queue.go:98:13:     from ... argument (slice-literal-element) at ./prog_stack_queue.go:98:12
./prog_stack_queue.go:98:13:   flow: {heap} = {storage for ... argument}:
./prog_stack_queue.go:98:13:     from ... argument (spill) at ./prog_stack_queue.go:98:12
./prog_stack_queue.go:98:13:     from fmt.Print(... argument...) (call parameter) at ./prog_stack_queue.go:98:12
./prog_stack_queue.go:92:11: first escapes to heap:
./prog_stack_queue.go:92:11:   flow: {storage for ... argument} = &{storage for first}:
./prog_stack_queue.go:92:11:     from first (spill) at ./prog_stack_queue.go:92:11
./prog_stack_queue.go:92:11:     from ... argument (slice-literal-element) at ./prog_stack_queue.go:92:11
./prog_stack_queue.go:92:11:   flow: {heap} = {storage for ... argument}:
./prog_stack_queue.go:92:11:     from ... argument (spill) at ./prog_stack_queue.go:92:11
./prog_stack_queue.go:92:11:     from fmt.Print(... argument...) (call parameter) at ./prog_stack_queue.go:92:11
./prog_stack_queue.go:84:21: postfix([]string{...}) escapes to heap:
./prog_stack_queue.go:84:21:   flow: {storage for ... argument} = &{storage for postfix([]string{...})}:
./prog_stack_queue.go:84:21:     from postfix([]string{...}) (spill) at ./prog_stack_queue.go:84:21
./prog_stack_queue.go:84:21:     from ... argument (slice-literal-element) at ./prog_stack_queue.go:84:13
./prog_stack_queue.go:84:21:   flow: {heap} = {storage for ... argument}:
./prog_stack_queue.go:84:21:     from ... argument (spill) at ./prog_stack_queue.go:84:13
./prog_stack_queue.go:84:21:     from fmt.Println(... argument...) (call parameter) at ./prog_stack_queue.go:84:13
./prog_stack_queue.go:83:21: postfix([]string{...}) escapes to heap:
./prog_stack_queue.go:83:21:   flow: {storage for ... argument} = &{storage for postfix([]string{...})}:
./prog_stack_queue.go:83:21:     from postfix([]string{...}) (spill) at ./prog_stack_queue.go:83:21
./prog_stack_queue.go:83:21:     from ... argument (slice-literal-element) at ./prog_stack_queue.go:83:13
./prog_stack_queue.go:83:21:   flow: {heap} = {storage for ... argument}:
./prog_stack_queue.go:83:21:     from ... argument (spill) at ./prog_stack_queue.go:83:13
./prog_stack_queue.go:83:21:     from fmt.Println(... argument...) (call parameter) at ./prog_stack_queue.go:83:13
./prog_stack_queue.go:81:39: balanced(s) escapes to heap:
./prog_stack_queue.go:81:39:   flow: {storage for ... argument} = &{storage for balanced(s)}:
./prog_stack_queue.go:81:39:     from balanced(s) (spill) at ./prog_stack_queue.go:81:39
./prog_stack_queue.go:81:39:     from ... argument (slice-literal-element) at ./prog_stack_queue.go:81:13
./prog_stack_queue.go:81:39:   flow: {heap} = {storage for ... argument}:
./prog_stack_queue.go:81:39:     from ... argument (spill) at ./prog_stack_queue.go:81:13
./prog_stack_queue.go:81:39:     from fmt.Printf("%-10q %v\n", ... argument...) (call parameter) at ./prog_stack_queue.go:81:13
./prog_stack_queue.go:81:14: s escapes to heap:
./prog_stack_queue.go:81:14:   flow: {storage for ... argument} = &{storage for s}:
./prog_stack_queue.go:81:14:     from s (spill) at ./prog_stack_queue.go:81:14
./prog_stack_queue.go:81:14:     from ... argument (slice-literal-element) at ./prog_stack_queue.go:81:13
./prog_stack_queue.go:81:14:   flow: {heap} = {storage for ... argument}:
./prog_stack_queue.go:81:14:     from ... argument (spill) at ./prog_stack_queue.go:81:13
./prog_stack_queue.go:81:14:     from fmt.Printf("%-10q %v\n", ... argument...) (call parameter) at ./prog_stack_queue.go:81:13
./prog_stack_queue.go:80:28: []string{...} does not escape
./prog_stack_queue.go:81:13: ... argument does not escape
./prog_stack_queue.go:81:14: s escapes to heap
./prog_stack_queue.go:81:39: balanced(s) escapes to heap
./prog_stack_queue.go:83:13: ... argument does not escape
./prog_stack_queue.go:83:21: postfix([]string{...}) escapes to heap
./prog_stack_queue.go:83:30: []string{...} does not escape
./prog_stack_queue.go:84:13: ... argument does not escape
./prog_stack_queue.go:84:21: postfix([]string{...}) escapes to heap
./prog_stack_queue.go:84:30: []string{...} does not escape
./prog_stack_queue.go:87:28: []string{...} does not escape
./prog_stack_queue.go:92:11: ... argument does not escape
./prog_stack_queue.go:92:11: first escapes to heap
./prog_stack_queue.go:98:12: ... argument does not escape
./prog_stack_queue.go:98:13: " " escapes to heap
./prog_stack_queue.go:98:13: s escapes to heap
./prog_stack_queue.go:100:13: ... argument does not escape
./prog_stack_queue.go:100:17: len(q.items) escapes to heap

./prog_stack_queue.go:9:7: leaking param content: s
./prog_stack_queue.go:15:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
./prog_stack_queue.go:10:7: s does not escape
./prog_stack_queue.go:18:7: s does not escape
./prog_stack_queue.go:22:7: leaking param content: q
./prog_stack_queue.go:22:25: leaking param: s
./prog_stack_queue.go:28:10: (*Queue).Dequeue ignoring self-assignment in q.items = q.items[1:]
./prog_stack_queue.go:23:7: leaking param: q to result ~r0 level=2
./prog_stack_queue.go:32:15: s does not escape
./prog_stack_queue.go:33:24: map[rune]rune{...} does not escape
./prog_stack_queue.go:49:14: tokens does not escape
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

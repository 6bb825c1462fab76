./iface_stack.go:38:18: devirtualizing pp.Pop to *Stack
./iface_stack.go:7:7: leaking param content: s
./iface_stack.go:7:22: leaking param: v
./iface_stack.go:13:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
./iface_stack.go:8:7: leaking param: s to result ~r0 level=2
./iface_stack.go:22:11: leaking param: p
./iface_stack.go:25:10: i escapes to heap
./iface_stack.go:27:21: fmt.Sprint(... argument...) escapes to heap
./iface_stack.go:27:21: ... argument does not escape
./iface_stack.go:27:22: "s" escapes to heap
./iface_stack.go:27:22: i escapes to heap
./iface_stack.go:33:7: &Stack{} escapes to heap
./iface_stack.go:46:15: ... argument does not escape
./iface_stack.go:46:16: "string" escapes to heap
./iface_stack.go:46:16: x escapes to heap
./iface_stack.go:49:13: ... argument does not escape
./iface_stack.go:49:14: "sum" escapes to heap
./iface_stack.go:49:14: sum escapes to heap
./iface_stack.go:49:29: len(s.items) escapes to heap
./iface_stack.go:50:30: map[interface {}]bool{} does not escape
./iface_stack.go:51:33: []interface {}{...} does not escape
./iface_stack.go:51:34: 1 escapes to heap
./iface_stack.go:51:37: "a" escapes to heap
./iface_stack.go:51:42: 1 escapes to heap
./iface_stack.go:51:45: 2 escapes to heap
./iface_stack.go:51:48: "a" escapes to heap
./iface_stack.go:51:53: 2.0 escapes to heap
./iface_stack.go:51:58: 2 escapes to heap
./iface_stack.go:53:15: ... argument does not escape
./iface_stack.go:53:16: "dup" escapes to heap
./iface_stack.go:57:13: ... argument does not escape
./iface_stack.go:57:17: len(seen) escapes to heap

./method_pointer_receiver.go:12:7: c does not escape
./method_pointer_receiver.go:13:7: c does not escape
./method_pointer_receiver.go:14:7: leaking param content: c
./method_pointer_receiver.go:15:7: c does not escape
./method_pointer_receiver.go:16:7: c does not escape
./method_pointer_receiver.go:17:7: leaking param: c to result ~r0 level=0
./method_pointer_receiver.go:17:26: leaking param: s
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

./iface_state_machine.go:16:10: &inNum{...} escapes to heap
./iface_state_machine.go:18:14: start{} escapes to heap
./iface_state_machine.go:21:7: leaking param: s to result ~r0 level=0
./iface_state_machine.go:26:13: done{...} escapes to heap
./iface_state_machine.go:28:7: s does not escape
./iface_state_machine.go:28:50: ... argument does not escape
./iface_state_machine.go:28:51: "num(" escapes to heap
./iface_state_machine.go:28:60: s.digits escapes to heap
./iface_state_machine.go:28:69: ")" escapes to heap
./iface_state_machine.go:29:43: d escapes to heap
./iface_state_machine.go:30:53: ... argument does not escape
./iface_state_machine.go:30:54: "done(" escapes to heap
./iface_state_machine.go:30:64: d.n escapes to heap
./iface_state_machine.go:30:68: ")" escapes to heap
./iface_state_machine.go:33:21: start{} escapes to heap
./iface_state_machine.go:34:26: ([]byte)("ab123;x9") does not escape
./iface_state_machine.go:36:14: ... argument does not escape
./iface_state_machine.go:36:21: string(c) escapes to heap
./iface_state_machine.go:36:21: string(c) escapes to heap
./iface_state_machine.go:36:32: s.Name() escapes to heap
./iface_state_machine.go:39:14: ... argument does not escape
./iface_state_machine.go:39:15: "digits:" escapes to heap
./iface_state_machine.go:39:27: d.n escapes to heap

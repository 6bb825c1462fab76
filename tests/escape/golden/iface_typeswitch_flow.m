./iface_typeswitch_flow.go:5:8: xs does not escape
./iface_typeswitch_flow.go:32:13: ... argument does not escape
./iface_typeswitch_flow.go:32:15: f([]interface {}{...}) escapes to heap
./iface_typeswitch_flow.go:32:29: []interface {}{...} does not escape
./iface_typeswitch_flow.go:32:30: 1 does not escape
./iface_typeswitch_flow.go:32:33: 2 does not escape
./iface_typeswitch_flow.go:32:36: "abc" does not escape
./iface_typeswitch_flow.go:32:43: 0 does not escape
./iface_typeswitch_flow.go:32:46: 3.0 does not escape
./iface_typeswitch_flow.go:32:51: "stop" does not escape
./iface_typeswitch_flow.go:32:59: 5 does not escape
./iface_typeswitch_flow.go:33:13: ... argument does not escape
./iface_typeswitch_flow.go:33:15: f([]interface {}{...}) escapes to heap
./iface_typeswitch_flow.go:33:29: []interface {}{...} does not escape
./iface_typeswitch_flow.go:33:30: 1 does not escape
./iface_typeswitch_flow.go:33:33: -1 does not escape
./iface_typeswitch_flow.go:33:37: 100 does not escape
./iface_typeswitch_flow.go:34:25: (interface {})(7) does not escape
./iface_typeswitch_flow.go:37:14: ... argument does not escape
./iface_typeswitch_flow.go:37:14: y escapes to heap
./iface_typeswitch_flow.go:42:14: ... argument does not escape
./iface_typeswitch_flow.go:42:15: "nil error" escapes to heap
./iface_typeswitch_flow.go:44:14: ... argument does not escape
./iface_typeswitch_flow.go:44:15: "non-nil" escapes to heap

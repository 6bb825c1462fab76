./iface_typeswitch_vars.go:8:7: s does not escape
./iface_typeswitch_vars.go:10:11: leaking param: x
./iface_typeswitch_vars.go:13:21: ... argument does not escape
./iface_typeswitch_vars.go:15:21: ... argument does not escape
./iface_typeswitch_vars.go:15:47: v.Len() escapes to heap
./iface_typeswitch_vars.go:17:21: ... argument does not escape
./iface_typeswitch_vars.go:17:45: len(v) escapes to heap
./iface_typeswitch_vars.go:19:20: ... argument does not escape
./iface_typeswitch_vars.go:19:21: "func returning " escapes to heap
./iface_typeswitch_vars.go:19:41: v() escapes to heap
./iface_typeswitch_vars.go:22:20: ... argument does not escape
./iface_typeswitch_vars.go:22:21: "pointer to " escapes to heap
./iface_typeswitch_vars.go:22:36: *v escapes to heap
./iface_typeswitch_vars.go:30:2: moved to heap: n
./iface_typeswitch_vars.go:31:21: []interface {}{...} does not escape
./iface_typeswitch_vars.go:31:22: 1 escapes to heap
./iface_typeswitch_vars.go:31:25: 2.5 escapes to heap
./iface_typeswitch_vars.go:31:31: S("hello") escapes to heap
./iface_typeswitch_vars.go:31:56: map[string]int{...} escapes to heap
./iface_typeswitch_vars.go:31:74: func literal escapes to heap
./iface_typeswitch_vars.go:31:103: 'x' escapes to heap
./iface_typeswitch_vars.go:31:116: struct {}{} escapes to heap
./iface_typeswitch_vars.go:33:14: ... argument does not escape
./iface_typeswitch_vars.go:33:19: kind(x) escapes to heap
./iface_typeswitch_vars.go:35:13: ... argument does not escape
./iface_typeswitch_vars.go:35:13: n escapes to heap
./iface_typeswitch_vars.go:36:6: S("abc") escapes to heap
./iface_typeswitch_vars.go:40:14: ... argument does not escape
./iface_typeswitch_vars.go:40:14: y escapes to heap
./iface_typeswitch_vars.go:40:23: S.Len(y) escapes to heap

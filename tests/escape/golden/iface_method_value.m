./iface_method_value.go:8:7: a does not escape
./iface_method_value.go:13:17: leaking param: p
./iface_method_value.go:13:53: ... argument does not escape
./iface_method_value.go:13:53: p escapes to heap
./iface_method_value.go:13:58: v.x escapes to heap
./iface_method_value.go:13:62: "," escapes to heap
./iface_method_value.go:13:68: v.y escapes to heap
./iface_method_value.go:15:12: f does not escape
./iface_method_value.go:15:29: xs does not escape
./iface_method_value.go:24:16: &Acc{} escapes to heap
./iface_method_value.go:25:8: a.Add does not escape
./iface_method_value.go:26:13: ... argument does not escape
./iface_method_value.go:26:19: apply(f, []int{...}) escapes to heap
./iface_method_value.go:26:28: []int{...} does not escape
./iface_method_value.go:27:6: &Acc{...} escapes to heap
./iface_method_value.go:28:13: ... argument does not escape
./iface_method_value.go:28:15: f(10) escapes to heap
./iface_method_value.go:28:26: a.Add(1) escapes to heap
./iface_method_value.go:29:18: V{...} escapes to heap
./iface_method_value.go:30:8: s.Show does not escape
./iface_method_value.go:31:2: V{...} escapes to heap
./iface_method_value.go:32:13: ... argument does not escape
./iface_method_value.go:32:15: g("v=") escapes to heap
./iface_method_value.go:32:29: s.Show("w=") escapes to heap
./iface_method_value.go:33:29: []func(string) string{...} does not escape
./iface_method_value.go:33:34: s.Show does not escape
./iface_method_value.go:35:14: ... argument does not escape
./iface_method_value.go:35:16: h(">") escapes to heap

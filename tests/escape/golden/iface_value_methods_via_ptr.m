./iface_value_methods_via_ptr.go:11:7: p does not escape
./iface_value_methods_via_ptr.go:11:49: p.first + " " + p.last escapes to heap
./iface_value_methods_via_ptr.go:15:46: ... argument does not escape
./iface_value_methods_via_ptr.go:15:47: "id-" escapes to heap
./iface_value_methods_via_ptr.go:15:57: int(i) escapes to heap
./iface_value_methods_via_ptr.go:19:7: w does not escape
./iface_value_methods_via_ptr.go:19:46: "word:" + string(w) escapes to heap
./iface_value_methods_via_ptr.go:22:2: moved to heap: p
./iface_value_methods_via_ptr.go:30:2: moved to heap: i
./iface_value_methods_via_ptr.go:23:16: p escapes to heap
./iface_value_methods_via_ptr.go:24:13: ... argument does not escape
./iface_value_methods_via_ptr.go:24:20: n.Name() escapes to heap
./iface_value_methods_via_ptr.go:27:13: ... argument does not escape
./iface_value_methods_via_ptr.go:27:20: n.Name() escapes to heap
./iface_value_methods_via_ptr.go:28:2: ID(42) escapes to heap
./iface_value_methods_via_ptr.go:29:13: ... argument does not escape
./iface_value_methods_via_ptr.go:29:20: n.Name() escapes to heap
./iface_value_methods_via_ptr.go:32:13: ... argument does not escape
./iface_value_methods_via_ptr.go:32:20: n.Name() escapes to heap
./iface_value_methods_via_ptr.go:33:2: Word("go") escapes to heap
./iface_value_methods_via_ptr.go:34:13: ... argument does not escape
./iface_value_methods_via_ptr.go:34:20: n.Name() escapes to heap

./iface_methods.go:29:16: devirtualizing s.Area to *Big
./iface_methods.go:35:16: devirtualizing n.Name to Person
./iface_methods.go:9:7: b does not escape
./iface_methods.go:14:7: p does not escape
./iface_methods.go:14:54: p.first + " " + p.last escapes to heap
./iface_methods.go:16:11: leaking param: s
./iface_methods.go:18:11: leaking param: s to result ~r0 level=0
./iface_methods.go:24:14: q escapes to heap
./iface_methods.go:25:7: &Big{...} escapes to heap
./iface_methods.go:30:2: q escapes to heap
./iface_methods.go:31:14: Sq{...} escapes to heap
./iface_methods.go:34:16: p does not escape
./iface_methods.go:36:22: p escapes to heap

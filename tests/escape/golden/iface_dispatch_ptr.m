./iface_dispatch_ptr.go:33:19: devirtualizing x.Get to *C
./iface_dispatch_ptr.go:12:7: c does not escape
./iface_dispatch_ptr.go:13:7: c does not escape
./iface_dispatch_ptr.go:20:7: b does not escape
./iface_dispatch_ptr.go:21:7: b does not escape
./iface_dispatch_ptr.go:23:11: leaking param: c
./iface_dispatch_ptr.go:30:7: &C{} escapes to heap
./iface_dispatch_ptr.go:33:13: ... argument does not escape
./iface_dispatch_ptr.go:33:19: (*C).Get(x.(*C)) escapes to heap
./iface_dispatch_ptr.go:33:24: c.n escapes to heap
./iface_dispatch_ptr.go:34:7: &Big{...} escapes to heap
./iface_dispatch_ptr.go:36:13: ... argument does not escape
./iface_dispatch_ptr.go:36:19: (*Big).Get(b) escapes to heap
./iface_dispatch_ptr.go:36:24: b.a escapes to heap
./iface_dispatch_ptr.go:36:29: b.b escapes to heap
./iface_dispatch_ptr.go:36:34: b.c escapes to heap
./iface_dispatch_ptr.go:37:17: []Counter{...} does not escape
./iface_dispatch_ptr.go:37:18: &C{...} escapes to heap
./iface_dispatch_ptr.go:37:26: &Big{...} escapes to heap
./iface_dispatch_ptr.go:40:14: ... argument does not escape
./iface_dispatch_ptr.go:40:20: k.Get() escapes to heap

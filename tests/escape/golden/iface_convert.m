./iface_convert.go:20:33: devirtualizing b.G to T
./iface_convert.go:15:11: leaking param: a
./iface_convert.go:18:6: T(3) escapes to heap
./iface_convert.go:20:13: ... argument does not escape
./iface_convert.go:20:17: a.F() escapes to heap
./iface_convert.go:20:25: useA(b) escapes to heap
./iface_convert.go:20:33: T.G(b.(T)) escapes to heap
./iface_convert.go:23:13: ... argument does not escape
./iface_convert.go:23:18: b2.G() escapes to heap
./iface_convert.go:24:11: []A{...} does not escape
./iface_convert.go:24:16: T(5) escapes to heap
./iface_convert.go:26:14: ... argument does not escape
./iface_convert.go:26:18: x.F() escapes to heap
./iface_convert.go:29:13: ... argument does not escape
./iface_convert.go:29:17: a2 == nil escapes to heap
./iface_convert.go:31:13: ... argument does not escape
./iface_convert.go:31:17: a2 == a escapes to heap

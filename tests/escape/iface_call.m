./iface_call.go:16:15: devirtualizing g.Get to *T
./iface_call.go:7:7: t does not escape
./iface_call.go:9:11: leaking param: g
./iface_call.go:12:7: &T{...} escapes to heap

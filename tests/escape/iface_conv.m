./iface_conv.go:7:42: x escapes to heap
./iface_conv.go:10:6: 3 does not escape
./iface_conv.go:13:22: t does not escape
./iface_conv.go:17:11: leaking param: s
./iface_conv.go:18:2: s escapes to heap
./iface_conv.go:24:7: &T{} does not escape

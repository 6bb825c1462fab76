./iface_conv.go:7:42: x escapes to heap:
./iface_conv.go:7:42:   flow: ~r0 = &{storage for x}:
./iface_conv.go:7:42:     from x (spill) at ./iface_conv.go:7:42
./iface_conv.go:7:42:     from return x (return) at ./iface_conv.go:7:35
./iface_conv.go:7:42: x escapes to heap
./iface_conv.go:10:6: 3 does not escape
./iface_conv.go:13:22: t does not escape
./iface_conv.go:18:2: s escapes to heap:
./iface_conv.go:18:2:   flow: {heap} = &{storage for s}:
./iface_conv.go:18:2:     from s (spill) at ./iface_conv.go:18:2
./iface_conv.go:18:2:     from sink = s (assign) at ./iface_conv.go:18:7
./iface_conv.go:17:11: parameter s leaks to {storage for s} with derefs=0:
./iface_conv.go:17:11:   flow: {storage for s} = s:
./iface_conv.go:17:11:     from s (interface-converted) at ./iface_conv.go:18:2
./iface_conv.go:17:11: leaking param: s
./iface_conv.go:18:2: s escapes to heap
./iface_conv.go:24:7: &T{} does not escape

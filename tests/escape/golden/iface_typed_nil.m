./iface_typed_nil.go:15:7: &MyErr{} escapes to heap
./iface_typed_nil.go:25:7: t does not escape
./iface_typed_nil.go:34:13: ... argument does not escape
./iface_typed_nil.go:34:16: e == nil escapes to heap
./iface_typed_nil.go:34:26: e != nil escapes to heap
./iface_typed_nil.go:35:13: ... argument does not escape
./iface_typed_nil.go:35:24: realNil() == nil escapes to heap
./iface_typed_nil.go:37:13: ... argument does not escape
./iface_typed_nil.go:37:16: i != nil escapes to heap
./iface_typed_nil.go:37:27: i.M() escapes to heap
./iface_typed_nil.go:38:6: &T{} escapes to heap
./iface_typed_nil.go:39:13: ... argument does not escape
./iface_typed_nil.go:39:17: i.M() escapes to heap
./iface_typed_nil.go:42:13: ... argument does not escape
./iface_typed_nil.go:42:13: isMy escapes to heap
./iface_typed_nil.go:44:13: ... argument does not escape
./iface_typed_nil.go:44:16: p == nil escapes to heap
./iface_typed_nil.go:44:16: ok escapes to heap

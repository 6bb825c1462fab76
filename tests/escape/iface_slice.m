./iface_slice.go:6:23: []interface {}{...} does not escape
./iface_slice.go:6:24: 1 escapes to heap
./iface_slice.go:6:27: "a" escapes to heap
./iface_slice.go:6:32: 2.5 escapes to heap
./iface_slice.go:8:14: ... argument does not escape
./iface_slice.go:12:18: n escapes to heap
./iface_slice.go:13:13: ... argument does not escape
./iface_slice.go:13:17: len(xs) escapes to heap

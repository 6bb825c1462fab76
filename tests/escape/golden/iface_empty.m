./iface_empty.go:10:15: leaking param: x
./iface_empty.go:15:20: ... argument does not escape
./iface_empty.go:15:21: "int " escapes to heap
./iface_empty.go:15:21: v escapes to heap
./iface_empty.go:17:20: "string " + v escapes to heap
./iface_empty.go:19:20: ... argument does not escape
./iface_empty.go:19:21: "T " escapes to heap
./iface_empty.go:19:30: v.a + v.b escapes to heap
./iface_empty.go:21:20: ... argument does not escape
./iface_empty.go:21:21: "*T " escapes to heap
./iface_empty.go:21:29: v.a escapes to heap
./iface_empty.go:23:20: ... argument does not escape
./iface_empty.go:23:21: "slice " escapes to heap
./iface_empty.go:23:34: len(v) escapes to heap
./iface_empty.go:25:19: "error " + v.Error() escapes to heap
./iface_empty.go:27:21: ... argument does not escape
./iface_empty.go:32:23: []interface {}{...} does not escape
./iface_empty.go:32:29: 1 escapes to heap
./iface_empty.go:32:32: "s" escapes to heap
./iface_empty.go:32:38: T{...} escapes to heap
./iface_empty.go:32:46: &T{...} escapes to heap
./iface_empty.go:32:61: []int{...} escapes to heap
./iface_empty.go:32:61: []int{...} escapes to heap
./iface_empty.go:32:69: 2.5 escapes to heap
./iface_empty.go:32:74: true escapes to heap
./iface_empty.go:34:14: ... argument does not escape
./iface_empty.go:34:23: describe(v) escapes to heap
./iface_empty.go:36:6: 3 escapes to heap
./iface_empty.go:37:2: "x" escapes to heap
./iface_empty.go:38:13: ... argument does not escape

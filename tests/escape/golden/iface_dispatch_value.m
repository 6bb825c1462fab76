./iface_dispatch_value.go:20:12: leaking param content: shapes
./iface_dispatch_value.go:29:19: []Shape{...} does not escape
./iface_dispatch_value.go:29:24: Rect{...} escapes to heap
./iface_dispatch_value.go:29:38: Square{...} escapes to heap
./iface_dispatch_value.go:29:47: Rect{...} escapes to heap
./iface_dispatch_value.go:31:14: ... argument does not escape
./iface_dispatch_value.go:31:14: i escapes to heap
./iface_dispatch_value.go:31:24: s.Area() escapes to heap
./iface_dispatch_value.go:31:39: s.Perimeter() escapes to heap
./iface_dispatch_value.go:33:13: ... argument does not escape
./iface_dispatch_value.go:33:14: "total" escapes to heap
./iface_dispatch_value.go:33:28: total(shapes) escapes to heap
./iface_dispatch_value.go:34:22: Square{...} escapes to heap
./iface_dispatch_value.go:35:13: ... argument does not escape
./iface_dispatch_value.go:35:20: s.Area() escapes to heap
./iface_dispatch_value.go:36:2: Rect{...} escapes to heap
./iface_dispatch_value.go:37:13: ... argument does not escape
./iface_dispatch_value.go:37:25: s.Perimeter() escapes to heap

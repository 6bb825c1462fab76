./iface_box_frame.go:11:13: v does not escape
./iface_box_frame.go:13:18: v does not escape
./iface_box_frame.go:13:33: w does not escape
./iface_box_frame.go:31:23: p does not escape
./iface_box_frame.go:33:25: s does not escape
./iface_box_frame.go:33:38: p does not escape
./iface_box_frame.go:37:13: ... argument does not escape
./iface_box_frame.go:37:13: count escapes to heap
./iface_box_frame.go:37:25: deep(2000, P{...}, s) escapes to heap
./iface_box_frame.go:37:33: P{...} does not escape
./iface_box_frame.go:37:33: s does not escape
./iface_box_frame.go:37:25: p escapes to heap

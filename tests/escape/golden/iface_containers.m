./iface_containers.go:16:9: 1 escapes to heap
./iface_containers.go:16:13: T(2) escapes to heap
./iface_containers.go:17:13: ... argument does not escape
./iface_containers.go:17:19: s.i.M() escapes to heap
./iface_containers.go:17:26: s.x.(int) escapes to heap
./iface_containers.go:18:19: map[string]I{...} does not escape
./iface_containers.go:18:23: T(3) escapes to heap
./iface_containers.go:19:13: ... argument does not escape
./iface_containers.go:19:22: m["a"].M() escapes to heap
./iface_containers.go:20:15: T(4) escapes to heap
./iface_containers.go:20:21: T(5) escapes to heap
./iface_containers.go:22:14: ... argument does not escape
./iface_containers.go:22:18: v.M() escapes to heap
./iface_containers.go:24:7: func literal does not escape
./iface_containers.go:24:26: T(6) escapes to heap
./iface_containers.go:25:13: ... argument does not escape
./iface_containers.go:25:19: .autotmp_5.M() escapes to heap
./iface_containers.go:26:22: s does not escape
./iface_containers.go:27:13: ... argument does not escape
./iface_containers.go:27:23: e.(S).i.M() escapes to heap
./iface_containers.go:29:2: T(7) escapes to heap
./iface_containers.go:30:13: ... argument does not escape
./iface_containers.go:30:22: .autotmp_8.M() escapes to heap
./iface_containers.go:31:28: [3]int{...} does not escape
./iface_containers.go:32:13: ... argument does not escape
./iface_containers.go:32:16: x == [3]int{...} escapes to heap
./iface_containers.go:32:46: x.([3]int)[1] escapes to heap
./iface_containers.go:33:43: struct { a string; b string }{...} does not escape
./iface_containers.go:34:13: ... argument does not escape
./iface_containers.go:34:39: y.(struct { a string; b string }).b escapes to heap
./iface_containers.go:35:6: float32(1.5) does not escape
./iface_containers.go:36:13: ... argument does not escape
./iface_containers.go:36:17: f32.(float32) escapes to heap
./iface_containers.go:36:33: f32 == float32(1.5) escapes to heap

./iface_mapkey.go:8:29: map[interface {}]string{} does not escape
./iface_mapkey.go:9:2: 1 escapes to heap
./iface_mapkey.go:10:2: "1" escapes to heap
./iface_mapkey.go:11:5: K{...} escapes to heap
./iface_mapkey.go:12:2: int64(1) escapes to heap
./iface_mapkey.go:13:2: 1.5 escapes to heap
./iface_mapkey.go:14:13: ... argument does not escape
./iface_mapkey.go:14:17: len(m) escapes to heap
./iface_mapkey.go:14:23: m[1] escapes to heap
./iface_mapkey.go:14:22: 1 does not escape
./iface_mapkey.go:14:29: m["1"] escapes to heap
./iface_mapkey.go:14:28: "1" does not escape
./iface_mapkey.go:14:37: m[K{...}] escapes to heap
./iface_mapkey.go:14:39: K{...} does not escape
./iface_mapkey.go:14:49: m[int64(1)] escapes to heap
./iface_mapkey.go:14:48: int64(1) does not escape
./iface_mapkey.go:14:62: m[1.5] escapes to heap
./iface_mapkey.go:14:61: 1.5 does not escape
./iface_mapkey.go:15:14: K{...} does not escape
./iface_mapkey.go:16:13: ... argument does not escape
./iface_mapkey.go:16:13: ok escapes to heap
./iface_mapkey.go:17:9: 1 does not escape
./iface_mapkey.go:18:13: ... argument does not escape
./iface_mapkey.go:18:17: len(m) escapes to heap
./iface_mapkey.go:19:6: "1" does not escape
./iface_mapkey.go:20:13: ... argument does not escape
./iface_mapkey.go:20:15: m[i] escapes to heap

./iface_assert.go:17:6: 42 does not escape
./iface_assert.go:19:13: ... argument does not escape
./iface_assert.go:19:16: n + 1 escapes to heap
./iface_assert.go:21:12: ... argument does not escape
./iface_assert.go:21:13: s escapes to heap
./iface_assert.go:21:13: ok escapes to heap
./iface_assert.go:23:13: ... argument does not escape
./iface_assert.go:23:13: f escapes to heap
./iface_assert.go:23:13: ok escapes to heap
./iface_assert.go:24:13: T{...} escapes to heap
./iface_assert.go:26:13: ... argument does not escape
./iface_assert.go:26:15: t.v escapes to heap
./iface_assert.go:28:13: ... argument does not escape
./iface_assert.go:28:13: ok escapes to heap
./iface_assert.go:30:13: ... argument does not escape
./iface_assert.go:30:16: j == nil escapes to heap
./iface_assert.go:30:16: ok escapes to heap
./iface_assert.go:31:2: U(4) escapes to heap
./iface_assert.go:33:13: ... argument does not escape
./iface_assert.go:33:17: j.N() escapes to heap
./iface_assert.go:33:17: ok escapes to heap
./iface_assert.go:34:23: T{...} escapes to heap
./iface_assert.go:36:13: ... argument does not escape
./iface_assert.go:36:17: k.M() escapes to heap
./iface_assert.go:36:17: ok escapes to heap
./iface_assert.go:37:2: "str" escapes to heap
./iface_assert.go:39:13: ... argument does not escape
./iface_assert.go:39:16: k == nil escapes to heap
./iface_assert.go:39:16: ok escapes to heap
./iface_assert.go:42:13: ... argument does not escape
./iface_assert.go:42:13: ok escapes to heap
./iface_assert.go:44:14: ... argument does not escape
./iface_assert.go:44:15: "string" escapes to heap
./iface_assert.go:44:15: v escapes to heap
./iface_assert.go:44:31: len(v) escapes to heap

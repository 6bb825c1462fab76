./iface_compare.go:13:13: ... argument does not escape
./iface_compare.go:13:16: a == b escapes to heap
./iface_compare.go:13:24: a != nil escapes to heap
./iface_compare.go:14:5: 1 does not escape
./iface_compare.go:14:5: 1 does not escape
./iface_compare.go:15:13: ... argument does not escape
./iface_compare.go:15:16: a == b escapes to heap
./iface_compare.go:16:2: int64(1) does not escape
./iface_compare.go:17:13: ... argument does not escape
./iface_compare.go:17:16: a == b escapes to heap
./iface_compare.go:18:5: "x" does not escape
./iface_compare.go:18:5: "x" does not escape
./iface_compare.go:19:13: ... argument does not escape
./iface_compare.go:19:16: a == b escapes to heap
./iface_compare.go:19:24: a != b escapes to heap
./iface_compare.go:20:5: P{...} does not escape
./iface_compare.go:20:5: P{...} does not escape
./iface_compare.go:21:13: ... argument does not escape
./iface_compare.go:21:16: a == b escapes to heap
./iface_compare.go:22:2: P{...} does not escape
./iface_compare.go:23:13: ... argument does not escape
./iface_compare.go:23:16: a == b escapes to heap
./iface_compare.go:24:7: &P{} does not escape
./iface_compare.go:26:13: ... argument does not escape
./iface_compare.go:26:16: a == b escapes to heap
./iface_compare.go:27:6: &P{} does not escape
./iface_compare.go:28:13: ... argument does not escape
./iface_compare.go:28:16: a == b escapes to heap
./iface_compare.go:29:2: 3 does not escape
./iface_compare.go:30:13: ... argument does not escape
./iface_compare.go:30:16: a == 3 escapes to heap
./iface_compare.go:30:24: a == 4 escapes to heap
./iface_compare.go:30:32: 3 == a escapes to heap
./iface_compare.go:31:6: N(1) does not escape
./iface_compare.go:31:6: N(1) does not escape
./iface_compare.go:32:13: ... argument does not escape
./iface_compare.go:32:17: s1 == s2 escapes to heap
./iface_compare.go:33:2: N(2) does not escape
./iface_compare.go:34:13: ... argument does not escape
./iface_compare.go:34:17: s1 == s2 escapes to heap
./iface_compare.go:34:27: s1 != s2 escapes to heap
./iface_compare.go:35:6: N(1) does not escape
./iface_compare.go:36:13: ... argument does not escape
./iface_compare.go:36:16: e == (interface {})(s1) escapes to heap
./iface_compare.go:38:14: ... argument does not escape
./iface_compare.go:38:15: "eq" escapes to heap
./iface_compare.go:40:14: ... argument does not escape
./iface_compare.go:40:15: "ne" escapes to heap
./iface_compare.go:42:13: ... argument does not escape
./iface_compare.go:42:16: a == 2.5 escapes to heap
./iface_compare.go:42:26: a == nil escapes to heap

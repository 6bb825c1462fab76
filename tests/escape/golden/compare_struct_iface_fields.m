./compare_struct_iface_fields.go:21:7: leaking param: e to result ~r0 level=0
./compare_struct_iface_fields.go:23:10: leaking param: name
./compare_struct_iface_fields.go:23:23: f does not escape
./compare_struct_iface_fields.go:24:8: func literal does not escape
./compare_struct_iface_fields.go:26:15: ... argument does not escape
./compare_struct_iface_fields.go:26:15: name escapes to heap
./compare_struct_iface_fields.go:26:22: "panic:" escapes to heap
./compare_struct_iface_fields.go:29:13: ... argument does not escape
./compare_struct_iface_fields.go:29:13: name escapes to heap
./compare_struct_iface_fields.go:29:21: f() escapes to heap
./compare_struct_iface_fields.go:33:15: func literal does not escape
./compare_struct_iface_fields.go:33:38: 1 does not escape
./compare_struct_iface_fields.go:33:51: 1 does not escape
./compare_struct_iface_fields.go:34:16: func literal does not escape
./compare_struct_iface_fields.go:34:39: 1 does not escape
./compare_struct_iface_fields.go:34:52: 2 does not escape
./compare_struct_iface_fields.go:35:20: func literal does not escape
./compare_struct_iface_fields.go:36:22: func literal does not escape
./compare_struct_iface_fields.go:36:45: 1 does not escape
./compare_struct_iface_fields.go:36:62: int8(1) does not escape
./compare_struct_iface_fields.go:38:36: func literal does not escape
./compare_struct_iface_fields.go:38:64: []int{...} does not escape
./compare_struct_iface_fields.go:38:64: []int{...} does not escape
./compare_struct_iface_fields.go:38:84: []int{...} does not escape
./compare_struct_iface_fields.go:38:84: []int{...} does not escape
./compare_struct_iface_fields.go:39:32: func literal does not escape
./compare_struct_iface_fields.go:39:60: []int{...} does not escape
./compare_struct_iface_fields.go:39:60: []int{...} does not escape
./compare_struct_iface_fields.go:39:80: []int{...} does not escape
./compare_struct_iface_fields.go:39:80: []int{...} does not escape
./compare_struct_iface_fields.go:40:22: func literal does not escape
./compare_struct_iface_fields.go:40:50: []int{...} does not escape
./compare_struct_iface_fields.go:40:50: []int{...} does not escape
./compare_struct_iface_fields.go:40:65: 1 does not escape
./compare_struct_iface_fields.go:41:21: func literal does not escape
./compare_struct_iface_fields.go:41:44: 1 does not escape
./compare_struct_iface_fields.go:41:47: "a" does not escape
./compare_struct_iface_fields.go:41:52: 2.5 does not escape
./compare_struct_iface_fields.go:41:62: 1 does not escape
./compare_struct_iface_fields.go:41:65: "a" does not escape
./compare_struct_iface_fields.go:41:70: 2.5 does not escape
./compare_struct_iface_fields.go:42:34: func literal does not escape
./compare_struct_iface_fields.go:42:62: []int{} does not escape
./compare_struct_iface_fields.go:42:62: []int{} does not escape
./compare_struct_iface_fields.go:42:66: 1 does not escape
./compare_struct_iface_fields.go:42:69: 2 does not escape
./compare_struct_iface_fields.go:42:82: []int{} does not escape
./compare_struct_iface_fields.go:42:82: []int{} does not escape
./compare_struct_iface_fields.go:42:86: 1 does not escape
./compare_struct_iface_fields.go:42:89: "2" does not escape
./compare_struct_iface_fields.go:43:27: func literal does not escape
./compare_struct_iface_fields.go:43:55: []int{} does not escape
./compare_struct_iface_fields.go:43:55: []int{} does not escape
./compare_struct_iface_fields.go:43:59: 1 does not escape
./compare_struct_iface_fields.go:43:62: 2 does not escape
./compare_struct_iface_fields.go:43:75: []int{} does not escape
./compare_struct_iface_fields.go:43:75: []int{} does not escape
./compare_struct_iface_fields.go:43:79: 1 does not escape
./compare_struct_iface_fields.go:43:82: 2 does not escape
./compare_struct_iface_fields.go:44:25: func literal does not escape
./compare_struct_iface_fields.go:44:48: 1 does not escape
./compare_struct_iface_fields.go:44:62: map[int]int{} does not escape
./compare_struct_iface_fields.go:44:66: 2 does not escape
./compare_struct_iface_fields.go:44:74: 2 does not escape
./compare_struct_iface_fields.go:44:88: map[int]int{} does not escape
./compare_struct_iface_fields.go:44:92: 2 does not escape
./compare_struct_iface_fields.go:46:16: func literal does not escape
./compare_struct_iface_fields.go:47:15: e1 does not escape
./compare_struct_iface_fields.go:47:21: "k" does not escape
./compare_struct_iface_fields.go:47:47: 1 does not escape
./compare_struct_iface_fields.go:47:55: "z" does not escape
./compare_struct_iface_fields.go:47:69: e2 does not escape
./compare_struct_iface_fields.go:47:75: "k" does not escape
./compare_struct_iface_fields.go:47:101: 1 does not escape
./compare_struct_iface_fields.go:47:109: "z" does not escape
./compare_struct_iface_fields.go:49:23: func literal does not escape
./compare_struct_iface_fields.go:50:15: e1 does not escape
./compare_struct_iface_fields.go:50:21: "k" does not escape
./compare_struct_iface_fields.go:50:47: 1 does not escape
./compare_struct_iface_fields.go:50:55: "z" does not escape
./compare_struct_iface_fields.go:50:74: myErr{...} does not escape
./compare_struct_iface_fields.go:50:83: "k" does not escape
./compare_struct_iface_fields.go:50:109: 1 does not escape
./compare_struct_iface_fields.go:50:117: "z" does not escape
./compare_struct_iface_fields.go:52:21: func literal does not escape
./compare_struct_iface_fields.go:53:8: func literal does not escape
./compare_struct_iface_fields.go:56:39: K{...} does not escape
./compare_struct_iface_fields.go:56:29: 1 does not escape
./compare_struct_iface_fields.go:56:39: K{...} does not escape
./compare_struct_iface_fields.go:56:40: 1 does not escape
./compare_struct_iface_fields.go:57:15: func literal does not escape
./compare_struct_iface_fields.go:58:51: K{...} does not escape
./compare_struct_iface_fields.go:58:34: []int{} does not escape
./compare_struct_iface_fields.go:58:34: []int{} does not escape
./compare_struct_iface_fields.go:58:51: K{...} does not escape
./compare_struct_iface_fields.go:58:51: []int{} does not escape
./compare_struct_iface_fields.go:58:51: []int{} does not escape
./compare_struct_iface_fields.go:59:21: func literal does not escape
./compare_struct_iface_fields.go:60:16: map[K]int{...} does not escape
./compare_struct_iface_fields.go:60:18: 1 escapes to heap
./compare_struct_iface_fields.go:60:31: "s" escapes to heap
./compare_struct_iface_fields.go:61:6: 1 escapes to heap
./compare_struct_iface_fields.go:62:13: ... argument does not escape
./compare_struct_iface_fields.go:62:15: m[K{...}] escapes to heap
./compare_struct_iface_fields.go:62:18: 1 does not escape
./compare_struct_iface_fields.go:62:29: m[K{...}] escapes to heap
./compare_struct_iface_fields.go:62:32: "s" does not escape
./compare_struct_iface_fields.go:62:47: len(m) escapes to heap
./compare_struct_iface_fields.go:63:23: func literal does not escape
./compare_struct_iface_fields.go:63:46: []int{} escapes to heap
./compare_struct_iface_fields.go:63:46: []int{} escapes to heap
./compare_struct_iface_fields.go:64:18: map[A]bool{...} does not escape
./compare_struct_iface_fields.go:64:20: 1 escapes to heap
./compare_struct_iface_fields.go:64:23: 2 escapes to heap
./compare_struct_iface_fields.go:64:26: 3 escapes to heap
./compare_struct_iface_fields.go:65:13: ... argument does not escape
./compare_struct_iface_fields.go:65:16: ma[A{...}] escapes to heap
./compare_struct_iface_fields.go:65:19: 1 does not escape
./compare_struct_iface_fields.go:65:22: 2 does not escape
./compare_struct_iface_fields.go:65:25: 3 does not escape
./compare_struct_iface_fields.go:65:32: ma[A{...}] escapes to heap
./compare_struct_iface_fields.go:65:35: 1 does not escape
./compare_struct_iface_fields.go:65:38: 2 does not escape
./compare_struct_iface_fields.go:65:41: "3" does not escape

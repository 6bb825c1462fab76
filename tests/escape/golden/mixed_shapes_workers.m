./mixed_shapes_workers.go:22:7: c does not escape
./mixed_shapes_workers.go:23:7: c does not escape
./mixed_shapes_workers.go:30:7: leaking param: n
./mixed_shapes_workers.go:32:10: &Node{...} escapes to heap
./mixed_shapes_workers.go:42:7: n does not escape
./mixed_shapes_workers.go:42:21: f does not escape
./mixed_shapes_workers.go:52:12: leaking param content: shapes
./mixed_shapes_workers.go:65:7: leaking param: c
./mixed_shapes_workers.go:65:23: leaking param: k
./mixed_shapes_workers.go:71:21: jobs does not escape
./mixed_shapes_workers.go:71:41: leaking param: c
./mixed_shapes_workers.go:71:53: leaking param: wg
./mixed_shapes_workers.go:92:6: moved to heap: wg
./mixed_shapes_workers.go:80:19: []Shape{...} does not escape
./mixed_shapes_workers.go:80:24: Rect{...} escapes to heap
./mixed_shapes_workers.go:80:32: &Circle{...} escapes to heap
./mixed_shapes_workers.go:80:48: Rect{...} escapes to heap
./mixed_shapes_workers.go:82:12: ... argument does not escape
./mixed_shapes_workers.go:82:13: a escapes to heap
./mixed_shapes_workers.go:82:13: p escapes to heap
./mixed_shapes_workers.go:84:25: []int{...} does not escape
./mixed_shapes_workers.go:88:12: func literal does not escape
./mixed_shapes_workers.go:89:13: ... argument does not escape
./mixed_shapes_workers.go:89:13: out escapes to heap
./mixed_shapes_workers.go:90:7: &counter{...} escapes to heap
./mixed_shapes_workers.go:90:33: map[string]int{} escapes to heap
./mixed_shapes_workers.go:102:13: ... argument does not escape
./mixed_shapes_workers.go:102:17: c.m["A"] escapes to heap
./mixed_shapes_workers.go:102:27: c.m["B"] escapes to heap
./mixed_shapes_workers.go:102:37: c.m["C"] escapes to heap
./mixed_shapes_workers.go:103:13: make([]byte, 0, 64) does not escape
./mixed_shapes_workers.go:107:14: ... argument does not escape
./mixed_shapes_workers.go:107:32: string(buf) escapes to heap
./mixed_shapes_workers.go:107:32: string(buf) escapes to heap
./mixed_shapes_workers.go:112:14: []pair{...} escapes to heap
./mixed_shapes_workers.go:113:11: make(map[string]*pair) does not escape
./mixed_shapes_workers.go:117:13: ... argument does not escape
./mixed_shapes_workers.go:117:20: m["b"].v escapes to heap
./mixed_shapes_workers.go:117:27: len(m) escapes to heap

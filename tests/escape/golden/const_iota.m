./const_iota.go:47:13: ... argument does not escape
./const_iota.go:47:14: A escapes to heap
./const_iota.go:47:17: B escapes to heap
./const_iota.go:47:20: C escapes to heap
./const_iota.go:47:23: E escapes to heap
./const_iota.go:48:13: ... argument does not escape
./const_iota.go:48:14: KB escapes to heap
./const_iota.go:48:18: MB escapes to heap
./const_iota.go:48:22: GB escapes to heap
./const_iota.go:48:26: TB escapes to heap
./const_iota.go:49:13: ... argument does not escape
./const_iota.go:49:14: x0 escapes to heap
./const_iota.go:49:18: y0 escapes to heap
./const_iota.go:49:22: x1 escapes to heap
./const_iota.go:49:26: y1 escapes to heap
./const_iota.go:49:30: x2 escapes to heap
./const_iota.go:49:34: y2 escapes to heap
./const_iota.go:50:13: ... argument does not escape
./const_iota.go:50:14: Sunday escapes to heap
./const_iota.go:50:22: Monday escapes to heap
./const_iota.go:50:30: Tuesday escapes to heap
./const_iota.go:50:39: Wednesday escapes to heap
./const_iota.go:50:50: Thursday escapes to heap
./const_iota.go:51:13: ... argument does not escape
./const_iota.go:51:14: typed escapes to heap
./const_iota.go:51:26: typed / 3 escapes to heap
./const_iota.go:51:30: ratio escapes to heap
./const_iota.go:51:41: huge / (huge >> 2) escapes to heap
./const_iota.go:52:13: ... argument does not escape
./const_iota.go:52:14: fl escapes to heap
./const_iota.go:52:25: float32(fl) escapes to heap
./const_iota.go:52:36: fl * 3 == 1 escapes to heap
./const_iota.go:53:13: ... argument does not escape
./const_iota.go:53:14: str escapes to heap
./const_iota.go:53:22: len(str) escapes to heap
./const_iota.go:53:29: truth escapes to heap
./const_iota.go:54:13: ... argument does not escape
./const_iota.go:54:14: r escapes to heap
./const_iota.go:54:23: string(rune(r)) escapes to heap
./const_iota.go:54:34: mixed escapes to heap
./const_iota.go:55:12: ... argument does not escape
./const_iota.go:55:36: A escapes to heap
./const_iota.go:55:39: fl escapes to heap
./const_iota.go:55:43: str escapes to heap
./const_iota.go:55:48: truth escapes to heap
./const_iota.go:55:55: r escapes to heap
./const_iota.go:55:58: typed escapes to heap
./const_iota.go:63:13: ... argument does not escape
./const_iota.go:63:14: local escapes to heap
./const_iota.go:63:21: p escapes to heap
./const_iota.go:63:24: q escapes to heap
./const_iota.go:63:27: s escapes to heap
./const_iota.go:67:13: ... argument does not escape
./const_iota.go:67:19: big * 2 / 2 escapes to heap
./const_iota.go:67:30: (big + 1) / 2 escapes to heap
./const_iota.go:67:38: -big - 1 escapes to heap
./const_iota.go:69:13: ... argument does not escape
./const_iota.go:69:20: exact == 0.3 escapes to heap
./const_iota.go:69:28: exact escapes to heap
./const_iota.go:71:13: ... argument does not escape
./const_iota.go:71:18: f32 == 0.1 escapes to heap
./const_iota.go:74:13: ... argument does not escape
./const_iota.go:74:13: u escapes to heap
./const_iota.go:74:21: maxU % 1000 escapes to heap

./mem_composites_mix.go:14:41: &Point{...} escapes to heap
./mem_composites_mix.go:16:10: xs does not escape
./mem_composites_mix.go:24:10: p does not escape
./mem_composites_mix.go:28:13: ... argument does not escape
./mem_composites_mix.go:28:15: p.X escapes to heap
./mem_composites_mix.go:28:20: p.Y escapes to heap
./mem_composites_mix.go:28:24: *p escapes to heap
./mem_composites_mix.go:32:13: ... argument does not escape
./mem_composites_mix.go:32:15: p.X escapes to heap
./mem_composites_mix.go:32:20: p.Y escapes to heap
./mem_composites_mix.go:32:25: q.X escapes to heap
./mem_composites_mix.go:32:30: q.Y escapes to heap
./mem_composites_mix.go:32:36: q == *p escapes to heap
./mem_composites_mix.go:32:45: q != *p escapes to heap
./mem_composites_mix.go:37:13: ... argument does not escape
./mem_composites_mix.go:37:19: r.Min.X escapes to heap
./mem_composites_mix.go:37:28: r.Max.X escapes to heap
./mem_composites_mix.go:37:33: r.Name escapes to heap
./mem_composites_mix.go:37:41: r.b escapes to heap
./mem_composites_mix.go:37:46: r.f escapes to heap
./mem_composites_mix.go:37:54: rp.f * 2 escapes to heap
./mem_composites_mix.go:41:13: ... argument does not escape
./mem_composites_mix.go:41:13: x escapes to heap
./mem_composites_mix.go:48:13: ... argument does not escape
./mem_composites_mix.go:48:15: a[2] escapes to heap
./mem_composites_mix.go:48:21: b[2] escapes to heap
./mem_composites_mix.go:48:28: a == b escapes to heap
./mem_composites_mix.go:48:37: len(a) escapes to heap
./mem_composites_mix.go:49:12: []int{...} does not escape
./mem_composites_mix.go:51:13: ... argument does not escape
./mem_composites_mix.go:51:17: len(s) escapes to heap
./mem_composites_mix.go:51:25: cap(s) escapes to heap
./mem_composites_mix.go:51:31: s[4] escapes to heap
./mem_composites_mix.go:51:39: sum(s...) escapes to heap
./mem_composites_mix.go:51:50: sum(... argument...) escapes to heap
./mem_composites_mix.go:51:50: ... argument does not escape
./mem_composites_mix.go:52:11: make([]string, 2, 10) does not escape
./mem_composites_mix.go:55:13: ... argument does not escape
./mem_composites_mix.go:55:17: len(t) escapes to heap
./mem_composites_mix.go:55:25: cap(t) escapes to heap
./mem_composites_mix.go:55:31: t[1] escapes to heap
./mem_composites_mix.go:55:37: t[2] escapes to heap
./mem_composites_mix.go:56:14: ([]byte)("hello") does not escape
./mem_composites_mix.go:58:13: ... argument does not escape
./mem_composites_mix.go:58:20: string(bs) escapes to heap
./mem_composites_mix.go:58:20: string(bs) escapes to heap
./mem_composites_mix.go:58:29: len(bs) escapes to heap
./mem_composites_mix.go:58:38: cap(bs) escapes to heap
./mem_composites_mix.go:59:14: []rune{...} does not escape
./mem_composites_mix.go:60:13: ... argument does not escape
./mem_composites_mix.go:60:17: len(rs) escapes to heap
./mem_composites_mix.go:60:29: string(rs[1]) escapes to heap
./mem_composites_mix.go:60:29: string(rs[1]) escapes to heap
./mem_composites_mix.go:60:44: string(rs) escapes to heap
./mem_composites_mix.go:60:44: string(rs) escapes to heap
./mem_composites_mix.go:62:13: ... argument does not escape
./mem_composites_mix.go:62:13: n escapes to heap
./mem_composites_mix.go:62:23: string(bs) escapes to heap
./mem_composites_mix.go:62:23: string(bs) escapes to heap
./mem_composites_mix.go:63:11: new(Point) does not escape
./mem_composites_mix.go:65:13: ... argument does not escape
./mem_composites_mix.go:65:14: *pp escapes to heap
./mem_composites_mix.go:65:21: pp.Y escapes to heap
./mem_composites_mix.go:68:14: ... argument does not escape
./mem_composites_mix.go:68:14: i escapes to heap
./mem_composites_mix.go:68:19: v.X escapes to heap
./mem_composites_mix.go:68:24: v.Y escapes to heap
./mem_composites_mix.go:72:13: ... argument does not escape
./mem_composites_mix.go:72:15: a[1] escapes to heap
./mem_composites_mix.go:72:23: len(sl) escapes to heap
./mem_composites_mix.go:72:32: cap(sl) escapes to heap
./mem_composites_mix.go:73:16: []*Point{...} does not escape
./mem_composites_mix.go:73:17: &Point{...} does not escape
./mem_composites_mix.go:73:25: &Point{...} does not escape
./mem_composites_mix.go:74:13: ... argument does not escape
./mem_composites_mix.go:74:19: ps[1].X escapes to heap
./mem_composites_mix.go:74:26: len(ps) escapes to heap
./mem_composites_mix.go:76:13: ... argument does not escape
./mem_composites_mix.go:76:17: np == nil escapes to heap
./mem_composites_mix.go:76:27: p != nil escapes to heap

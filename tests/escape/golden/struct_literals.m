./struct_literals.go:24:13: ... argument does not escape
./struct_literals.go:24:13: a escapes to heap
./struct_literals.go:24:13: b escapes to heap
./struct_literals.go:24:13: c escapes to heap
./struct_literals.go:24:13: d escapes to heap
./struct_literals.go:29:17: []Inner{...} escapes to heap
./struct_literals.go:32:13: ... argument does not escape
./struct_literals.go:32:15: o.Name escapes to heap
./struct_literals.go:32:23: o.In escapes to heap
./struct_literals.go:32:29: o.List escapes to heap
./struct_literals.go:32:42: o.Ptr == nil escapes to heap
./struct_literals.go:32:51: o.Flags escapes to heap
./struct_literals.go:34:7: &Inner{...} does not escape
./struct_literals.go:35:13: ... argument does not escape
./struct_literals.go:35:15: p.A escapes to heap
./struct_literals.go:35:20: p.B escapes to heap
./struct_literals.go:35:24: *p escapes to heap
./struct_literals.go:36:7: &Outer{...} does not escape
./struct_literals.go:36:30: &Inner{...} escapes to heap
./struct_literals.go:37:13: ... argument does not escape
./struct_literals.go:37:15: q.Name escapes to heap
./struct_literals.go:37:27: q.Ptr.A escapes to heap
./struct_literals.go:37:36: q.Ptr.B escapes to heap
./struct_literals.go:41:10: func literal does not escape
./struct_literals.go:43:13: ... argument does not escape
./struct_literals.go:43:13: e escapes to heap
./struct_literals.go:46:23: map[string]Inner{...} escapes to heap
./struct_literals.go:47:13: ... argument does not escape
./struct_literals.go:47:13: arr escapes to heap

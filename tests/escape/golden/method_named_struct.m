./method_named_struct.go:9:53: ... argument does not escape
./method_named_struct.go:9:66: p.X escapes to heap
./method_named_struct.go:9:71: p.Y escapes to heap
./method_named_struct.go:20:13: ... argument does not escape
./method_named_struct.go:20:23: Point.String2(p) escapes to heap
./method_named_struct.go:20:33: Vec.Len2(v) escapes to heap
./method_named_struct.go:22:13: ... argument does not escape
./method_named_struct.go:22:13: p escapes to heap
./method_named_struct.go:22:13: v escapes to heap
./method_named_struct.go:22:36: Point.String2(Point(v)) escapes to heap
./method_named_struct.go:25:13: ... argument does not escape
./method_named_struct.go:25:13: pr escapes to heap
./method_named_struct.go:25:30: Vec.Len2(Vec(pr)) escapes to heap
./method_named_struct.go:26:12: ... argument does not escape
./method_named_struct.go:26:13: p escapes to heap
./method_named_struct.go:26:13: v escapes to heap
./method_named_struct.go:26:13: pr escapes to heap
./method_named_struct.go:27:12: ... argument does not escape
./method_named_struct.go:27:13: v escapes to heap
./method_named_struct.go:27:13: pr escapes to heap

./method_value_receiver.go:21:13: ... argument does not escape
./method_value_receiver.go:21:19: Point.Add(a, b) escapes to heap
./method_value_receiver.go:21:32: Point.Scaled(a, 3) escapes to heap
./method_value_receiver.go:21:32: a escapes to heap
./method_value_receiver.go:23:13: ... argument does not escape
./method_value_receiver.go:23:13: a escapes to heap
./method_value_receiver.go:24:13: ... argument does not escape
./method_value_receiver.go:24:21: Point.Dist2(b) escapes to heap
./method_value_receiver.go:24:42: Point.Dist2(Point{...}) escapes to heap
./method_value_receiver.go:25:13: ... argument does not escape
./method_value_receiver.go:25:38: Point.Dist2(.autotmp_3) escapes to heap
./method_value_receiver.go:28:13: ... argument does not escape
./method_value_receiver.go:28:22: Point.Dist2(pa) escapes to heap
./method_value_receiver.go:28:35: Point.Scaled(pa, 2) escapes to heap
./method_value_receiver.go:30:13: ... argument does not escape
./method_value_receiver.go:30:14: *pa escapes to heap
./method_value_receiver.go:32:15: []Point{...} does not escape
./method_value_receiver.go:33:13: ... argument does not escape
./method_value_receiver.go:33:23: Point.Add(ps[1], ps[0]) escapes to heap
./method_value_receiver.go:34:23: map[string]Point{...} does not escape
./method_value_receiver.go:35:13: ... argument does not escape
./method_value_receiver.go:35:24: Point.Add(m["o"], Point{...}) escapes to heap

./struct_named.go:32:12: ... argument does not escape
./struct_named.go:32:34: p.Name escapes to heap
./struct_named.go:32:42: p.Age escapes to heap
./struct_named.go:32:55: p.Tags == nil escapes to heap
./struct_named.go:32:72: p.Scores == nil escapes to heap
./struct_named.go:32:81: p.Address escapes to heap
./struct_named.go:36:27: map[string]int{...} escapes to heap
./struct_named.go:39:13: ... argument does not escape
./struct_named.go:39:15: p.Name escapes to heap
./struct_named.go:39:23: p.Age escapes to heap
./struct_named.go:39:30: p.Tags escapes to heap
./struct_named.go:39:45: p.Scores["logic"] escapes to heap
./struct_named.go:39:65: p.Address.City escapes to heap
./struct_named.go:39:81: p.Address.Zip escapes to heap
./struct_named.go:40:13: ... argument does not escape
./struct_named.go:40:13: p escapes to heap
./struct_named.go:43:13: ... argument does not escape
./struct_named.go:43:18: area(r) escapes to heap
./struct_named.go:43:27: area(scale(r, 2)) escapes to heap
./struct_named.go:43:27: r escapes to heap
./struct_named.go:47:13: ... argument does not escape
./struct_named.go:47:15: p.Age escapes to heap
./struct_named.go:52:13: ... argument does not escape
./struct_named.go:52:13: rs escapes to heap
./struct_named.go:52:22: rs.W + rs.H escapes to heap

./method_on_basic_types.go:13:7: m does not escape
./method_on_basic_types.go:14:7: n does not escape
./method_on_basic_types.go:14:53: "hi " + string(n) escapes to heap
./method_on_basic_types.go:15:7: n does not escape
./method_on_basic_types.go:19:13: ... argument does not escape
./method_on_basic_types.go:19:17: Celsius.F(c) escapes to heap
./method_on_basic_types.go:19:35: Celsius.F(Celsius(-40)) escapes to heap
./method_on_basic_types.go:22:13: ... argument does not escape
./method_on_basic_types.go:22:19: Meters.Add(m, 3) escapes to heap
./method_on_basic_types.go:22:19: m escapes to heap
./method_on_basic_types.go:24:12: n.Greet does not escape
./method_on_basic_types.go:26:13: ... argument does not escape
./method_on_basic_types.go:26:19: greet() escapes to heap
./method_on_basic_types.go:26:30: Name.Greet(n) escapes to heap
./method_on_basic_types.go:26:39: Name.Len(n) escapes to heap

./callee_temps.go:15:27: func literal escapes to heap
./callee_temps.go:17:42: func literal escapes to heap
./callee_temps.go:20:9: func literal escapes to heap
./callee_temps.go:20:36: func literal escapes to heap
./callee_temps.go:27:47: ... argument does not escape
./callee_temps.go:27:51: int(n) escapes to heap
./callee_temps.go:29:31: N(4) escapes to heap
./callee_temps.go:33:13: ... argument does not escape
./callee_temps.go:33:25: Fahrenheit.ToC(.autotmp_1) escapes to heap
./callee_temps.go:33:37: .autotmp_2(3) escapes to heap
./callee_temps.go:33:51: .autotmp_4() escapes to heap
./callee_temps.go:33:61: .autotmp_5(1) escapes to heap
./callee_temps.go:33:78: .autotmp_6.String() escapes to heap
./callee_temps.go:34:10: new(S) does not escape
./callee_temps.go:36:13: ... argument does not escape
./callee_temps.go:36:17: p.f(1) escapes to heap

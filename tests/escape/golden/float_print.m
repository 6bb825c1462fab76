./float_print.go:9:13: ... argument does not escape
./float_print.go:9:14: 1.0 escapes to heap
./float_print.go:9:19: 0.5 escapes to heap
./float_print.go:9:24: 2.5 escapes to heap
./float_print.go:9:29: 100.0 escapes to heap
./float_print.go:9:36: 123456789.0 escapes to heap
./float_print.go:9:49: 1e20 escapes to heap
./float_print.go:9:55: 1e21 escapes to heap
./float_print.go:9:61: 1e22 escapes to heap
./float_print.go:10:13: ... argument does not escape
./float_print.go:10:14: 0.001 escapes to heap
./float_print.go:10:21: 0.0001 escapes to heap
./float_print.go:10:29: 0.00001 escapes to heap
./float_print.go:10:38: 1e-7 escapes to heap
./float_print.go:10:44: 1.5e-10 escapes to heap
./float_print.go:10:53: 123.456e-9 escapes to heap
./float_print.go:11:13: ... argument does not escape
./float_print.go:11:14: 3.141592653589793 escapes to heap
./float_print.go:11:33: 2.718281828459045 escapes to heap
./float_print.go:11:55: 1.0 / 3 escapes to heap
./float_print.go:11:62: 2.0 / 3 escapes to heap
./float_print.go:12:13: ... argument does not escape
./float_print.go:12:14: 1e100 escapes to heap
./float_print.go:12:21: 1.7976931348623157e308 escapes to heap
./float_print.go:12:45: 5e-324 escapes to heap
./float_print.go:12:53: 2.2250738585072014e-308 escapes to heap
./float_print.go:13:13: ... argument does not escape
./float_print.go:13:14: -1.0 escapes to heap
./float_print.go:13:20: -0.1 escapes to heap
./float_print.go:13:26: -1e21 escapes to heap
./float_print.go:13:33: -123.0 escapes to heap
./float_print.go:14:13: ... argument does not escape
./float_print.go:14:21: float32(0.1) escapes to heap
./float_print.go:14:35: float32(1.0 / 3) escapes to heap
./float_print.go:14:51: float32(16777216) escapes to heap
./float_print.go:14:70: float32(3.4028234e38) escapes to heap
./float_print.go:15:13: ... argument does not escape
./float_print.go:15:21: float32(1e-7) escapes to heap
./float_print.go:15:36: float32(123456789) escapes to heap
./float_print.go:15:56: float32(1e21) escapes to heap
./float_print.go:15:71: float32(1e20) escapes to heap
./float_print.go:16:13: ... argument does not escape
./float_print.go:16:14: 100000000.0 escapes to heap
./float_print.go:16:27: 999999999999999999999.0 escapes to heap
./float_print.go:16:52: 12345678901234567890.0 escapes to heap
./float_print.go:18:13: ... argument does not escape
./float_print.go:18:13: f escapes to heap
./float_print.go:18:18: f / 7 escapes to heap
./float_print.go:18:23: f * 1e15 escapes to heap
./float_print.go:18:31: f * 1e19 escapes to heap
./float_print.go:19:12: ... argument does not escape
./float_print.go:19:30: 1e6 escapes to heap
./float_print.go:19:35: 1e-5 escapes to heap
./float_print.go:19:41: 123456.789 escapes to heap
./float_print.go:19:60: float32(2.5) escapes to heap
./float_print.go:20:17: ... argument does not escape
./float_print.go:20:18: 1.5 escapes to heap
./float_print.go:20:23: 2.0 escapes to heap
./float_print.go:20:35: float32(0.3) escapes to heap
./float_print.go:21:13: ... argument does not escape
./float_print.go:21:13: s escapes to heap
./float_print.go:22:13: ... argument does not escape
./float_print.go:22:36: fmt.Sprint(... argument...) + "|" + fmt.Sprintln(... argument...) escapes to heap
./float_print.go:22:36: fmt.Sprint(... argument...) + "|" + fmt.Sprintln(... argument...) escapes to heap
./float_print.go:22:24: ... argument does not escape
./float_print.go:22:25: 3.0 escapes to heap
./float_print.go:22:50: ... argument does not escape
./float_print.go:22:51: 4.25 escapes to heap
./float_print.go:22:57: 1e-9 escapes to heap

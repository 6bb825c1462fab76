./fmt_float_hex.go:8:12: ... argument does not escape
./fmt_float_hex.go:8:35: 1.0 escapes to heap
./fmt_float_hex.go:8:40: 10.5 escapes to heap
./fmt_float_hex.go:8:46: 3.0 escapes to heap
./fmt_float_hex.go:8:51: -0.125 escapes to heap
./fmt_float_hex.go:9:12: ... argument does not escape
./fmt_float_hex.go:9:32: 0.1 escapes to heap
./fmt_float_hex.go:9:37: 1e300 escapes to heap
./fmt_float_hex.go:9:44: 5e-324 escapes to heap
./fmt_float_hex.go:9:59: float32(0.1) escapes to heap
./fmt_float_hex.go:11:12: ... argument does not escape
./fmt_float_hex.go:11:13: zero escapes to heap
./fmt_float_hex.go:11:38: -zero escapes to heap
./fmt_float_hex.go:11:46: 1 / zero escapes to heap
./fmt_float_hex.go:11:57: zero / zero escapes to heap
./fmt_float_hex.go:12:12: ... argument does not escape
./fmt_float_hex.go:12:35: 2.5 escapes to heap
./fmt_float_hex.go:12:40: 2.5 escapes to heap
./fmt_float_hex.go:12:45: 2.5 escapes to heap

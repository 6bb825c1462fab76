./duration_println.go:13:12: ... argument does not escape
./duration_println.go:13:32: int64(d) escapes to heap
./duration_println.go:13:42: int64(d / 3) escapes to heap
./duration_println.go:13:63: time.Duration.String(d * 3) escapes to heap
./duration_println.go:14:35: []time.Duration{...} does not escape
./duration_println.go:15:14: ... argument does not escape
./duration_println.go:15:23: time.Duration.String(x) escapes to heap
./duration_println.go:15:41: time.Duration.Microseconds(x) escapes to heap
./duration_println.go:15:80: time.Duration.String(.autotmp_2) escapes to heap

./duration_methods.go:12:23: []time.Duration{...} does not escape
./duration_methods.go:16:14: ... argument does not escape
./duration_methods.go:16:23: time.Duration.String(d) escapes to heap
./duration_methods.go:16:40: time.Duration.Nanoseconds(d) escapes to heap
./duration_methods.go:16:58: time.Duration.Microseconds(d) escapes to heap
./duration_methods.go:16:76: time.Duration.Milliseconds(d) escapes to heap
./duration_methods.go:16:89: time.Duration.Seconds(d) escapes to heap
./duration_methods.go:16:102: time.Duration.Minutes(d) escapes to heap
./duration_methods.go:16:113: time.Duration.Hours(d) escapes to heap
./duration_methods.go:17:14: ... argument does not escape
./duration_methods.go:17:42: time.Duration.String(.autotmp_2) escapes to heap
./duration_methods.go:17:81: time.Duration.String(.autotmp_3) escapes to heap
./duration_methods.go:17:99: time.Duration.String(.autotmp_4) escapes to heap
./duration_methods.go:17:120: time.Duration.String(.autotmp_5) escapes to heap
./duration_methods.go:17:158: time.Duration.String(.autotmp_6) escapes to heap
./duration_methods.go:21:13: ... argument does not escape
./duration_methods.go:21:19: int64(d) escapes to heap
./duration_methods.go:21:32: time.Duration.String(d) escapes to heap

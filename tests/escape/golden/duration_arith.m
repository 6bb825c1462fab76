./duration_arith.go:13:13: ... argument does not escape
./duration_arith.go:13:28: time.Duration.String(timeout) escapes to heap
./duration_arith.go:13:37: int64(timeout) escapes to heap
./duration_arith.go:13:56: timeout > 3 * time.Second escapes to heap
./duration_arith.go:16:13: ... argument does not escape
./duration_arith.go:16:22: time.Duration.String(d) escapes to heap
./duration_arith.go:16:40: time.Duration.String(d / 2) escapes to heap
./duration_arith.go:16:66: time.Duration.String(d % time.Hour) escapes to heap
./duration_arith.go:16:81: time.Duration.String(-d) escapes to heap
./duration_arith.go:19:13: ... argument does not escape
./duration_arith.go:19:23: time.Duration.String(fd) escapes to heap
./duration_arith.go:19:37: time.Duration.Seconds(fd) escapes to heap
./duration_arith.go:19:66: time.Duration.String(time.Duration(1e9)) escapes to heap
./duration_arith.go:24:13: ... argument does not escape
./duration_arith.go:24:26: time.Duration.String(total) escapes to heap
./duration_arith.go:24:48: time.Duration.Milliseconds(total) escapes to heap
./duration_arith.go:24:83: time.Duration.String(.autotmp_6) escapes to heap
./duration_arith.go:25:23: []time.Duration{...} does not escape
./duration_arith.go:31:12: ... argument does not escape
./duration_arith.go:31:21: time.Duration.String(x) escapes to heap
./duration_arith.go:31:25: " " escapes to heap
./duration_arith.go:33:13: ... argument does not escape
./duration_arith.go:33:14: "| max" escapes to heap
./duration_arith.go:33:33: time.Duration.String(max) escapes to heap
./duration_arith.go:34:31: map[time.Duration]string{...} does not escape
./duration_arith.go:35:13: ... argument does not escape
./duration_arith.go:35:15: m[60 * time.Second] escapes to heap
./duration_arith.go:35:34: m[1000 * time.Millisecond] escapes to heap
./duration_arith.go:35:62: len(m) escapes to heap
./duration_arith.go:40:15: []job{...} does not escape
./duration_arith.go:42:13: ... argument does not escape
./duration_arith.go:42:40: j.name escapes to heap
./duration_arith.go:42:57: time.Duration.String(j.d) escapes to heap
./duration_arith.go:42:76: time.Duration.Nanoseconds(j.d) escapes to heap

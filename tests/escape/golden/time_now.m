./time_now.go:14:13: ... argument does not escape
./time_now.go:14:14: "since >= 0:" escapes to heap
./time_now.go:14:47: time.Since(start) >= 0 escapes to heap
./time_now.go:15:13: ... argument does not escape
./time_now.go:15:14: "t1 not before start:" escapes to heap
./time_now.go:15:38: !time.Time.Before(t1, start) escapes to heap
./time_now.go:15:57: "start not after t1:" escapes to heap
./time_now.go:15:80: !time.Time.After(start, t1) escapes to heap
./time_now.go:18:13: ... argument does not escape
./time_now.go:18:37: time.Duration.String(.autotmp_4) escapes to heap
./time_now.go:18:58: time.Time.Sub(later, start) == d escapes to heap
./time_now.go:18:87: time.Duration.String(.autotmp_5) escapes to heap
./time_now.go:19:13: ... argument does not escape
./time_now.go:19:25: time.Time.After(later, start) escapes to heap
./time_now.go:19:46: time.Time.Before(later, start) escapes to heap
./time_now.go:19:66: time.Time.Equal(later, time.Time.Add(start, d)) escapes to heap
./time_now.go:19:93: time.Time.Equal(start, start) escapes to heap
./time_now.go:20:13: ... argument does not escape
./time_now.go:20:14: "until later > 0:" escapes to heap
./time_now.go:20:52: time.Until(later) > 0 escapes to heap
./time_now.go:20:75: time.Until(later) <= d escapes to heap
./time_now.go:21:13: ... argument does not escape
./time_now.go:21:14: "unix sane:" escapes to heap
./time_now.go:21:41: time.Time.Unix(start) > 1600000000 escapes to heap
./time_now.go:21:68: time.Time.Unix(start) < 5000000000 escapes to heap
./time_now.go:22:13: ... argument does not escape
./time_now.go:22:14: "milli/micro/nano agree:" escapes to heap
./time_now.go:22:64: time.Time.UnixMilli(start) / 1000 == time.Time.Unix(start) escapes to heap
./time_now.go:23:29: time.Time.UnixMicro(start) / 1000000 == time.Time.Unix(start) escapes to heap
./time_now.go:23:74: time.Time.UnixNano(start) / 1000000000 == time.Time.Unix(start) escapes to heap
./time_now.go:24:31: time.Time.UnixNano(start) % 1000000000 == int64(time.Time.Nanosecond(start)) escapes to heap
./time_now.go:26:13: ... argument does not escape
./time_now.go:26:14: "zero:" escapes to heap
./time_now.go:26:34: time.Time.IsZero(zero) escapes to heap
./time_now.go:26:50: time.Time.IsZero(start) escapes to heap
./time_now.go:26:65: time.Time.Before(zero, start) escapes to heap
./time_now.go:28:13: ... argument does not escape
./time_now.go:28:20: time.Time.Unix(u) escapes to heap
./time_now.go:28:36: time.Time.Nanosecond(u) escapes to heap
./time_now.go:28:51: time.Time.UnixMilli(u) escapes to heap
./time_now.go:28:65: time.Time.UnixNano(u) escapes to heap
./time_now.go:30:13: ... argument does not escape
./time_now.go:30:20: time.Time.Unix(v) escapes to heap
./time_now.go:30:36: time.Time.Nanosecond(v) escapes to heap
./time_now.go:30:55: time.Duration.String(.autotmp_9) escapes to heap
./time_now.go:30:74: time.Duration.String(.autotmp_10) escapes to heap
./time_now.go:30:100: time.Time.Unix(.autotmp_11) escapes to heap
./time_now.go:31:13: ... argument does not escape
./time_now.go:31:45: time.Duration.Hours(.autotmp_13) escapes to heap
./time_now.go:31:57: time.Time.Before(v, u) escapes to heap
./time_now.go:31:69: time.Time.Equal(u, time.Unix(1700000001, 500000000)) escapes to heap
./time_now.go:34:13: ... argument does not escape
./time_now.go:34:14: "slept at least 2ms:" escapes to heap
./time_now.go:34:40: el >= 2 * time.Millisecond escapes to heap
./time_now.go:34:66: el < 10 * time.Second escapes to heap
./time_now.go:41:13: ... argument does not escape
./time_now.go:41:14: "loop ran:" escapes to heap
./time_now.go:41:29: n > 0 escapes to heap
./time_now.go:41:34: !time.Time.Before(.autotmp_19, deadline) escapes to heap

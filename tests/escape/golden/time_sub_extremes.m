./time_sub_extremes.go:14:13: ... argument does not escape
./time_sub_extremes.go:14:29: time.Duration.String(.autotmp_2) escapes to heap
./time_sub_extremes.go:14:48: time.Duration.String(.autotmp_3) escapes to heap
./time_sub_extremes.go:14:61: time.Time.Sub(b, a) == 1 << 63 - 1 escapes to heap
./time_sub_extremes.go:16:13: ... argument does not escape
./time_sub_extremes.go:16:29: time.Duration.String(.autotmp_5) escapes to heap
./time_sub_extremes.go:16:60: time.Time.Unix(.autotmp_6) escapes to heap
./time_sub_extremes.go:16:97: time.Time.Nanosecond(.autotmp_7) escapes to heap
./time_sub_extremes.go:17:13: ... argument does not escape
./time_sub_extremes.go:17:22: time.Time.Before(a, c) escapes to heap
./time_sub_extremes.go:17:34: time.Time.After(c, a) escapes to heap
./time_sub_extremes.go:17:46: time.Time.Equal(a, time.Unix(0, 0)) escapes to heap
./time_sub_extremes.go:17:72: time.Time.Equal(a, c) escapes to heap
./time_sub_extremes.go:19:13: ... argument does not escape
./time_sub_extremes.go:19:20: time.Time.Unix(d) escapes to heap
./time_sub_extremes.go:19:36: time.Time.Nanosecond(d) escapes to heap
./time_sub_extremes.go:19:50: time.Time.UnixNano(d) escapes to heap
./time_sub_extremes.go:19:65: time.Time.UnixMilli(d) escapes to heap
./time_sub_extremes.go:19:80: time.Time.UnixMicro(d) escapes to heap
./time_sub_extremes.go:21:13: ... argument does not escape
./time_sub_extremes.go:21:20: time.Time.Unix(e) escapes to heap
./time_sub_extremes.go:21:36: time.Time.Nanosecond(e) escapes to heap
./time_sub_extremes.go:21:51: time.Time.UnixMilli(e) escapes to heap
./time_sub_extremes.go:21:70: time.Duration.String(.autotmp_10) escapes to heap
./time_sub_extremes.go:23:13: ... argument does not escape
./time_sub_extremes.go:23:25: time.Time.Sub(now, a) > 50 * 365 * 24 * time.Hour escapes to heap
./time_sub_extremes.go:23:56: time.Time.Before(a, now) escapes to heap
./time_sub_extremes.go:23:89: time.Time.Equal(.autotmp_12, a) escapes to heap

./fmt_stringer_callback.go:21:51: ... argument does not escape
./fmt_stringer_callback.go:21:67: depth(int(d)) escapes to heap
./fmt_stringer_callback.go:28:35: ... argument does not escape
./fmt_stringer_callback.go:28:35: i escapes to heap
./fmt_stringer_callback.go:31:19: ... argument does not escape
./fmt_stringer_callback.go:31:19: parts escapes to heap
./fmt_stringer_callback.go:46:53: ... argument does not escape
./fmt_stringer_callback.go:46:64: n.Inner escapes to heap
./fmt_stringer_callback.go:49:5: func literal escapes to heap
./fmt_stringer_callback.go:51:25: ... argument does not escape
./fmt_stringer_callback.go:51:39: x * x escapes to heap
./fmt_stringer_callback.go:54:13: ... argument does not escape
./fmt_stringer_callback.go:54:18: Deep(300) escapes to heap
./fmt_stringer_callback.go:54:30: Alloc{...} escapes to heap
./fmt_stringer_callback.go:54:41: Remote(7) escapes to heap
./fmt_stringer_callback.go:55:22: []fmt.Stringer{...} escapes to heap
./fmt_stringer_callback.go:55:27: Deep(10) escapes to heap
./fmt_stringer_callback.go:55:38: Alloc{...} escapes to heap
./fmt_stringer_callback.go:55:49: Remote(3) escapes to heap
./fmt_stringer_callback.go:55:60: Nested{...} escapes to heap
./fmt_stringer_callback.go:56:13: ... argument does not escape
./fmt_stringer_callback.go:56:13: xs escapes to heap
./fmt_stringer_callback.go:58:19: ... argument does not escape
./fmt_stringer_callback.go:58:38: Remote(i) escapes to heap
./fmt_stringer_callback.go:58:47: Deep(i * 100) escapes to heap
./fmt_stringer_callback.go:58:61: Alloc{...} escapes to heap
./fmt_stringer_callback.go:59:14: ... argument does not escape
./fmt_stringer_callback.go:59:14: s escapes to heap
./fmt_stringer_callback.go:61:30: map[string]fmt.Stringer{...} escapes to heap
./fmt_stringer_callback.go:61:34: Remote(1) escapes to heap
./fmt_stringer_callback.go:61:50: Deep(20) escapes to heap
./fmt_stringer_callback.go:62:13: ... argument does not escape

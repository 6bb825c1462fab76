./float_ops.go:12:13: ... argument does not escape
./float_ops.go:12:13: nan escapes to heap
./float_ops.go:12:13: inf escapes to heap
./float_ops.go:12:13: ninf escapes to heap
./float_ops.go:13:13: ... argument does not escape
./float_ops.go:13:18: nan == nan escapes to heap
./float_ops.go:13:30: nan != nan escapes to heap
./float_ops.go:13:42: nan < 1 escapes to heap
./float_ops.go:13:51: nan > 1 escapes to heap
./float_ops.go:13:60: nan <= nan escapes to heap
./float_ops.go:13:72: nan >= nan escapes to heap
./float_ops.go:14:13: ... argument does not escape
./float_ops.go:14:18: inf > 1e308 escapes to heap
./float_ops.go:14:32: ninf < -1e308 escapes to heap
./float_ops.go:14:46: inf == inf escapes to heap
./float_ops.go:14:57: inf - inf escapes to heap
./float_ops.go:14:66: inf * 0 escapes to heap
./float_ops.go:14:73: inf + inf escapes to heap
./float_ops.go:16:13: ... argument does not escape
./float_ops.go:16:16: x == x escapes to heap
./float_ops.go:16:24: x != x escapes to heap
./float_ops.go:19:13: ... argument does not escape
./float_ops.go:19:13: negz escapes to heap
./float_ops.go:19:25: negz == zero escapes to heap
./float_ops.go:19:35: 1 / negz escapes to heap
./float_ops.go:19:43: 1 / zero escapes to heap
./float_ops.go:20:12: ... argument does not escape
./float_ops.go:20:13: negz escapes to heap
./float_ops.go:20:13: negz escapes to heap
./float_ops.go:20:13: negz escapes to heap
./float_ops.go:20:13: negz escapes to heap
./float_ops.go:23:13: ... argument does not escape
./float_ops.go:23:15: a + b escapes to heap
./float_ops.go:23:23: a + b == 0.3 escapes to heap
./float_ops.go:23:39: 0.1 + 0.2 == 0.3 escapes to heap
./float_ops.go:25:13: ... argument does not escape
./float_ops.go:25:17: a32 + b32 escapes to heap
./float_ops.go:25:31: a32 + b32 == 0.3 escapes to heap
./float_ops.go:25:42: a32 * 3 escapes to heap
./float_ops.go:27:13: ... argument does not escape
./float_ops.go:27:13: third escapes to heap
./float_ops.go:27:26: third * 3 escapes to heap
./float_ops.go:27:37: float64(third) escapes to heap
./float_ops.go:29:13: ... argument does not escape
./float_ops.go:29:19: big32 + 1 escapes to heap
./float_ops.go:29:28: big32 + 2 escapes to heap
./float_ops.go:29:73: big32 * big32 * big32 * big32 * big32 * big32 * big32 * big32 escapes to heap
./float_ops.go:31:13: ... argument does not escape
./float_ops.go:31:20: tiny32 / 1e6 escapes to heap
./float_ops.go:31:32: tiny32 / 1e8 escapes to heap
./float_ops.go:34:13: ... argument does not escape
./float_ops.go:34:21: big * 10 > big escapes to heap
./float_ops.go:34:32: -big * 10 escapes to heap
./float_ops.go:35:13: ... argument does not escape
./float_ops.go:35:20: 5e-324 / 2 escapes to heap
./float_ops.go:35:24: 5e-324 escapes to heap
./float_ops.go:35:40: 2.5e-324 * 1 escapes to heap
./float_ops.go:37:13: ... argument does not escape
./float_ops.go:37:13: m escapes to heap
./float_ops.go:37:18: m * 2 escapes to heap
./float_ops.go:37:24: -m * 2 escapes to heap
./float_ops.go:44:13: ... argument does not escape
./float_ops.go:44:13: c escapes to heap
./float_ops.go:46:13: ... argument does not escape
./float_ops.go:46:13: c escapes to heap
./float_ops.go:49:13: ... argument does not escape
./float_ops.go:49:13: c escapes to heap
./float_ops.go:50:13: ... argument does not escape
./float_ops.go:50:14: -c escapes to heap
./float_ops.go:50:18: +c escapes to heap
./float_ops.go:50:24: c > 5 escapes to heap
./float_ops.go:50:31: c < 5.75 escapes to heap
./float_ops.go:50:41: c <= 5.75 escapes to heap
./float_ops.go:59:13: ... argument does not escape
./float_ops.go:59:13: s32 escapes to heap
./float_ops.go:59:13: s64 escapes to heap

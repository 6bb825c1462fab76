./fmt_verbs_int.go:9:12: ... argument does not escape
./fmt_verbs_int.go:9:62: 42 escapes to heap
./fmt_verbs_int.go:9:66: 42 escapes to heap
./fmt_verbs_int.go:9:70: 42 escapes to heap
./fmt_verbs_int.go:9:74: 42 escapes to heap
./fmt_verbs_int.go:9:78: 42 escapes to heap
./fmt_verbs_int.go:9:82: 42 escapes to heap
./fmt_verbs_int.go:9:86: 42 escapes to heap
./fmt_verbs_int.go:9:90: 42 escapes to heap
./fmt_verbs_int.go:9:94: 42 escapes to heap
./fmt_verbs_int.go:10:12: ... argument does not escape
./fmt_verbs_int.go:10:62: -42 escapes to heap
./fmt_verbs_int.go:10:67: -42 escapes to heap
./fmt_verbs_int.go:10:72: -42 escapes to heap
./fmt_verbs_int.go:10:77: -42 escapes to heap
./fmt_verbs_int.go:10:82: -42 escapes to heap
./fmt_verbs_int.go:10:87: -42 escapes to heap
./fmt_verbs_int.go:10:92: -42 escapes to heap
./fmt_verbs_int.go:10:97: -42 escapes to heap
./fmt_verbs_int.go:10:102: -42 escapes to heap
./fmt_verbs_int.go:11:12: ... argument does not escape
./fmt_verbs_int.go:11:42: 0 escapes to heap
./fmt_verbs_int.go:11:45: 0 escapes to heap
./fmt_verbs_int.go:11:48: 0 escapes to heap
./fmt_verbs_int.go:11:51: 0 escapes to heap
./fmt_verbs_int.go:11:54: 0 escapes to heap
./fmt_verbs_int.go:12:12: ... argument does not escape
./fmt_verbs_int.go:12:61: 7 escapes to heap
./fmt_verbs_int.go:12:64: 7 escapes to heap
./fmt_verbs_int.go:12:67: 7 escapes to heap
./fmt_verbs_int.go:12:70: 7 escapes to heap
./fmt_verbs_int.go:12:73: 0 escapes to heap
./fmt_verbs_int.go:12:76: 1 escapes to heap
./fmt_verbs_int.go:12:79: 0 escapes to heap
./fmt_verbs_int.go:13:12: ... argument does not escape
./fmt_verbs_int.go:13:58: 255 escapes to heap
./fmt_verbs_int.go:13:63: 255 escapes to heap
./fmt_verbs_int.go:13:68: 255 escapes to heap
./fmt_verbs_int.go:13:73: 255 escapes to heap
./fmt_verbs_int.go:13:78: 255 escapes to heap
./fmt_verbs_int.go:13:83: 255 escapes to heap
./fmt_verbs_int.go:13:88: 255 escapes to heap
./fmt_verbs_int.go:13:93: -255 escapes to heap
./fmt_verbs_int.go:13:99: -255 escapes to heap
./fmt_verbs_int.go:14:12: ... argument does not escape
./fmt_verbs_int.go:14:44: 8 escapes to heap
./fmt_verbs_int.go:14:47: 8 escapes to heap
./fmt_verbs_int.go:14:50: 8 escapes to heap
./fmt_verbs_int.go:14:53: 8 escapes to heap
./fmt_verbs_int.go:14:56: -8 escapes to heap
./fmt_verbs_int.go:14:60: 0 escapes to heap
./fmt_verbs_int.go:15:12: ... argument does not escape
./fmt_verbs_int.go:15:40: 5 escapes to heap
./fmt_verbs_int.go:15:43: 5 escapes to heap
./fmt_verbs_int.go:15:46: 5 escapes to heap
./fmt_verbs_int.go:15:49: -5 escapes to heap
./fmt_verbs_int.go:15:53: 1 escapes to heap
./fmt_verbs_int.go:16:12: ... argument does not escape
./fmt_verbs_int.go:16:44: 65 escapes to heap
./fmt_verbs_int.go:16:48: 0x4e16 escapes to heap
./fmt_verbs_int.go:16:56: 0x1F600 escapes to heap
./fmt_verbs_int.go:16:65: 'x' escapes to heap
./fmt_verbs_int.go:16:70: 'y' escapes to heap
./fmt_verbs_int.go:16:75: -1 escapes to heap
./fmt_verbs_int.go:16:79: 0x110000 escapes to heap
./fmt_verbs_int.go:17:12: ... argument does not escape
./fmt_verbs_int.go:17:43: 'a' escapes to heap
./fmt_verbs_int.go:17:48: '\n' escapes to heap
./fmt_verbs_int.go:17:54: 0x4e16 escapes to heap
./fmt_verbs_int.go:17:62: 0x4e16 escapes to heap
./fmt_verbs_int.go:17:70: 'b' escapes to heap
./fmt_verbs_int.go:17:75: '\'' escapes to heap
./fmt_verbs_int.go:17:81: -1 escapes to heap
./fmt_verbs_int.go:18:12: ... argument does not escape
./fmt_verbs_int.go:18:47: 'A' escapes to heap
./fmt_verbs_int.go:18:52: 'A' escapes to heap
./fmt_verbs_int.go:18:57: 0x1F600 escapes to heap
./fmt_verbs_int.go:18:66: 0x1F600 escapes to heap
./fmt_verbs_int.go:18:75: 'z' escapes to heap
./fmt_verbs_int.go:18:80: 'z' escapes to heap
./fmt_verbs_int.go:18:85: -1 escapes to heap
./fmt_verbs_int.go:19:12: ... argument does not escape
./fmt_verbs_int.go:19:39: int8(-128) escapes to heap
./fmt_verbs_int.go:19:52: int16(-32768) escapes to heap
./fmt_verbs_int.go:19:67: int32(-2147483648) escapes to heap
./fmt_verbs_int.go:19:87: int64(-9223372036854775808) escapes to heap
./fmt_verbs_int.go:19:111: -9223372036854775808 escapes to heap
./fmt_verbs_int.go:20:12: ... argument does not escape
./fmt_verbs_int.go:20:44: uint64(18446744073709551615) escapes to heap
./fmt_verbs_int.go:20:74: uint64(18446744073709551615) escapes to heap
./fmt_verbs_int.go:21:9: uint64(18446744073709551615) escapes to heap
./fmt_verbs_int.go:21:39: uint64(18446744073709551615) escapes to heap
./fmt_verbs_int.go:21:69: uint64(18446744073709551615) escapes to heap
./fmt_verbs_int.go:21:98: uint8(255) escapes to heap
./fmt_verbs_int.go:22:12: ... argument does not escape
./fmt_verbs_int.go:22:36: int8(-1) escapes to heap
./fmt_verbs_int.go:22:47: uint8(200) escapes to heap
./fmt_verbs_int.go:22:59: int16(-32768) escapes to heap
./fmt_verbs_int.go:22:76: uintptr(4096) escapes to heap
./fmt_verbs_int.go:23:12: ... argument does not escape
./fmt_verbs_int.go:23:42: int64(-9223372036854775808) escapes to heap
./fmt_verbs_int.go:23:72: uint64(1 << 63) escapes to heap
./fmt_verbs_int.go:23:81: -1 escapes to heap
./fmt_verbs_int.go:24:12: ... argument does not escape
./fmt_verbs_int.go:24:40: 3054 escapes to heap
./fmt_verbs_int.go:24:46: 3054 escapes to heap
./fmt_verbs_int.go:24:52: 3054 escapes to heap
./fmt_verbs_int.go:24:58: 8 escapes to heap
./fmt_verbs_int.go:24:61: 8 escapes to heap
./fmt_verbs_int.go:25:12: ... argument does not escape
./fmt_verbs_int.go:25:45: 1 escapes to heap
./fmt_verbs_int.go:25:48: 1 escapes to heap
./fmt_verbs_int.go:25:51: 5 escapes to heap
./fmt_verbs_int.go:25:54: 5 escapes to heap
./fmt_verbs_int.go:26:12: ... argument does not escape
./fmt_verbs_int.go:26:40: 123 escapes to heap
./fmt_verbs_int.go:26:45: 123 escapes to heap
./fmt_verbs_int.go:26:50: -123 escapes to heap
./fmt_verbs_int.go:29:12: ... argument does not escape
./fmt_verbs_int.go:29:13: r escapes to heap
./fmt_verbs_int.go:29:13: r escapes to heap
./fmt_verbs_int.go:29:13: r escapes to heap
./fmt_verbs_int.go:29:13: r escapes to heap
./fmt_verbs_int.go:29:13: r escapes to heap
./fmt_verbs_int.go:29:13: r escapes to heap
./fmt_verbs_int.go:30:12: ... argument does not escape
./fmt_verbs_int.go:30:13: b escapes to heap
./fmt_verbs_int.go:30:13: b escapes to heap
./fmt_verbs_int.go:30:13: b escapes to heap
./fmt_verbs_int.go:30:13: b escapes to heap
./fmt_verbs_int.go:30:13: b escapes to heap
./fmt_verbs_int.go:30:13: b escapes to heap

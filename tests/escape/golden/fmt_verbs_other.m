./fmt_verbs_other.go:9:12: ... argument does not escape
./fmt_verbs_other.go:9:38: true escapes to heap
./fmt_verbs_other.go:9:44: false escapes to heap
./fmt_verbs_other.go:9:51: true escapes to heap
./fmt_verbs_other.go:9:57: false escapes to heap
./fmt_verbs_other.go:9:64: true escapes to heap
./fmt_verbs_other.go:10:12: ... argument does not escape
./fmt_verbs_other.go:10:36: true escapes to heap
./fmt_verbs_other.go:10:42: 1 escapes to heap
./fmt_verbs_other.go:10:49: int8(1) escapes to heap
./fmt_verbs_other.go:10:59: int16(1) escapes to heap
./fmt_verbs_other.go:10:69: int32(1) escapes to heap
./fmt_verbs_other.go:10:79: int64(1) escapes to heap
./fmt_verbs_other.go:11:12: ... argument does not escape
./fmt_verbs_other.go:11:40: uint(1) escapes to heap
./fmt_verbs_other.go:11:50: uint8(1) escapes to heap
./fmt_verbs_other.go:11:61: uint16(1) escapes to heap
./fmt_verbs_other.go:11:72: uint32(1) escapes to heap
./fmt_verbs_other.go:11:83: uint64(1) escapes to heap
./fmt_verbs_other.go:11:95: uintptr(1) escapes to heap
./fmt_verbs_other.go:12:12: ... argument does not escape
./fmt_verbs_other.go:12:36: 1.5 escapes to heap
./fmt_verbs_other.go:12:48: float32(1.5) escapes to heap
./fmt_verbs_other.go:12:55: "s" escapes to heap
./fmt_verbs_other.go:12:60: 'r' escapes to heap
./fmt_verbs_other.go:12:69: byte('b') escapes to heap
./fmt_verbs_other.go:12:80: rune('r') escapes to heap
./fmt_verbs_other.go:13:12: ... argument does not escape
./fmt_verbs_other.go:13:31: 1 escapes to heap
./fmt_verbs_other.go:13:34: "x" escapes to heap
./fmt_verbs_other.go:14:12: ... argument does not escape
./fmt_verbs_other.go:14:33: true escapes to heap
./fmt_verbs_other.go:14:39: 42 escapes to heap
./fmt_verbs_other.go:14:43: 4.5 escapes to heap
./fmt_verbs_other.go:14:48: "str" escapes to heap
./fmt_verbs_other.go:14:55: 'c' escapes to heap
./fmt_verbs_other.go:17:12: ... argument does not escape
./fmt_verbs_other.go:17:23: 50 escapes to heap
./fmt_verbs_other.go:18:12: ... argument does not escape
./fmt_verbs_other.go:18:31: "n" escapes to heap
./fmt_verbs_other.go:18:36: 3 escapes to heap
./fmt_verbs_other.go:18:39: "ok" escapes to heap
./fmt_verbs_other.go:18:45: true escapes to heap
./fmt_verbs_other.go:19:12: ... argument does not escape
./fmt_verbs_other.go:19:25: 'G' escapes to heap
./fmt_verbs_other.go:19:30: 'o' escapes to heap
./fmt_verbs_other.go:19:35: '!' escapes to heap
./fmt_verbs_other.go:21:12: ... argument does not escape
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:22:12: ... argument does not escape
./fmt_verbs_other.go:22:32: uint8(65) escapes to heap
./fmt_verbs_other.go:22:43: uint8(65) escapes to heap
./fmt_verbs_other.go:22:59: fmt.Sprint(... argument...) escapes to heap
./fmt_verbs_other.go:22:59: ... argument does not escape
./fmt_verbs_other.go:22:65: uint8(65) escapes to heap
./fmt_verbs_other.go:23:12: ... argument does not escape
./fmt_verbs_other.go:23:37: 2.0 escapes to heap
./fmt_verbs_other.go:23:42: 2.0 escapes to heap
./fmt_verbs_other.go:23:47: 2.0 escapes to heap
./fmt_verbs_other.go:24:12: ... argument does not escape
./fmt_verbs_other.go:24:28: 'a' escapes to heap
./fmt_verbs_other.go:24:33: 'b' escapes to heap
./fmt_verbs_other.go:25:12: ... argument does not escape
./fmt_verbs_other.go:25:40: -3.14159 escapes to heap
./fmt_verbs_other.go:25:50: 3.14159 escapes to heap
./fmt_verbs_other.go:25:59: 3.14159 escapes to heap
./fmt_verbs_other.go:26:12: ... argument does not escape
./fmt_verbs_other.go:26:24: "Hello" escapes to heap
./fmt_verbs_other.go:26:33: "Hello" escapes to heap
./fmt_verbs_other.go:27:11: ... argument does not escape
./fmt_verbs_other.go:27:23: fmt.Sprintf("%d items at %.2f = %.2f\n", ... argument...) escapes to heap
./fmt_verbs_other.go:27:23: ... argument does not escape
./fmt_verbs_other.go:27:53: 3 escapes to heap
./fmt_verbs_other.go:27:56: 1.5 escapes to heap
./fmt_verbs_other.go:27:62: 3 * 1.5 escapes to heap

./fmt_print_println.go:9:11: ... argument does not escape
./fmt_print_println.go:9:12: "a" escapes to heap
./fmt_print_println.go:9:17: "b" escapes to heap
./fmt_print_println.go:9:22: 1 escapes to heap
./fmt_print_println.go:9:25: 2 escapes to heap
./fmt_print_println.go:9:28: "c" escapes to heap
./fmt_print_println.go:9:33: 3 escapes to heap
./fmt_print_println.go:9:36: "\n" escapes to heap
./fmt_print_println.go:10:11: ... argument does not escape
./fmt_print_println.go:10:12: 1 escapes to heap
./fmt_print_println.go:10:15: 2 escapes to heap
./fmt_print_println.go:10:18: 3 escapes to heap
./fmt_print_println.go:10:21: "\n" escapes to heap
./fmt_print_println.go:11:11: ... argument does not escape
./fmt_print_println.go:11:12: 1.5 escapes to heap
./fmt_print_println.go:11:17: true escapes to heap
./fmt_print_println.go:11:23: false escapes to heap
./fmt_print_println.go:11:30: 'x' escapes to heap
./fmt_print_println.go:11:35: "\n" escapes to heap
./fmt_print_println.go:12:11: ... argument does not escape
./fmt_print_println.go:12:12: "x" escapes to heap
./fmt_print_println.go:12:17: 1 escapes to heap
./fmt_print_println.go:12:20: "\n" escapes to heap
./fmt_print_println.go:13:11: ... argument does not escape
./fmt_print_println.go:13:12: 1 escapes to heap
./fmt_print_println.go:13:15: "x" escapes to heap
./fmt_print_println.go:13:20: "\n" escapes to heap
./fmt_print_println.go:15:11: ... argument does not escape
./fmt_print_println.go:15:12: "\n" escapes to heap
./fmt_print_println.go:16:13: ... argument does not escape
./fmt_print_println.go:16:14: "a" escapes to heap
./fmt_print_println.go:16:19: "b" escapes to heap
./fmt_print_println.go:16:24: 1 escapes to heap
./fmt_print_println.go:16:27: 2 escapes to heap
./fmt_print_println.go:16:30: "c" escapes to heap
./fmt_print_println.go:18:13: ... argument does not escape
./fmt_print_println.go:18:14: "" escapes to heap
./fmt_print_println.go:19:13: ... argument does not escape
./fmt_print_println.go:19:14: true escapes to heap
./fmt_print_println.go:19:20: 3.5 escapes to heap
./fmt_print_println.go:19:25: -2 escapes to heap
./fmt_print_println.go:19:34: uint8(7) escapes to heap
./fmt_print_println.go:19:39: 'r' escapes to heap
./fmt_print_println.go:19:44: "end" escapes to heap
./fmt_print_println.go:21:17: ... argument does not escape
./fmt_print_println.go:21:18: "x" escapes to heap
./fmt_print_println.go:21:23: 1 escapes to heap
./fmt_print_println.go:21:26: 2 escapes to heap
./fmt_print_println.go:21:29: "y" escapes to heap
./fmt_print_println.go:21:34: 3.0 escapes to heap
./fmt_print_println.go:21:39: true escapes to heap
./fmt_print_println.go:22:13: ... argument does not escape
./fmt_print_println.go:22:13: s escapes to heap
./fmt_print_println.go:22:20: len(s) escapes to heap
./fmt_print_println.go:23:18: ... argument does not escape
./fmt_print_println.go:23:19: "x" escapes to heap
./fmt_print_println.go:23:24: 1 escapes to heap
./fmt_print_println.go:23:27: 2 escapes to heap
./fmt_print_println.go:23:30: "y" escapes to heap
./fmt_print_println.go:24:11: ... argument does not escape
./fmt_print_println.go:24:11: s escapes to heap
./fmt_print_println.go:25:13: ... argument does not escape
./fmt_print_println.go:25:17: len(s) escapes to heap
./fmt_print_println.go:27:13: ... argument does not escape
./fmt_print_println.go:27:17: len(s) escapes to heap
./fmt_print_println.go:27:24: s == "" escapes to heap
./fmt_print_println.go:29:13: ... argument does not escape
./fmt_print_println.go:29:17: len(s) escapes to heap
./fmt_print_println.go:29:24: s == "\n" escapes to heap
./fmt_print_println.go:30:13: ... argument does not escape
./fmt_print_println.go:30:24: fmt.Sprint(... argument...) escapes to heap
./fmt_print_println.go:30:24: ... argument does not escape
./fmt_print_println.go:30:29: int8(-1) escapes to heap
./fmt_print_println.go:30:41: uint16(65535) escapes to heap
./fmt_print_println.go:30:55: int64(-5) escapes to heap
./fmt_print_println.go:31:13: ... argument does not escape
./fmt_print_println.go:31:24: fmt.Sprint(... argument...) escapes to heap
./fmt_print_println.go:31:24: ... argument does not escape
./fmt_print_println.go:31:25: "" escapes to heap
./fmt_print_println.go:31:29: "" escapes to heap
./fmt_print_println.go:31:44: fmt.Sprint(... argument...) escapes to heap
./fmt_print_println.go:31:44: ... argument does not escape
./fmt_print_println.go:31:45: 1 escapes to heap
./fmt_print_println.go:31:48: "" escapes to heap
./fmt_print_println.go:31:63: fmt.Sprint(... argument...) escapes to heap
./fmt_print_println.go:31:63: ... argument does not escape
./fmt_print_println.go:31:64: "" escapes to heap
./fmt_print_println.go:31:68: 1 escapes to heap
./fmt_print_println.go:31:71: 2 escapes to heap
./fmt_print_println.go:31:74: "" escapes to heap

./fmt_errors.go:9:12: ... argument does not escape
./fmt_errors.go:9:21: "x" escapes to heap
./fmt_errors.go:10:12: ... argument does not escape
./fmt_errors.go:10:21: 42 escapes to heap
./fmt_errors.go:11:12: ... argument does not escape
./fmt_errors.go:11:21: 1 escapes to heap
./fmt_errors.go:12:12: ... argument does not escape
./fmt_errors.go:12:27: 1 escapes to heap
./fmt_errors.go:12:30: "s" escapes to heap
./fmt_errors.go:12:35: true escapes to heap
./fmt_errors.go:13:12: ... argument does not escape
./fmt_errors.go:13:27: 1.5 escapes to heap
./fmt_errors.go:13:32: "s" escapes to heap
./fmt_errors.go:13:37: true escapes to heap
./fmt_errors.go:14:12: ... argument does not escape
./fmt_errors.go:14:30: true escapes to heap
./fmt_errors.go:14:36: false escapes to heap
./fmt_errors.go:14:43: 1.5 escapes to heap
./fmt_errors.go:14:48: "s" escapes to heap
./fmt_errors.go:15:12: ... argument does not escape
./fmt_errors.go:15:24: 1 escapes to heap
./fmt_errors.go:18:12: ... argument does not escape
./fmt_errors.go:18:21: 1 escapes to heap
./fmt_errors.go:18:24: 2 escapes to heap
./fmt_errors.go:19:12: ... argument does not escape
./fmt_errors.go:19:20: "extra" escapes to heap
./fmt_errors.go:19:29: 3 escapes to heap
./fmt_errors.go:19:32: 4.5 escapes to heap
./fmt_errors.go:20:12: ... argument does not escape
./fmt_errors.go:20:24: 5 escapes to heap
./fmt_errors.go:20:27: 6 escapes to heap
./fmt_errors.go:23:12: ... argument does not escape
./fmt_errors.go:23:34: "s" escapes to heap
./fmt_errors.go:23:39: 1.5 escapes to heap
./fmt_errors.go:23:44: true escapes to heap
./fmt_errors.go:24:18: ... argument does not escape
./fmt_errors.go:24:28: "a" escapes to heap
./fmt_errors.go:24:33: 1 escapes to heap
./fmt_errors.go:25:13: ... argument does not escape
./fmt_errors.go:25:13: s escapes to heap
./fmt_errors.go:25:20: len(s) escapes to heap
./fmt_errors.go:26:13: ... argument does not escape
./fmt_errors.go:26:25: fmt.Sprintf("%!", nil...) escapes to heap
./fmt_errors.go:26:44: fmt.Sprintf("%", nil...) escapes to heap
./fmt_errors.go:26:62: fmt.Sprintf("%-", nil...) escapes to heap
./fmt_errors.go:27:12: ... argument does not escape
./fmt_errors.go:27:28: int8(3) escapes to heap
./fmt_errors.go:27:39: uint16(4) escapes to heap
./fmt_errors.go:28:12: ... argument does not escape
./fmt_errors.go:28:24: "true" escapes to heap
./fmt_errors.go:28:32: 0 escapes to heap

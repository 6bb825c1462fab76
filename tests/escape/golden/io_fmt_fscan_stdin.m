./io_fmt_fscan_stdin.go:13:6: moved to heap: rows
./io_fmt_fscan_stdin.go:13:12: moved to heap: cols
./io_fmt_fscan_stdin.go:31:6: moved to heap: name
./io_fmt_fscan_stdin.go:32:6: moved to heap: score
./io_fmt_fscan_stdin.go:14:11: ... argument does not escape
./io_fmt_fscan_stdin.go:15:11: make([][]int, rows) escapes to heap
./io_fmt_fscan_stdin.go:17:14: make([]int, cols) escapes to heap
./io_fmt_fscan_stdin.go:19:13: ... argument does not escape
./io_fmt_fscan_stdin.go:27:14: ... argument does not escape
./io_fmt_fscan_stdin.go:27:24: m[i][j] escapes to heap
./io_fmt_fscan_stdin.go:34:24: ... argument does not escape
./io_fmt_fscan_stdin.go:36:16: ... argument does not escape
./io_fmt_fscan_stdin.go:36:22: "stop:" escapes to heap
./io_fmt_fscan_stdin.go:36:22: n escapes to heap
./io_fmt_fscan_stdin.go:39:14: ... argument does not escape
./io_fmt_fscan_stdin.go:39:20: name escapes to heap
./io_fmt_fscan_stdin.go:39:20: score escapes to heap
./io_fmt_fscan_stdin.go:42:13: ... argument does not escape
./io_fmt_fscan_stdin.go:42:19: rest escapes to heap

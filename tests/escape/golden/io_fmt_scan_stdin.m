./io_fmt_scan_stdin.go:6:6: moved to heap: n
./io_fmt_scan_stdin.go:11:7: moved to heap: x
./io_fmt_scan_stdin.go:18:6: moved to heap: name
./io_fmt_scan_stdin.go:23:6: moved to heap: a
./io_fmt_scan_stdin.go:23:9: moved to heap: b
./io_fmt_scan_stdin.go:7:11: ... argument does not escape
./io_fmt_scan_stdin.go:7:12: "how many? " escapes to heap
./io_fmt_scan_stdin.go:8:10: ... argument does not escape
./io_fmt_scan_stdin.go:12:24: ... argument does not escape
./io_fmt_scan_stdin.go:13:15: ... argument does not escape
./io_fmt_scan_stdin.go:13:16: "err" escapes to heap
./io_fmt_scan_stdin.go:19:22: ... argument does not escape
./io_fmt_scan_stdin.go:20:13: ... argument does not escape
./io_fmt_scan_stdin.go:20:13: c escapes to heap
./io_fmt_scan_stdin.go:20:13: name escapes to heap
./io_fmt_scan_stdin.go:21:21: ... argument does not escape
./io_fmt_scan_stdin.go:22:13: ... argument does not escape
./io_fmt_scan_stdin.go:22:13: c escapes to heap
./io_fmt_scan_stdin.go:22:13: name escapes to heap
./io_fmt_scan_stdin.go:24:20: ... argument does not escape
./io_fmt_scan_stdin.go:25:13: ... argument does not escape
./io_fmt_scan_stdin.go:25:13: c escapes to heap
./io_fmt_scan_stdin.go:25:13: a escapes to heap
./io_fmt_scan_stdin.go:25:13: b escapes to heap
./io_fmt_scan_stdin.go:26:12: ... argument does not escape
./io_fmt_scan_stdin.go:26:13: total escapes to heap
./io_fmt_scan_stdin.go:27:19: ... argument does not escape
./io_fmt_scan_stdin.go:28:13: ... argument does not escape
./io_fmt_scan_stdin.go:28:13: c escapes to heap

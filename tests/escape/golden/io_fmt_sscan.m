./io_fmt_sscan.go:10:6: moved to heap: a
./io_fmt_sscan.go:10:9: moved to heap: b
./io_fmt_sscan.go:11:6: moved to heap: s
./io_fmt_sscan.go:12:6: moved to heap: f
./io_fmt_sscan.go:27:6: moved to heap: i8
./io_fmt_sscan.go:32:6: moved to heap: bb
./io_fmt_sscan.go:33:6: moved to heap: u
./io_fmt_sscan.go:34:6: moved to heap: r
./io_fmt_sscan.go:37:6: moved to heap: q
./io_fmt_sscan.go:57:6: moved to heap: k
./io_fmt_sscan.go:61:7: moved to heap: x
./io_fmt_sscan.go:13:21: ... argument does not escape
./io_fmt_sscan.go:14:13: ... argument does not escape
./io_fmt_sscan.go:14:13: n escapes to heap
./io_fmt_sscan.go:14:13: a escapes to heap
./io_fmt_sscan.go:14:13: b escapes to heap
./io_fmt_sscan.go:14:13: s escapes to heap
./io_fmt_sscan.go:14:13: f escapes to heap
./io_fmt_sscan.go:15:20: ... argument does not escape
./io_fmt_sscan.go:16:13: ... argument does not escape
./io_fmt_sscan.go:16:13: n escapes to heap
./io_fmt_sscan.go:16:13: a escapes to heap
./io_fmt_sscan.go:16:13: b escapes to heap
./io_fmt_sscan.go:17:20: ... argument does not escape
./io_fmt_sscan.go:18:13: ... argument does not escape
./io_fmt_sscan.go:18:13: n escapes to heap
./io_fmt_sscan.go:18:13: a escapes to heap
./io_fmt_sscan.go:19:21: ... argument does not escape
./io_fmt_sscan.go:20:13: ... argument does not escape
./io_fmt_sscan.go:20:13: n escapes to heap
./io_fmt_sscan.go:20:13: a escapes to heap
./io_fmt_sscan.go:20:13: s escapes to heap
./io_fmt_sscan.go:21:21: ... argument does not escape
./io_fmt_sscan.go:22:13: ... argument does not escape
./io_fmt_sscan.go:22:13: n escapes to heap
./io_fmt_sscan.go:22:13: a escapes to heap
./io_fmt_sscan.go:22:13: b escapes to heap
./io_fmt_sscan.go:23:22: ... argument does not escape
./io_fmt_sscan.go:24:13: ... argument does not escape
./io_fmt_sscan.go:24:13: n escapes to heap
./io_fmt_sscan.go:24:13: a escapes to heap
./io_fmt_sscan.go:24:13: b escapes to heap
./io_fmt_sscan.go:25:22: ... argument does not escape
./io_fmt_sscan.go:26:13: ... argument does not escape
./io_fmt_sscan.go:26:13: n escapes to heap
./io_fmt_sscan.go:26:13: a escapes to heap
./io_fmt_sscan.go:26:13: b escapes to heap
./io_fmt_sscan.go:28:20: ... argument does not escape
./io_fmt_sscan.go:29:13: ... argument does not escape
./io_fmt_sscan.go:29:13: n escapes to heap
./io_fmt_sscan.go:29:13: i8 escapes to heap
./io_fmt_sscan.go:30:20: ... argument does not escape
./io_fmt_sscan.go:31:13: ... argument does not escape
./io_fmt_sscan.go:31:13: n escapes to heap
./io_fmt_sscan.go:35:21: ... argument does not escape
./io_fmt_sscan.go:36:13: ... argument does not escape
./io_fmt_sscan.go:36:13: n escapes to heap
./io_fmt_sscan.go:36:13: bb escapes to heap
./io_fmt_sscan.go:36:13: u escapes to heap
./io_fmt_sscan.go:36:13: r escapes to heap
./io_fmt_sscan.go:38:21: ... argument does not escape
./io_fmt_sscan.go:39:12: ... argument does not escape
./io_fmt_sscan.go:39:13: n escapes to heap
./io_fmt_sscan.go:39:13: q escapes to heap
./io_fmt_sscan.go:40:20: ... argument does not escape
./io_fmt_sscan.go:41:13: ... argument does not escape
./io_fmt_sscan.go:41:13: n escapes to heap
./io_fmt_sscan.go:42:21: ... argument does not escape
./io_fmt_sscan.go:43:13: ... argument does not escape
./io_fmt_sscan.go:43:13: n escapes to heap
./io_fmt_sscan.go:44:21: ... argument does not escape
./io_fmt_sscan.go:45:13: ... argument does not escape
./io_fmt_sscan.go:45:13: n escapes to heap
./io_fmt_sscan.go:46:21: ... argument does not escape
./io_fmt_sscan.go:47:13: ... argument does not escape
./io_fmt_sscan.go:47:13: n escapes to heap
./io_fmt_sscan.go:48:21: ... argument does not escape
./io_fmt_sscan.go:49:13: ... argument does not escape
./io_fmt_sscan.go:49:13: n escapes to heap
./io_fmt_sscan.go:50:20: ... argument does not escape
./io_fmt_sscan.go:51:13: ... argument does not escape
./io_fmt_sscan.go:51:13: n escapes to heap
./io_fmt_sscan.go:51:13: f escapes to heap
./io_fmt_sscan.go:51:13: a escapes to heap
./io_fmt_sscan.go:52:21: ... argument does not escape
./io_fmt_sscan.go:53:13: ... argument does not escape
./io_fmt_sscan.go:53:13: n escapes to heap
./io_fmt_sscan.go:53:13: a escapes to heap
./io_fmt_sscan.go:53:13: b escapes to heap
./io_fmt_sscan.go:54:20: ... argument does not escape
./io_fmt_sscan.go:54:21: a escapes to heap
./io_fmt_sscan.go:55:13: ... argument does not escape
./io_fmt_sscan.go:55:13: n escapes to heap
./io_fmt_sscan.go:58:11: ... argument does not escape
./io_fmt_sscan.go:62:12: ... argument does not escape
./io_fmt_sscan.go:67:12: ... argument does not escape
./io_fmt_sscan.go:67:13: sum escapes to heap
./io_fmt_sscan.go:67:13: line escapes to heap
./io_fmt_sscan.go:67:13: line2 escapes to heap

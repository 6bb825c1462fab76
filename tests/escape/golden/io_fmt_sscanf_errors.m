./io_fmt_sscanf_errors.go:6:6: moved to heap: a
./io_fmt_sscanf_errors.go:7:6: moved to heap: s
./io_fmt_sscanf_errors.go:8:6: moved to heap: f
./io_fmt_sscanf_errors.go:9:6: moved to heap: u8
./io_fmt_sscanf_errors.go:10:6: moved to heap: b
./io_fmt_sscanf_errors.go:14:3: []struct { in string; format string; args []interface {} }{...} does not escape
./io_fmt_sscanf_errors.go:15:29: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:16:29: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:17:28: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:18:30: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:19:31: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:20:30: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:21:29: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:22:32: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:23:31: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:24:32: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:25:33: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:26:34: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:27:34: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:28:33: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:29:28: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:29:29: a escapes to heap
./io_fmt_sscanf_errors.go:30:31: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:31:32: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:32:30: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:33:29: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:34:30: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:35:34: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:36:31: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:37:36: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:38:32: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:39:27: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:40:26: []interface {}{...} escapes to heap
./io_fmt_sscanf_errors.go:44:13: ... argument does not escape
./io_fmt_sscanf_errors.go:44:63: c.in escapes to heap
./io_fmt_sscanf_errors.go:44:69: c.format escapes to heap
./io_fmt_sscanf_errors.go:44:69: n escapes to heap
./io_fmt_sscanf_errors.go:44:69: a escapes to heap
./io_fmt_sscanf_errors.go:44:69: s escapes to heap
./io_fmt_sscanf_errors.go:44:69: f escapes to heap
./io_fmt_sscanf_errors.go:44:69: u8 escapes to heap
./io_fmt_sscanf_errors.go:44:69: b escapes to heap
./io_fmt_sscanf_errors.go:46:21: ... argument does not escape
./io_fmt_sscanf_errors.go:47:13: ... argument does not escape
./io_fmt_sscanf_errors.go:47:13: n escapes to heap
./io_fmt_sscanf_errors.go:47:13: a escapes to heap
./io_fmt_sscanf_errors.go:48:22: ... argument does not escape
./io_fmt_sscanf_errors.go:49:13: ... argument does not escape
./io_fmt_sscanf_errors.go:49:13: n escapes to heap
./io_fmt_sscanf_errors.go:49:13: a escapes to heap
./io_fmt_sscanf_errors.go:50:22: ... argument does not escape
./io_fmt_sscanf_errors.go:51:13: ... argument does not escape
./io_fmt_sscanf_errors.go:51:13: n escapes to heap
./io_fmt_sscanf_errors.go:52:22: ... argument does not escape
./io_fmt_sscanf_errors.go:53:13: ... argument does not escape
./io_fmt_sscanf_errors.go:53:13: n escapes to heap

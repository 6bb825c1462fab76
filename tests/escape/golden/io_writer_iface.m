./io_writer_iface.go:12:13: leaking param: w
./io_writer_iface.go:12:26: leaking param: title
./io_writer_iface.go:12:40: vals does not escape
./io_writer_iface.go:13:13: ... argument does not escape
./io_writer_iface.go:13:17: title escapes to heap
./io_writer_iface.go:15:14: ... argument does not escape
./io_writer_iface.go:15:18: i escapes to heap
./io_writer_iface.go:15:18: v escapes to heap
./io_writer_iface.go:19:15: w does not escape
./io_writer_iface.go:22:18: "file " + (*os.File).Name(v) escapes to heap
./io_writer_iface.go:24:20: ... argument does not escape
./io_writer_iface.go:24:21: "buffer len " escapes to heap
./io_writer_iface.go:24:41: (*bytes.Buffer).Len(v) escapes to heap
./io_writer_iface.go:26:20: ... argument does not escape
./io_writer_iface.go:26:21: "builder len " escapes to heap
./io_writer_iface.go:26:42: (*strings.Builder).Len(v) escapes to heap
./io_writer_iface.go:28:20: ... argument does not escape
./io_writer_iface.go:28:21: "bufio buffered " escapes to heap
./io_writer_iface.go:28:50: (*bufio.Writer).Buffered(v) escapes to heap
./io_writer_iface.go:34:6: moved to heap: buf
./io_writer_iface.go:35:6: moved to heap: sb
./io_writer_iface.go:37:24: []io.Writer{...} does not escape
./io_writer_iface.go:39:23: ... argument does not escape
./io_writer_iface.go:39:24: "writer " escapes to heap
./io_writer_iface.go:39:24: i escapes to heap
./io_writer_iface.go:39:9: ... argument does not escape
./io_writer_iface.go:40:14: ... argument does not escape
./io_writer_iface.go:40:23: describe(w) escapes to heap
./io_writer_iface.go:43:11: ... argument does not escape
./io_writer_iface.go:43:22: (*bytes.Buffer).String(buf) escapes to heap
./io_writer_iface.go:44:11: ... argument does not escape
./io_writer_iface.go:44:21: (*strings.Builder).String(sb) escapes to heap
./io_writer_iface.go:46:13: ... argument does not escape
./io_writer_iface.go:46:16: w == nil escapes to heap
./io_writer_iface.go:48:14: ... argument does not escape
./io_writer_iface.go:48:15: "bytes.Buffer is also a Reader" escapes to heap
./io_writer_iface.go:51:14: ... argument does not escape
./io_writer_iface.go:51:15: "strings.Builder is not a Reader" escapes to heap

./io_user_writer.go:17:7: leaking param content: c
./io_user_writer.go:17:25: p does not escape
./io_user_writer.go:20:52: string(p) escapes to heap
./io_user_writer.go:26:7: leaking param: u
./io_user_writer.go:26:22: p does not escape
./io_user_writer.go:27:25: ([]byte)(strings.ToUpper(string(p))) escapes to heap
./io_user_writer.go:27:48: string(p) does not escape
./io_user_writer.go:32:7: f does not escape
./io_user_writer.go:32:25: p does not escape
./io_user_writer.go:40:18: leaking param: w
./io_user_writer.go:47:13: ... argument does not escape
./io_user_writer.go:47:33: pad[0] escapes to heap
./io_user_writer.go:51:7: &counter{} escapes to heap
./io_user_writer.go:52:13: ... argument does not escape
./io_user_writer.go:52:31: 1 escapes to heap
./io_user_writer.go:53:14: ... argument does not escape
./io_user_writer.go:53:18: "second" escapes to heap
./io_user_writer.go:53:28: 2.5 escapes to heap
./io_user_writer.go:54:12: ... argument does not escape
./io_user_writer.go:54:16: "third" escapes to heap
./io_user_writer.go:55:13: ... argument does not escape
./io_user_writer.go:55:15: c.calls escapes to heap
./io_user_writer.go:55:24: c.bytes escapes to heap
./io_user_writer.go:55:33: c.lines escapes to heap
./io_user_writer.go:57:14: u escapes to heap
./io_user_writer.go:57:14: ... argument does not escape
./io_user_writer.go:57:18: "shouted" escapes to heap
./io_user_writer.go:57:29: true escapes to heap
./io_user_writer.go:58:16: u escapes to heap
./io_user_writer.go:61:14: ... argument does not escape
./io_user_writer.go:61:19: i escapes to heap
./io_user_writer.go:64:13: ... argument does not escape
./io_user_writer.go:64:15: c.calls escapes to heap
./io_user_writer.go:64:30: c.lines[3:] escapes to heap
./io_user_writer.go:65:7: &failing{...} escapes to heap
./io_user_writer.go:66:24: ... argument does not escape
./io_user_writer.go:66:28: "ok" escapes to heap
./io_user_writer.go:67:13: ... argument does not escape
./io_user_writer.go:67:13: n escapes to heap
./io_user_writer.go:68:23: ... argument does not escape
./io_user_writer.go:68:27: "fails" escapes to heap
./io_user_writer.go:69:13: ... argument does not escape
./io_user_writer.go:69:13: n escapes to heap
./io_user_writer.go:72:13: ... argument does not escape
./io_user_writer.go:72:13: n escapes to heap
./io_user_writer.go:73:17: upper{...} escapes to heap
./io_user_writer.go:75:19: u escapes to heap
./io_user_writer.go:76:13: ... argument does not escape
./io_user_writer.go:76:13: m escapes to heap
./io_user_writer.go:76:28: (*strings.Builder).Len(sb) escapes to heap

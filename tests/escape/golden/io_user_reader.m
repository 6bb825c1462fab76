./io_user_reader.go:25:6: (*slowReader).Read ignoring self-assignment in r.s = r.s[n:]
./io_user_reader.go:16:7: r does not escape
./io_user_reader.go:16:27: p does not escape
./io_user_reader.go:31:7: leaking param: x
./io_user_reader.go:31:21: leaking param: p
./io_user_reader.go:62:6: moved to heap: a
./io_user_reader.go:62:9: moved to heap: b
./io_user_reader.go:63:6: moved to heap: w
./io_user_reader.go:46:8: &slowReader{...} escapes to heap
./io_user_reader.go:49:13: ... argument does not escape
./io_user_reader.go:49:29: (*bufio.Scanner).Text(sc) escapes to heap
./io_user_reader.go:51:13: ... argument does not escape
./io_user_reader.go:51:26: sr.calls escapes to heap
./io_user_reader.go:52:31: rot13{...} escapes to heap
./io_user_reader.go:53:13: ... argument does not escape
./io_user_reader.go:53:20: string(data) escapes to heap
./io_user_reader.go:53:20: string(data) escapes to heap
./io_user_reader.go:54:24: &slowReader{...} escapes to heap
./io_user_reader.go:57:13: ... argument does not escape
./io_user_reader.go:57:14: line escapes to heap
./io_user_reader.go:64:22: &slowReader{...} escapes to heap
./io_user_reader.go:64:21: ... argument does not escape
./io_user_reader.go:65:13: ... argument does not escape
./io_user_reader.go:65:13: n escapes to heap
./io_user_reader.go:65:13: a escapes to heap
./io_user_reader.go:65:13: b escapes to heap
./io_user_reader.go:65:13: w escapes to heap
./io_user_reader.go:66:30: rot13{...} escapes to heap
./io_user_reader.go:66:31: &slowReader{...} escapes to heap
./io_user_reader.go:69:14: ... argument does not escape
./io_user_reader.go:69:22: (*bufio.Scanner).Text(ws) escapes to heap

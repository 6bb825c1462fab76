./io_buffer_truncate.go:8:10: leaking param: name
./io_buffer_truncate.go:8:23: f does not escape
./io_buffer_truncate.go:9:8: func literal does not escape
./io_buffer_truncate.go:11:15: ... argument does not escape
./io_buffer_truncate.go:11:15: name escapes to heap
./io_buffer_truncate.go:11:22: "panic:" escapes to heap
./io_buffer_truncate.go:15:13: ... argument does not escape
./io_buffer_truncate.go:15:13: name escapes to heap
./io_buffer_truncate.go:15:20: "ok" escapes to heap
./io_buffer_truncate.go:22:13: ... argument does not escape
./io_buffer_truncate.go:22:22: (*bytes.Buffer).String(b) escapes to heap
./io_buffer_truncate.go:22:31: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_truncate.go:22:40: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_truncate.go:24:13: ... argument does not escape
./io_buffer_truncate.go:24:19: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_truncate.go:24:28: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_truncate.go:27:13: ... argument does not escape
./io_buffer_truncate.go:27:22: (*bytes.Buffer).String(b) escapes to heap
./io_buffer_truncate.go:29:13: ... argument does not escape
./io_buffer_truncate.go:29:19: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_truncate.go:29:28: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_truncate.go:30:15: func literal does not escape
./io_buffer_truncate.go:31:19: func literal does not escape
./io_buffer_truncate.go:32:18: func literal does not escape
./io_buffer_truncate.go:35:13: ... argument does not escape
./io_buffer_truncate.go:35:19: (*bytes.Buffer).Len(c) escapes to heap
./io_buffer_truncate.go:35:28: (*bytes.Buffer).Cap(c) escapes to heap
./io_buffer_truncate.go:37:13: ... argument does not escape
./io_buffer_truncate.go:37:19: (*bytes.Buffer).Len(c) escapes to heap
./io_buffer_truncate.go:37:28: (*bytes.Buffer).Cap(c) escapes to heap
./io_buffer_truncate.go:44:13: ... argument does not escape
./io_buffer_truncate.go:44:19: (*bytes.Buffer).Len(c) escapes to heap
./io_buffer_truncate.go:44:28: (*bytes.Buffer).Cap(c) escapes to heap

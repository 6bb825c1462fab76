./io_buffer_basic.go:9:6: moved to heap: b
./io_buffer_basic.go:10:13: ... argument does not escape
./io_buffer_basic.go:10:19: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_basic.go:10:28: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_basic.go:10:43: (*bytes.Buffer).String(b) == "" escapes to heap
./io_buffer_basic.go:10:60: (*bytes.Buffer).Bytes(b) == nil escapes to heap
./io_buffer_basic.go:12:13: ... argument does not escape
./io_buffer_basic.go:12:19: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_basic.go:12:28: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_basic.go:14:16: ([]byte)("world") does not escape
./io_buffer_basic.go:17:13: ... argument does not escape
./io_buffer_basic.go:17:22: (*bytes.Buffer).String(b) escapes to heap
./io_buffer_basic.go:17:31: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_basic.go:17:40: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_basic.go:20:12: ... argument does not escape
./io_buffer_basic.go:20:18: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_basic.go:20:22: " " escapes to heap
./io_buffer_basic.go:24:13: ... argument does not escape
./io_buffer_basic.go:24:17: len(bs) escapes to heap
./io_buffer_basic.go:24:29: string(bs[:5]) escapes to heap
./io_buffer_basic.go:24:29: string(bs[:5]) escapes to heap
./io_buffer_basic.go:26:13: ... argument does not escape
./io_buffer_basic.go:26:19: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_basic.go:26:28: (*bytes.Buffer).Cap(b) escapes to heap
./io_buffer_basic.go:27:13: ... argument does not escape
./io_buffer_basic.go:27:27: 42 escapes to heap
./io_buffer_basic.go:27:31: "x" escapes to heap
./io_buffer_basic.go:28:13: ... argument does not escape
./io_buffer_basic.go:28:22: (*bytes.Buffer).String(b) escapes to heap
./io_buffer_basic.go:30:13: ... argument does not escape
./io_buffer_basic.go:30:23: (*bytes.Buffer).String(nb) escapes to heap
./io_buffer_basic.go:31:29: make([]byte, 0, 1000) escapes to heap
./io_buffer_basic.go:33:13: ... argument does not escape
./io_buffer_basic.go:33:21: (*bytes.Buffer).Len(big) escapes to heap
./io_buffer_basic.go:33:32: (*bytes.Buffer).Cap(big) escapes to heap
./io_buffer_basic.go:36:13: ... argument does not escape
./io_buffer_basic.go:36:24: (*bytes.Buffer).String(bs2) escapes to heap
./io_buffer_basic.go:36:35: (*bytes.Buffer).Len(bs2) escapes to heap

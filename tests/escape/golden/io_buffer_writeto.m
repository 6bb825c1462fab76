./io_buffer_writeto.go:17:6: moved to heap: dst
./io_buffer_writeto.go:10:29: ([]byte)("start:") escapes to heap
./io_buffer_writeto.go:12:14: ... argument does not escape
./io_buffer_writeto.go:12:18: i escapes to heap
./io_buffer_writeto.go:16:13: ... argument does not escape
./io_buffer_writeto.go:16:13: n escapes to heap
./io_buffer_writeto.go:16:27: (*bytes.Buffer).Len(b) escapes to heap
./io_buffer_writeto.go:20:13: ... argument does not escape
./io_buffer_writeto.go:20:13: m escapes to heap
./io_buffer_writeto.go:20:32: (*bytes.Buffer).String(dst) escapes to heap
./io_buffer_writeto.go:20:43: (*bytes.Buffer).Len(src) escapes to heap

./conv_frame_buffer.go:10:10: b does not escape
./conv_frame_buffer.go:18:19: b does not escape
./conv_frame_buffer.go:27:12: s does not escape
./conv_frame_buffer.go:28:13: ([]rune)(s) does not escape
./conv_frame_buffer.go:35:13: ([]byte)(short) does not escape
./conv_frame_buffer.go:36:13: ... argument does not escape
./conv_frame_buffer.go:36:17: len(b) escapes to heap
./conv_frame_buffer.go:36:25: sum(b) escapes to heap
./conv_frame_buffer.go:36:35: depth(3000, ([]byte)(short)) escapes to heap
./conv_frame_buffer.go:36:48: ([]byte)(short) does not escape
./conv_frame_buffer.go:37:13: ([]byte)(long) does not escape
./conv_frame_buffer.go:38:13: ... argument does not escape
./conv_frame_buffer.go:38:17: len(l) escapes to heap
./conv_frame_buffer.go:38:25: sum(l) escapes to heap
./conv_frame_buffer.go:41:14: ([]byte)(short) does not escape
./conv_frame_buffer.go:43:31: string(x) does not escape
./conv_frame_buffer.go:45:13: ... argument does not escape
./conv_frame_buffer.go:45:13: total escapes to heap
./conv_frame_buffer.go:45:26: runes("héllo") escapes to heap
./conv_frame_buffer.go:45:43: runes(long) escapes to heap
./conv_frame_buffer.go:46:13: ... argument does not escape
./conv_frame_buffer.go:46:17: len(string(([]rune)(long))) escapes to heap
./conv_frame_buffer.go:46:24: string(([]rune)(long)) does not escape
./conv_frame_buffer.go:46:31: ([]rune)(long) does not escape
./conv_frame_buffer.go:46:63: string(([]byte)(short)) == short escapes to heap
./conv_frame_buffer.go:46:47: string(([]byte)(short)) does not escape
./conv_frame_buffer.go:46:54: ([]byte)(short) does not escape

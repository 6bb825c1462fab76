./conv_string_bytes.go:9:13: ([]byte)(s) does not escape
./conv_string_bytes.go:11:13: ... argument does not escape
./conv_string_bytes.go:11:13: s escapes to heap
./conv_string_bytes.go:11:23: string(b) escapes to heap
./conv_string_bytes.go:11:23: string(b) escapes to heap
./conv_string_bytes.go:11:31: len(b) escapes to heap
./conv_string_bytes.go:13:13: string(b) escapes to heap
./conv_string_bytes.go:15:13: ... argument does not escape
./conv_string_bytes.go:15:13: t escapes to heap
./conv_string_bytes.go:15:23: string(b) escapes to heap
./conv_string_bytes.go:15:23: string(b) escapes to heap
./conv_string_bytes.go:18:12: ... argument does not escape
./conv_string_bytes.go:18:30: string(nb) escapes to heap
./conv_string_bytes.go:18:30: string(nb) escapes to heap
./conv_string_bytes.go:18:39: len(string(nb)) escapes to heap
./conv_string_bytes.go:18:46: string(nb) does not escape
./conv_string_bytes.go:19:14: ([]byte)("") does not escape
./conv_string_bytes.go:20:13: ... argument does not escape
./conv_string_bytes.go:20:17: len(eb) escapes to heap
./conv_string_bytes.go:20:26: eb == nil escapes to heap
./conv_string_bytes.go:22:13: ([]byte)("héllo, 世界") does not escape
./conv_string_bytes.go:23:13: ... argument does not escape
./conv_string_bytes.go:23:17: len(u) escapes to heap
./conv_string_bytes.go:23:23: u[1] escapes to heap
./conv_string_bytes.go:23:29: u[2] escapes to heap
./conv_string_bytes.go:24:13: ... argument does not escape
./conv_string_bytes.go:24:20: string(u[7:]) escapes to heap
./conv_string_bytes.go:24:20: string(u[7:]) escapes to heap
./conv_string_bytes.go:27:13: make([]byte, 256) does not escape
./conv_string_bytes.go:31:16: ([]byte)(string(all)) does not escape
./conv_string_bytes.go:31:23: string(all) does not escape
./conv_string_bytes.go:38:13: ... argument does not escape
./conv_string_bytes.go:38:13: same escapes to heap
./conv_string_bytes.go:41:13: ... argument does not escape
./conv_string_bytes.go:41:39: string([]byte{...}) == "ab" escapes to heap
./conv_string_bytes.go:41:20: string([]byte{...}) does not escape
./conv_string_bytes.go:41:27: []byte{...} does not escape
./conv_string_bytes.go:41:65: string([]byte{}) == "" escapes to heap
./conv_string_bytes.go:41:54: string([]byte{}) does not escape
./conv_string_bytes.go:41:61: []byte{} does not escape
./conv_string_bytes.go:45:18: Buf("xyz") does not escape
./conv_string_bytes.go:46:13: ... argument does not escape
./conv_string_bytes.go:46:20: string(bb) escapes to heap
./conv_string_bytes.go:46:20: string(bb) escapes to heap
./conv_string_bytes.go:46:29: len(bb) escapes to heap
./conv_string_bytes.go:47:13: ... argument does not escape
./conv_string_bytes.go:47:20: string(b[1:3]) escapes to heap
./conv_string_bytes.go:47:20: string(b[1:3]) escapes to heap

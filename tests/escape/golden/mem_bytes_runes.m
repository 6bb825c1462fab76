./mem_bytes_runes.go:7:13: ([]byte)(s) does not escape
./mem_bytes_runes.go:8:13: ([]rune)(s) does not escape
./mem_bytes_runes.go:9:13: ... argument does not escape
./mem_bytes_runes.go:9:17: len(b) escapes to heap
./mem_bytes_runes.go:9:25: len(r) escapes to heap
./mem_bytes_runes.go:9:33: cap(([]byte)("hello")) escapes to heap
./mem_bytes_runes.go:9:40: ([]byte)("hello") does not escape
./mem_bytes_runes.go:12:13: ... argument does not escape
./mem_bytes_runes.go:12:20: string(b) escapes to heap
./mem_bytes_runes.go:12:20: string(b) escapes to heap
./mem_bytes_runes.go:12:31: string(r) escapes to heap
./mem_bytes_runes.go:12:31: string(r) escapes to heap
./mem_bytes_runes.go:17:15: ... argument does not escape
./mem_bytes_runes.go:17:19: len(out) escapes to heap
./mem_bytes_runes.go:17:29: cap(out) escapes to heap
./mem_bytes_runes.go:21:13: ... argument does not escape
./mem_bytes_runes.go:21:20: string(out) escapes to heap
./mem_bytes_runes.go:21:20: string(out) escapes to heap
./mem_bytes_runes.go:21:30: len(out) escapes to heap
./mem_bytes_runes.go:21:40: cap(out) escapes to heap
./mem_bytes_runes.go:23:13: ... argument does not escape
./mem_bytes_runes.go:23:13: n escapes to heap
./mem_bytes_runes.go:23:23: string(out[:10]) escapes to heap
./mem_bytes_runes.go:23:23: string(out[:10]) escapes to heap
./mem_bytes_runes.go:24:19: []string{...} escapes to heap
./mem_bytes_runes.go:26:13: ... argument does not escape
./mem_bytes_runes.go:26:13: words escapes to heap
./mem_bytes_runes.go:26:24: len(words) escapes to heap
./mem_bytes_runes.go:26:36: cap(words) escapes to heap

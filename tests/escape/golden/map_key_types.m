./map_key_types.go:18:20: map[int8]int{...} escapes to heap
./map_key_types.go:20:13: ... argument does not escape
./map_key_types.go:22:26: map[uint64]string{...} does not escape
./map_key_types.go:23:13: ... argument does not escape
./map_key_types.go:23:17: u64[1 << 63] escapes to heap
./map_key_types.go:23:29: len(u64) escapes to heap
./map_key_types.go:25:23: map[int64]bool{...} does not escape
./map_key_types.go:26:13: ... argument does not escape
./map_key_types.go:26:17: i64[-1 << 63] escapes to heap
./map_key_types.go:26:30: i64[0] escapes to heap
./map_key_types.go:28:24: map[float32]int{...} escapes to heap
./map_key_types.go:29:13: ... argument does not escape
./map_key_types.go:29:17: f32[0.1] escapes to heap
./map_key_types.go:29:27: f32[0.5] escapes to heap
./map_key_types.go:31:23: map[bool]string{...} does not escape
./map_key_types.go:32:13: ... argument does not escape
./map_key_types.go:32:16: bo[true] escapes to heap
./map_key_types.go:32:34: bo[false] == "" escapes to heap
./map_key_types.go:34:20: map[byte]int{} does not escape
./map_key_types.go:35:26: ([]byte)("mississippi") does not escape
./map_key_types.go:38:13: ... argument does not escape
./map_key_types.go:38:16: by['s'] escapes to heap
./map_key_types.go:38:25: by['i'] escapes to heap
./map_key_types.go:38:34: by['p'] escapes to heap
./map_key_types.go:38:43: by['m'] escapes to heap
./map_key_types.go:38:53: len(by) escapes to heap
./map_key_types.go:40:23: map[rune]string{...} does not escape
./map_key_types.go:41:13: ... argument does not escape
./map_key_types.go:41:16: ru['世'] escapes to heap
./map_key_types.go:41:28: len(ru) escapes to heap
./map_key_types.go:43:25: map[Color]string{...} escapes to heap
./map_key_types.go:44:13: ... argument does not escape
./map_key_types.go:44:17: col[Blue] escapes to heap
./map_key_types.go:44:36: col[Green] == "" escapes to heap
./map_key_types.go:46:20: map[Name]int{...} does not escape
./map_key_types.go:47:13: ... argument does not escape
./map_key_types.go:47:16: nm["x"] escapes to heap
./map_key_types.go:47:25: nm[Name("x")] escapes to heap
./map_key_types.go:49:23: map[uintptr]int{...} does not escape
./map_key_types.go:50:13: ... argument does not escape
./map_key_types.go:50:16: up[0] escapes to heap
./map_key_types.go:53:20: map[int]int{} does not escape
./map_key_types.go:57:13: ... argument does not escape
./map_key_types.go:57:17: len(big) escapes to heap
./map_key_types.go:57:27: big[3 << 40] escapes to heap
./map_key_types.go:57:39: big[7 << 40] escapes to heap
./map_key_types.go:60:22: map[string]int{...} does not escape
./map_key_types.go:61:13: ... argument does not escape
./map_key_types.go:61:17: len(sk) escapes to heap
./map_key_types.go:61:25: sk["a\x00"] escapes to heap

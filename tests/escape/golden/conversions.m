./conversions.go:10:13: ... argument does not escape
./conversions.go:10:18: int8(big) escapes to heap
./conversions.go:10:30: int16(big) escapes to heap
./conversions.go:10:42: int32(big) escapes to heap
./conversions.go:10:54: int64(big) escapes to heap
./conversions.go:11:13: ... argument does not escape
./conversions.go:11:19: uint8(big) escapes to heap
./conversions.go:11:32: uint16(big) escapes to heap
./conversions.go:11:45: uint32(big) escapes to heap
./conversions.go:11:58: uint64(big) escapes to heap
./conversions.go:13:13: ... argument does not escape
./conversions.go:13:19: uint8(neg) escapes to heap
./conversions.go:13:32: uint16(neg) escapes to heap
./conversions.go:13:45: uint32(neg) escapes to heap
./conversions.go:13:58: uint64(neg) escapes to heap
./conversions.go:13:69: uint(neg) escapes to heap
./conversions.go:13:83: uintptr(neg) escapes to heap
./conversions.go:15:13: ... argument does not escape
./conversions.go:15:18: int8(b) escapes to heap
./conversions.go:15:26: int(int8(b)) escapes to heap
./conversions.go:15:40: int(b) escapes to heap
./conversions.go:15:49: rune(b) escapes to heap
./conversions.go:17:13: ... argument does not escape
./conversions.go:17:19: uint8(i8) escapes to heap
./conversions.go:17:31: uint32(i8) escapes to heap
./conversions.go:17:43: uint64(i8) escapes to heap
./conversions.go:17:54: int64(i8) escapes to heap
./conversions.go:19:13: ... argument does not escape
./conversions.go:19:19: int32(u32) escapes to heap
./conversions.go:19:31: int64(u32) escapes to heap
./conversions.go:19:41: int(int32(u32)) escapes to heap
./conversions.go:22:13: ... argument does not escape
./conversions.go:22:17: int(f) escapes to heap
./conversions.go:22:25: int(-f) escapes to heap
./conversions.go:22:35: int8(f) escapes to heap
./conversions.go:22:45: uint8(f) escapes to heap
./conversions.go:24:13: ... argument does not escape
./conversions.go:24:17: int(g) escapes to heap
./conversions.go:24:27: int64(1e18) escapes to heap
./conversions.go:24:40: int32(2147483647.0) escapes to heap
./conversions.go:26:13: ... argument does not escape
./conversions.go:26:19: int64(h) escapes to heap
./conversions.go:30:13: ... argument does not escape
./conversions.go:30:21: float64(n) escapes to heap
./conversions.go:30:31: int64(float64(n)) escapes to heap
./conversions.go:32:13: ... argument does not escape
./conversions.go:32:21: float32(m) escapes to heap
./conversions.go:32:31: int64(float32(m)) escapes to heap
./conversions.go:34:13: ... argument does not escape
./conversions.go:34:21: float64(um) escapes to heap
./conversions.go:34:34: float32(um) escapes to heap
./conversions.go:38:13: ... argument does not escape
./conversions.go:38:21: float32(d) escapes to heap
./conversions.go:38:33: float64(float32(d)) escapes to heap
./conversions.go:40:13: ... argument does not escape
./conversions.go:40:21: float32(e) escapes to heap
./conversions.go:40:33: float32(1.00000005) escapes to heap
./conversions.go:40:54: float32(16777217.0) escapes to heap
./conversions.go:41:13: ... argument does not escape
./conversions.go:41:21: float64(float32(3.4e38)) escapes to heap
./conversions.go:41:47: float32(1e-45) escapes to heap
./conversions.go:44:13: ... argument does not escape
./conversions.go:44:20: string(rune(65)) escapes to heap
./conversions.go:44:38: string(rune(0x4e16)) escapes to heap
./conversions.go:44:60: string(rune(0x1F600)) escapes to heap
./conversions.go:45:13: ... argument does not escape
./conversions.go:45:31: string(rune(-1)) == "\uFFFD" escapes to heap
./conversions.go:45:65: string(rune(0xD800)) == "\uFFFD" escapes to heap
./conversions.go:45:101: string(rune(0x110000)) == "\uFFFD" escapes to heap
./conversions.go:47:13: ... argument does not escape
./conversions.go:47:20: string(rune(by)) escapes to heap
./conversions.go:47:20: string(rune(by)) escapes to heap
./conversions.go:47:38: string(by) escapes to heap
./conversions.go:47:38: string(by) escapes to heap
./conversions.go:49:13: ... argument does not escape
./conversions.go:49:13: r escapes to heap
./conversions.go:49:23: string(r) escapes to heap
./conversions.go:49:23: string(r) escapes to heap
./conversions.go:49:31: len(string(r)) escapes to heap
./conversions.go:49:38: string(r) does not escape
./conversions.go:53:13: ... argument does not escape
./conversions.go:53:19: int16(c) escapes to heap
./conversions.go:53:34: float32(c) / 7 escapes to heap
./conversions.go:53:45: uint(c) >> 1 escapes to heap
./conversions.go:55:13: ... argument does not escape
./conversions.go:55:13: x escapes to heap

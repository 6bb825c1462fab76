./shifts.go:10:13: ... argument does not escape
./shifts.go:10:17: one << 63 escapes to heap
./shifts.go:10:26: one << 64 escapes to heap
./shifts.go:10:35: one << 65 escapes to heap
./shifts.go:12:13: ... argument does not escape
./shifts.go:12:17: one << s escapes to heap
./shifts.go:12:25: one << (s + 1) escapes to heap
./shifts.go:15:13: ... argument does not escape
./shifts.go:15:15: x << 1 escapes to heap
./shifts.go:15:21: x >> 1 escapes to heap
./shifts.go:15:27: x >> 63 escapes to heap
./shifts.go:15:34: x >> 64 escapes to heap
./shifts.go:15:41: x >> 200 escapes to heap
./shifts.go:17:13: ... argument does not escape
./shifts.go:17:15: y >> 1 escapes to heap
./shifts.go:17:21: y >> 62 escapes to heap
./shifts.go:17:28: y >> 63 escapes to heap
./shifts.go:17:35: y << 1 escapes to heap
./shifts.go:21:13: ... argument does not escape
./shifts.go:21:16: i8 >> 1 escapes to heap
./shifts.go:21:23: i8 >> 7 escapes to heap
./shifts.go:21:30: i8 >> 8 escapes to heap
./shifts.go:21:37: i8 << 1 escapes to heap
./shifts.go:21:45: i8b << 1 escapes to heap
./shifts.go:23:13: ... argument does not escape
./shifts.go:23:16: u8 << 1 escapes to heap
./shifts.go:23:23: u8 >> 1 escapes to heap
./shifts.go:23:30: u8 << 7 escapes to heap
./shifts.go:23:37: u8 << 8 escapes to heap
./shifts.go:23:44: u8 >> 8 escapes to heap
./shifts.go:25:13: ... argument does not escape
./shifts.go:25:17: i16 << 15 escapes to heap
./shifts.go:25:26: i16 << 16 escapes to heap
./shifts.go:27:13: ... argument does not escape
./shifts.go:27:17: u32 << 4 escapes to heap
./shifts.go:27:25: u32 >> 4 escapes to heap
./shifts.go:27:33: u32 << 32 escapes to heap
./shifts.go:33:13: ... argument does not escape
./shifts.go:33:15: 5 << c8 escapes to heap
./shifts.go:33:22: 5 << c16 escapes to heap
./shifts.go:33:30: 5 << c64 escapes to heap
./shifts.go:33:41: 1024 >> c64 escapes to heap
./shifts.go:37:13: ... argument does not escape
./shifts.go:37:15: 1 << big escapes to heap
./shifts.go:37:24: -1 >> big escapes to heap
./shifts.go:37:40: uint32(7) >> big escapes to heap
./shifts.go:41:13: ... argument does not escape
./shifts.go:41:14: k escapes to heap
./shifts.go:43:13: ... argument does not escape
./shifts.go:43:14: h escapes to heap
./shifts.go:44:13: ... argument does not escape
./shifts.go:44:20: uint64(1 << 64 - 1) escapes to heap
./shifts.go:49:13: ... argument does not escape
./shifts.go:49:13: z escapes to heap
./shifts.go:51:13: ... argument does not escape
./shifts.go:51:13: z escapes to heap
./shifts.go:55:13: ... argument does not escape
./shifts.go:55:13: w escapes to heap

./int_division.go:8:12: ... argument does not escape
./int_division.go:8:13: a escapes to heap
./int_division.go:8:13: b escapes to heap
./int_division.go:8:53: a / b escapes to heap
./int_division.go:8:53: a escapes to heap
./int_division.go:8:53: b escapes to heap
./int_division.go:8:64: a % b escapes to heap
./int_division.go:24:13: ... argument does not escape
./int_division.go:24:16: a8 / b8 escapes to heap
./int_division.go:24:23: a8 % b8 escapes to heap
./int_division.go:26:13: ... argument does not escape
./int_division.go:26:17: a16 / b16 escapes to heap
./int_division.go:26:26: a16 % b16 escapes to heap
./int_division.go:28:13: ... argument does not escape
./int_division.go:28:17: a32 / b32 escapes to heap
./int_division.go:28:26: a32 % b32 escapes to heap
./int_division.go:31:13: ... argument does not escape
./int_division.go:31:15: u / 10 escapes to heap
./int_division.go:31:21: u % 10 escapes to heap
./int_division.go:31:27: u / 3 escapes to heap
./int_division.go:31:32: u % 7 escapes to heap
./int_division.go:33:13: ... argument does not escape
./int_division.go:33:16: u8 / 16 escapes to heap
./int_division.go:33:23: u8 % 16 escapes to heap
./int_division.go:35:13: ... argument does not escape
./int_division.go:35:17: u32 / 65536 escapes to heap
./int_division.go:35:28: u32 % 65536 escapes to heap
./int_division.go:40:13: ... argument does not escape
./int_division.go:40:14: c escapes to heap
./int_division.go:40:17: r escapes to heap
./int_division.go:40:23: 7.0 / 2 escapes to heap
./int_division.go:40:31: -7.0 / 2 escapes to heap
./int_division.go:44:13: ... argument does not escape
./int_division.go:44:15: n / 2 escapes to heap
./int_division.go:44:20: n / 4 escapes to heap
./int_division.go:44:25: n / 8 escapes to heap
./int_division.go:44:30: n % 2 escapes to heap
./int_division.go:44:35: n % 4 escapes to heap
./int_division.go:44:40: n % 8 escapes to heap
./int_division.go:46:13: ... argument does not escape
./int_division.go:46:15: n / 2 escapes to heap
./int_division.go:46:20: n % 2 escapes to heap
./int_division.go:46:25: n >> 1 escapes to heap
./int_division.go:49:13: ... argument does not escape
./int_division.go:49:15: f / 2 escapes to heap
./int_division.go:49:20: f / 0.5 escapes to heap
./int_division.go:51:13: ... argument does not escape
./int_division.go:51:18: f32 / 3 escapes to heap

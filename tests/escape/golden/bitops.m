./bitops.go:9:13: ... argument does not escape
./bitops.go:9:15: a & b escapes to heap
./bitops.go:9:20: a | b escapes to heap
./bitops.go:9:25: a ^ b escapes to heap
./bitops.go:9:30: a &^ b escapes to heap
./bitops.go:9:35: ^a escapes to heap
./bitops.go:10:12: ... argument does not escape
./bitops.go:10:39: a & b escapes to heap
./bitops.go:10:44: a | b escapes to heap
./bitops.go:10:49: a ^ b escapes to heap
./bitops.go:10:54: a &^ b escapes to heap
./bitops.go:13:13: ... argument does not escape
./bitops.go:13:14: ^u8 escapes to heap
./bitops.go:13:21: u8 &^ 0x30 escapes to heap
./bitops.go:13:31: u8 | 0x0f escapes to heap
./bitops.go:13:40: u8 ^ 0xff escapes to heap
./bitops.go:15:13: ... argument does not escape
./bitops.go:15:14: ^i8 escapes to heap
./bitops.go:15:19: -i8 escapes to heap
./bitops.go:15:26: i8 &^ 3 escapes to heap
./bitops.go:17:13: ... argument does not escape
./bitops.go:17:14: ^u escapes to heap
./bitops.go:17:18: ^uint32(0) escapes to heap
./bitops.go:17:30: ^uint16(0) escapes to heap
./bitops.go:19:13: ... argument does not escape
./bitops.go:19:15: n & 0xff escapes to heap
./bitops.go:19:23: n ^ n escapes to heap
./bitops.go:19:28: n | 0 escapes to heap
./bitops.go:19:33: n &^ n escapes to heap
./bitops.go:23:12: ... argument does not escape
./bitops.go:23:13: x escapes to heap
./bitops.go:25:12: ... argument does not escape
./bitops.go:25:13: x escapes to heap
./bitops.go:27:12: ... argument does not escape
./bitops.go:27:13: x escapes to heap
./bitops.go:29:12: ... argument does not escape
./bitops.go:29:13: x escapes to heap
./bitops.go:38:13: ... argument does not escape
./bitops.go:38:14: "bits set:" escapes to heap
./bitops.go:38:14: count escapes to heap
./bitops.go:41:13: ... argument does not escape
./bitops.go:41:15: 1 | 2 & 3 escapes to heap
./bitops.go:41:22: 1 + 2 << 3 escapes to heap
./bitops.go:41:34: (1 + 2) << 3 escapes to heap
./bitops.go:41:43: 6 &^ 3 | 8 escapes to heap

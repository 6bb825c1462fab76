./literals.go:10:13: ... argument does not escape
./literals.go:10:14: 42 escapes to heap
./literals.go:10:18: 0x2A escapes to heap
./literals.go:10:24: 0X2a escapes to heap
./literals.go:10:30: 052 escapes to heap
./literals.go:10:35: 0o52 escapes to heap
./literals.go:10:41: 0O52 escapes to heap
./literals.go:10:47: 0b101010 escapes to heap
./literals.go:10:57: 0B101010 escapes to heap
./literals.go:11:13: ... argument does not escape
./literals.go:11:14: 1_000_000 escapes to heap
./literals.go:11:25: 0xFF_FF escapes to heap
./literals.go:11:34: 0b1111_0000 escapes to heap
./literals.go:11:47: 0o7_7 escapes to heap
./literals.go:11:54: 1_0.2_5 escapes to heap
./literals.go:12:13: ... argument does not escape
./literals.go:12:14: 1e3 escapes to heap
./literals.go:12:19: 1E3 escapes to heap
./literals.go:12:24: 1.5e-3 escapes to heap
./literals.go:12:32: .5 escapes to heap
./literals.go:12:36: 5. escapes to heap
./literals.go:12:40: 0.0 escapes to heap
./literals.go:12:45: 1e+2 escapes to heap
./literals.go:12:51: 6.02214076e23 escapes to heap
./literals.go:13:13: ... argument does not escape
./literals.go:13:14: 0x1p-2 escapes to heap
./literals.go:13:22: 0x1.8p1 escapes to heap
./literals.go:13:31: 0X.8P0 escapes to heap
./literals.go:13:39: 0x10p0 escapes to heap
./literals.go:14:13: ... argument does not escape
./literals.go:14:14: 'a' escapes to heap
./literals.go:14:19: '\x00' escapes to heap
./literals.go:14:27: 'Ω' escapes to heap
./literals.go:14:33: '\u00f1' escapes to heap
./literals.go:14:43: 0x7fffffffffffffff escapes to heap
./literals.go:14:63: -0x8000000000000000 escapes to heap
./literals.go:15:13: ... argument does not escape
./literals.go:15:14: 0 escapes to heap
./literals.go:15:17: 00 escapes to heap
./literals.go:15:21: 0x0 escapes to heap
./literals.go:15:26: 0.e0 escapes to heap
./literals.go:15:32: 01.5 escapes to heap
./literals.go:17:13: ... argument does not escape
./literals.go:17:13: u64 escapes to heap
./literals.go:18:12: ... argument does not escape
./literals.go:18:30: 0x10 escapes to heap
./literals.go:18:36: 0x1p4 escapes to heap
./literals.go:18:43: 'x' escapes to heap
./literals.go:18:48: 1e2 escapes to heap

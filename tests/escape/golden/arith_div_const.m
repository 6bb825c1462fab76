./arith_div_const.go:13:15: []int64{...} does not escape
./arith_div_const.go:16:14: ... argument does not escape
./arith_div_const.go:16:14: x escapes to heap
./arith_div_const.go:16:19: x / 2 escapes to heap
./arith_div_const.go:16:24: x % 2 escapes to heap
./arith_div_const.go:16:29: x / 3 escapes to heap
./arith_div_const.go:16:34: x % 3 escapes to heap
./arith_div_const.go:16:39: x / 7 escapes to heap
./arith_div_const.go:16:44: x % 7 escapes to heap
./arith_div_const.go:16:49: x / 10 escapes to heap
./arith_div_const.go:16:55: x % 10 escapes to heap
./arith_div_const.go:16:61: x / 1000000007 escapes to heap
./arith_div_const.go:16:75: x % 1000000007 escapes to heap
./arith_div_const.go:17:5: x / math.MaxInt64 escapes to heap
./arith_div_const.go:17:22: x % math.MaxInt64 escapes to heap
./arith_div_const.go:17:39: x / (1 << 40) escapes to heap
./arith_div_const.go:17:50: x % (1 << 40) escapes to heap
./arith_div_const.go:19:26: []int8{...} does not escape
./arith_div_const.go:20:14: ... argument does not escape
./arith_div_const.go:20:16: v / 3 escapes to heap
./arith_div_const.go:20:21: v % 3 escapes to heap
./arith_div_const.go:20:26: v / 127 escapes to heap
./arith_div_const.go:20:33: v % 127 escapes to heap
./arith_div_const.go:20:47: int16(v) / 100 escapes to heap
./arith_div_const.go:20:61: int32(v) % 64 escapes to heap
./arith_div_const.go:23:13: ... argument does not escape
./arith_div_const.go:23:15: c / 100 escapes to heap
./arith_div_const.go:23:22: c % 100 escapes to heap
./arith_div_const.go:23:29: c / week escapes to heap
./arith_div_const.go:23:37: c % week escapes to heap
./arith_div_const.go:30:13: ... argument does not escape
./arith_div_const.go:30:13: n escapes to heap
./arith_div_const.go:30:13: m escapes to heap
./arith_div_const.go:39:13: ... argument does not escape
./arith_div_const.go:39:13: sum escapes to heap
./arith_div_const.go:39:13: digits escapes to heap
./arith_div_const.go:41:13: ... argument does not escape
./arith_div_const.go:41:15: u / 3 escapes to heap
./arith_div_const.go:41:20: u % 3 escapes to heap
./arith_div_const.go:41:34: uint8(250) / 7 escapes to heap
./arith_div_const.go:41:48: uint8(250) % 7 escapes to heap

./int_wrap.go:10:13: ... argument does not escape
./int_wrap.go:10:14: "uint8 200+100 =" escapes to heap
./int_wrap.go:10:14: u8 escapes to heap
./int_wrap.go:13:13: ... argument does not escape
./int_wrap.go:13:14: "uint8 0-1 =" escapes to heap
./int_wrap.go:13:14: u8 escapes to heap
./int_wrap.go:16:13: ... argument does not escape
./int_wrap.go:16:14: "byte 255+1 =" escapes to heap
./int_wrap.go:16:14: b escapes to heap
./int_wrap.go:20:13: ... argument does not escape
./int_wrap.go:20:14: "int8 127+1 =" escapes to heap
./int_wrap.go:20:14: i8 escapes to heap
./int_wrap.go:23:13: ... argument does not escape
./int_wrap.go:23:14: "int8 -128-1 =" escapes to heap
./int_wrap.go:23:14: i8 escapes to heap
./int_wrap.go:25:13: ... argument does not escape
./int_wrap.go:25:14: "-int8(-128) =" escapes to heap
./int_wrap.go:25:31: -i8 escapes to heap
./int_wrap.go:27:13: ... argument does not escape
./int_wrap.go:27:14: "int8 100*3 =" escapes to heap
./int_wrap.go:27:32: i8 * 3 escapes to heap
./int_wrap.go:31:13: ... argument does not escape
./int_wrap.go:31:14: "int16 32767+2 =" escapes to heap
./int_wrap.go:31:14: i16 escapes to heap
./int_wrap.go:34:13: ... argument does not escape
./int_wrap.go:34:14: "uint16 65535*65535 =" escapes to heap
./int_wrap.go:34:14: u16 escapes to heap
./int_wrap.go:38:13: ... argument does not escape
./int_wrap.go:38:14: "int32 max+1 =" escapes to heap
./int_wrap.go:38:14: i32 escapes to heap
./int_wrap.go:41:13: ... argument does not escape
./int_wrap.go:41:14: "uint32 0-1 =" escapes to heap
./int_wrap.go:41:14: u32 escapes to heap
./int_wrap.go:43:13: ... argument does not escape
./int_wrap.go:43:14: "uint32 4e9*2 =" escapes to heap
./int_wrap.go:43:35: u32 * 2 escapes to heap
./int_wrap.go:47:13: ... argument does not escape
./int_wrap.go:47:14: "int64 max+1 =" escapes to heap
./int_wrap.go:47:14: i64 escapes to heap
./int_wrap.go:50:13: ... argument does not escape
./int_wrap.go:50:14: "uint64 max+1 =" escapes to heap
./int_wrap.go:50:14: u64 escapes to heap
./int_wrap.go:52:13: ... argument does not escape
./int_wrap.go:52:14: "uint64 1<<63 * 2 =" escapes to heap
./int_wrap.go:52:39: u64 * 2 escapes to heap
./int_wrap.go:56:13: ... argument does not escape
./int_wrap.go:56:14: "MinInt64 / -1 =" escapes to heap
./int_wrap.go:56:34: n / m escapes to heap
./int_wrap.go:57:13: ... argument does not escape
./int_wrap.go:57:14: "MinInt64 % -1 =" escapes to heap
./int_wrap.go:57:34: n % m escapes to heap
./int_wrap.go:58:13: ... argument does not escape
./int_wrap.go:58:14: "-MinInt64 =" escapes to heap
./int_wrap.go:58:29: -n escapes to heap
./int_wrap.go:61:13: ... argument does not escape
./int_wrap.go:61:14: "MinInt32 / -1 =" escapes to heap
./int_wrap.go:61:36: n32 / m32 escapes to heap
./int_wrap.go:61:42: "rem" escapes to heap
./int_wrap.go:61:52: n32 % m32 escapes to heap
./int_wrap.go:64:13: ... argument does not escape
./int_wrap.go:64:14: "MinInt8 / -1 =" escapes to heap
./int_wrap.go:64:34: n8 / m8 escapes to heap
./int_wrap.go:64:39: "rem" escapes to heap
./int_wrap.go:64:48: n8 % m8 escapes to heap
./int_wrap.go:68:13: ... argument does not escape
./int_wrap.go:68:14: "uintptr 0-1 =" escapes to heap
./int_wrap.go:68:14: up escapes to heap
./int_wrap.go:70:13: ... argument does not escape
./int_wrap.go:70:14: "uint 1-2 =" escapes to heap
./int_wrap.go:70:30: ui - 2 escapes to heap
./int_wrap.go:74:13: ... argument does not escape
./int_wrap.go:74:14: "3037000500^2 =" escapes to heap
./int_wrap.go:74:33: x * x escapes to heap
./int_wrap.go:76:13: ... argument does not escape
./int_wrap.go:76:14: "(2^31-1)^2*4 =" escapes to heap
./int_wrap.go:76:35: y * y * 4 escapes to heap

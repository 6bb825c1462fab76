./lib_math_consts.go:11:13: ... argument does not escape
./lib_math_consts.go:11:18: math.E escapes to heap
./lib_math_consts.go:11:26: math.Pi escapes to heap
./lib_math_consts.go:11:35: math.Phi escapes to heap
./lib_math_consts.go:11:45: math.Sqrt2 escapes to heap
./lib_math_consts.go:11:57: math.SqrtE escapes to heap
./lib_math_consts.go:11:69: math.SqrtPi escapes to heap
./lib_math_consts.go:11:82: math.SqrtPhi escapes to heap
./lib_math_consts.go:12:13: ... argument does not escape
./lib_math_consts.go:12:18: math.Ln2 escapes to heap
./lib_math_consts.go:12:28: math.Log2E escapes to heap
./lib_math_consts.go:12:40: math.Ln10 escapes to heap
./lib_math_consts.go:12:51: math.Log10E escapes to heap
./lib_math_consts.go:13:13: ... argument does not escape
./lib_math_consts.go:13:18: math.MaxFloat32 escapes to heap
./lib_math_consts.go:13:35: math.SmallestNonzeroFloat32 escapes to heap
./lib_math_consts.go:13:64: math.MaxFloat64 escapes to heap
./lib_math_consts.go:13:81: math.SmallestNonzeroFloat64 escapes to heap
./lib_math_consts.go:14:13: ... argument does not escape
./lib_math_consts.go:14:18: math.MaxInt escapes to heap
./lib_math_consts.go:14:31: math.MinInt escapes to heap
./lib_math_consts.go:14:44: math.MaxInt8 escapes to heap
./lib_math_consts.go:14:58: math.MinInt8 escapes to heap
./lib_math_consts.go:14:72: math.MaxInt16 escapes to heap
./lib_math_consts.go:14:87: math.MinInt16 escapes to heap
./lib_math_consts.go:14:102: math.MaxInt32 escapes to heap
./lib_math_consts.go:14:117: math.MinInt32 escapes to heap
./lib_math_consts.go:15:13: ... argument does not escape
./lib_math_consts.go:15:18: math.MaxInt64 escapes to heap
./lib_math_consts.go:15:33: math.MinInt64 escapes to heap
./lib_math_consts.go:15:48: uint(math.MaxUint) escapes to heap
./lib_math_consts.go:15:68: math.MaxUint8 escapes to heap
./lib_math_consts.go:15:83: math.MaxUint16 escapes to heap
./lib_math_consts.go:15:99: math.MaxUint32 escapes to heap
./lib_math_consts.go:15:117: uint64(math.MaxUint64) escapes to heap
./lib_math_consts.go:18:13: ... argument does not escape
./lib_math_consts.go:18:13: f32 escapes to heap
./lib_math_consts.go:18:13: i8 escapes to heap
./lib_math_consts.go:18:30: math.Pi * 2 escapes to heap
./lib_math_consts.go:18:41: math.Pi / 180 escapes to heap
./lib_math_consts.go:18:54: float32(math.Pi) escapes to heap
./lib_math_consts.go:20:13: ... argument does not escape
./lib_math_consts.go:20:20: big / 2 == 1 << 63 escapes to heap
./lib_math_consts.go:20:44: math.MaxInt64 == 1 << 63 - 1 escapes to heap
./lib_math_consts.go:20:61: tiny == 0 escapes to heap
./lib_math_consts.go:21:12: ... argument does not escape
./lib_math_consts.go:21:31: math.Pi escapes to heap
./lib_math_consts.go:21:40: math.MaxInt32 escapes to heap
./lib_math_consts.go:21:55: math.MaxInt8 escapes to heap
./lib_math_consts.go:23:12: ... argument does not escape
./lib_math_consts.go:23:13: x escapes to heap
./lib_math_consts.go:23:13: x escapes to heap
./lib_math_consts.go:24:13: ... argument does not escape
./lib_math_consts.go:24:30: math.Float64bits(math.Pi) escapes to heap
./lib_math_consts.go:24:57: math.Float64bits(math.E) escapes to heap
./lib_math_consts.go:24:83: math.Float64bits(math.Ln2) escapes to heap
./lib_math_consts.go:24:111: math.Float64bits(math.Log2E) escapes to heap
./lib_math_consts.go:24:141: math.Float64bits(math.Log10E) escapes to heap
./lib_math_consts.go:24:172: math.Float64bits(math.Sqrt2) escapes to heap

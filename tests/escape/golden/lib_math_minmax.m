./lib_math_minmax.go:10:19: []float64{...} does not escape
./lib_math_minmax.go:13:15: ... argument does not escape
./lib_math_minmax.go:13:15: x escapes to heap
./lib_math_minmax.go:13:15: y escapes to heap
./lib_math_minmax.go:13:30: math.Max(x, y) escapes to heap
./lib_math_minmax.go:13:46: math.Min(x, y) escapes to heap
./lib_math_minmax.go:13:62: math.Dim(x, y) escapes to heap
./lib_math_minmax.go:13:78: math.Mod(x, y) escapes to heap
./lib_math_minmax.go:13:100: math.Remainder(x, y) escapes to heap
./lib_math_minmax.go:13:121: math.Copysign(x, y) escapes to heap
./lib_math_minmax.go:13:141: math.Signbit(math.Max(x, y)) escapes to heap
./lib_math_minmax.go:13:171: math.Signbit(math.Min(x, y)) escapes to heap
./lib_math_minmax.go:16:13: ... argument does not escape
./lib_math_minmax.go:16:22: math.Mod(7, 3) escapes to heap
./lib_math_minmax.go:16:38: math.Mod(-7, 3) escapes to heap
./lib_math_minmax.go:16:55: math.Mod(7, -3) escapes to heap
./lib_math_minmax.go:16:72: math.Mod(5.5, 1.5) escapes to heap
./lib_math_minmax.go:16:92: math.Mod(1e300, 3) escapes to heap
./lib_math_minmax.go:17:13: ... argument does not escape
./lib_math_minmax.go:17:28: math.Nextafter(1, 2) escapes to heap
./lib_math_minmax.go:17:50: math.Nextafter(1, 0) escapes to heap
./lib_math_minmax.go:17:72: math.Nextafter(0, 1) escapes to heap
./lib_math_minmax.go:17:94: math.Nextafter(1, 1) escapes to heap
./lib_math_minmax.go:18:12: ... argument does not escape
./lib_math_minmax.go:18:42: math.Float64bits(math.NaN()) escapes to heap
./lib_math_minmax.go:18:72: math.Float64bits(math.Inf(-1)) escapes to heap
./lib_math_minmax.go:19:12: ... argument does not escape
./lib_math_minmax.go:19:41: math.Float32bits(1.5) escapes to heap
./lib_math_minmax.go:19:68: math.Float32frombits(0x3fc00000) escapes to heap
./lib_math_minmax.go:20:13: ... argument does not escape
./lib_math_minmax.go:20:34: math.Float64frombits(0x3ff8000000000000) escapes to heap
./lib_math_minmax.go:20:76: math.Float64frombits(0x7ff0000000000000) escapes to heap
./lib_math_minmax.go:20:114: math.Float32bits(float32(math.Inf(1))) escapes to heap

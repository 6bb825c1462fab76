./lib_math_pow.go:11:17: []float64{...} does not escape
./lib_math_pow.go:12:17: []float64{...} does not escape
./lib_math_pow.go:15:13: ... argument does not escape
./lib_math_pow.go:15:22: math.Pow(x, y) escapes to heap
./lib_math_pow.go:15:30: " " escapes to heap
./lib_math_pow.go:19:13: ... argument does not escape
./lib_math_pow.go:19:22: math.Pow(2, 1023) escapes to heap
./lib_math_pow.go:19:41: math.Pow(2, 1024) escapes to heap
./lib_math_pow.go:19:60: math.Pow(2, -1074) escapes to heap
./lib_math_pow.go:19:80: math.Pow(2, -1075) escapes to heap
./lib_math_pow.go:19:100: math.Pow(1.0000001, 1e10) escapes to heap
./lib_math_pow.go:19:127: math.Pow(10, 308.5) escapes to heap
./lib_math_pow.go:20:13: ... argument does not escape
./lib_math_pow.go:20:30: math.Float64bits(math.Pow(3, 0.7)) escapes to heap
./lib_math_pow.go:20:66: math.Float64bits(math.Pow(7.5, -2.25)) escapes to heap
./lib_math_pow.go:20:106: math.Float64bits(math.Pow(1e-5, 3.3)) escapes to heap

./lib_math_funcs.go:8:8: leaking param: name
./lib_math_funcs.go:8:44: ... argument does not escape
./lib_math_funcs.go:8:45: name escapes to heap
./lib_math_funcs.go:8:45: v escapes to heap
./lib_math_funcs.go:12:29: []float64{...} does not escape
./lib_math_funcs.go:33:29: []float64{...} does not escape
./lib_math_funcs.go:38:13: ... argument does not escape
./lib_math_funcs.go:38:23: math.Log2(8) escapes to heap
./lib_math_funcs.go:38:37: math.Log2(1024) escapes to heap
./lib_math_funcs.go:38:55: math.Log10(100) escapes to heap
./lib_math_funcs.go:38:72: math.Log10(1000) escapes to heap
./lib_math_funcs.go:38:88: math.Exp(0) escapes to heap
./lib_math_funcs.go:38:101: math.Pow(2, 10) escapes to heap
./lib_math_funcs.go:38:118: math.Pow(2, -2) escapes to heap
./lib_math_funcs.go:38:136: math.Sqrt(16) escapes to heap
./lib_math_funcs.go:38:151: math.Cbrt(27) escapes to heap
./lib_math_funcs.go:39:13: ... argument does not escape
./lib_math_funcs.go:39:22: math.Log(0) escapes to heap
./lib_math_funcs.go:39:35: math.Log(-1) escapes to heap
./lib_math_funcs.go:39:49: math.Exp(1000) escapes to heap
./lib_math_funcs.go:39:65: math.Exp(-1000) escapes to heap
./lib_math_funcs.go:39:82: math.Pow(0, -1) escapes to heap
./lib_math_funcs.go:39:99: math.Pow(-8, 1.0 / 3) escapes to heap
./lib_math_funcs.go:39:120: math.Pow(-2, 3) escapes to heap
./lib_math_funcs.go:39:137: math.Pow(1, math.NaN()) escapes to heap
./lib_math_funcs.go:39:162: math.Pow(math.NaN(), 0) escapes to heap
./lib_math_funcs.go:40:13: ... argument does not escape
./lib_math_funcs.go:40:24: math.Atan2(0, -1) escapes to heap
./lib_math_funcs.go:40:43: math.Atan2(math.Copysign(0, -1), -1) escapes to heap
./lib_math_funcs.go:40:81: math.Hypot(math.Inf(1), math.NaN()) escapes to heap
./lib_math_funcs.go:40:116: math.Sin(math.Inf(1)) escapes to heap
./lib_math_funcs.go:40:140: math.Acos(2) escapes to heap
./lib_math_funcs.go:40:155: math.Acosh(0.5) escapes to heap
./lib_math_funcs.go:41:13: ... argument does not escape
./lib_math_funcs.go:41:22: math.Inf(1) escapes to heap
./lib_math_funcs.go:41:35: math.Inf(-1) escapes to heap
./lib_math_funcs.go:41:49: math.Inf(0) escapes to heap
./lib_math_funcs.go:41:62: math.NaN() escapes to heap
./lib_math_funcs.go:41:66: -math.Inf(1) escapes to heap
./lib_math_funcs.go:41:90: math.Gamma(5) escapes to heap
./lib_math_funcs.go:41:103: math.Erf(0) escapes to heap

./lib_math_exact.go:8:11: leaking param: name
./lib_math_exact.go:9:12: ... argument does not escape
./lib_math_exact.go:9:13: name escapes to heap
./lib_math_exact.go:9:13: v escapes to heap
./lib_math_exact.go:9:53: math.Float64bits(v) escapes to heap
./lib_math_exact.go:14:17: []float64{...} does not escape
./lib_math_exact.go:28:14: ... argument does not escape
./lib_math_exact.go:28:15: "exp" escapes to heap
./lib_math_exact.go:28:15: e escapes to heap
./lib_math_exact.go:30:14: ... argument does not escape
./lib_math_exact.go:30:27: math.Signbit(x) escapes to heap
./lib_math_exact.go:30:42: math.IsNaN(x) escapes to heap
./lib_math_exact.go:30:57: math.IsInf(x, 0) escapes to heap
./lib_math_exact.go:30:75: math.IsInf(x, 1) escapes to heap
./lib_math_exact.go:30:93: math.IsInf(x, -1) escapes to heap

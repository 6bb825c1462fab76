./lib_strconv_float.go:10:19: []float64{...} does not escape
./lib_strconv_float.go:13:14: ... argument does not escape
./lib_strconv_float.go:13:34: strconv.FormatFloat(v, 'g', -1, 64) escapes to heap
./lib_strconv_float.go:13:71: strconv.FormatFloat(v, 'e', 3, 64) escapes to heap
./lib_strconv_float.go:13:107: strconv.FormatFloat(v, 'f', -1, 64) escapes to heap
./lib_strconv_float.go:14:23: strconv.FormatFloat(v, 'f', 2, 32) escapes to heap
./lib_strconv_float.go:14:59: strconv.FormatFloat(v, 'G', 5, 64) escapes to heap
./lib_strconv_float.go:14:95: strconv.FormatFloat(v, 'b', -1, 64) escapes to heap
./lib_strconv_float.go:14:132: strconv.FormatFloat(v, 'x', -1, 64) escapes to heap
./lib_strconv_float.go:16:13: ... argument does not escape
./lib_strconv_float.go:16:33: strconv.FormatFloat(1.5, 'z', -1, 64) escapes to heap
./lib_strconv_float.go:16:72: strconv.FormatFloat(0.1, 'g', -1, 32) escapes to heap
./lib_strconv_float.go:16:111: strconv.FormatFloat(1.0 / 3, 'f', 30, 64) escapes to heap

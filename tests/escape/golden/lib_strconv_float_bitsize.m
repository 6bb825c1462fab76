./lib_strconv_float_bitsize.go:9:13: ... argument does not escape
./lib_strconv_float_bitsize.go:9:33: strconv.FormatFloat(1.5, 'g', -1, 32) escapes to heap
./lib_strconv_float_bitsize.go:11:13: ... argument does not escape
./lib_strconv_float_bitsize.go:11:33: strconv.FormatFloat(1.5, 'g', -1, n) escapes to heap

./lib_strconv_parsefloat.go:9:28: []string{...} does not escape
./lib_strconv_parsefloat.go:15:14: ... argument does not escape
./lib_strconv_parsefloat.go:15:14: f escapes to heap
./lib_strconv_parsefloat.go:15:14: g escapes to heap
./lib_strconv_parsefloat.go:17:28: []string{...} does not escape
./lib_strconv_parsefloat.go:19:14: ... argument does not escape
./lib_strconv_parsefloat.go:19:14: b escapes to heap

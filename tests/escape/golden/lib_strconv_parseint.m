./lib_strconv_parseint.go:14:23: []c{...} does not escape
./lib_strconv_parseint.go:19:14: ... argument does not escape
./lib_strconv_parseint.go:19:14: i escapes to heap
./lib_strconv_parseint.go:21:28: []string{...} does not escape
./lib_strconv_parseint.go:23:14: ... argument does not escape
./lib_strconv_parseint.go:23:14: u escapes to heap
./lib_strconv_parseint.go:25:14: ... argument does not escape
./lib_strconv_parseint.go:25:14: u escapes to heap

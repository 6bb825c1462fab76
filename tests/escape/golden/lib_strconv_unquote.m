./lib_strconv_unquote.go:9:28: []string{...} does not escape
./lib_strconv_unquote.go:13:13: ... argument does not escape
./lib_strconv_unquote.go:13:14: u escapes to heap

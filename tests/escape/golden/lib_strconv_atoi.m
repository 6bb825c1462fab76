./lib_strconv_atoi.go:9:28: []string{...} does not escape
./lib_strconv_atoi.go:12:14: ... argument does not escape
./lib_strconv_atoi.go:12:14: n escapes to heap
./lib_strconv_atoi.go:12:27: err == nil escapes to heap

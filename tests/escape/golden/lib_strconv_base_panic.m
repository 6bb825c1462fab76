./lib_strconv_base_panic.go:9:13: ... argument does not escape
./lib_strconv_base_panic.go:9:31: strconv.FormatInt(10, 36) escapes to heap
./lib_strconv_base_panic.go:11:13: ... argument does not escape
./lib_strconv_base_panic.go:11:31: strconv.FormatInt(10, base) escapes to heap

./lib_strconv_float_bitsize.go:11:33: strconv.FormatFloat(1.5, 'g', -1, n) escapes to heap:
./lib_strconv_float_bitsize.go:11:33:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(1.5, 'g', -1, n)}:
./lib_strconv_float_bitsize.go:11:33:     from strconv.FormatFloat(1.5, 'g', -1, n) (spill) at ./lib_strconv_float_bitsize.go:11:33
./lib_strconv_float_bitsize.go:11:33:     from ... argument (slice-literal-element) at ./lib_strconv_float_bitsize.go:11:13
./lib_strconv_float_bitsize.go:11:33:   flow: {heap} = {storage for ... argument}:
./lib_strconv_float_bitsize.go:11:33:     from ... argument (spill) at ./lib_strconv_float_bitsize.go:11:13
./lib_strconv_float_bitsize.go:11:33:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_float_bitsize.go:11:13
./lib_strconv_float_bitsize.go:9:33: strconv.FormatFloat(1.5, 'g', -1, 32) escapes to heap:
./lib_strconv_float_bitsize.go:9:33:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(1.5, 'g', -1, 32)}:
./lib_strconv_float_bitsize.go:9:33:     from strconv.FormatFloat(1.5, 'g', -1, 32) (spill) at ./lib_strconv_float_bitsize.go:9:33
./lib_strconv_float_bitsize.go:9:33:     from ... argument (slice-literal-element) at ./lib_strconv_float_bitsize.go:9:13
./lib_strconv_float_bitsize.go:9:33:   flow: {heap} = {storage for ... argument}:
./lib_strconv_float_bitsize.go:9:33:     from ... argument (spill) at ./lib_strconv_float_bitsize.go:9:13
./lib_strconv_float_bitsize.go:9:33:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_float_bitsize.go:9:13
./lib_strconv_float_bitsize.go:9:13: ... argument does not escape
./lib_strconv_float_bitsize.go:9:33: strconv.FormatFloat(1.5, 'g', -1, 32) escapes to heap
./lib_strconv_float_bitsize.go:11:13: ... argument does not escape
./lib_strconv_float_bitsize.go:11:33: strconv.FormatFloat(1.5, 'g', -1, n) escapes to heap

./lib_strconv_unquote.go:13:14: u escapes to heap:
./lib_strconv_unquote.go:13:14:   flow: {storage for ... argument} = &{storage for u}:
./lib_strconv_unquote.go:13:14:     from u (spill) at ./lib_strconv_unquote.go:13:14
./lib_strconv_unquote.go:13:14:     from ... argument (slice-literal-element) at ./lib_strconv_unquote.go:13:13
./lib_strconv_unquote.go:13:14:   flow: {heap} = {storage for ... argument}:
./lib_strconv_unquote.go:13:14:     from ... argument (spill) at ./lib_strconv_unquote.go:13:13
./lib_strconv_unquote.go:13:14:     from fmt.Printf("%q %v\n", ... argument...) (call parameter) at ./lib_strconv_unquote.go:13:13
./lib_strconv_unquote.go:9:28: []string{...} does not escape
./lib_strconv_unquote.go:13:13: ... argument does not escape
./lib_strconv_unquote.go:13:14: u escapes to heap

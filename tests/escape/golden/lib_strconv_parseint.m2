./lib_strconv_parseint.go:25:14: u escapes to heap:
./lib_strconv_parseint.go:25:14:   flow: {storage for ... argument} = &{storage for u}:
./lib_strconv_parseint.go:25:14:     from u (spill) at ./lib_strconv_parseint.go:25:14
./lib_strconv_parseint.go:25:14:     from ... argument (slice-literal-element) at ./lib_strconv_parseint.go:25:14
./lib_strconv_parseint.go:25:14:   flow: {heap} = {storage for ... argument}:
./lib_strconv_parseint.go:25:14:     from ... argument (spill) at ./lib_strconv_parseint.go:25:14
./lib_strconv_parseint.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_parseint.go:25:14
./lib_strconv_parseint.go:23:14: u escapes to heap:
./lib_strconv_parseint.go:23:14:   flow: {storage for ... argument} = &{storage for u}:
./lib_strconv_parseint.go:23:14:     from u (spill) at ./lib_strconv_parseint.go:23:14
./lib_strconv_parseint.go:23:14:     from ... argument (slice-literal-element) at ./lib_strconv_parseint.go:23:14
./lib_strconv_parseint.go:23:14:   flow: {heap} = {storage for ... argument}:
./lib_strconv_parseint.go:23:14:     from ... argument (spill) at ./lib_strconv_parseint.go:23:14
./lib_strconv_parseint.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_parseint.go:23:14
./lib_strconv_parseint.go:19:14: i escapes to heap:
./lib_strconv_parseint.go:19:14:   flow: {storage for ... argument} = &{storage for i}:
./lib_strconv_parseint.go:19:14:     from i (spill) at ./lib_strconv_parseint.go:19:14
./lib_strconv_parseint.go:19:14:     from ... argument (slice-literal-element) at ./lib_strconv_parseint.go:19:14
./lib_strconv_parseint.go:19:14:   flow: {heap} = {storage for ... argument}:
./lib_strconv_parseint.go:19:14:     from ... argument (spill) at ./lib_strconv_parseint.go:19:14
./lib_strconv_parseint.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_parseint.go:19:14
./lib_strconv_parseint.go:14:23: []c{...} does not escape
./lib_strconv_parseint.go:19:14: ... argument does not escape
./lib_strconv_parseint.go:19:14: i escapes to heap
./lib_strconv_parseint.go:21:28: []string{...} does not escape
./lib_strconv_parseint.go:23:14: ... argument does not escape
./lib_strconv_parseint.go:23:14: u escapes to heap
./lib_strconv_parseint.go:25:14: ... argument does not escape
./lib_strconv_parseint.go:25:14: u escapes to heap

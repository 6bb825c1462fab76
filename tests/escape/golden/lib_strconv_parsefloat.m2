./lib_strconv_parsefloat.go:19:14: b escapes to heap:
./lib_strconv_parsefloat.go:19:14:   flow: {storage for ... argument} = &{storage for b}:
./lib_strconv_parsefloat.go:19:14:     from b (spill) at ./lib_strconv_parsefloat.go:19:14
./lib_strconv_parsefloat.go:19:14:     from ... argument (slice-literal-element) at ./lib_strconv_parsefloat.go:19:14
./lib_strconv_parsefloat.go:19:14:   flow: {heap} = {storage for ... argument}:
./lib_strconv_parsefloat.go:19:14:     from ... argument (spill) at ./lib_strconv_parsefloat.go:19:14
./lib_strconv_parsefloat.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_parsefloat.go:19:14
./lib_strconv_parsefloat.go:15:14: g escapes to heap:
./lib_strconv_parsefloat.go:15:14:   flow: {storage for ... argument} = &{storage for g}:
./lib_strconv_parsefloat.go:15:14:     from g (spill) at ./lib_strconv_parsefloat.go:15:14
./lib_strconv_parsefloat.go:15:14:     from ... argument (slice-literal-element) at ./lib_strconv_parsefloat.go:15:14
./lib_strconv_parsefloat.go:15:14:   flow: {heap} = {storage for ... argument}:
./lib_strconv_parsefloat.go:15:14:     from ... argument (spill) at ./lib_strconv_parsefloat.go:15:14
./lib_strconv_parsefloat.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_parsefloat.go:15:14
./lib_strconv_parsefloat.go:15:14: f escapes to heap:
./lib_strconv_parsefloat.go:15:14:   flow: {storage for ... argument} = &{storage for f}:
./lib_strconv_parsefloat.go:15:14:     from f (spill) at ./lib_strconv_parsefloat.go:15:14
./lib_strconv_parsefloat.go:15:14:     from ... argument (slice-literal-element) at ./lib_strconv_parsefloat.go:15:14
./lib_strconv_parsefloat.go:15:14:   flow: {heap} = {storage for ... argument}:
./lib_strconv_parsefloat.go:15:14:     from ... argument (spill) at ./lib_strconv_parsefloat.go:15:14
./lib_strconv_parsefloat.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_parsefloat.go:15:14
./lib_strconv_parsefloat.go:9:28: []string{...} does not escape
./lib_strconv_parsefloat.go:15:14: ... argument does not escape
./lib_strconv_parsefloat.go:15:14: f escapes to heap
./lib_strconv_parsefloat.go:15:14: g escapes to heap
./lib_strconv_parsefloat.go:17:28: []string{...} does not escape
./lib_strconv_parsefloat.go:19:14: ... argument does not escape
./lib_strconv_parsefloat.go:19:14: b escapes to heap

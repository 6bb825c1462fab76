./lib_strconv_atoi.go:12:27: err == nil escapes to heap:
./lib_strconv_atoi.go:12:27:   flow: {storage for ... argument} = &{storage for err == nil}:
./lib_strconv_atoi.go:12:27:     from err == nil (spill) at ./lib_strconv_atoi.go:12:27
./lib_strconv_atoi.go:12:27:     from ... argument (slice-literal-element) at ./lib_strconv_atoi.go:12:14
./lib_strconv_atoi.go:12:27:   flow: {heap} = {storage for ... argument}:
./lib_strconv_atoi.go:12:27:     from ... argument (spill) at ./lib_strconv_atoi.go:12:14
./lib_strconv_atoi.go:12:27:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_atoi.go:12:14
./lib_strconv_atoi.go:12:14: n escapes to heap:
./lib_strconv_atoi.go:12:14:   flow: {storage for ... argument} = &{storage for n}:
./lib_strconv_atoi.go:12:14:     from n (spill) at ./lib_strconv_atoi.go:12:14
./lib_strconv_atoi.go:12:14:     from ... argument (slice-literal-element) at ./lib_strconv_atoi.go:12:14
./lib_strconv_atoi.go:12:14:   flow: {heap} = {storage for ... argument}:
./lib_strconv_atoi.go:12:14:     from ... argument (spill) at ./lib_strconv_atoi.go:12:14
./lib_strconv_atoi.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_atoi.go:12:14
./lib_strconv_atoi.go:9:28: []string{...} does not escape
./lib_strconv_atoi.go:12:14: ... argument does not escape
./lib_strconv_atoi.go:12:14: n escapes to heap
./lib_strconv_atoi.go:12:27: err == nil escapes to heap

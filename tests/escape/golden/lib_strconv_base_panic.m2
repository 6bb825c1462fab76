./lib_strconv_base_panic.go:11:31: strconv.FormatInt(10, base) escapes to heap:
./lib_strconv_base_panic.go:11:31:   flow: {storage for ... argument} = &{storage for strconv.FormatInt(10, base)}:
./lib_strconv_base_panic.go:11:31:     from strconv.FormatInt(10, base) (spill) at ./lib_strconv_base_panic.go:11:31
./lib_strconv_base_panic.go:11:31:     from ... argument (slice-literal-element) at ./lib_strconv_base_panic.go:11:13
./lib_strconv_base_panic.go:11:31:   flow: {heap} = {storage for ... argument}:
./lib_strconv_base_panic.go:11:31:     from ... argument (spill) at ./lib_strconv_base_panic.go:11:13
./lib_strconv_base_panic.go:11:31:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_base_panic.go:11:13
./lib_strconv_base_panic.go:9:31: strconv.FormatInt(10, 36) escapes to heap:
./lib_strconv_base_panic.go:9:31:   flow: {storage for ... argument} = &{storage for strconv.FormatInt(10, 36)}:
./lib_strconv_base_panic.go:9:31:     from strconv.FormatInt(10, 36) (spill) at ./lib_strconv_base_panic.go:9:31
./lib_strconv_base_panic.go:9:31:     from ... argument (slice-literal-element) at ./lib_strconv_base_panic.go:9:13
./lib_strconv_base_panic.go:9:31:   flow: {heap} = {storage for ... argument}:
./lib_strconv_base_panic.go:9:31:     from ... argument (spill) at ./lib_strconv_base_panic.go:9:13
./lib_strconv_base_panic.go:9:31:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_base_panic.go:9:13
./lib_strconv_base_panic.go:9:13: ... argument does not escape
./lib_strconv_base_panic.go:9:31: strconv.FormatInt(10, 36) escapes to heap
./lib_strconv_base_panic.go:11:13: ... argument does not escape
./lib_strconv_base_panic.go:11:31: strconv.FormatInt(10, base) escapes to heap

./lib_strconv_float.go:16:111: strconv.FormatFloat(1.0 / 3, 'f', 30, 64) escapes to heap:
./lib_strconv_float.go:16:111:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(1.0 / 3, 'f', 30, 64)}:
./lib_strconv_float.go:16:111:     from strconv.FormatFloat(1.0 / 3, 'f', 30, 64) (spill) at ./lib_strconv_float.go:16:111
./lib_strconv_float.go:16:111:     from ... argument (slice-literal-element) at ./lib_strconv_float.go:16:13
./lib_strconv_float.go:16:111:   flow: {heap} = {storage for ... argument}:
./lib_strconv_float.go:16:111:     from ... argument (spill) at ./lib_strconv_float.go:16:13
./lib_strconv_float.go:16:111:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_float.go:16:13
./lib_strconv_float.go:16:72: strconv.FormatFloat(0.1, 'g', -1, 32) escapes to heap:
./lib_strconv_float.go:16:72:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(0.1, 'g', -1, 32)}:
./lib_strconv_float.go:16:72:     from strconv.FormatFloat(0.1, 'g', -1, 32) (spill) at ./lib_strconv_float.go:16:72
./lib_strconv_float.go:16:72:     from ... argument (slice-literal-element) at ./lib_strconv_float.go:16:13
./lib_strconv_float.go:16:72:   flow: {heap} = {storage for ... argument}:
./lib_strconv_float.go:16:72:     from ... argument (spill) at ./lib_strconv_float.go:16:13
./lib_strconv_float.go:16:72:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_float.go:16:13
./lib_strconv_float.go:16:33: strconv.FormatFloat(1.5, 'z', -1, 64) escapes to heap:
./lib_strconv_float.go:16:33:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(1.5, 'z', -1, 64)}:
./lib_strconv_float.go:16:33:     from strconv.FormatFloat(1.5, 'z', -1, 64) (spill) at ./lib_strconv_float.go:16:33
./lib_strconv_float.go:16:33:     from ... argument (slice-literal-element) at ./lib_strconv_float.go:16:13
./lib_strconv_float.go:16:33:   flow: {heap} = {storage for ... argument}:
./lib_strconv_float.go:16:33:     from ... argument (spill) at ./lib_strconv_float.go:16:13
./lib_strconv_float.go:16:33:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_float.go:16:13
./lib_strconv_float.go:14:132: strconv.FormatFloat(v, 'x', -1, 64) escapes to heap:
./lib_strconv_float.go:14:132:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(v, 'x', -1, 64)}:
./lib_strconv_float.go:14:132:     from strconv.FormatFloat(v, 'x', -1, 64) (spill) at ./lib_strconv_float.go:14:132
./lib_strconv_float.go:14:132:     from ... argument (slice-literal-element) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:14:132:   flow: {heap} = {storage for ... argument}:
./lib_strconv_float.go:14:132:     from ... argument (spill) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:14:132:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:14:95: strconv.FormatFloat(v, 'b', -1, 64) escapes to heap:
./lib_strconv_float.go:14:95:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(v, 'b', -1, 64)}:
./lib_strconv_float.go:14:95:     from strconv.FormatFloat(v, 'b', -1, 64) (spill) at ./lib_strconv_float.go:14:95
./lib_strconv_float.go:14:95:     from ... argument (slice-literal-element) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:14:95:   flow: {heap} = {storage for ... argument}:
./lib_strconv_float.go:14:95:     from ... argument (spill) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:14:95:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:14:59: strconv.FormatFloat(v, 'G', 5, 64) escapes to heap:
./lib_strconv_float.go:14:59:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(v, 'G', 5, 64)}:
./lib_strconv_float.go:14:59:     from strconv.FormatFloat(v, 'G', 5, 64) (spill) at ./lib_strconv_float.go:14:59
./lib_strconv_float.go:14:59:     from ... argument (slice-literal-element) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:14:59:   flow: {heap} = {storage for ... argument}:
./lib_strconv_float.go:14:59:     from ... argument (spill) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:14:59:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:14:23: strconv.FormatFloat(v, 'f', 2, 32) escapes to heap:
./lib_strconv_float.go:14:23:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(v, 'f', 2, 32)}:
./lib_strconv_float.go:14:23:     from strconv.FormatFloat(v, 'f', 2, 32) (spill) at ./lib_strconv_float.go:14:23
./lib_strconv_float.go:14:23:     from ... argument (slice-literal-element) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:14:23:   flow: {heap} = {storage for ... argument}:
./lib_strconv_float.go:14:23:     from ... argument (spill) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:14:23:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:13:107: strconv.FormatFloat(v, 'f', -1, 64) escapes to heap:
./lib_strconv_float.go:13:107:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(v, 'f', -1, 64)}:
./lib_strconv_float.go:13:107:     from strconv.FormatFloat(v, 'f', -1, 64) (spill) at ./lib_strconv_float.go:13:107
./lib_strconv_float.go:13:107:     from ... argument (slice-literal-element) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:13:107:   flow: {heap} = {storage for ... argument}:
./lib_strconv_float.go:13:107:     from ... argument (spill) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:13:107:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:13:71: strconv.FormatFloat(v, 'e', 3, 64) escapes to heap:
./lib_strconv_float.go:13:71:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(v, 'e', 3, 64)}:
./lib_strconv_float.go:13:71:     from strconv.FormatFloat(v, 'e', 3, 64) (spill) at ./lib_strconv_float.go:13:71
./lib_strconv_float.go:13:71:     from ... argument (slice-literal-element) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:13:71:   flow: {heap} = {storage for ... argument}:
./lib_strconv_float.go:13:71:     from ... argument (spill) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:13:71:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:13:34: strconv.FormatFloat(v, 'g', -1, 64) escapes to heap:
./lib_strconv_float.go:13:34:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(v, 'g', -1, 64)}:
./lib_strconv_float.go:13:34:     from strconv.FormatFloat(v, 'g', -1, 64) (spill) at ./lib_strconv_float.go:13:34
./lib_strconv_float.go:13:34:     from ... argument (slice-literal-element) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:13:34:   flow: {heap} = {storage for ... argument}:
./lib_strconv_float.go:13:34:     from ... argument (spill) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:13:34:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_float.go:13:14
./lib_strconv_float.go:10:19: []float64{...} does not escape
./lib_strconv_float.go:13:14: ... argument does not escape
./lib_strconv_float.go:13:34: strconv.FormatFloat(v, 'g', -1, 64) escapes to heap
./lib_strconv_float.go:13:71: strconv.FormatFloat(v, 'e', 3, 64) escapes to heap
./lib_strconv_float.go:13:107: strconv.FormatFloat(v, 'f', -1, 64) escapes to heap
./lib_strconv_float.go:14:23: strconv.FormatFloat(v, 'f', 2, 32) escapes to heap
./lib_strconv_float.go:14:59: strconv.FormatFloat(v, 'G', 5, 64) escapes to heap
./lib_strconv_float.go:14:95: strconv.FormatFloat(v, 'b', -1, 64) escapes to heap
./lib_strconv_float.go:14:132: strconv.FormatFloat(v, 'x', -1, 64) escapes to heap
./lib_strconv_float.go:16:13: ... argument does not escape
./lib_strconv_float.go:16:33: strconv.FormatFloat(1.5, 'z', -1, 64) escapes to heap
./lib_strconv_float.go:16:72: strconv.FormatFloat(0.1, 'g', -1, 32) escapes to heap
./lib_strconv_float.go:16:111: strconv.FormatFloat(1.0 / 3, 'f', 30, 64) escapes to heap

./lib_strconv_append.go:22:36: cap(q) escapes to heap:
./lib_strconv_append.go:22:36:   flow: {storage for ... argument} = &{storage for cap(q)}:
./lib_strconv_append.go:22:36:     from cap(q) (spill) at ./lib_strconv_append.go:22:36
./lib_strconv_append.go:22:36:     from ... argument (slice-literal-element) at ./lib_strconv_append.go:22:13
./lib_strconv_append.go:22:36:   flow: {heap} = {storage for ... argument}:
./lib_strconv_append.go:22:36:     from ... argument (spill) at ./lib_strconv_append.go:22:13
./lib_strconv_append.go:22:36:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_append.go:22:13
./lib_strconv_append.go:22:28: len(q) escapes to heap:
./lib_strconv_append.go:22:28:   flow: {storage for ... argument} = &{storage for len(q)}:
./lib_strconv_append.go:22:28:     from len(q) (spill) at ./lib_strconv_append.go:22:28
./lib_strconv_append.go:22:28:     from ... argument (slice-literal-element) at ./lib_strconv_append.go:22:13
./lib_strconv_append.go:22:28:   flow: {heap} = {storage for ... argument}:
./lib_strconv_append.go:22:28:     from ... argument (spill) at ./lib_strconv_append.go:22:13
./lib_strconv_append.go:22:28:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_append.go:22:13
./lib_strconv_append.go:22:20: string(q) escapes to heap:
./lib_strconv_append.go:22:20:   flow: {storage for ... argument} = &{storage for string(q)}:
./lib_strconv_append.go:22:20:     from string(q) (spill) at ./lib_strconv_append.go:22:20
./lib_strconv_append.go:22:20:     from ... argument (slice-literal-element) at ./lib_strconv_append.go:22:13
./lib_strconv_append.go:22:20:   flow: {heap} = {storage for ... argument}:
./lib_strconv_append.go:22:20:     from ... argument (spill) at ./lib_strconv_append.go:22:13
./lib_strconv_append.go:22:20:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_append.go:22:13
./lib_strconv_append.go:20:36: cap(q) escapes to heap:
./lib_strconv_append.go:20:36:   flow: {storage for ... argument} = &{storage for cap(q)}:
./lib_strconv_append.go:20:36:     from cap(q) (spill) at ./lib_strconv_append.go:20:36
./lib_strconv_append.go:20:36:     from ... argument (slice-literal-element) at ./lib_strconv_append.go:20:13
./lib_strconv_append.go:20:36:   flow: {heap} = {storage for ... argument}:
./lib_strconv_append.go:20:36:     from ... argument (spill) at ./lib_strconv_append.go:20:13
./lib_strconv_append.go:20:36:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_append.go:20:13
./lib_strconv_append.go:20:28: len(q) escapes to heap:
./lib_strconv_append.go:20:28:   flow: {storage for ... argument} = &{storage for len(q)}:
./lib_strconv_append.go:20:28:     from len(q) (spill) at ./lib_strconv_append.go:20:28
./lib_strconv_append.go:20:28:     from ... argument (slice-literal-element) at ./lib_strconv_append.go:20:13
./lib_strconv_append.go:20:28:   flow: {heap} = {storage for ... argument}:
./lib_strconv_append.go:20:28:     from ... argument (spill) at ./lib_strconv_append.go:20:13
./lib_strconv_append.go:20:28:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_append.go:20:13
./lib_strconv_append.go:20:20: string(q) escapes to heap:
./lib_strconv_append.go:20:20:   flow: {storage for ... argument} = &{storage for string(q)}:
./lib_strconv_append.go:20:20:     from string(q) (spill) at ./lib_strconv_append.go:20:20
./lib_strconv_append.go:20:20:     from ... argument (slice-literal-element) at ./lib_strconv_append.go:20:13
./lib_strconv_append.go:20:20:   flow: {heap} = {storage for ... argument}:
./lib_strconv_append.go:20:20:     from ... argument (spill) at ./lib_strconv_append.go:20:13
./lib_strconv_append.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_append.go:20:13
./lib_strconv_append.go:18:59: &buf[:1][0] == &out[0] escapes to heap:
./lib_strconv_append.go:18:59:   flow: {storage for ... argument} = &{storage for &buf[:1][0] == &out[0]}:
./lib_strconv_append.go:18:59:     from &buf[:1][0] == &out[0] (spill) at ./lib_strconv_append.go:18:59
./lib_strconv_append.go:18:59:     from ... argument (slice-literal-element) at ./lib_strconv_append.go:18:13
./lib_strconv_append.go:18:59:   flow: {heap} = {storage for ... argument}:
./lib_strconv_append.go:18:59:     from ... argument (spill) at ./lib_strconv_append.go:18:13
./lib_strconv_append.go:18:59:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_append.go:18:13
./lib_strconv_append.go:18:40: cap(out) escapes to heap:
./lib_strconv_append.go:18:40:   flow: {storage for ... argument} = &{storage for cap(out)}:
./lib_strconv_append.go:18:40:     from cap(out) (spill) at ./lib_strconv_append.go:18:40
./lib_strconv_append.go:18:40:     from ... argument (slice-literal-element) at ./lib_strconv_append.go:18:13
./lib_strconv_append.go:18:40:   flow: {heap} = {storage for ... argument}:
./lib_strconv_append.go:18:40:     from ... argument (spill) at ./lib_strconv_append.go:18:13
./lib_strconv_append.go:18:40:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_append.go:18:13
./lib_strconv_append.go:18:30: len(out) escapes to heap:
./lib_strconv_append.go:18:30:   flow: {storage for ... argument} = &{storage for len(out)}:
./lib_strconv_append.go:18:30:     from len(out) (spill) at ./lib_strconv_append.go:18:30
./lib_strconv_append.go:18:30:     from ... argument (slice-literal-element) at ./lib_strconv_append.go:18:13
./lib_strconv_append.go:18:30:   flow: {heap} = {storage for ... argument}:
./lib_strconv_append.go:18:30:     from ... argument (spill) at ./lib_strconv_append.go:18:13
./lib_strconv_append.go:18:30:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_append.go:18:13
./lib_strconv_append.go:18:20: string(out) escapes to heap:
./lib_strconv_append.go:18:20:   flow: {storage for ... argument} = &{storage for string(out)}:
./lib_strconv_append.go:18:20:     from string(out) (spill) at ./lib_strconv_append.go:18:20
./lib_strconv_append.go:18:20:     from ... argument (slice-literal-element) at ./lib_strconv_append.go:18:13
./lib_strconv_append.go:18:20:   flow: {heap} = {storage for ... argument}:
./lib_strconv_append.go:18:20:     from ... argument (spill) at ./lib_strconv_append.go:18:13
./lib_strconv_append.go:18:20:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_append.go:18:13
./lib_strconv_append.go:15:20: string(b) escapes to heap:
./lib_strconv_append.go:15:20:   flow: {storage for ... argument} = &{storage for string(b)}:
./lib_strconv_append.go:15:20:     from string(b) (spill) at ./lib_strconv_append.go:15:20
./lib_strconv_append.go:15:20:     from ... argument (slice-literal-element) at ./lib_strconv_append.go:15:13
./lib_strconv_append.go:15:20:   flow: {heap} = {storage for ... argument}:
./lib_strconv_append.go:15:20:     from ... argument (spill) at ./lib_strconv_append.go:15:13
./lib_strconv_append.go:15:20:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_append.go:15:13
./lib_strconv_append.go:13:26: cap(b) escapes to heap:
./lib_strconv_append.go:13:26:   flow: {storage for ... argument} = &{storage for cap(b)}:
./lib_strconv_append.go:13:26:     from cap(b) (spill) at ./lib_strconv_append.go:13:26
./lib_strconv_append.go:13:26:     from ... argument (slice-literal-element) at ./lib_strconv_append.go:13:14
./lib_strconv_append.go:13:26:   flow: {heap} = {storage for ... argument}:
./lib_strconv_append.go:13:26:     from ... argument (spill) at ./lib_strconv_append.go:13:14
./lib_strconv_append.go:13:26:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_append.go:13:14
./lib_strconv_append.go:13:18: len(b) escapes to heap:
./lib_strconv_append.go:13:18:   flow: {storage for ... argument} = &{storage for len(b)}:
./lib_strconv_append.go:13:18:     from len(b) (spill) at ./lib_strconv_append.go:13:18
./lib_strconv_append.go:13:18:     from ... argument (slice-literal-element) at ./lib_strconv_append.go:13:14
./lib_strconv_append.go:13:18:   flow: {heap} = {storage for ... argument}:
./lib_strconv_append.go:13:18:     from ... argument (spill) at ./lib_strconv_append.go:13:14
./lib_strconv_append.go:13:18:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_append.go:13:14
./lib_strconv_append.go:22:20: string(q) escapes to heap:
./lib_strconv_append.go:22:20:   flow: {storage for string(q)} = &{storage for string(q)}:
./lib_strconv_append.go:22:20:     from string(q) (spill) at ./lib_strconv_append.go:22:20
./lib_strconv_append.go:22:20:     from string(q) (interface-converted) at ./lib_strconv_append.go:22:20
./lib_strconv_append.go:20:20: string(q) escapes to heap:
./lib_strconv_append.go:20:20:   flow: {storage for string(q)} = &{storage for string(q)}:
./lib_strconv_append.go:20:20:     from string(q) (spill) at ./lib_strconv_append.go:20:20
./lib_strconv_append.go:20:20:     from string(q) (interface-converted) at ./lib_strconv_append.go:20:20
./lib_strconv_append.go:18:20: string(out) escapes to heap:
./lib_strconv_append.go:18:20:   flow: {storage for string(out)} = &{storage for string(out)}:
./lib_strconv_append.go:18:20:     from string(out) (spill) at ./lib_strconv_append.go:18:20
./lib_strconv_append.go:18:20:     from string(out) (interface-converted) at ./lib_strconv_append.go:18:20
./lib_strconv_append.go:15:20: string(b) escapes to heap:
./lib_strconv_append.go:15:20:   flow: {storage for string(b)} = &{storage for string(b)}:
./lib_strconv_append.go:15:20:     from string(b) (spill) at ./lib_strconv_append.go:15:20
./lib_strconv_append.go:15:20:     from string(b) (interface-converted) at ./lib_strconv_append.go:15:20
./lib_strconv_append.go:13:14: ... argument does not escape
./lib_strconv_append.go:13:18: len(b) escapes to heap
./lib_strconv_append.go:13:26: cap(b) escapes to heap
./lib_strconv_append.go:15:13: ... argument does not escape
./lib_strconv_append.go:15:20: string(b) escapes to heap
./lib_strconv_append.go:15:20: string(b) escapes to heap
./lib_strconv_append.go:16:13: make([]byte, 0, 64) does not escape
./lib_strconv_append.go:18:13: ... argument does not escape
./lib_strconv_append.go:18:20: string(out) escapes to heap
./lib_strconv_append.go:18:20: string(out) escapes to heap
./lib_strconv_append.go:18:30: len(out) escapes to heap
./lib_strconv_append.go:18:40: cap(out) escapes to heap
./lib_strconv_append.go:18:59: &buf[:1][0] == &out[0] escapes to heap
./lib_strconv_append.go:20:13: ... argument does not escape
./lib_strconv_append.go:20:20: string(q) escapes to heap
./lib_strconv_append.go:20:20: string(q) escapes to heap
./lib_strconv_append.go:20:28: len(q) escapes to heap
./lib_strconv_append.go:20:36: cap(q) escapes to heap
./lib_strconv_append.go:22:13: ... argument does not escape
./lib_strconv_append.go:22:20: string(q) escapes to heap
./lib_strconv_append.go:22:20: string(q) escapes to heap
./lib_strconv_append.go:22:28: len(q) escapes to heap
./lib_strconv_append.go:22:36: cap(q) escapes to heap

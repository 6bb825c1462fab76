./lib_utf8_encode_short.go:11:29: utf8.EncodeRune(buf, '€') escapes to heap:
./lib_utf8_encode_short.go:11:29:   flow: {storage for ... argument} = &{storage for utf8.EncodeRune(buf, '€')}:
./lib_utf8_encode_short.go:11:29:     from utf8.EncodeRune(buf, '€') (spill) at ./lib_utf8_encode_short.go:11:29
./lib_utf8_encode_short.go:11:29:     from ... argument (slice-literal-element) at ./lib_utf8_encode_short.go:11:13
./lib_utf8_encode_short.go:11:29:   flow: {heap} = {storage for ... argument}:
./lib_utf8_encode_short.go:11:29:     from ... argument (spill) at ./lib_utf8_encode_short.go:11:13
./lib_utf8_encode_short.go:11:29:     from fmt.Println(... argument...) (call parameter) at ./lib_utf8_encode_short.go:11:13
./lib_utf8_encode_short.go:10:29: buf escapes to heap:
./lib_utf8_encode_short.go:10:29:   flow: {storage for ... argument} = &{storage for buf}:
./lib_utf8_encode_short.go:10:29:     from buf (spill) at ./lib_utf8_encode_short.go:10:29
./lib_utf8_encode_short.go:10:29:     from ... argument (slice-literal-element) at ./lib_utf8_encode_short.go:10:13
./lib_utf8_encode_short.go:10:29:   flow: {heap} = {storage for ... argument}:
./lib_utf8_encode_short.go:10:29:     from ... argument (spill) at ./lib_utf8_encode_short.go:10:13
./lib_utf8_encode_short.go:10:29:     from fmt.Println(... argument...) (call parameter) at ./lib_utf8_encode_short.go:10:13
./lib_utf8_encode_short.go:10:29: utf8.EncodeRune(buf, 'é') escapes to heap:
./lib_utf8_encode_short.go:10:29:   flow: {storage for ... argument} = &{storage for utf8.EncodeRune(buf, 'é')}:
./lib_utf8_encode_short.go:10:29:     from utf8.EncodeRune(buf, 'é') (spill) at ./lib_utf8_encode_short.go:10:29
./lib_utf8_encode_short.go:10:29:     from ... argument (slice-literal-element) at ./lib_utf8_encode_short.go:10:13
./lib_utf8_encode_short.go:10:29:   flow: {heap} = {storage for ... argument}:
./lib_utf8_encode_short.go:10:29:     from ... argument (spill) at ./lib_utf8_encode_short.go:10:13
./lib_utf8_encode_short.go:10:29:     from fmt.Println(... argument...) (call parameter) at ./lib_utf8_encode_short.go:10:13
./lib_utf8_encode_short.go:9:13: make([]byte, 2) escapes to heap:
./lib_utf8_encode_short.go:9:13:   flow: buf = &{storage for make([]byte, 2)}:
./lib_utf8_encode_short.go:9:13:     from make([]byte, 2) (spill) at ./lib_utf8_encode_short.go:9:13
./lib_utf8_encode_short.go:9:13:     from buf := make([]byte, 2) (assign) at ./lib_utf8_encode_short.go:9:6
./lib_utf8_encode_short.go:9:13:   flow: {storage for buf} = buf:
./lib_utf8_encode_short.go:9:13:     from buf (interface-converted) at ./lib_utf8_encode_short.go:10:29
./lib_utf8_encode_short.go:9:13: make([]byte, 2) escapes to heap
./lib_utf8_encode_short.go:10:13: ... argument does not escape
./lib_utf8_encode_short.go:10:29: utf8.EncodeRune(buf, 'é') escapes to heap
./lib_utf8_encode_short.go:10:29: buf escapes to heap
./lib_utf8_encode_short.go:11:13: ... argument does not escape
./lib_utf8_encode_short.go:11:29: utf8.EncodeRune(buf, '€') escapes to heap

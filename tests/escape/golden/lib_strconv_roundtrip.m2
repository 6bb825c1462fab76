./lib_strconv_roundtrip.go:40:14: bad escapes to heap:
./lib_strconv_roundtrip.go:40:14:   flow: {storage for ... argument} = &{storage for bad}:
./lib_strconv_roundtrip.go:40:14:     from bad (spill) at ./lib_strconv_roundtrip.go:40:14
./lib_strconv_roundtrip.go:40:14:     from ... argument (slice-literal-element) at ./lib_strconv_roundtrip.go:40:13
./lib_strconv_roundtrip.go:40:14:   flow: {heap} = {storage for ... argument}:
./lib_strconv_roundtrip.go:40:14:     from ... argument (spill) at ./lib_strconv_roundtrip.go:40:13
./lib_strconv_roundtrip.go:40:14:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_roundtrip.go:40:13
./lib_strconv_roundtrip.go:40:14: "bad" escapes to heap:
./lib_strconv_roundtrip.go:40:14:   flow: {storage for ... argument} = &{storage for "bad"}:
./lib_strconv_roundtrip.go:40:14:     from "bad" (spill) at ./lib_strconv_roundtrip.go:40:14
./lib_strconv_roundtrip.go:40:14:     from ... argument (slice-literal-element) at ./lib_strconv_roundtrip.go:40:13
./lib_strconv_roundtrip.go:40:14:   flow: {heap} = {storage for ... argument}:
./lib_strconv_roundtrip.go:40:14:     from ... argument (spill) at ./lib_strconv_roundtrip.go:40:13
./lib_strconv_roundtrip.go:40:14:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_roundtrip.go:40:13
./lib_strconv_roundtrip.go:26:74: strconv.FormatFloat(float64(float32(f)), 'g', -1, 32) escapes to heap:
./lib_strconv_roundtrip.go:26:74:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(float64(float32(f)), 'g', -1, 32)}:
./lib_strconv_roundtrip.go:26:74:     from strconv.FormatFloat(float64(float32(f)), 'g', -1, 32) (spill) at ./lib_strconv_roundtrip.go:26:74
./lib_strconv_roundtrip.go:26:74:     from ... argument (slice-literal-element) at ./lib_strconv_roundtrip.go:26:15
./lib_strconv_roundtrip.go:26:74:   flow: {heap} = {storage for ... argument}:
./lib_strconv_roundtrip.go:26:74:     from ... argument (spill) at ./lib_strconv_roundtrip.go:26:15
./lib_strconv_roundtrip.go:26:74:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_roundtrip.go:26:15
./lib_strconv_roundtrip.go:26:38: strconv.FormatFloat(f, 'e', 5, 64) escapes to heap:
./lib_strconv_roundtrip.go:26:38:   flow: {storage for ... argument} = &{storage for strconv.FormatFloat(f, 'e', 5, 64)}:
./lib_strconv_roundtrip.go:26:38:     from strconv.FormatFloat(f, 'e', 5, 64) (spill) at ./lib_strconv_roundtrip.go:26:38
./lib_strconv_roundtrip.go:26:38:     from ... argument (slice-literal-element) at ./lib_strconv_roundtrip.go:26:15
./lib_strconv_roundtrip.go:26:38:   flow: {heap} = {storage for ... argument}:
./lib_strconv_roundtrip.go:26:38:     from ... argument (spill) at ./lib_strconv_roundtrip.go:26:15
./lib_strconv_roundtrip.go:26:38:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_roundtrip.go:26:15
./lib_strconv_roundtrip.go:26:15: s escapes to heap:
./lib_strconv_roundtrip.go:26:15:   flow: {storage for ... argument} = &{storage for s}:
./lib_strconv_roundtrip.go:26:15:     from s (spill) at ./lib_strconv_roundtrip.go:26:15
./lib_strconv_roundtrip.go:26:15:     from ... argument (slice-literal-element) at ./lib_strconv_roundtrip.go:26:15
./lib_strconv_roundtrip.go:26:15:   flow: {heap} = {storage for ... argument}:
./lib_strconv_roundtrip.go:26:15:     from ... argument (spill) at ./lib_strconv_roundtrip.go:26:15
./lib_strconv_roundtrip.go:26:15:     from fmt.Println(... argument...) (call parameter) at ./lib_strconv_roundtrip.go:26:15
./lib_strconv_roundtrip.go:26:15: ... argument does not escape
./lib_strconv_roundtrip.go:26:15: s escapes to heap
./lib_strconv_roundtrip.go:26:38: strconv.FormatFloat(f, 'e', 5, 64) escapes to heap
./lib_strconv_roundtrip.go:26:74: strconv.FormatFloat(float64(float32(f)), 'g', -1, 32) escapes to heap
./lib_strconv_roundtrip.go:34:28: string(rune(x % 0x11000)) does not escape
./lib_strconv_roundtrip.go:36:31: string(rune(x % 0x11000)) does not escape
./lib_strconv_roundtrip.go:40:13: ... argument does not escape
./lib_strconv_roundtrip.go:40:14: "bad" escapes to heap
./lib_strconv_roundtrip.go:40:14: bad escapes to heap

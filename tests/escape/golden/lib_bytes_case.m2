./lib_bytes_case.go:9:63: b == nil escapes to heap:
./lib_bytes_case.go:9:63:   flow: {storage for ... argument} = &{storage for b == nil}:
./lib_bytes_case.go:9:63:     from b == nil (spill) at ./lib_bytes_case.go:9:63
./lib_bytes_case.go:9:63:     from ... argument (slice-literal-element) at ./lib_bytes_case.go:9:12
./lib_bytes_case.go:9:63:   flow: {heap} = {storage for ... argument}:
./lib_bytes_case.go:9:63:     from ... argument (spill) at ./lib_bytes_case.go:9:12
./lib_bytes_case.go:9:63:     from fmt.Printf("%q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./lib_bytes_case.go:9:12
./lib_bytes_case.go:9:56: cap(b) escapes to heap:
./lib_bytes_case.go:9:56:   flow: {storage for ... argument} = &{storage for cap(b)}:
./lib_bytes_case.go:9:56:     from cap(b) (spill) at ./lib_bytes_case.go:9:56
./lib_bytes_case.go:9:56:     from ... argument (slice-literal-element) at ./lib_bytes_case.go:9:12
./lib_bytes_case.go:9:56:   flow: {heap} = {storage for ... argument}:
./lib_bytes_case.go:9:56:     from ... argument (spill) at ./lib_bytes_case.go:9:12
./lib_bytes_case.go:9:56:     from fmt.Printf("%q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./lib_bytes_case.go:9:12
./lib_bytes_case.go:9:48: len(b) escapes to heap:
./lib_bytes_case.go:9:48:   flow: {storage for ... argument} = &{storage for len(b)}:
./lib_bytes_case.go:9:48:     from len(b) (spill) at ./lib_bytes_case.go:9:48
./lib_bytes_case.go:9:48:     from ... argument (slice-literal-element) at ./lib_bytes_case.go:9:12
./lib_bytes_case.go:9:48:   flow: {heap} = {storage for ... argument}:
./lib_bytes_case.go:9:48:     from ... argument (spill) at ./lib_bytes_case.go:9:12
./lib_bytes_case.go:9:48:     from fmt.Printf("%q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./lib_bytes_case.go:9:12
./lib_bytes_case.go:9:13: b escapes to heap:
./lib_bytes_case.go:9:13:   flow: {storage for ... argument} = &{storage for b}:
./lib_bytes_case.go:9:13:     from b (spill) at ./lib_bytes_case.go:9:13
./lib_bytes_case.go:9:13:     from ... argument (slice-literal-element) at ./lib_bytes_case.go:9:12
./lib_bytes_case.go:9:13:   flow: {heap} = {storage for ... argument}:
./lib_bytes_case.go:9:13:     from ... argument (spill) at ./lib_bytes_case.go:9:12
./lib_bytes_case.go:9:13:     from fmt.Printf("%q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./lib_bytes_case.go:9:12
./lib_bytes_case.go:8:11: parameter b leaks to {storage for b} with derefs=0:
./lib_bytes_case.go:8:11:   flow: {storage for b} = b:
./lib_bytes_case.go:8:11:     from b (interface-converted) at ./lib_bytes_case.go:9:13
./lib_bytes_case.go:8:11: leaking param: b
./lib_bytes_case.go:9:12: ... argument does not escape
./lib_bytes_case.go:9:13: b escapes to heap
./lib_bytes_case.go:9:48: len(b) escapes to heap
./lib_bytes_case.go:9:56: cap(b) escapes to heap
./lib_bytes_case.go:9:63: b == nil escapes to heap
./lib_bytes_case.go:14:27: []byte{} does not escape
./lib_bytes_case.go:15:27: ([]byte)("abc") does not escape
./lib_bytes_case.go:16:27: ([]byte)("ABC") does not escape
./lib_bytes_case.go:17:27: ([]byte)("ABC") does not escape
./lib_bytes_case.go:18:27: ([]byte)("héllo") does not escape
./lib_bytes_case.go:19:27: ([]byte)("ǆǆǆ") does not escape
./lib_bytes_case.go:20:27: ([]byte)("ȺȺȺȺȺȺȺȺ") does not escape
./lib_bytes_case.go:21:27: ([]byte)("ɐɐɐɐ") does not escape
./lib_bytes_case.go:22:27: ([]byte)("a\xffb") does not escape
./lib_bytes_case.go:23:27: ([]byte)("ÀÉÎ already lower é") does not escape

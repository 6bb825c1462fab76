./lib_strings_split.go:9:63: s == nil escapes to heap:
./lib_strings_split.go:9:63:   flow: {storage for ... argument} = &{storage for s == nil}:
./lib_strings_split.go:9:63:     from s == nil (spill) at ./lib_strings_split.go:9:63
./lib_strings_split.go:9:63:     from ... argument (slice-literal-element) at ./lib_strings_split.go:9:12
./lib_strings_split.go:9:63:   flow: {heap} = {storage for ... argument}:
./lib_strings_split.go:9:63:     from ... argument (spill) at ./lib_strings_split.go:9:12
./lib_strings_split.go:9:63:     from fmt.Printf("%q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./lib_strings_split.go:9:12
./lib_strings_split.go:9:56: cap(s) escapes to heap:
./lib_strings_split.go:9:56:   flow: {storage for ... argument} = &{storage for cap(s)}:
./lib_strings_split.go:9:56:     from cap(s) (spill) at ./lib_strings_split.go:9:56
./lib_strings_split.go:9:56:     from ... argument (slice-literal-element) at ./lib_strings_split.go:9:12
./lib_strings_split.go:9:56:   flow: {heap} = {storage for ... argument}:
./lib_strings_split.go:9:56:     from ... argument (spill) at ./lib_strings_split.go:9:12
./lib_strings_split.go:9:56:     from fmt.Printf("%q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./lib_strings_split.go:9:12
./lib_strings_split.go:9:48: len(s) escapes to heap:
./lib_strings_split.go:9:48:   flow: {storage for ... argument} = &{storage for len(s)}:
./lib_strings_split.go:9:48:     from len(s) (spill) at ./lib_strings_split.go:9:48
./lib_strings_split.go:9:48:     from ... argument (slice-literal-element) at ./lib_strings_split.go:9:12
./lib_strings_split.go:9:48:   flow: {heap} = {storage for ... argument}:
./lib_strings_split.go:9:48:     from ... argument (spill) at ./lib_strings_split.go:9:12
./lib_strings_split.go:9:48:     from fmt.Printf("%q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./lib_strings_split.go:9:12
./lib_strings_split.go:9:13: s escapes to heap:
./lib_strings_split.go:9:13:   flow: {storage for ... argument} = &{storage for s}:
./lib_strings_split.go:9:13:     from s (spill) at ./lib_strings_split.go:9:13
./lib_strings_split.go:9:13:     from ... argument (slice-literal-element) at ./lib_strings_split.go:9:12
./lib_strings_split.go:9:13:   flow: {heap} = {storage for ... argument}:
./lib_strings_split.go:9:13:     from ... argument (spill) at ./lib_strings_split.go:9:12
./lib_strings_split.go:9:13:     from fmt.Printf("%q len=%d cap=%d nil=%v\n", ... argument...) (call parameter) at ./lib_strings_split.go:9:12
./lib_strings_split.go:8:11: parameter s leaks to {storage for s} with derefs=0:
./lib_strings_split.go:8:11:   flow: {storage for s} = s:
./lib_strings_split.go:8:11:     from s (interface-converted) at ./lib_strings_split.go:9:13
./lib_strings_split.go:8:11: leaking param: s
./lib_strings_split.go:9:12: ... argument does not escape
./lib_strings_split.go:9:13: s escapes to heap
./lib_strings_split.go:9:48: len(s) escapes to heap
./lib_strings_split.go:9:56: cap(s) escapes to heap
./lib_strings_split.go:9:63: s == nil escapes to heap

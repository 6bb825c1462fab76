./deadcode_const_if.go:23:8: "always" escapes to heap:
./deadcode_const_if.go:23:8:   flow: {heap} = &{storage for "always"}:
./deadcode_const_if.go:23:8:     from "always" (spill) at ./deadcode_const_if.go:23:8
./deadcode_const_if.go:23:8:     from panic("always") (call parameter) at ./deadcode_const_if.go:23:8
./deadcode_const_if.go:23:8: "always" escapes to heap
./deadcode_const_if.go:41:12: new(int) escapes to heap:
./deadcode_const_if.go:41:12:   flow: {heap} = &{storage for new(int)}:
./deadcode_const_if.go:41:12:     from new(int) (spill) at ./deadcode_const_if.go:41:12
./deadcode_const_if.go:41:12:     from new(int) (interface-converted) at ./deadcode_const_if.go:41:2
./deadcode_const_if.go:41:12:     from sink = new(int) (assign) at ./deadcode_const_if.go:41:7
./deadcode_const_if.go:41:12: new(int) escapes to heap
./deadcode_const_if.go:50:12: new(int) escapes to heap:
./deadcode_const_if.go:50:12:   flow: {heap} = &{storage for new(int)}:
./deadcode_const_if.go:50:12:     from new(int) (spill) at ./deadcode_const_if.go:50:12
./deadcode_const_if.go:50:12:     from new(int) (interface-converted) at ./deadcode_const_if.go:50:2
./deadcode_const_if.go:50:12:     from sink = new(int) (assign) at ./deadcode_const_if.go:50:7
./deadcode_const_if.go:50:12: new(int) escapes to heap
./deadcode_const_if.go:59:8: func literal does not escape

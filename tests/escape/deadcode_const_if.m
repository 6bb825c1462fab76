./deadcode_const_if.go:23:8: "always" escapes to heap
./deadcode_const_if.go:41:12: new(int) escapes to heap
./deadcode_const_if.go:50:12: new(int) escapes to heap
./deadcode_const_if.go:59:8: func literal does not escape

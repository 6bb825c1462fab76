./ken_litfun.go:22:31: x(3) escapes to heap:
./ken_litfun.go:22:31:   flow: {heap} = &{storage for x(3)}:
./ken_litfun.go:22:31:     from x(3) (spill) at ./ken_litfun.go:22:31
./ken_litfun.go:22:31:     from panic(x(3)) (call parameter) at ./ken_litfun.go:22:29
./ken_litfun.go:13:7: func literal does not escape
./ken_litfun.go:14:8: func literal does not escape
./ken_litfun.go:15:9: func literal does not escape
./ken_litfun.go:22:31: x(3) escapes to heap

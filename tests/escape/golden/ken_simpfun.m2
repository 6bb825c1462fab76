./ken_simpfun.go:24:21: o escapes to heap:
./ken_simpfun.go:24:21:   flow: {heap} = &{storage for o}:
./ken_simpfun.go:24:21:     from o (spill) at ./ken_simpfun.go:24:21
./ken_simpfun.go:24:21:     from panic(o) (call parameter) at ./ken_simpfun.go:24:20
./ken_simpfun.go:24:21: o escapes to heap
./ken_simpfun.go:16:21: x escapes to heap:
./ken_simpfun.go:16:21:   flow: {heap} = &{storage for x}:
./ken_simpfun.go:16:21:     from x (spill) at ./ken_simpfun.go:16:21
./ken_simpfun.go:16:21:     from panic(x) (call parameter) at ./ken_simpfun.go:16:20
./ken_simpfun.go:16:21: x escapes to heap

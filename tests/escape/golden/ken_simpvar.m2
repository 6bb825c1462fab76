./ken_simpvar.go:26:22: x escapes to heap:
./ken_simpvar.go:26:22:   flow: {heap} = &{storage for x}:
./ken_simpvar.go:26:22:     from x (spill) at ./ken_simpvar.go:26:22
./ken_simpvar.go:26:22:     from panic(x) (call parameter) at ./ken_simpvar.go:26:21
./ken_simpvar.go:26:22: x escapes to heap

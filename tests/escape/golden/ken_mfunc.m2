./ken_mfunc.go:16:25: x + y escapes to heap:
./ken_mfunc.go:16:25:   flow: {heap} = &{storage for x + y}:
./ken_mfunc.go:16:25:     from x + y (spill) at ./ken_mfunc.go:16:25
./ken_mfunc.go:16:25:     from panic(x + y) (call parameter) at ./ken_mfunc.go:16:22
./ken_mfunc.go:16:25: x + y escapes to heap

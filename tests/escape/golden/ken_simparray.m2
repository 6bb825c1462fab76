./ken_simparray.go:26:22: s1 escapes to heap:
./ken_simparray.go:26:22:   flow: {heap} = &{storage for s1}:
./ken_simparray.go:26:22:     from s1 (spill) at ./ken_simparray.go:26:22
./ken_simparray.go:26:22:     from panic(s1) (call parameter) at ./ken_simparray.go:26:21
./ken_simparray.go:37:22: s2 escapes to heap:
./ken_simparray.go:37:22:   flow: {heap} = &{storage for s2}:
./ken_simparray.go:37:22:     from s2 (spill) at ./ken_simparray.go:37:22
./ken_simparray.go:37:22:     from panic(s2) (call parameter) at ./ken_simparray.go:37:21
./ken_simparray.go:49:24: s3 escapes to heap:
./ken_simparray.go:49:24:   flow: {heap} = &{storage for s3}:
./ken_simparray.go:49:24:     from s3 (spill) at ./ken_simparray.go:49:24
./ken_simparray.go:49:24:     from panic(s3) (call parameter) at ./ken_simparray.go:49:23
./ken_simparray.go:26:22: s1 escapes to heap
./ken_simparray.go:37:22: s2 escapes to heap
./ken_simparray.go:39:10: new([100]int) does not escape
./ken_simparray.go:49:24: s3 escapes to heap

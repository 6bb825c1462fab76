./ken_simpconv.go:20:9: s1 escapes to heap:
./ken_simpconv.go:20:9:   flow: {heap} = &{storage for s1}:
./ken_simpconv.go:20:9:     from s1 (spill) at ./ken_simpconv.go:20:9
./ken_simpconv.go:20:9:     from panic(s1) (call parameter) at ./ken_simpconv.go:20:8
./ken_simpconv.go:28:9: s2 escapes to heap:
./ken_simpconv.go:28:9:   flow: {heap} = &{storage for s2}:
./ken_simpconv.go:28:9:     from s2 (spill) at ./ken_simpconv.go:28:9
./ken_simpconv.go:28:9:     from panic(s2) (call parameter) at ./ken_simpconv.go:28:8
./ken_simpconv.go:20:9: s1 escapes to heap
./ken_simpconv.go:28:9: s2 escapes to heap

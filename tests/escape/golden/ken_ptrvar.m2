./ken_ptrvar.go:37:26: 1 escapes to heap:
./ken_ptrvar.go:37:26:   flow: {heap} = &{storage for 1}:
./ken_ptrvar.go:37:26:     from 1 (spill) at ./ken_ptrvar.go:37:26
./ken_ptrvar.go:37:26:     from panic(1) (call parameter) at ./ken_ptrvar.go:37:26
./ken_ptrvar.go:38:26: 2 escapes to heap:
./ken_ptrvar.go:38:26:   flow: {heap} = &{storage for 2}:
./ken_ptrvar.go:38:26:     from 2 (spill) at ./ken_ptrvar.go:38:26
./ken_ptrvar.go:38:26:     from panic(2) (call parameter) at ./ken_ptrvar.go:38:26
./ken_ptrvar.go:53:23: x escapes to heap:
./ken_ptrvar.go:53:23:   flow: {heap} = &{storage for x}:
./ken_ptrvar.go:53:23:     from x (spill) at ./ken_ptrvar.go:53:23
./ken_ptrvar.go:53:23:     from panic(x) (call parameter) at ./ken_ptrvar.go:53:22
./ken_ptrvar.go:37:26: 1 escapes to heap
./ken_ptrvar.go:38:26: 2 escapes to heap
./ken_ptrvar.go:53:23: x escapes to heap

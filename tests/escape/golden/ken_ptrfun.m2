./ken_ptrfun.go:16:7: this does not escape
./ken_ptrfun.go:43:20: v escapes to heap:
./ken_ptrfun.go:43:20:   flow: {heap} = &{storage for v}:
./ken_ptrfun.go:43:20:     from v (spill) at ./ken_ptrfun.go:43:20
./ken_ptrfun.go:43:20:     from panic(v) (call parameter) at ./ken_ptrfun.go:43:19
./ken_ptrfun.go:39:8: p does not escape
./ken_ptrfun.go:43:20: v escapes to heap
./ken_ptrfun.go:30:20: v escapes to heap:
./ken_ptrfun.go:30:20:   flow: {heap} = &{storage for v}:
./ken_ptrfun.go:30:20:     from v (spill) at ./ken_ptrfun.go:30:20
./ken_ptrfun.go:30:20:     from panic(v) (call parameter) at ./ken_ptrfun.go:30:19
./ken_ptrfun.go:33:20: v escapes to heap:
./ken_ptrfun.go:33:20:   flow: {heap} = &{storage for v}:
./ken_ptrfun.go:33:20:     from v (spill) at ./ken_ptrfun.go:33:20
./ken_ptrfun.go:33:20:     from panic(v) (call parameter) at ./ken_ptrfun.go:33:19
./ken_ptrfun.go:36:20: v escapes to heap:
./ken_ptrfun.go:36:20:   flow: {heap} = &{storage for v}:
./ken_ptrfun.go:36:20:     from v (spill) at ./ken_ptrfun.go:36:20
./ken_ptrfun.go:36:20:     from panic(v) (call parameter) at ./ken_ptrfun.go:36:19
./ken_ptrfun.go:25:9: new(C) escapes to heap:
./ken_ptrfun.go:25:9:   flow: c = &{storage for new(C)}:
./ken_ptrfun.go:25:9:     from new(C) (spill) at ./ken_ptrfun.go:25:9
./ken_ptrfun.go:25:9:     from c = new(C) (assign) at ./ken_ptrfun.go:25:4
./ken_ptrfun.go:25:9:   flow: {heap} = c:
./ken_ptrfun.go:25:9:     from c.x(c) (call parameter) at ./ken_ptrfun.go:32:9
./ken_ptrfun.go:25:9: new(C) escapes to heap
./ken_ptrfun.go:30:20: v escapes to heap
./ken_ptrfun.go:33:20: v escapes to heap
./ken_ptrfun.go:36:20: v escapes to heap

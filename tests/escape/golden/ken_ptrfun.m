./ken_ptrfun.go:16:7: this does not escape
./ken_ptrfun.go:39:8: p does not escape
./ken_ptrfun.go:43:20: v escapes to heap
./ken_ptrfun.go:25:9: new(C) escapes to heap
./ken_ptrfun.go:30:20: v escapes to heap
./ken_ptrfun.go:33:20: v escapes to heap
./ken_ptrfun.go:36:20: v escapes to heap

./ken_ptrvar.go:37:26: 1 escapes to heap
./ken_ptrvar.go:38:26: 2 escapes to heap
./ken_ptrvar.go:53:23: x escapes to heap

./ken_simpvar.go:26:22: x escapes to heap

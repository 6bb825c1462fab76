./ken_mfunc.go:16:25: x + y escapes to heap

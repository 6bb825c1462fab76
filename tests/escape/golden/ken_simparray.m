./ken_simparray.go:26:22: s1 escapes to heap
./ken_simparray.go:37:22: s2 escapes to heap
./ken_simparray.go:39:10: new([100]int) does not escape
./ken_simparray.go:49:24: s3 escapes to heap

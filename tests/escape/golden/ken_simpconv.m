./ken_simpconv.go:20:9: s1 escapes to heap
./ken_simpconv.go:28:9: s2 escapes to heap

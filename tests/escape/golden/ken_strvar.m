./ken_strvar.go:30:24: s1.c escapes to heap
./ken_strvar.go:31:24: g1.c escapes to heap
./ken_strvar.go:41:27: s2.d.c escapes to heap
./ken_strvar.go:42:27: g2.d.c escapes to heap
./ken_strvar.go:57:23: x escapes to heap
./ken_strvar.go:68:27: s3.d.c escapes to heap
./ken_strvar.go:78:23: x escapes to heap

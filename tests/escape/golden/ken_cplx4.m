./ken_cplx4.go:21:11: s does not escape
./ken_cplx4.go:21:14: w does not escape
./ken_cplx4.go:23:22: s + " != " + w escapes to heap
./ken_cplx4.go:23:20: s + " != " + w escapes to heap
./ken_cplx4.go:27:28: w does not escape
./ken_cplx4.go:28:18: ... argument does not escape
./ken_cplx4.go:28:19: c escapes to heap
./ken_cplx4.go:35:18: ... argument does not escape
./ken_cplx4.go:35:25: -C1 escapes to heap
./ken_cplx4.go:41:17: ... argument does not escape
./ken_cplx4.go:41:18: c1 escapes to heap
./ken_cplx4.go:47:17: ... argument does not escape
./ken_cplx4.go:47:18: c2 escapes to heap
./ken_cplx4.go:52:17: ... argument does not escape
./ken_cplx4.go:52:18: c3 escapes to heap
./ken_cplx4.go:58:13: ... argument does not escape
./ken_cplx4.go:58:14: c3 escapes to heap
./ken_cplx4.go:58:14: c4 escapes to heap
./ken_cplx4.go:59:8: 0 escapes to heap

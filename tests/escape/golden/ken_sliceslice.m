./ken_sliceslice.go:152:8: "fail" escapes to heap
./ken_sliceslice.go:157:8: "fail" escapes to heap
./ken_sliceslice.go:164:9: "fail" escapes to heap
./ken_sliceslice.go:175:8: "fail" escapes to heap
./ken_sliceslice.go:180:8: "fail" escapes to heap
./ken_sliceslice.go:187:9: "fail" escapes to heap
./ken_sliceslice.go:194:11: make([]byte, 10) escapes to heap
./ken_sliceslice.go:200:11: make([]float64, 10) escapes to heap

./ken_divconst.go:31:8: "fail" escapes to heap
./ken_divconst.go:124:8: "fail" escapes to heap
./ken_divconst.go:186:8: "fail" escapes to heap
./ken_divconst.go:276:8: "fail" escapes to heap
./ken_divconst.go:338:8: "fail" escapes to heap
./ken_divconst.go:430:8: "fail" escapes to heap
./ken_divconst.go:492:8: "fail" escapes to heap
./ken_divconst.go:576:8: "fail" escapes to heap

./ken_modconst.go:31:8: "fail" escapes to heap
./ken_modconst.go:124:8: "fail" escapes to heap
./ken_modconst.go:186:8: "fail" escapes to heap
./ken_modconst.go:276:8: "fail" escapes to heap
./ken_modconst.go:338:8: "fail" escapes to heap
./ken_modconst.go:430:8: "fail" escapes to heap
./ken_modconst.go:492:8: "fail" escapes to heap
./ken_modconst.go:578:8: "fail" escapes to heap

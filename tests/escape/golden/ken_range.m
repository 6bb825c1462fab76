./ken_range.go:22:10: make([]byte, size) escapes to heap
./ken_range.go:23:10: make(map[int]byte) escapes to heap
./ken_range.go:43:9: "fail" escapes to heap
./ken_range.go:49:8: "fail" escapes to heap
./ken_range.go:57:9: "fail" escapes to heap
./ken_range.go:63:8: "fail" escapes to heap
./ken_range.go:71:9: "fail" escapes to heap
./ken_range.go:77:8: "fail" escapes to heap
./ken_range.go:87:9: "fail" escapes to heap
./ken_range.go:93:8: "fail" escapes to heap
./ken_range.go:100:9: "fail" escapes to heap
./ken_range.go:106:8: "fail" escapes to heap
./ken_range.go:113:9: "fail" escapes to heap
./ken_range.go:119:8: "fail" escapes to heap

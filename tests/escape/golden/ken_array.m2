./ken_array.go:11:12: a does not escape
./ken_array.go:18:12: a does not escape
./ken_array.go:28:12: a does not escape
./ken_array.go:35:12: a does not escape
./ken_array.go:53:8: "res" escapes to heap:
./ken_array.go:53:8:   flow: {heap} = &{storage for "res"}:
./ken_array.go:53:8:     from "res" (spill) at ./ken_array.go:53:8
./ken_array.go:53:8:     from panic("res") (call parameter) at ./ken_array.go:53:8
./ken_array.go:53:8: "res" escapes to heap
./ken_array.go:62:8: "fail" escapes to heap:
./ken_array.go:62:8:   flow: {heap} = &{storage for "fail"}:
./ken_array.go:62:8:     from "fail" (spill) at ./ken_array.go:62:8
./ken_array.go:62:8:     from panic("fail") (call parameter) at ./ken_array.go:62:8
./ken_array.go:59:11: make([]int, 10, 100) does not escape
./ken_array.go:62:8: "fail" escapes to heap
./ken_array.go:88:10: new([40]int) does not escape
./ken_array.go:106:11: make([]int, 100) does not escape

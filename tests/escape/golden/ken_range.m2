./ken_range.go:22:10: make([]byte, size) escapes to heap:
./ken_range.go:22:10:   flow: {heap} = &{storage for make([]byte, size)}:
./ken_range.go:22:10:     from make([]byte, size) (spill) at ./ken_range.go:22:10
./ken_range.go:22:10:     from p = make([]byte, size) (assign) at ./ken_range.go:22:4
./ken_range.go:23:10: make(map[int]byte) escapes to heap:
./ken_range.go:23:10:   flow: {heap} = &{storage for make(map[int]byte)}:
./ken_range.go:23:10:     from make(map[int]byte) (spill) at ./ken_range.go:23:10
./ken_range.go:23:10:     from m = make(map[int]byte) (assign) at ./ken_range.go:23:4
./ken_range.go:22:10: make([]byte, size) escapes to heap
./ken_range.go:23:10: make(map[int]byte) escapes to heap
./ken_range.go:43:9: "fail" escapes to heap:
./ken_range.go:43:9:   flow: {heap} = &{storage for "fail"}:
./ken_range.go:43:9:     from "fail" (spill) at ./ken_range.go:43:9
./ken_range.go:43:9:     from panic("fail") (call parameter) at ./ken_range.go:43:9
./ken_range.go:49:8: "fail" escapes to heap:
./ken_range.go:49:8:   flow: {heap} = &{storage for "fail"}:
./ken_range.go:49:8:     from "fail" (spill) at ./ken_range.go:49:8
./ken_range.go:49:8:     from panic("fail") (call parameter) at ./ken_range.go:49:8
./ken_range.go:57:9: "fail" escapes to heap:
./ken_range.go:57:9:   flow: {heap} = &{storage for "fail"}:
./ken_range.go:57:9:     from "fail" (spill) at ./ken_range.go:57:9
./ken_range.go:57:9:     from panic("fail") (call parameter) at ./ken_range.go:57:9
./ken_range.go:63:8: "fail" escapes to heap:
./ken_range.go:63:8:   flow: {heap} = &{storage for "fail"}:
./ken_range.go:63:8:     from "fail" (spill) at ./ken_range.go:63:8
./ken_range.go:63:8:     from panic("fail") (call parameter) at ./ken_range.go:63:8
./ken_range.go:71:9: "fail" escapes to heap:
./ken_range.go:71:9:   flow: {heap} = &{storage for "fail"}:
./ken_range.go:71:9:     from "fail" (spill) at ./ken_range.go:71:9
./ken_range.go:71:9:     from panic("fail") (call parameter) at ./ken_range.go:71:9
./ken_range.go:77:8: "fail" escapes to heap:
./ken_range.go:77:8:   flow: {heap} = &{storage for "fail"}:
./ken_range.go:77:8:     from "fail" (spill) at ./ken_range.go:77:8
./ken_range.go:77:8:     from panic("fail") (call parameter) at ./ken_range.go:77:8
./ken_range.go:87:9: "fail" escapes to heap:
./ken_range.go:87:9:   flow: {heap} = &{storage for "fail"}:
./ken_range.go:87:9:     from "fail" (spill) at ./ken_range.go:87:9
./ken_range.go:87:9:     from panic("fail") (call parameter) at ./ken_range.go:87:9
./ken_range.go:93:8: "fail" escapes to heap:
./ken_range.go:93:8:   flow: {heap} = &{storage for "fail"}:
./ken_range.go:93:8:     from "fail" (spill) at ./ken_range.go:93:8
./ken_range.go:93:8:     from panic("fail") (call parameter) at ./ken_range.go:93:8
./ken_range.go:100:9: "fail" escapes to heap:
./ken_range.go:100:9:   flow: {heap} = &{storage for "fail"}:
./ken_range.go:100:9:     from "fail" (spill) at ./ken_range.go:100:9
./ken_range.go:100:9:     from panic("fail") (call parameter) at ./ken_range.go:100:9
./ken_range.go:106:8: "fail" escapes to heap:
./ken_range.go:106:8:   flow: {heap} = &{storage for "fail"}:
./ken_range.go:106:8:     from "fail" (spill) at ./ken_range.go:106:8
./ken_range.go:106:8:     from panic("fail") (call parameter) at ./ken_range.go:106:8
./ken_range.go:113:9: "fail" escapes to heap:
./ken_range.go:113:9:   flow: {heap} = &{storage for "fail"}:
./ken_range.go:113:9:     from "fail" (spill) at ./ken_range.go:113:9
./ken_range.go:113:9:     from panic("fail") (call parameter) at ./ken_range.go:113:9
./ken_range.go:119:8: "fail" escapes to heap:
./ken_range.go:119:8:   flow: {heap} = &{storage for "fail"}:
./ken_range.go:119:8:     from "fail" (spill) at ./ken_range.go:119:8
./ken_range.go:119:8:     from panic("fail") (call parameter) at ./ken_range.go:119:8
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

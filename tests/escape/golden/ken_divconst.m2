./ken_divconst.go:31:8: "fail" escapes to heap:
./ken_divconst.go:31:8:   flow: {heap} = &{storage for "fail"}:
./ken_divconst.go:31:8:     from "fail" (spill) at ./ken_divconst.go:31:8
./ken_divconst.go:31:8:     from panic("fail") (call parameter) at ./ken_divconst.go:31:8
./ken_divconst.go:31:8: "fail" escapes to heap
./ken_divconst.go:124:8: "fail" escapes to heap:
./ken_divconst.go:124:8:   flow: {heap} = &{storage for "fail"}:
./ken_divconst.go:124:8:     from "fail" (spill) at ./ken_divconst.go:124:8
./ken_divconst.go:124:8:     from panic("fail") (call parameter) at ./ken_divconst.go:124:8
./ken_divconst.go:124:8: "fail" escapes to heap
./ken_divconst.go:186:8: "fail" escapes to heap:
./ken_divconst.go:186:8:   flow: {heap} = &{storage for "fail"}:
./ken_divconst.go:186:8:     from "fail" (spill) at ./ken_divconst.go:186:8
./ken_divconst.go:186:8:     from panic("fail") (call parameter) at ./ken_divconst.go:186:8
./ken_divconst.go:186:8: "fail" escapes to heap
./ken_divconst.go:276:8: "fail" escapes to heap:
./ken_divconst.go:276:8:   flow: {heap} = &{storage for "fail"}:
./ken_divconst.go:276:8:     from "fail" (spill) at ./ken_divconst.go:276:8
./ken_divconst.go:276:8:     from panic("fail") (call parameter) at ./ken_divconst.go:276:8
./ken_divconst.go:276:8: "fail" escapes to heap
./ken_divconst.go:338:8: "fail" escapes to heap:
./ken_divconst.go:338:8:   flow: {heap} = &{storage for "fail"}:
./ken_divconst.go:338:8:     from "fail" (spill) at ./ken_divconst.go:338:8
./ken_divconst.go:338:8:     from panic("fail") (call parameter) at ./ken_divconst.go:338:8
./ken_divconst.go:338:8: "fail" escapes to heap
./ken_divconst.go:430:8: "fail" escapes to heap:
./ken_divconst.go:430:8:   flow: {heap} = &{storage for "fail"}:
./ken_divconst.go:430:8:     from "fail" (spill) at ./ken_divconst.go:430:8
./ken_divconst.go:430:8:     from panic("fail") (call parameter) at ./ken_divconst.go:430:8
./ken_divconst.go:430:8: "fail" escapes to heap
./ken_divconst.go:492:8: "fail" escapes to heap:
./ken_divconst.go:492:8:   flow: {heap} = &{storage for "fail"}:
./ken_divconst.go:492:8:     from "fail" (spill) at ./ken_divconst.go:492:8
./ken_divconst.go:492:8:     from panic("fail") (call parameter) at ./ken_divconst.go:492:8
./ken_divconst.go:492:8: "fail" escapes to heap
./ken_divconst.go:576:8: "fail" escapes to heap:
./ken_divconst.go:576:8:   flow: {heap} = &{storage for "fail"}:
./ken_divconst.go:576:8:     from "fail" (spill) at ./ken_divconst.go:576:8
./ken_divconst.go:576:8:     from panic("fail") (call parameter) at ./ken_divconst.go:576:8
./ken_divconst.go:576:8: "fail" escapes to heap

./ken_modconst.go:31:8: "fail" escapes to heap:
./ken_modconst.go:31:8:   flow: {heap} = &{storage for "fail"}:
./ken_modconst.go:31:8:     from "fail" (spill) at ./ken_modconst.go:31:8
./ken_modconst.go:31:8:     from panic("fail") (call parameter) at ./ken_modconst.go:31:8
./ken_modconst.go:31:8: "fail" escapes to heap
./ken_modconst.go:124:8: "fail" escapes to heap:
./ken_modconst.go:124:8:   flow: {heap} = &{storage for "fail"}:
./ken_modconst.go:124:8:     from "fail" (spill) at ./ken_modconst.go:124:8
./ken_modconst.go:124:8:     from panic("fail") (call parameter) at ./ken_modconst.go:124:8
./ken_modconst.go:124:8: "fail" escapes to heap
./ken_modconst.go:186:8: "fail" escapes to heap:
./ken_modconst.go:186:8:   flow: {heap} = &{storage for "fail"}:
./ken_modconst.go:186:8:     from "fail" (spill) at ./ken_modconst.go:186:8
./ken_modconst.go:186:8:     from panic("fail") (call parameter) at ./ken_modconst.go:186:8
./ken_modconst.go:186:8: "fail" escapes to heap
./ken_modconst.go:276:8: "fail" escapes to heap:
./ken_modconst.go:276:8:   flow: {heap} = &{storage for "fail"}:
./ken_modconst.go:276:8:     from "fail" (spill) at ./ken_modconst.go:276:8
./ken_modconst.go:276:8:     from panic("fail") (call parameter) at ./ken_modconst.go:276:8
./ken_modconst.go:276:8: "fail" escapes to heap
./ken_modconst.go:338:8: "fail" escapes to heap:
./ken_modconst.go:338:8:   flow: {heap} = &{storage for "fail"}:
./ken_modconst.go:338:8:     from "fail" (spill) at ./ken_modconst.go:338:8
./ken_modconst.go:338:8:     from panic("fail") (call parameter) at ./ken_modconst.go:338:8
./ken_modconst.go:338:8: "fail" escapes to heap
./ken_modconst.go:430:8: "fail" escapes to heap:
./ken_modconst.go:430:8:   flow: {heap} = &{storage for "fail"}:
./ken_modconst.go:430:8:     from "fail" (spill) at ./ken_modconst.go:430:8
./ken_modconst.go:430:8:     from panic("fail") (call parameter) at ./ken_modconst.go:430:8
./ken_modconst.go:430:8: "fail" escapes to heap
./ken_modconst.go:492:8: "fail" escapes to heap:
./ken_modconst.go:492:8:   flow: {heap} = &{storage for "fail"}:
./ken_modconst.go:492:8:     from "fail" (spill) at ./ken_modconst.go:492:8
./ken_modconst.go:492:8:     from panic("fail") (call parameter) at ./ken_modconst.go:492:8
./ken_modconst.go:492:8: "fail" escapes to heap
./ken_modconst.go:578:8: "fail" escapes to heap:
./ken_modconst.go:578:8:   flow: {heap} = &{storage for "fail"}:
./ken_modconst.go:578:8:     from "fail" (spill) at ./ken_modconst.go:578:8
./ken_modconst.go:578:8:     from panic("fail") (call parameter) at ./ken_modconst.go:578:8
./ken_modconst.go:578:8: "fail" escapes to heap

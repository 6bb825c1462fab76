./ken_cplx1.go:59:8: "fail" escapes to heap:
./ken_cplx1.go:59:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx1.go:59:8:     from "fail" (spill) at ./ken_cplx1.go:59:8
./ken_cplx1.go:59:8:     from panic("fail") (call parameter) at ./ken_cplx1.go:59:8
./ken_cplx1.go:65:8: "fail" escapes to heap:
./ken_cplx1.go:65:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx1.go:65:8:     from "fail" (spill) at ./ken_cplx1.go:65:8
./ken_cplx1.go:65:8:     from panic("fail") (call parameter) at ./ken_cplx1.go:65:8
./ken_cplx1.go:71:8: "fail" escapes to heap:
./ken_cplx1.go:71:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx1.go:71:8:     from "fail" (spill) at ./ken_cplx1.go:71:8
./ken_cplx1.go:71:8:     from panic("fail") (call parameter) at ./ken_cplx1.go:71:8
./ken_cplx1.go:77:8: "fail" escapes to heap:
./ken_cplx1.go:77:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx1.go:77:8:     from "fail" (spill) at ./ken_cplx1.go:77:8
./ken_cplx1.go:77:8:     from panic("fail") (call parameter) at ./ken_cplx1.go:77:8
./ken_cplx1.go:83:9: "fail" escapes to heap:
./ken_cplx1.go:83:9:   flow: {heap} = &{storage for "fail"}:
./ken_cplx1.go:83:9:     from "fail" (spill) at ./ken_cplx1.go:83:9
./ken_cplx1.go:83:9:     from panic("fail") (call parameter) at ./ken_cplx1.go:83:9
./ken_cplx1.go:87:9: "fail" escapes to heap:
./ken_cplx1.go:87:9:   flow: {heap} = &{storage for "fail"}:
./ken_cplx1.go:87:9:     from "fail" (spill) at ./ken_cplx1.go:87:9
./ken_cplx1.go:87:9:     from panic("fail") (call parameter) at ./ken_cplx1.go:87:9
./ken_cplx1.go:92:9: "fail" escapes to heap:
./ken_cplx1.go:92:9:   flow: {heap} = &{storage for "fail"}:
./ken_cplx1.go:92:9:     from "fail" (spill) at ./ken_cplx1.go:92:9
./ken_cplx1.go:92:9:     from panic("fail") (call parameter) at ./ken_cplx1.go:92:9
./ken_cplx1.go:96:9: "fail" escapes to heap:
./ken_cplx1.go:96:9:   flow: {heap} = &{storage for "fail"}:
./ken_cplx1.go:96:9:     from "fail" (spill) at ./ken_cplx1.go:96:9
./ken_cplx1.go:96:9:     from panic("fail") (call parameter) at ./ken_cplx1.go:96:9
./ken_cplx1.go:59:8: "fail" escapes to heap
./ken_cplx1.go:65:8: "fail" escapes to heap
./ken_cplx1.go:71:8: "fail" escapes to heap
./ken_cplx1.go:77:8: "fail" escapes to heap
./ken_cplx1.go:83:9: "fail" escapes to heap
./ken_cplx1.go:87:9: "fail" escapes to heap
./ken_cplx1.go:92:9: "fail" escapes to heap
./ken_cplx1.go:96:9: "fail" escapes to heap
./ken_cplx1.go:25:8: "fail" escapes to heap:
./ken_cplx1.go:25:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx1.go:25:8:     from "fail" (spill) at ./ken_cplx1.go:25:8
./ken_cplx1.go:25:8:     from panic("fail") (call parameter) at ./ken_cplx1.go:25:8
./ken_cplx1.go:31:8: "fail" escapes to heap:
./ken_cplx1.go:31:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx1.go:31:8:     from "fail" (spill) at ./ken_cplx1.go:31:8
./ken_cplx1.go:31:8:     from panic("fail") (call parameter) at ./ken_cplx1.go:31:8
./ken_cplx1.go:37:8: "fail" escapes to heap:
./ken_cplx1.go:37:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx1.go:37:8:     from "fail" (spill) at ./ken_cplx1.go:37:8
./ken_cplx1.go:37:8:     from panic("fail") (call parameter) at ./ken_cplx1.go:37:8
./ken_cplx1.go:43:8: "fail" escapes to heap:
./ken_cplx1.go:43:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx1.go:43:8:     from "fail" (spill) at ./ken_cplx1.go:43:8
./ken_cplx1.go:43:8:     from panic("fail") (call parameter) at ./ken_cplx1.go:43:8
./ken_cplx1.go:25:8: "fail" escapes to heap
./ken_cplx1.go:31:8: "fail" escapes to heap
./ken_cplx1.go:37:8: "fail" escapes to heap
./ken_cplx1.go:43:8: "fail" escapes to heap

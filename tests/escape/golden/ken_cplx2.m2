./ken_cplx2.go:36:8: "fail" escapes to heap:
./ken_cplx2.go:36:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:36:8:     from "fail" (spill) at ./ken_cplx2.go:36:8
./ken_cplx2.go:36:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:36:8
./ken_cplx2.go:42:8: "fail" escapes to heap:
./ken_cplx2.go:42:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:42:8:     from "fail" (spill) at ./ken_cplx2.go:42:8
./ken_cplx2.go:42:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:42:8
./ken_cplx2.go:48:8: "fail" escapes to heap:
./ken_cplx2.go:48:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:48:8:     from "fail" (spill) at ./ken_cplx2.go:48:8
./ken_cplx2.go:48:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:48:8
./ken_cplx2.go:54:8: "fail" escapes to heap:
./ken_cplx2.go:54:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:54:8:     from "fail" (spill) at ./ken_cplx2.go:54:8
./ken_cplx2.go:54:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:54:8
./ken_cplx2.go:60:8: "fail" escapes to heap:
./ken_cplx2.go:60:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:60:8:     from "fail" (spill) at ./ken_cplx2.go:60:8
./ken_cplx2.go:60:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:60:8
./ken_cplx2.go:66:8: "fail" escapes to heap:
./ken_cplx2.go:66:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:66:8:     from "fail" (spill) at ./ken_cplx2.go:66:8
./ken_cplx2.go:66:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:66:8
./ken_cplx2.go:72:8: "fail" escapes to heap:
./ken_cplx2.go:72:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:72:8:     from "fail" (spill) at ./ken_cplx2.go:72:8
./ken_cplx2.go:72:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:72:8
./ken_cplx2.go:78:8: "fail" escapes to heap:
./ken_cplx2.go:78:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:78:8:     from "fail" (spill) at ./ken_cplx2.go:78:8
./ken_cplx2.go:78:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:78:8
./ken_cplx2.go:84:8: "fail" escapes to heap:
./ken_cplx2.go:84:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:84:8:     from "fail" (spill) at ./ken_cplx2.go:84:8
./ken_cplx2.go:84:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:84:8
./ken_cplx2.go:90:8: "fail" escapes to heap:
./ken_cplx2.go:90:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:90:8:     from "fail" (spill) at ./ken_cplx2.go:90:8
./ken_cplx2.go:90:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:90:8
./ken_cplx2.go:96:8: "fail" escapes to heap:
./ken_cplx2.go:96:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:96:8:     from "fail" (spill) at ./ken_cplx2.go:96:8
./ken_cplx2.go:96:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:96:8
./ken_cplx2.go:102:8: "fail" escapes to heap:
./ken_cplx2.go:102:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:102:8:     from "fail" (spill) at ./ken_cplx2.go:102:8
./ken_cplx2.go:102:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:102:8
./ken_cplx2.go:108:8: "fail" escapes to heap:
./ken_cplx2.go:108:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:108:8:     from "fail" (spill) at ./ken_cplx2.go:108:8
./ken_cplx2.go:108:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:108:8
./ken_cplx2.go:114:8: "fail" escapes to heap:
./ken_cplx2.go:114:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:114:8:     from "fail" (spill) at ./ken_cplx2.go:114:8
./ken_cplx2.go:114:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:114:8
./ken_cplx2.go:120:8: "fail" escapes to heap:
./ken_cplx2.go:120:8:   flow: {heap} = &{storage for "fail"}:
./ken_cplx2.go:120:8:     from "fail" (spill) at ./ken_cplx2.go:120:8
./ken_cplx2.go:120:8:     from panic("fail") (call parameter) at ./ken_cplx2.go:120:8
./ken_cplx2.go:36:8: "fail" escapes to heap
./ken_cplx2.go:42:8: "fail" escapes to heap
./ken_cplx2.go:48:8: "fail" escapes to heap
./ken_cplx2.go:54:8: "fail" escapes to heap
./ken_cplx2.go:60:8: "fail" escapes to heap
./ken_cplx2.go:66:8: "fail" escapes to heap
./ken_cplx2.go:72:8: "fail" escapes to heap
./ken_cplx2.go:78:8: "fail" escapes to heap
./ken_cplx2.go:84:8: "fail" escapes to heap
./ken_cplx2.go:90:8: "fail" escapes to heap
./ken_cplx2.go:96:8: "fail" escapes to heap
./ken_cplx2.go:102:8: "fail" escapes to heap
./ken_cplx2.go:108:8: "fail" escapes to heap
./ken_cplx2.go:114:8: "fail" escapes to heap
./ken_cplx2.go:120:8: "fail" escapes to heap

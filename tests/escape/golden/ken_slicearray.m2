./ken_slicearray.go:161:8: "fail" escapes to heap:
./ken_slicearray.go:161:8:   flow: {heap} = &{storage for "fail"}:
./ken_slicearray.go:161:8:     from "fail" (spill) at ./ken_slicearray.go:161:8
./ken_slicearray.go:161:8:     from panic("fail") (call parameter) at ./ken_slicearray.go:161:8
./ken_slicearray.go:166:8: "fail" escapes to heap:
./ken_slicearray.go:166:8:   flow: {heap} = &{storage for "fail"}:
./ken_slicearray.go:166:8:     from "fail" (spill) at ./ken_slicearray.go:166:8
./ken_slicearray.go:166:8:     from panic("fail") (call parameter) at ./ken_slicearray.go:166:8
./ken_slicearray.go:173:9: "fail" escapes to heap:
./ken_slicearray.go:173:9:   flow: {heap} = &{storage for "fail"}:
./ken_slicearray.go:173:9:     from "fail" (spill) at ./ken_slicearray.go:173:9
./ken_slicearray.go:173:9:     from panic("fail") (call parameter) at ./ken_slicearray.go:173:9
./ken_slicearray.go:161:8: "fail" escapes to heap
./ken_slicearray.go:166:8: "fail" escapes to heap
./ken_slicearray.go:173:9: "fail" escapes to heap
./ken_slicearray.go:184:8: "fail" escapes to heap:
./ken_slicearray.go:184:8:   flow: {heap} = &{storage for "fail"}:
./ken_slicearray.go:184:8:     from "fail" (spill) at ./ken_slicearray.go:184:8
./ken_slicearray.go:184:8:     from panic("fail") (call parameter) at ./ken_slicearray.go:184:8
./ken_slicearray.go:189:8: "fail" escapes to heap:
./ken_slicearray.go:189:8:   flow: {heap} = &{storage for "fail"}:
./ken_slicearray.go:189:8:     from "fail" (spill) at ./ken_slicearray.go:189:8
./ken_slicearray.go:189:8:     from panic("fail") (call parameter) at ./ken_slicearray.go:189:8
./ken_slicearray.go:196:9: "fail" escapes to heap:
./ken_slicearray.go:196:9:   flow: {heap} = &{storage for "fail"}:
./ken_slicearray.go:196:9:     from "fail" (spill) at ./ken_slicearray.go:196:9
./ken_slicearray.go:196:9:     from panic("fail") (call parameter) at ./ken_slicearray.go:196:9
./ken_slicearray.go:184:8: "fail" escapes to heap
./ken_slicearray.go:189:8: "fail" escapes to heap
./ken_slicearray.go:196:9: "fail" escapes to heap

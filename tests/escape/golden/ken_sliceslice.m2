./ken_sliceslice.go:152:8: "fail" escapes to heap:
./ken_sliceslice.go:152:8:   flow: {heap} = &{storage for "fail"}:
./ken_sliceslice.go:152:8:     from "fail" (spill) at ./ken_sliceslice.go:152:8
./ken_sliceslice.go:152:8:     from panic("fail") (call parameter) at ./ken_sliceslice.go:152:8
./ken_sliceslice.go:157:8: "fail" escapes to heap:
./ken_sliceslice.go:157:8:   flow: {heap} = &{storage for "fail"}:
./ken_sliceslice.go:157:8:     from "fail" (spill) at ./ken_sliceslice.go:157:8
./ken_sliceslice.go:157:8:     from panic("fail") (call parameter) at ./ken_sliceslice.go:157:8
./ken_sliceslice.go:164:9: "fail" escapes to heap:
./ken_sliceslice.go:164:9:   flow: {heap} = &{storage for "fail"}:
./ken_sliceslice.go:164:9:     from "fail" (spill) at ./ken_sliceslice.go:164:9
./ken_sliceslice.go:164:9:     from panic("fail") (call parameter) at ./ken_sliceslice.go:164:9
./ken_sliceslice.go:152:8: "fail" escapes to heap
./ken_sliceslice.go:157:8: "fail" escapes to heap
./ken_sliceslice.go:164:9: "fail" escapes to heap
./ken_sliceslice.go:175:8: "fail" escapes to heap:
./ken_sliceslice.go:175:8:   flow: {heap} = &{storage for "fail"}:
./ken_sliceslice.go:175:8:     from "fail" (spill) at ./ken_sliceslice.go:175:8
./ken_sliceslice.go:175:8:     from panic("fail") (call parameter) at ./ken_sliceslice.go:175:8
./ken_sliceslice.go:180:8: "fail" escapes to heap:
./ken_sliceslice.go:180:8:   flow: {heap} = &{storage for "fail"}:
./ken_sliceslice.go:180:8:     from "fail" (spill) at ./ken_sliceslice.go:180:8
./ken_sliceslice.go:180:8:     from panic("fail") (call parameter) at ./ken_sliceslice.go:180:8
./ken_sliceslice.go:187:9: "fail" escapes to heap:
./ken_sliceslice.go:187:9:   flow: {heap} = &{storage for "fail"}:
./ken_sliceslice.go:187:9:     from "fail" (spill) at ./ken_sliceslice.go:187:9
./ken_sliceslice.go:187:9:     from panic("fail") (call parameter) at ./ken_sliceslice.go:187:9
./ken_sliceslice.go:175:8: "fail" escapes to heap
./ken_sliceslice.go:180:8: "fail" escapes to heap
./ken_sliceslice.go:187:9: "fail" escapes to heap
./ken_sliceslice.go:194:11: make([]byte, 10) escapes to heap:
./ken_sliceslice.go:194:11:   flow: {heap} = &{storage for make([]byte, 10)}:
./ken_sliceslice.go:194:11:     from make([]byte, 10) (spill) at ./ken_sliceslice.go:194:11
./ken_sliceslice.go:194:11:     from bx = make([]byte, 10) (assign) at ./ken_sliceslice.go:194:5
./ken_sliceslice.go:200:11: make([]float64, 10) escapes to heap:
./ken_sliceslice.go:200:11:   flow: {heap} = &{storage for make([]float64, 10)}:
./ken_sliceslice.go:200:11:     from make([]float64, 10) (spill) at ./ken_sliceslice.go:200:11
./ken_sliceslice.go:200:11:     from fx = make([]float64, 10) (assign) at ./ken_sliceslice.go:200:5
./ken_sliceslice.go:194:11: make([]byte, 10) escapes to heap
./ken_sliceslice.go:200:11: make([]float64, 10) escapes to heap

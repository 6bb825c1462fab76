./cplx_strconv.go:21:35: strconv.FormatComplex(1, 'g', -1, 32) escapes to heap:
./cplx_strconv.go:21:35:   flow: {storage for ... argument} = &{storage for strconv.FormatComplex(1, 'g', -1, 32)}:
./cplx_strconv.go:21:35:     from strconv.FormatComplex(1, 'g', -1, 32) (spill) at ./cplx_strconv.go:21:35
./cplx_strconv.go:21:35:     from ... argument (slice-literal-element) at ./cplx_strconv.go:21:13
./cplx_strconv.go:21:35:   flow: {heap} = {storage for ... argument}:
./cplx_strconv.go:21:35:     from ... argument (spill) at ./cplx_strconv.go:21:13
./cplx_strconv.go:21:35:     from fmt.Println(... argument...) (call parameter) at ./cplx_strconv.go:21:13
./cplx_strconv.go:20:29: "recovered:" escapes to heap:
./cplx_strconv.go:20:29:   flow: {storage for ... argument} = &{storage for "recovered:"}:
./cplx_strconv.go:20:29:     from "recovered:" (spill) at ./cplx_strconv.go:20:29
./cplx_strconv.go:20:29:     from ... argument (slice-literal-element) at ./cplx_strconv.go:20:28
./cplx_strconv.go:20:29:   flow: {heap} = {storage for ... argument}:
./cplx_strconv.go:20:29:     from ... argument (spill) at ./cplx_strconv.go:20:28
./cplx_strconv.go:20:29:     from fmt.Println(... argument...) (call parameter) at ./cplx_strconv.go:20:28
./cplx_strconv.go:15:99: " " escapes to heap:
./cplx_strconv.go:15:99:   flow: {storage for ... argument} = &{storage for " "}:
./cplx_strconv.go:15:99:     from " " (spill) at ./cplx_strconv.go:15:99
./cplx_strconv.go:15:99:     from ... argument (slice-literal-element) at ./cplx_strconv.go:15:14
./cplx_strconv.go:15:99:   flow: {heap} = {storage for ... argument}:
./cplx_strconv.go:15:99:     from ... argument (spill) at ./cplx_strconv.go:15:14
./cplx_strconv.go:15:99:     from fmt.Print(... argument...) (call parameter) at ./cplx_strconv.go:15:14
./cplx_strconv.go:15:81: strconv.FormatComplex(v, f, prec, 64) escapes to heap:
./cplx_strconv.go:15:81:   flow: {storage for ... argument} = &{storage for strconv.FormatComplex(v, f, prec, 64)}:
./cplx_strconv.go:15:81:     from strconv.FormatComplex(v, f, prec, 64) (spill) at ./cplx_strconv.go:15:81
./cplx_strconv.go:15:81:     from ... argument (slice-literal-element) at ./cplx_strconv.go:15:14
./cplx_strconv.go:15:81:   flow: {heap} = {storage for ... argument}:
./cplx_strconv.go:15:81:     from ... argument (spill) at ./cplx_strconv.go:15:14
./cplx_strconv.go:15:81:     from fmt.Print(... argument...) (call parameter) at ./cplx_strconv.go:15:14
./cplx_strconv.go:15:55: " " escapes to heap:
./cplx_strconv.go:15:55:   flow: {storage for ... argument} = &{storage for " "}:
./cplx_strconv.go:15:55:     from " " (spill) at ./cplx_strconv.go:15:55
./cplx_strconv.go:15:55:     from ... argument (slice-literal-element) at ./cplx_strconv.go:15:14
./cplx_strconv.go:15:55:   flow: {heap} = {storage for ... argument}:
./cplx_strconv.go:15:55:     from ... argument (spill) at ./cplx_strconv.go:15:14
./cplx_strconv.go:15:55:     from fmt.Print(... argument...) (call parameter) at ./cplx_strconv.go:15:14
./cplx_strconv.go:15:36: strconv.FormatComplex(v, f, prec, 128) escapes to heap:
./cplx_strconv.go:15:36:   flow: {storage for ... argument} = &{storage for strconv.FormatComplex(v, f, prec, 128)}:
./cplx_strconv.go:15:36:     from strconv.FormatComplex(v, f, prec, 128) (spill) at ./cplx_strconv.go:15:36
./cplx_strconv.go:15:36:     from ... argument (slice-literal-element) at ./cplx_strconv.go:15:14
./cplx_strconv.go:15:36:   flow: {heap} = {storage for ... argument}:
./cplx_strconv.go:15:36:     from ... argument (spill) at ./cplx_strconv.go:15:14
./cplx_strconv.go:15:36:     from fmt.Print(... argument...) (call parameter) at ./cplx_strconv.go:15:14
./cplx_strconv.go:10:22: []complex128{...} does not escape
./cplx_strconv.go:13:27: []byte{...} does not escape
./cplx_strconv.go:14:30: []int{...} does not escape
./cplx_strconv.go:15:14: ... argument does not escape
./cplx_strconv.go:15:36: strconv.FormatComplex(v, f, prec, 128) escapes to heap
./cplx_strconv.go:15:55: " " escapes to heap
./cplx_strconv.go:15:81: strconv.FormatComplex(v, f, prec, 64) escapes to heap
./cplx_strconv.go:15:99: " " escapes to heap
./cplx_strconv.go:20:8: func literal does not escape
./cplx_strconv.go:20:28: ... argument does not escape
./cplx_strconv.go:20:29: "recovered:" escapes to heap
./cplx_strconv.go:21:13: ... argument does not escape
./cplx_strconv.go:21:35: strconv.FormatComplex(1, 'g', -1, 32) escapes to heap

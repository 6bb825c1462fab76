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

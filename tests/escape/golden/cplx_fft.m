./cplx_fft.go:18:15: fft ignoring self-assignment in a[i], a[j] = a[j], a[i]
./cplx_fft.go:18:15: fft ignoring self-assignment in a[i], a[j] = a[j], a[i]
./cplx_fft.go:9:10: a does not escape
./cplx_fft.go:44:15: x does not escape
./cplx_fft.go:44:18: y does not escape
./cplx_fft.go:49:12: make([]complex128, n) escapes to heap
./cplx_fft.go:50:12: make([]complex128, n) escapes to heap
./cplx_fft.go:63:13: make([]int, n) escapes to heap
./cplx_fft.go:71:13: make([]complex128, 16) does not escape
./cplx_fft.go:78:13: ... argument does not escape
./cplx_fft.go:78:14: i escapes to heap
./cplx_fft.go:78:47: cmplx.Abs(v) escapes to heap
./cplx_fft.go:78:47: v escapes to heap
./cplx_fft.go:86:13: ... argument does not escape
./cplx_fft.go:86:21: maxerr < 1e-12 escapes to heap
./cplx_fft.go:86:34: spec[1] escapes to heap
./cplx_fft.go:86:43: back[3] escapes to heap
./cplx_fft.go:87:13: ... argument does not escape
./cplx_fft.go:87:22: multiply([]int{...}, []int{...}) escapes to heap
./cplx_fft.go:87:28: []int{...} does not escape
./cplx_fft.go:87:44: []int{...} does not escape

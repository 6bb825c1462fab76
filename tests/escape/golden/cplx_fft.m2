./cplx_fft.go:18:15: fft ignoring self-assignment in a[i], a[j] = a[j], a[i]
./cplx_fft.go:18:15: fft ignoring self-assignment in a[i], a[j] = a[j], a[i]
./cplx_fft.go:9:10: a does not escape
./cplx_fft.go:49:12: make([]complex128, n) escapes to heap:
./cplx_fft.go:49:12:   flow: {heap} = &{storage for make([]complex128, n)}:
./cplx_fft.go:49:12:     from make([]complex128, n) (non-constant size) at ./cplx_fft.go:49:12
./cplx_fft.go:50:12: make([]complex128, n) escapes to heap:
./cplx_fft.go:50:12:   flow: {heap} = &{storage for make([]complex128, n)}:
./cplx_fft.go:50:12:     from make([]complex128, n) (non-constant size) at ./cplx_fft.go:50:12
./cplx_fft.go:63:13: make([]int, n) escapes to heap:
./cplx_fft.go:63:13:   flow: {heap} = &{storage for make([]int, n)}:
./cplx_fft.go:63:13:     from make([]int, n) (non-constant size) at ./cplx_fft.go:63:13
./cplx_fft.go:44:15: x does not escape
./cplx_fft.go:44:18: y does not escape
./cplx_fft.go:49:12: make([]complex128, n) escapes to heap
./cplx_fft.go:50:12: make([]complex128, n) escapes to heap
./cplx_fft.go:63:13: make([]int, n) escapes to heap
./cplx_fft.go:87:22: multiply([]int{...}, []int{...}) escapes to heap:
./cplx_fft.go:87:22:   flow: {storage for ... argument} = &{storage for multiply([]int{...}, []int{...})}:
./cplx_fft.go:87:22:     from multiply([]int{...}, []int{...}) (spill) at ./cplx_fft.go:87:22
./cplx_fft.go:87:22:     from ... argument (slice-literal-element) at ./cplx_fft.go:87:13
./cplx_fft.go:87:22:   flow: {heap} = {storage for ... argument}:
./cplx_fft.go:87:22:     from ... argument (spill) at ./cplx_fft.go:87:13
./cplx_fft.go:87:22:     from fmt.Println(... argument...) (call parameter) at ./cplx_fft.go:87:13
./cplx_fft.go:86:43: back[3] escapes to heap:
./cplx_fft.go:86:43:   flow: {storage for ... argument} = &{storage for back[3]}:
./cplx_fft.go:86:43:     from back[3] (spill) at ./cplx_fft.go:86:43
./cplx_fft.go:86:43:     from ... argument (slice-literal-element) at ./cplx_fft.go:86:13
./cplx_fft.go:86:43:   flow: {heap} = {storage for ... argument}:
./cplx_fft.go:86:43:     from ... argument (spill) at ./cplx_fft.go:86:13
./cplx_fft.go:86:43:     from fmt.Println(... argument...) (call parameter) at ./cplx_fft.go:86:13
./cplx_fft.go:86:34: spec[1] escapes to heap:
./cplx_fft.go:86:34:   flow: {storage for ... argument} = &{storage for spec[1]}:
./cplx_fft.go:86:34:     from spec[1] (spill) at ./cplx_fft.go:86:34
./cplx_fft.go:86:34:     from ... argument (slice-literal-element) at ./cplx_fft.go:86:13
./cplx_fft.go:86:34:   flow: {heap} = {storage for ... argument}:
./cplx_fft.go:86:34:     from ... argument (spill) at ./cplx_fft.go:86:13
./cplx_fft.go:86:34:     from fmt.Println(... argument...) (call parameter) at ./cplx_fft.go:86:13
./cplx_fft.go:86:21: maxerr < 1e-12 escapes to heap:
./cplx_fft.go:86:21:   flow: {storage for ... argument} = &{storage for maxerr < 1e-12}:
./cplx_fft.go:86:21:     from maxerr < 1e-12 (spill) at ./cplx_fft.go:86:21
./cplx_fft.go:86:21:     from ... argument (slice-literal-element) at ./cplx_fft.go:86:13
./cplx_fft.go:86:21:   flow: {heap} = {storage for ... argument}:
./cplx_fft.go:86:21:     from ... argument (spill) at ./cplx_fft.go:86:13
./cplx_fft.go:86:21:     from fmt.Println(... argument...) (call parameter) at ./cplx_fft.go:86:13
./cplx_fft.go:78:47: v escapes to heap:
./cplx_fft.go:78:47:   flow: {storage for ... argument} = &{storage for v}:
./cplx_fft.go:78:47:     from v (spill) at ./cplx_fft.go:78:47
./cplx_fft.go:78:47:     from ... argument (slice-literal-element) at ./cplx_fft.go:78:13
./cplx_fft.go:78:47:   flow: {heap} = {storage for ... argument}:
./cplx_fft.go:78:47:     from ... argument (spill) at ./cplx_fft.go:78:13
./cplx_fft.go:78:47:     from fmt.Printf("%2d %8.4f %8.4f\n", ... argument...) (call parameter) at ./cplx_fft.go:78:13
./cplx_fft.go:78:47: cmplx.Abs(v) escapes to heap:
./cplx_fft.go:78:47:   flow: {storage for ... argument} = &{storage for cmplx.Abs(v)}:
./cplx_fft.go:78:47:     from cmplx.Abs(v) (spill) at ./cplx_fft.go:78:47
./cplx_fft.go:78:47:     from ... argument (slice-literal-element) at ./cplx_fft.go:78:13
./cplx_fft.go:78:47:   flow: {heap} = {storage for ... argument}:
./cplx_fft.go:78:47:     from ... argument (spill) at ./cplx_fft.go:78:13
./cplx_fft.go:78:47:     from fmt.Printf("%2d %8.4f %8.4f\n", ... argument...) (call parameter) at ./cplx_fft.go:78:13
./cplx_fft.go:78:14: i escapes to heap:
./cplx_fft.go:78:14:   flow: {storage for ... argument} = &{storage for i}:
./cplx_fft.go:78:14:     from i (spill) at ./cplx_fft.go:78:14
./cplx_fft.go:78:14:     from ... argument (slice-literal-element) at ./cplx_fft.go:78:13
./cplx_fft.go:78:14:   flow: {heap} = {storage for ... argument}:
./cplx_fft.go:78:14:     from ... argument (spill) at ./cplx_fft.go:78:13
./cplx_fft.go:78:14:     from fmt.Printf("%2d %8.4f %8.4f\n", ... argument...) (call parameter) at ./cplx_fft.go:78:13
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

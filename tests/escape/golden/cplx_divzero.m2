./cplx_divzero.go:26:26: math.Signbit(real((complex(zero, 0)) / -1)) escapes to heap:
./cplx_divzero.go:26:26:   flow: {storage for ... argument} = &{storage for math.Signbit(real((complex(zero, 0)) / -1))}:
./cplx_divzero.go:26:26:     from math.Signbit(real((complex(zero, 0)) / -1)) (spill) at ./cplx_divzero.go:26:26
./cplx_divzero.go:26:26:     from ... argument (slice-literal-element) at ./cplx_divzero.go:26:13
./cplx_divzero.go:26:26:   flow: {heap} = {storage for ... argument}:
./cplx_divzero.go:26:26:     from ... argument (spill) at ./cplx_divzero.go:26:13
./cplx_divzero.go:26:26:     from fmt.Println(... argument...) (call parameter) at ./cplx_divzero.go:26:13
./cplx_divzero.go:24:36: z64 / z64 escapes to heap:
./cplx_divzero.go:24:36:   flow: {storage for ... argument} = &{storage for z64 / z64}:
./cplx_divzero.go:24:36:     from z64 / z64 (spill) at ./cplx_divzero.go:24:36
./cplx_divzero.go:24:36:     from ... argument (slice-literal-element) at ./cplx_divzero.go:24:13
./cplx_divzero.go:24:36:   flow: {heap} = {storage for ... argument}:
./cplx_divzero.go:24:36:     from ... argument (spill) at ./cplx_divzero.go:24:13
./cplx_divzero.go:24:36:     from fmt.Println(... argument...) (call parameter) at ./cplx_divzero.go:24:13
./cplx_divzero.go:24:27: -c64 / z64 escapes to heap:
./cplx_divzero.go:24:27:   flow: {storage for ... argument} = &{storage for -c64 / z64}:
./cplx_divzero.go:24:27:     from -c64 / z64 (spill) at ./cplx_divzero.go:24:27
./cplx_divzero.go:24:27:     from ... argument (slice-literal-element) at ./cplx_divzero.go:24:13
./cplx_divzero.go:24:27:   flow: {heap} = {storage for ... argument}:
./cplx_divzero.go:24:27:     from ... argument (spill) at ./cplx_divzero.go:24:13
./cplx_divzero.go:24:27:     from fmt.Println(... argument...) (call parameter) at ./cplx_divzero.go:24:13
./cplx_divzero.go:24:17: c64 / z64 escapes to heap:
./cplx_divzero.go:24:17:   flow: {storage for ... argument} = &{storage for c64 / z64}:
./cplx_divzero.go:24:17:     from c64 / z64 (spill) at ./cplx_divzero.go:24:17
./cplx_divzero.go:24:17:     from ... argument (slice-literal-element) at ./cplx_divzero.go:24:13
./cplx_divzero.go:24:17:   flow: {heap} = {storage for ... argument}:
./cplx_divzero.go:24:17:     from ... argument (spill) at ./cplx_divzero.go:24:13
./cplx_divzero.go:24:17:     from fmt.Println(... argument...) (call parameter) at ./cplx_divzero.go:24:13
./cplx_divzero.go:18:17: " " escapes to heap:
./cplx_divzero.go:18:17:   flow: {storage for ... argument} = &{storage for " "}:
./cplx_divzero.go:18:17:     from " " (spill) at ./cplx_divzero.go:18:17
./cplx_divzero.go:18:17:     from ... argument (slice-literal-element) at ./cplx_divzero.go:18:13
./cplx_divzero.go:18:17:   flow: {heap} = {storage for ... argument}:
./cplx_divzero.go:18:17:     from ... argument (spill) at ./cplx_divzero.go:18:13
./cplx_divzero.go:18:17:     from fmt.Print(... argument...) (call parameter) at ./cplx_divzero.go:18:13
./cplx_divzero.go:18:13: q escapes to heap:
./cplx_divzero.go:18:13:   flow: {storage for ... argument} = &{storage for q}:
./cplx_divzero.go:18:13:     from q (spill) at ./cplx_divzero.go:18:13
./cplx_divzero.go:18:13:     from ... argument (slice-literal-element) at ./cplx_divzero.go:18:13
./cplx_divzero.go:18:13:   flow: {heap} = {storage for ... argument}:
./cplx_divzero.go:18:13:     from ... argument (spill) at ./cplx_divzero.go:18:13
./cplx_divzero.go:18:13:     from fmt.Print(... argument...) (call parameter) at ./cplx_divzero.go:18:13
./cplx_divzero.go:12:22: []complex128{...} does not escape
./cplx_divzero.go:18:13: ... argument does not escape
./cplx_divzero.go:18:13: q escapes to heap
./cplx_divzero.go:18:17: " " escapes to heap
./cplx_divzero.go:24:13: ... argument does not escape
./cplx_divzero.go:24:17: c64 / z64 escapes to heap
./cplx_divzero.go:24:27: -c64 / z64 escapes to heap
./cplx_divzero.go:24:36: z64 / z64 escapes to heap
./cplx_divzero.go:26:13: ... argument does not escape
./cplx_divzero.go:26:26: math.Signbit(real((complex(zero, 0)) / -1)) escapes to heap

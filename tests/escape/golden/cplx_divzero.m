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

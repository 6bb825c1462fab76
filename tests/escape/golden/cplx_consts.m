./cplx_consts.go:22:13: ... argument does not escape
./cplx_consts.go:22:14: A escapes to heap
./cplx_consts.go:22:17: B escapes to heap
./cplx_consts.go:22:20: C escapes to heap
./cplx_consts.go:22:23: D escapes to heap
./cplx_consts.go:22:26: E escapes to heap
./cplx_consts.go:22:29: F escapes to heap
./cplx_consts.go:22:32: G escapes to heap
./cplx_consts.go:22:35: H escapes to heap
./cplx_consts.go:22:38: I escapes to heap
./cplx_consts.go:23:13: ... argument does not escape
./cplx_consts.go:23:22: real(J) == -1e600 / 1e300 / 1e300 escapes to heap
./cplx_consts.go:23:45: K escapes to heap
./cplx_consts.go:24:12: ... argument does not escape
./cplx_consts.go:24:30: A escapes to heap
./cplx_consts.go:24:33: F escapes to heap
./cplx_consts.go:24:36: G escapes to heap
./cplx_consts.go:24:39: typed escapes to heap
./cplx_consts.go:27:13: ... argument does not escape
./cplx_consts.go:27:13: x escapes to heap
./cplx_consts.go:27:13: y escapes to heap
./cplx_consts.go:27:20: typed escapes to heap
./cplx_consts.go:30:13: ... argument does not escape
./cplx_consts.go:30:13: f escapes to heap
./cplx_consts.go:30:13: g escapes to heap
./cplx_consts.go:33:13: ... argument does not escape
./cplx_consts.go:33:17: len(arr) escapes to heap
./cplx_consts.go:33:24: r escapes to heap
./cplx_consts.go:37:13: ... argument does not escape
./cplx_consts.go:37:13: z escapes to heap
./cplx_consts.go:37:13: w escapes to heap
./cplx_consts.go:37:20: 0i escapes to heap
./cplx_consts.go:37:24: -0i escapes to heap
./cplx_consts.go:39:12: ... argument does not escape
./cplx_consts.go:39:13: h escapes to heap
./cplx_consts.go:39:13: h escapes to heap
./cplx_consts.go:40:13: ... argument does not escape
./cplx_consts.go:40:18: imag(2i * 2i) escapes to heap
./cplx_consts.go:40:31: real(1i * 1i) escapes to heap

./cplx_iface.go:38:20: devirtualizing x.Abs2 to Cx
./cplx_iface.go:7:15: leaking param: x
./cplx_iface.go:10:21: ... argument does not escape
./cplx_iface.go:10:22: v escapes to heap
./cplx_iface.go:10:51: real(v) escapes to heap
./cplx_iface.go:12:21: ... argument does not escape
./cplx_iface.go:12:22: v escapes to heap
./cplx_iface.go:12:52: imag(v) escapes to heap
./cplx_iface.go:16:21: ... argument does not escape
./cplx_iface.go:22:49: ... argument does not escape
./cplx_iface.go:22:60: complex128(c) escapes to heap
./cplx_iface.go:29:6: 1 + 2i escapes to heap
./cplx_iface.go:30:6: complex64(1 + 2i) escapes to heap
./cplx_iface.go:31:13: ... argument does not escape
./cplx_iface.go:31:22: describe(a) escapes to heap
./cplx_iface.go:31:35: describe(b) escapes to heap
./cplx_iface.go:31:48: describe(2.0) escapes to heap
./cplx_iface.go:31:49: 2.0 escapes to heap
./cplx_iface.go:31:63: describe("s") escapes to heap
./cplx_iface.go:31:64: "s" escapes to heap
./cplx_iface.go:32:13: ... argument does not escape
./cplx_iface.go:32:16: a == b escapes to heap
./cplx_iface.go:32:24: a == (interface {})(1 + 2i) escapes to heap
./cplx_iface.go:32:38: (interface {})(1 + 2i) does not escape
./cplx_iface.go:32:48: b == (interface {})(complex64(1 + 2i)) escapes to heap
./cplx_iface.go:32:62: (interface {})(complex64(1 + 2i)) does not escape
./cplx_iface.go:34:13: ... argument does not escape
./cplx_iface.go:34:13: c escapes to heap
./cplx_iface.go:34:13: ok escapes to heap
./cplx_iface.go:36:13: ... argument does not escape
./cplx_iface.go:36:13: d escapes to heap
./cplx_iface.go:36:13: ok escapes to heap
./cplx_iface.go:37:6: Cx(3 + 4i) escapes to heap
./cplx_iface.go:38:13: ... argument does not escape
./cplx_iface.go:38:20: Cx.Abs2(x.(Cx)) escapes to heap
./cplx_iface.go:39:12: ... argument does not escape
./cplx_iface.go:40:23: []interface {}{...} does not escape
./cplx_iface.go:40:24: 1i escapes to heap
./cplx_iface.go:40:37: complex64(2i) escapes to heap
./cplx_iface.go:40:45: Cx(3i) escapes to heap
./cplx_iface.go:42:12: ... argument does not escape
./cplx_iface.go:42:21: describe(v) escapes to heap
./cplx_iface.go:42:26: "; " escapes to heap
./cplx_iface.go:47:13: ... argument does not escape
./cplx_iface.go:47:13: cx escapes to heap
./cplx_iface.go:47:28: Cx.String2(cx) escapes to heap
./cplx_iface.go:47:32: -cx escapes to heap
./cplx_iface.go:48:8: func literal does not escape
./cplx_iface.go:50:14: ... argument does not escape
./cplx_iface.go:50:15: "recovered:" escapes to heap
./cplx_iface.go:52:6: complex64(1) does not escape

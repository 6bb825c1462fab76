./cplx_control.go:9:7: leaking param: c to result ~r0 level=0
./cplx_control.go:9:22: op does not escape
./cplx_control.go:71:9: main ignoring self-assignment in arr[j] *= arr[j]
./cplx_control.go:52:24: leaking param: s
./cplx_control.go:48:6: moved to heap: i
./cplx_control.go:39:32: []complex128{...} does not escape
./cplx_control.go:40:12: ... argument does not escape
./cplx_control.go:40:21: classify(c) escapes to heap
./cplx_control.go:40:26: ", " escapes to heap
./cplx_control.go:43:7: &Calc{} does not escape
./cplx_control.go:45:13: ... argument does not escape
./cplx_control.go:45:21: Calc.Value(c) escapes to heap
./cplx_control.go:45:21: initd escapes to heap
./cplx_control.go:46:10: c.Value does not escape
./cplx_control.go:47:13: ... argument does not escape
./cplx_control.go:47:17: val() escapes to heap
./cplx_control.go:49:9: func literal escapes to heap
./cplx_control.go:49:40: ... argument does not escape
./cplx_control.go:49:41: "defer" escapes to heap
./cplx_control.go:49:41: z escapes to heap
./cplx_control.go:49:41: i escapes to heap
./cplx_control.go:52:5: func literal escapes to heap
./cplx_control.go:53:14: ... argument does not escape
./cplx_control.go:53:14: s escapes to heap
./cplx_control.go:53:19: z * z escapes to heap
./cplx_control.go:64:14: ... argument does not escape
./cplx_control.go:64:14: v escapes to heap
./cplx_control.go:64:14: ok escapes to heap
./cplx_control.go:72:13: ... argument does not escape
./cplx_control.go:72:13: arr escapes to heap
./cplx_control.go:72:23: arr == [3]complex128{...} escapes to heap
./cplx_control.go:77:13: ... argument does not escape
./cplx_control.go:77:13: x escapes to heap
./cplx_control.go:78:27: map[string]complex64{} escapes to heap
./cplx_control.go:82:13: ... argument does not escape
./cplx_control.go:83:12: ... argument does not escape
./cplx_control.go:83:24: *(&x) escapes to heap
./cplx_control.go:85:20: map[pair]int{...} escapes to heap
./cplx_control.go:87:13: ... argument does not escape
./cplx_control.go:98:13: ... argument does not escape
./cplx_control.go:98:13: lbl escapes to heap
./cplx_control.go:12:24: map[string]Op{...} escapes to heap
./cplx_control.go:13:9: func literal escapes to heap
./cplx_control.go:14:9: func literal escapes to heap
./cplx_control.go:15:9: func literal escapes to heap
./cplx_control.go:18:13: func literal does not escape

./iface_args_results.go:15:7: leaking param: e to result ~r0 level=1
./iface_args_results.go:21:13: &divErr{...} escapes to heap
./iface_args_results.go:28:13: []Op{...} does not escape
./iface_args_results.go:28:17: Add{} escapes to heap
./iface_args_results.go:28:24: Div{...} escapes to heap
./iface_args_results.go:30:29: [][2]int{...} does not escape
./iface_args_results.go:33:16: ... argument does not escape
./iface_args_results.go:33:18: p[0] escapes to heap
./iface_args_results.go:33:29: op.Sym() escapes to heap
./iface_args_results.go:33:34: p[1] escapes to heap
./iface_args_results.go:33:39: "error:" escapes to heap
./iface_args_results.go:33:58: err.Error() escapes to heap
./iface_args_results.go:36:15: ... argument does not escape
./iface_args_results.go:36:17: p[0] escapes to heap
./iface_args_results.go:36:28: op.Sym() escapes to heap
./iface_args_results.go:36:33: p[1] escapes to heap
./iface_args_results.go:36:38: "=" escapes to heap
./iface_args_results.go:36:38: r escapes to heap

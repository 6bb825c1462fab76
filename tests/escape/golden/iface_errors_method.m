./iface_errors_method.go:11:7: e does not escape
./iface_errors_method.go:11:50: "myerr " + strconv.Itoa(e.code) escapes to heap
./iface_errors_method.go:20:10: &MyErr{...} escapes to heap
./iface_errors_method.go:28:15: ... argument does not escape
./iface_errors_method.go:28:15: k escapes to heap
./iface_errors_method.go:28:28: err.Error() escapes to heap
./iface_errors_method.go:30:15: ... argument does not escape
./iface_errors_method.go:30:15: k escapes to heap
./iface_errors_method.go:30:19: "ok" escapes to heap
./iface_errors_method.go:33:15: ... argument does not escape
./iface_errors_method.go:33:16: "code" escapes to heap
./iface_errors_method.go:33:26: me.code escapes to heap
./iface_errors_method.go:37:13: ... argument does not escape
./iface_errors_method.go:37:23: err.Error() escapes to heap
./iface_errors_method.go:41:14: ... argument does not escape
./iface_errors_method.go:41:15: "is error:" escapes to heap
./iface_errors_method.go:41:36: ee.Error() escapes to heap
./iface_errors_method.go:44:13: ... argument does not escape
./iface_errors_method.go:44:16: e == e2 escapes to heap
./iface_errors_method.go:44:25: e == e escapes to heap
